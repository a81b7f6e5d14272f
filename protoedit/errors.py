"""Typed errors of the core: user-facing ones carry a translatable message, the rest are bugs."""

from __future__ import annotations

from typing import Any

from protoedit.i18n import tr


class ProtoEditError(Exception):
    """Base of errors the user should be told about (never a bug).

    `template` is a French source string with {named} fields, translated on display.
    """

    template = "Erreur inattendue."

    def __init__(self, template: str | None = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message("fr"))

    def message(self, lang: str | None = None) -> str:
        return tr(self.template, lang=lang).format(**self.params)


class StorageError(ProtoEditError):
    """The environment stops us: disk full, locked, read-only, corrupt, unreachable."""


class NewerSchemaError(StorageError):
    """The database was made by a newer ProtoEdit; nothing was written."""


class NotADatabaseError(StorageError):
    """The file is not a SQLite database, or is corrupt; it was not modified."""


class DatabaseLockedError(StorageError):
    pass


class ReadOnlyError(StorageError):
    pass


class MissingDatabaseError(StorageError):
    """No database file at the given path: commands never create one (see `init`)."""


class DiskFullError(StorageError):
    pass


class ServerError(StorageError):
    """A PostgreSQL server refused or could not be reached."""


class ConflictError(ProtoEditError):
    """Someone else saved this record since it was loaded."""

    template = "Ce contenu a été modifié sur un autre poste depuis son ouverture."


class ValidationError(ProtoEditError):
    """Input refused by a rule; `field` names the field concerned when there is one."""

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFoundError(ProtoEditError):
    """A record that is not (or no longer) there, often deleted on another PC.

    `noun` is a French noun marked with N_() ("réunion"), translated on display; `ident` is the
    number or code the user knows."""

    template = "Élément introuvable : {what}."

    def __init__(self, noun: str = "", ident: object = "") -> None:
        self.noun, self.ident = noun, ident
        super().__init__(what=f"{noun} {ident}".strip())

    def message(self, lang: str | None = None) -> str:
        what = f"{tr(self.noun, lang=lang) if self.noun else ''} {self.ident}".strip()
        return tr(self.template, lang=lang).format(what=what)


class TransitionError(ProtoEditError):
    """A lifecycle step that is not allowed from the current status."""


class FieldErrors(ValidationError):
    """Several fields refused at once: `problems` maps field name -> French message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        first_field, first = next(iter(problems.items()))
        super().__init__(first, field=first_field)
        self.template = first
