"""Records: clean one field of a JSON object, as pipelines store pages.

Shared by the JSONL mode, the process pool and the Spark integration, so that
every path gives the same answer and treats a bad record the same way: it is
never dropped here, but returned with an error for the caller's policy
(``pass``, ``skip`` or ``fail``) to settle.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from .core import Cleaner

ON_ERROR_POLICIES = ("pass", "skip", "fail")


@dataclass(frozen=True)
class RecordResult:
    """The line to write (the input line, unchanged, when ``error`` is set) and the error."""

    line: str
    error: str | None = None


def clean_record(cleaner: Cleaner, record: dict, field: str = "text", url_field: str | None = "url",
                 stats_field: str | None = None) -> dict:
    """Return ``record`` with ``field`` cleaned (and stats under ``stats_field``).

    Raises ``ValueError`` with a one-line message when the field is missing or
    is not a string. Other keys, and the order of keys, are untouched.
    """
    if field not in record:
        raise ValueError(f"no field '{field}'")
    text = record[field]
    if not isinstance(text, str):
        raise ValueError(f"field '{field}' is {_json_type(text)}, not a string")
    url = record.get(url_field) if url_field else None
    result = cleaner.clean(text, url=url if isinstance(url, str) else None)
    cleaned = dict(record)
    cleaned[field] = result.text
    if stats_field:
        cleaned[stats_field] = result.counts.as_dict()
    return cleaned


def clean_json_line(cleaner: Cleaner, line: str, field: str = "text", url_field: str | None = "url",
                    stats_field: str | None = None) -> RecordResult:
    """Clean one JSONL line (without its newline); never raises on bad input."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return RecordResult(line, f"not JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        return RecordResult(line, f"not a JSON object but {_json_type(record)}")
    try:
        cleaned = clean_record(cleaner, record, field, url_field, stats_field)
    except ValueError as exc:
        return RecordResult(line, str(exc))
    return RecordResult(json.dumps(cleaned, ensure_ascii=False))


def _json_type(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a string"
