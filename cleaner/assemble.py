"""Assembly: the kept lines become the cleaned text and the report of what went.

Paragraph breaks survive: two kept lines are separated by a blank line when
the input had one between them, whatever was dropped in between.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .classify import BLANK, DROPPED, KEPT, LineAnalysis


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


class CleanResult:
    """What :meth:`cleaner.Cleaner.clean` returns: the cleaned ``text``, its ``counts``,
    a :class:`LineReport` for every input line (``lines``) and every :class:`Removal`
    with its reason (``removed``).

    Most callers want only the text: the reports are built when first asked for.
    """

    def __init__(self, text: str, counts: Counts, analyses: list[LineAnalysis]):
        self.text = text
        self.counts = counts
        self._analyses = analyses

    @cached_property
    def lines(self) -> tuple[LineReport, ...]:
        """The verdict on each input line, in order."""
        return tuple(LineReport(number, a.text, a.verdict, a.reason, a.output, _cuts(number, a))
                     for number, a in enumerate(self._analyses, 1))

    @cached_property
    def removed(self) -> tuple[Removal, ...]:
        """Every dropped line and every cut span, in input order."""
        removed: list[Removal] = []
        for number, analysis in enumerate(self._analyses, 1):
            if analysis.verdict == DROPPED:
                removed.append(Removal(number, analysis.text.strip(), analysis.reason))
            elif analysis.verdict != BLANK:
                removed.extend(_cuts(number, analysis))
        return tuple(removed)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CleanResult):
            return NotImplemented
        return (self.text, self.counts, self.lines, self.removed) == (other.text, other.counts, other.lines,
                                                                      other.removed)

    __hash__ = None

    def __repr__(self) -> str:
        return f"CleanResult(text={self.text!r}, counts={self.counts!r})"

    def __str__(self) -> str:
        return self.text


def _cuts(number: int, analysis: LineAnalysis) -> tuple[Removal, ...]:
    return tuple(Removal(number, text, reason) for text, reason in analysis.cuts)


def assemble(analyses: list[LineAnalysis], chars_in: int) -> CleanResult:
    """Join the kept lines; the reports of what went are built from the analyses on demand.

    ``analyses`` holds every line of the page, in order: line 1 first.
    """
    out: list[str] = []
    blank_pending = False
    kept = edited = dropped = 0
    for analysis in analyses:
        verdict = analysis.verdict
        if verdict == BLANK:
            blank_pending = bool(out)
            continue
        if verdict == DROPPED:
            dropped += 1
            continue
        if verdict == KEPT:
            kept += 1
        else:
            edited += 1
        if blank_pending:
            out.append("")
            blank_pending = False
        out.append(analysis.output)
    text = "\n".join(out) + "\n" if out else ""
    counts = Counts(lines=len(analyses), kept=kept, edited=edited, dropped=dropped, chars_in=chars_in,
                    chars_out=len(text))
    return CleanResult(text, counts, analyses)
