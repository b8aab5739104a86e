"""Script analysis: how much of a piece of text is Han, kana, Hangul or Latin.

This is the cheap signal that decides most lines. It works on counts, not on
language models: a line whose Chinese outweighs its English is not part of an
English article, whatever it says. Han characters are weighed against Latin
words (not letters), since one Han character carries about as much as two
thirds of an English word.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

# Average Chinese word length in characters: turns Han counts into word counts.
HAN_CHARS_PER_WORD = 1.5
KANA_CHARS_PER_WORD = 2.5
HANGUL_CHARS_PER_WORD = 2.5

# A Latin word: letters with their combining marks (Tai-lo "m̄-thang" is one
# word), joined by apostrophes or hyphens ("Japan's", "Yu-fu").
LATIN_WORD = regex.compile(r"\p{Latin}[\p{Latin}\p{Mn}]*(?:['’\-][\p{Latin}\p{Mn}]+)*")
HAN = regex.compile(r"[\p{Han}\u3005\u3007]")
KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}\u30FC]")
HANGUL = regex.compile(r"\p{Hangul}")
# Any East Asian character: used to find runs that may be furniture.
CJK_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3005\u3007\u30FC]")


@dataclass(frozen=True)
class ScriptProfile:
    """Counts of the scripts in a piece of text."""

    latin_words: int
    han: int
    kana: int
    hangul: int

    @property
    def cjk_words(self) -> float:
        """The East Asian part of the text, expressed in word equivalents."""
        return (self.han / HAN_CHARS_PER_WORD + self.kana / KANA_CHARS_PER_WORD
                + self.hangul / HANGUL_CHARS_PER_WORD)

    @property
    def has_words(self) -> bool:
        return bool(self.latin_words or self.han or self.kana or self.hangul)

    @property
    def latin_dominant(self) -> bool:
        """True when Latin words outweigh the East Asian text."""
        return self.latin_words > self.cjk_words

    @property
    def main_cjk_script(self) -> str:
        counts = {"han": self.han, "kana": self.kana, "hangul": self.hangul}
        return max(counts, key=counts.__getitem__)

    def describe(self) -> str:
        """Evidence in words, for explanations."""
        parts = [f"latin {self.latin_words} words"]
        for name in ("han", "kana", "hangul"):
            count = getattr(self, name)
            if count:
                parts.append(f"{name} {count} chars")
        return ", ".join(parts)


def profile(text: str) -> ScriptProfile:
    """Count Latin words and Han, kana and Hangul characters in ``text``."""
    latin_words = len(LATIN_WORD.findall(text))
    if text.isascii():
        return ScriptProfile(latin_words, 0, 0, 0)
    return ScriptProfile(latin_words, len(HAN.findall(text)), len(KANA.findall(text)),
                         len(HANGUL.findall(text)))


def has_cjk(text: str) -> bool:
    """True when ``text`` holds any Han, kana or Hangul character."""
    return not text.isascii() and CJK_CHAR.search(text) is not None
