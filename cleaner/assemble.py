"""Assembly: the kept lines become the cleaned text and the report of what went.

Paragraph breaks survive: two kept lines are separated by a blank line when
the input had one between them, whatever was dropped in between.
"""
from __future__ import annotations

from dataclasses import dataclass

from .classify import BLANK, DROPPED, EDITED, KEPT, LineAnalysis


@dataclass(frozen=True)
class Removal:
    """A piece of the input that is not in the output, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class LineReport:
    """The verdict on one input line: kept, dropped, edited or blank."""

    line: int
    text: str
    verdict: str
    reason: str
    output: str
    cuts: tuple[Removal, ...] = ()


@dataclass(frozen=True)
class Counts:
    """How many lines went which way, and how many characters were removed."""

    lines: int
    kept: int
    edited: int
    dropped: int
    chars_in: int
    chars_out: int

    @property
    def chars_removed(self) -> int:
        return self.chars_in - self.chars_out

    def as_dict(self) -> dict[str, int]:
        return {"lines": self.lines, "kept": self.kept, "edited": self.edited,
                "dropped": self.dropped, "chars_in": self.chars_in,
                "chars_out": self.chars_out, "chars_removed": self.chars_removed}


@dataclass(frozen=True)
class CleanResult:
    """What :meth:`cleaner.Cleaner.clean` returns."""

    text: str
    lines: tuple[LineReport, ...]
    removed: tuple[Removal, ...]
    counts: Counts

    def __str__(self) -> str:
        return self.text


def assemble(analyses: list[LineAnalysis], chars_in: int) -> CleanResult:
    """Join the kept lines and gather the removals with their reasons."""
    out: list[str] = []
    reports: list[LineReport] = []
    removed: list[Removal] = []
    blank_pending = False
    for analysis in analyses:
        cuts = tuple(Removal(analysis.number, text, reason) for text, reason in analysis.cuts)
        reports.append(LineReport(analysis.number, analysis.text, analysis.verdict,
                                  analysis.reason, analysis.output, cuts))
        if analysis.verdict == BLANK:
            blank_pending = bool(out)
            continue
        if analysis.verdict == DROPPED:
            removed.append(Removal(analysis.number, analysis.text.strip(), analysis.reason))
            continue
        removed.extend(cuts)
        if blank_pending:
            out.append("")
            blank_pending = False
        out.append(analysis.output)
    text = "\n".join(out) + "\n" if out else ""
    verdicts = [a.verdict for a in analyses]
    counts = Counts(lines=len(analyses), kept=verdicts.count(KEPT), edited=verdicts.count(EDITED),
                    dropped=verdicts.count(DROPPED), chars_in=chars_in, chars_out=len(text))
    return CleanResult(text, tuple(reports), tuple(removed), counts)
