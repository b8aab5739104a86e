"""Segmentation: a page into lines, and a line into runs of one script.

Lines are the unit that is kept or dropped. Runs are what a line is cut at
when Chinese furniture is glued onto English: a run of East Asian characters
(with the punctuation and spaces between them), a run of Latin words, or a
gloss: East Asian text inside brackets or quotes that belongs to the sentence.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .memo import remember
from .script import CJK_CHAR, HAN_CHARS_PER_WORD, has_cjk, latin_extent

# A quoted stretch, or a bracketed one right after a word. Brackets hold a
# gloss when they hold East Asian text and no label punctuation: "Xi Jinping
# (習近平)", not "(責任編輯:陳佳琳)", nor a label opening the line, "[獨家]",
# nor a credit after a full stop, "... he said. (中央社)".
# A quoted stretch also ends at the next opening quote: an opener never closed
# must not make every later opener scan to the end of the line (quadratic).
_ENCLOSED = regex.compile(r"(?<=[\p{Latin}\p{N}\p{Mn}”\"')\]]\s?)\([^()]*\)|\"[^\"]*\"|“[^“”]*”|‘[^‘’]*’|《[^《》]*》")
_LABEL_PUNCT = regex.compile(r"[:/|｜／]")
_TOKEN = regex.compile(
    r"(?P<cjk>[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3005\u3007\u30FC]+)"
    r"|(?P<latin>\p{Latin}[\p{Latin}\p{Mn}]*(?:['’\-][\p{Latin}\p{Mn}]+)*)"
)


def split_lines(text: str) -> list[str]:
    """Split a page into lines on LF, CRLF or CR; nothing else counts as a break."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n") if text else []


@dataclass(frozen=True)
class Run:
    """A stretch of one line: ``kind`` is "cjk", "latin" or "gloss"."""

    kind: str
    start: int
    end: int
    weight: float  # Latin words, or East Asian text in word equivalents


def runs(line: str) -> list[Run]:
    """Group a line into alternating Latin and East Asian runs, glosses apart.

    Punctuation, digits and spaces belong to no run; a run ends where the other
    script begins.
    """
    return list(_runs(line))


# Classification asks for the runs of the same line several times over.
@remember(maxsize=256, max_length=2000)
def _runs(line: str) -> tuple[Run, ...]:
    if not has_cjk(line):
        # No East Asian text, so no glosses either: at most one Latin run.
        start, end, words = latin_extent(line)
        return (Run("latin", start, end, float(words)),) if words else ()
    glosses = [m.span() for m in _ENCLOSED.finditer(line)
               if CJK_CHAR.search(m.group()) and not (
                   m.group().startswith("(") and _LABEL_PUNCT.search(m.group()))]
    result: list[Run] = []
    # The last run stays in these variables while tokens may still extend it.
    kind = last_kind = None
    last_start = last_end = 0
    last_weight = 0.0
    gloss_index = 0
    for token in _TOKEN.finditer(line):
        start, end = token.span()
        while gloss_index < len(glosses) and glosses[gloss_index][1] <= start:
            gloss_index += 1
        if gloss_index < len(glosses) and glosses[gloss_index][0] <= start:
            kind, (start, end) = "gloss", glosses[gloss_index]
        elif token.lastgroup == "cjk":
            kind = "cjk"
        else:
            kind = "latin"
        weight = (end - start) / HAN_CHARS_PER_WORD if kind == "cjk" else 1.0
        if last_kind == kind and kind != "gloss":
            last_end, last_weight = end, last_weight + weight
        elif not (last_kind == "gloss" and last_end >= end):
            if last_kind is not None:
                result.append(Run(last_kind, last_start, last_end, last_weight))
            last_kind, last_start, last_end, last_weight = kind, start, end, weight
    if last_kind is not None:
        result.append(Run(last_kind, last_start, last_end, last_weight))
    return tuple(result)
