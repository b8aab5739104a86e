"""Script analysis: how much of a piece of text is Han, kana, Hangul or Latin.

This is the cheap signal that decides most lines. It works on counts, not on
language models: a line whose Chinese outweighs its English is not part of an
English article, whatever it says. Han characters are weighed against Latin
words (not letters), since one Han character carries about as much as two
thirds of an English word.
"""
from __future__ import annotations

import re
from typing import NamedTuple

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

_LAST_CJK_CHAR = regex.compile(CJK_CHAR.pattern, regex.REVERSE)
# Counted in runs: the engine hands back one string a run, not one a character (twice as fast on Chinese).
_HAN_RUN, _KANA_RUN, _HANGUL_RUN = (regex.compile(f"{chars.pattern}+") for chars in (HAN, KANA, HANGUL))

# Fast paths: the standard library's engine is several times faster than the
# Unicode properties above, so the common cases are settled with it.
# Typographic punctuation of English text, neither Latin letters nor marks.
_TYPOGRAPHIC = "‘’“”–—…•·«»"
# CJK text and punctuation, neither Latin letters nor marks (checked by the tests).
_CJK_NOT_LATIN = ("\u3000-\u3029\u3030-\u3098\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                  "\uac00-\ud7a3\U00020000-\U0003ffff")
_BEYOND_TYPOGRAPHIC = re.compile(f"[^\\x00-\\x7f{re.escape(_TYPOGRAPHIC)}]")
_BEYOND_NOT_LATIN = re.compile(f"[^\\x00-\\x7f{re.escape(_TYPOGRAPHIC)}{_CJK_NOT_LATIN}]")
# LATIN_WORD where the only Latin letters are A-Z and a-z, and there are no combining marks.
# (Possessive: letters and joiners never trade characters, and not backtracking is faster.)
_PLAIN_LATIN_WORD = re.compile(r"[A-Za-z]++(?:['’\-][A-Za-z]++)*+")
_PLAIN_NON_LETTERS = "".join(chr(c) for c in range(128) if not chr(c).isalpha()) + _TYPOGRAPHIC
# Blocks that hold every CJK_CHAR (and some punctuation): text with none of them has no East Asian text.
# Blocks that hold every KANA and every HANGUL character (checked by the tests).
_KANA_BLOCKS = re.compile("[\u3040-\u30ff\u31f0-\u31ff\u32d0-\u3357\uff66-\uff9f\U0001aff0-\U0001b16f\U0001f200]")
_HANGUL_BLOCKS = re.compile("[\u1100-\u11ff\u302e\u302f\u3130-\u318f\u3200-\u327f\ua960-\ua97f\uac00-\ud7ff"
                            "\uffa0-\uffdc]")
_CJK_BLOCKS = re.compile("[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff66-\uffdc"
                         "\U00016fe0-\U00016fff\U0001aff0-\U0001b16f\U0001f200\U00020000-\U0003ffff]")


# The commonest English function words: a line with one of them is English text.
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is for on that with said was by as at from it be are has have will an "
    "its this which were not but or who their they he she had been would after".split())
# English text, as opposed to a row of names or buttons ("A A A"): this many words in a row,
# one of them a function word and the others not.
ENGLISH_TEXT_MIN_WORDS = 3
HEADLINE_TEXT_MIN_WORDS = 6
# Latin words with nothing between them but spaces, punctuation and glosses in brackets: no
# other East Asian text, and no separator of a toolbar or menu ("Facebook LINE | The mayor
# said ..." is two stretches).
_STRETCH_GAP = r"[^\p{Latin}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}|｜/•·()]|\([^()|｜]*\)"
_LATIN_STRETCH = regex.compile(rf"{LATIN_WORD.pattern}(?:(?:{_STRETCH_GAP})+{LATIN_WORD.pattern})*")
# What the text's first word carries before it: its opening quote or bracket, a number ("2:30pm").
_TEXT_LEAD = frozenset("\"“‘([0123456789:.,%$")
_FIGURE_LEAD = frozenset("0123456789%.,:$")
# A word that no unit or suffix after a number is ("pm", "km", "mph", "th", "s" are).
_GLUED_WORD = regex.compile(r"\p{L}{4}")
# Abbreviations whose full stop ends no sentence inside a line: a company's form ("Holdings Ltd.
# Announces ...", "Co., Ltd. (安徽晶耀光伏玻璃有限公司)"), a title before a name ("Dr. Lin"), an address's
# parts ("1025 Nanjing Rd W. (南京西路1025弄)", "Zhongshan N. Rd. (中山北路)").
ABBREVIATIONS = (r"\b(?:Ltd|Inc|Co|Corp|Bhd|Plc|Pte|Mr|Mrs|Ms|Dr|Prof|St|No|Jr|Sr|Gov|Sen|Rep|Gen|Lt|Col|Capt|vs"
                 r"|Rd|Ave|Blvd|Hwy|Ln|Sq|Sec|Bldg|Fl|Dist|Twp|N|S|E|W)")
