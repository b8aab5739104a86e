"""Explanations: every input line with its verdict and the reason for it.

The text form is for a person writing rules; the JSON form carries the same
facts for tools.
"""
from __future__ import annotations

import json

from .assemble import CleanResult

_MARK = {"kept": "+", "edited": "~", "dropped": "-", "blank": " "}


def explain_text(result: CleanResult, source: str = "") -> str:
    """One block per line: number, verdict, the line, then why and what was cut."""
    out = [f"== {source}"] if source else []
    for report in result.lines:
        if report.verdict == "blank":
            continue
        out.append(f"{report.line:>5} {_MARK[report.verdict]} {report.verdict:<7} {report.text.strip()}")
        out.append(f"{'':>16}why: {report.reason}")
        for cut in report.cuts:
            out.append(f"{'':>16}cut: {cut.text!r} ({cut.reason})")
        if report.verdict == "edited":
            out.append(f"{'':>16}now: {report.output}")
    counts = result.counts
    out.append(f"-- {counts.lines} lines: {counts.kept} kept, {counts.edited} edited, "
               f"{counts.dropped} dropped; {counts.chars_removed} of {counts.chars_in} characters removed")
    return "\n".join(out) + "\n"


def explain_json(result: CleanResult, source: str = "") -> str:
    """The same facts as one JSON object on one line."""
    lines = [{"line": r.line, "verdict": r.verdict, "reason": r.reason, "text": r.text,
              "output": r.output, "cuts": [{"text": c.text, "reason": c.reason} for c in r.cuts]}
             for r in result.lines if r.verdict != "blank"]
    return json.dumps({"source": source, "lines": lines, "counts": result.counts.as_dict(),
                       "text": result.text}, ensure_ascii=False) + "\n"
