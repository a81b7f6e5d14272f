"""PDF export: a shared page template and one builder per document kind (ReportLab)."""


class ExportCancelled(Exception):  # noqa: N818 - reads better at call sites
    """The user cancelled an export; no file was written."""