# The end of a sentence at the end of a text (searched for from the end, where it can only be:
# three times faster on a paragraph), and a reference work's citation marks after it ("... in 2003.[6]",
# "... Dunhuang.[4-5][a]").
SENTENCE_END = regex.compile(r"[.!?…][\"”’')\]]*(?:\[(?:\d{1,3}(?:\s?[-–,]\s?\d{1,3})*|[a-z]|注\s?\d{1,3})\])*\s*$",
                             regex.REVERSE)
# A web address, whose host and path are letters but no words of the text: a markdown link's
# ("[首页](https://cn.chinadaily.com.cn/) | [时政](https://china.chinadaily.com.cn/)").
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s()\[\]<>\"'“”]+")
# ... and a site's host name, bare ("2026-03-18 15:20:47 ecns.cn", "chinadaily.com.cn"), not an e-mail
# address's; the end of one is looked for first, in one quick search.
_HOST_NAME_END = re.compile(r"\.(?:com|net|org|gov|edu|cn|hk|tw|mo|sg|io)\b")
_HOST_NAME = re.compile(r"(?<![\w@.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|gov|edu|cn|hk|tw|mo|sg|io)"
                        r"\b(?![\w@-]|\.\w)")
# A temperature's unit, its reading's: a weather widget's before a headline ("22°C Northern Metropolis ...").
TEMPERATURE_UNIT = regex.compile(r"(?<=\d\s?°)[CF]\b\s*")


def english_text_start(text: str, position: int = 0) -> int | None:
    """Where the first stretch of English text at or after ``position`` starts: words in a
    row, one of them a function word ("EPD extends ... to 60 more estates", not "Facebook LINE"
    nor the font-size buttons "A A A"), or a headline's many words, half of them in lower case
    ("Northern Metropolis land sale draws five bids amid cautious market"), where a menu
    capitalises its items."""
    for stretch in _LATIN_STRETCH.finditer(text, position):
        words = LATIN_WORD.findall(stretch.group())
        function_words = sum(word.lower() in ENGLISH_FUNCTION_WORDS for word in words)
        if ((function_words and len(words) - function_words >= ENGLISH_TEXT_MIN_WORDS - 1)
                or (len(words) >= HEADLINE_TEXT_MIN_WORDS and sum(map(str.islower, words)) * 2 >= len(words))):
            unit = TEMPERATURE_UNIT.match(text, stretch.start())
            return unit.end() if unit is not None else with_lead(text, stretch.start(), position)
    return None


def with_lead(text: str, start: int, position: int = 0) -> int:
    """``start``, the first word of English text, moved back over what the text carries
    before it, no further than ``position``: its opening quote or bracket, a number
    ("“We have seen ...", "2:30pm"), the wire's name of a dateline ("(ECNS) -- Goods imported ...");
    a figure glued onto a word longer than a unit is a stamp's or a ticker's ("22:15TAOYUAN — ...",
    "▼0.28%Asian markets slip ..."), not the text's."""
    if start > position and text[start - 1] in _FIGURE_LEAD and _GLUED_WORD.match(text, start):
        return start
    dateline = _WIRE_DATELINE.search(text, position, start)
    if dateline is not None:
        return dateline.start()
    while start > position and text[start - 1] in _TEXT_LEAD:
        start -= 1
    return start


