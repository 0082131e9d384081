"""Small normalisations of metadata that containers carry."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

# Epoch seconds (9-10 digits) or milliseconds (12-13): not "20230919", a compact date.
_EPOCH = re.compile(r"\d{9,10}|\d{12,13}")
_LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-]+)?$")


def language_code(value: Any) -> str | None:
    """"en-US" -> "en"; other strings are kept as given for cleaning to interpret."""
    if not isinstance(value, str) or not value.strip():
        return None
    match = _LANGUAGE_TAG.match(value.strip())
    return match.group(1).lower() if match else value.strip()


def as_text(value: Any) -> str | None:
    """A metadata value as a non-empty string, or None (numbers become strings)."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = str(value).strip()
    return text or None


def as_date_text(value: Any) -> str | None:
    """A date as given, except that a Unix timestamp (seconds or milliseconds, as a number
    or a string of its digits) becomes an ISO 8601 UTC time, which later stages can read."""
    if isinstance(value, str) and _EPOCH.fullmatch(value.strip()):
        value = int(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value
        if 0 < seconds < 4e9:
            return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return as_text(value)
