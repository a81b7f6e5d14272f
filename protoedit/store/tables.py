"""Core views of the few columns read before the first window paints, so start-up needs no ORM.

The ORM (its import, the declarative models and their mapper configuration) costs about a sixth of
the start-up time. The library list and the "who is this PC" lookup read these lightweight table
clauses instead; a test checks every column here against the models, names and types.
"""

from __future__ import annotations

from sqlalchemy import Date, DateTime, Integer, String, column, table

protocol = table(
    "protocol",
    column("id", Integer),
    column("code", String),
    column("title", String),
)

protocol_version = table(
    "protocol_version",
    column("protocol_id", Integer),
    column("number", Integer),
    column("status", String),
    column("review_due", Date),
)

declaration = table(
    "declaration",
    column("id", Integer),
    column("protocol_code", String),
    column("status", String),
)

coop_protocol = table(
    "coop_protocol",
    column("code", String),
    column("title", String),
)

meeting = table(
    "meeting",
    column("id", Integer),
    column("starts_at", DateTime),
    column("title", String),
    column("kind", String),
    column("status", String),
)

professional = table(
    "professional",
    column("id", Integer),
    column("first_name", String),
    column("last_name", String),
    column("profession", String),
)

ALL = (protocol, protocol_version, declaration, coop_protocol, meeting, professional)