# A wire's name in brackets and the dash of a dateline, right before the text ("(ECNS) -- ", "(CNA) - ").
_WIRE_DATELINE = regex.compile(r"\(\p{Lu}{2,10}\)\s*(?:--|[-—–])\s*$")


class ScriptProfile(NamedTuple):
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
    def has_cjk(self) -> bool:
        """The text holds a Han, kana or Hangul character."""
        return bool(self.han or self.kana or self.hangul)

    @property
    def has_words(self) -> bool:
        return bool(self.latin_words) or self.has_cjk

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
        if not (self.han or self.kana or self.hangul):
            return f"latin {self.latin_words} words"
        parts = [f"latin {self.latin_words} words"]
        for name in ("han", "kana", "hangul"):
            count = getattr(self, name)
            if count:
                parts.append(f"{name} {count} chars")
        return ", ".join(parts)


def profile(text: str) -> ScriptProfile:
    """Count Latin words and Han, kana and Hangul characters in ``text``; the letters of a web
    address are no words of it."""
    if "://" in text or "www." in text:
        text = _WEB_ADDRESS.sub(" ", text)
    if _HOST_NAME_END.search(text):
        text = _HOST_NAME.sub(" ", text)
    if _is_plain(text):
        return ScriptProfile(len(_PLAIN_LATIN_WORD.findall(text)), 0, 0, 0)
    latin_words = len(latin_word_pattern(text).findall(text))
    first = _first_cjk(text)
    if first is None:
        return ScriptProfile(latin_words, 0, 0, 0)
    # Count where the East Asian text is: from its first character to its last.
    east_asian = text[first.start():_LAST_CJK_CHAR.search(text).end()]
    # Chinese text has no kana or Hangul, which one quick search of their blocks shows.
    kana = _count(_KANA_RUN, east_asian) if _KANA_BLOCKS.search(east_asian) else 0
    hangul = _count(_HANGUL_RUN, east_asian) if _HANGUL_BLOCKS.search(east_asian) else 0
    return ScriptProfile(latin_words, _count(_HAN_RUN, east_asian), kana, hangul)


def _count(runs: regex.Pattern, text: str) -> int:
    """How many characters of ``text`` are in the runs that ``runs`` finds."""
    return sum(map(len, runs.findall(text)))


def latin_word_pattern(text: str):
    """A compiled pattern that finds in ``text`` exactly what LATIN_WORD finds, the fastest one that does."""
    if text.isascii() or _BEYOND_NOT_LATIN.search(text) is None:
        return _PLAIN_LATIN_WORD
    return LATIN_WORD


def latin_extent(text: str) -> tuple[int, int, int]:
    """Where the Latin words of ``text`` start and end, and how many there are ((0, 0, 0) for none)."""
    if _is_plain(text):
        # Words start and end with a letter, and every letter is in a word: the
        # words span from the first letter to the last.
        count = len(_PLAIN_LATIN_WORD.findall(text))
        if not count:
            return 0, 0, 0
        return len(text) - len(text.lstrip(_PLAIN_NON_LETTERS)), len(text.rstrip(_PLAIN_NON_LETTERS)), count
    spans = [word.span() for word in latin_word_pattern(text).finditer(text)]
    return (spans[0][0], spans[-1][1], len(spans)) if spans else (0, 0, 0)


def _is_plain(text: str) -> bool:
    """Only ASCII and typographic punctuation: English text at its plainest, with no East Asian text."""
    return text.isascii() or _BEYOND_TYPOGRAPHIC.search(text) is None


def has_cjk(text: str) -> bool:
    """True when ``text`` holds any Han, kana or Hangul character."""
    return _first_cjk(text) is not None


def _first_cjk(text: str):
    """The match of the first East Asian character of ``text``, or None."""
    if text.isascii():
        return None
    candidate = _CJK_BLOCKS.search(text)
    return CJK_CHAR.search(text, candidate.start()) if candidate is not None else None
