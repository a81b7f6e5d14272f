"""When a protocol in force is due for its periodic review: a pure rule, read at start-up too
(the library list, before the ORM is loaded)."""

from __future__ import annotations

import datetime as dt

REVIEW_WARNING_DAYS = 90  # "à réviser bientôt" this many days before the review date


def review_state(
    status: str, review_due: dt.date | None, today: dt.date, within_days: int = REVIEW_WARNING_DAYS
) -> str | None:
    """ "overdue" past the review date, "due" within `within_days` (the date itself included),
    "ok" later; None when the version is not the approved one or has no review date."""
    if status != "approved" or review_due is None:
        return None
    if review_due < today:
        return "overdue"
    if review_due <= today + dt.timedelta(days=within_days):
        return "due"
    return "ok"
