"""Segmentation: a page into lines, and a line into runs of one script.

Lines are the unit that is kept or dropped. Runs are what a line is cut at
when Chinese furniture is glued onto English: a run of East Asian characters
(with the punctuation and spaces between them), a run of Latin words, or a
gloss: East Asian text inside brackets or quotes that belongs to the sentence.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .memo import remember
from .script import (ABBREVIATIONS, CJK_CHAR, ENGLISH_FUNCTION_WORDS, HAN_CHARS_PER_WORD, LATIN_WORD, SENTENCE_END,
                     english_text_start, has_cjk, latin_extent, with_lead)

# A quoted stretch, or a bracketed one right after a word. Brackets hold a
# gloss when they hold East Asian text and no label punctuation: "Xi Jinping
# (習近平)", not "(責任編輯:陳佳琳)", nor a label opening the line, "[獨家]",
# nor a credit after a full stop, "... he said. (中央社)", unless the sentence
# goes on after it, or the full stop is an abbreviation's ("Ports Corp. (臺灣港務公司) said", "Co.,
# Ltd. (安徽晶耀光伏玻璃有限公司) ("Jingyao")").
# A quoted stretch also ends at the next opening quote: an opener never closed
# must not make every later opener scan to the end of the line (quadratic).
# (Each bracket is found first, and what stands before it looked behind at from there.) A name
# may hold brackets of its own ("中国(海南)改革发展研究院").
_BRACKETED = r"(?:[^()]++|\([^()]*+\))*+"
_ENCLOSED = regex.compile(rf"\((?<=[\p{{Latin}}\p{{N}}\p{{Mn}}”\"')\]]\s?\(){_BRACKETED}\)"
                          rf"|\((?<=\.\s?\(){_BRACKETED}\)(?=\s*\p{{Ll}})|\((?<={ABBREVIATIONS}\.\s?\(){_BRACKETED}\)"
                          r"|\"[^\"]*\"|“[^“”]*”|‘[^‘’]*’|《[^《》]*》")
# A credit in brackets is no gloss: its label's punctuation tells it ("(來源:經濟部)", "(圖/記者王小明攝)").
# Nor is a clause, Chinese on both sides of a comma: a name or a term holds none, a translation
# does ("Q&A in Mandarin (英文演講,中文問答)"); inside a sentence a list may gloss a list ("three agencies (環保署,衛福部,農委會) said"),
# and a list of single characters glosses words ("the "lah" and "ga" at the end of every sentence (啦,㗎)").
# A slash also parts a gloss's alternatives ("visa (非本地畢業生留港/回港就業安排)"): it tells a credit
# after a label of a character or two, or beside a credit's word; so does the reporter's title before a name
# ("By Wang Ru (记者 王茹)").
_LABEL_PUNCT = regex.compile(r"[:|｜]")
_CLAUSE_COMMA = regex.compile(r"\p{Han}{2},\s?\p{Han}{2}")
_SLASH_AFTER_LABEL = regex.compile(r"\(\s*[^\s/／()]{1,3}\s*[/／]")
_CREDIT_WORD = regex.compile(r"[/／].*?(?:記者|记者|報導|报道|攝|摄|提供|社)|(?:記者|记者|社|報導|报道)[^/／]*[/／]"
                             r"|\(\s*(?:記者|记者)\s*\p{Han}{2,4}\s*\)")
# A quotation that a sentence runs into: opened after a word, a comma, a colon or a bracket
# ('a notice such as "All rights reserved"', 'the banner read: "We use cookies"', '("No reproduction")'),
# not after a sentence's end or at the start of the line, where furniture glued
# on in quotes begins. A single quote must close before a non-letter: one that
# an apostrophe seems to close ("‘the company’s plan’") is left alone. The speech
# that opens a line or a sentence is read past first (group "opener"), so that its
# closing quote, after a comma, opens nothing ('"We decide," Ko said.Read more: ...').
_QUOTATION = regex.compile(r'(?P<opener>(?:^|(?<=[.!?…]\s?))\s*(?:"[^"]*"|“[^“”]*”))'
                           r'|(?<=[\p{Latin}\p{N},:(]\s*)(?:"[^"]*"|“[^“”]*”|‘[^‘’]*’(?!\p{L}))')
# A speaker named after a quotation: the quotation is speech, no prompt in quotes ('..." said Yu's mother').
# The speaker may be named by what they are ('..." a spokeswoman for the authority said').
_SPEAKER_AFTER = regex.compile(r"\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}|(?:he|she|they|we|i)\s+"
                               r"|(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){1,6})?(?:said|says|told|asked|added|wrote|explained|recalled|"
                               r"replied|urged|insisted|shouted|noted)\b")
# English glued onto the end of East Asian text is the article's next paragraph with this many words,
# or when it is speech, however short: a quotation and who said it ('“Tainan’s history did not begin in
# 1624,” he said.'), read from its first word.
GLUED_PARAGRAPH_MIN_WORDS = 12
_GLUED_SPEECH = regex.compile(r"[^\"“”]+[\"”]" + _SPEAKER_AFTER.pattern)
# After this many Chinese items of a list, English of any length is the article's again.
LISTED_ITEMS_MIN = 2
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3005\u3007\u30FC"
_CJK_ITEM = regex.compile(rf"\S*[{_CJK}]\S*")  # an item of a list, between spaces
# A quote right after East Asian text belongs to that text, whatever it holds
# (居民說:"...", 在"Grand Prix"大賽, a sentence's next: 師傅說."有些學生...") but English text
# (下载客户端"My daughter tried ...," said Sun), and so does a quote of East Asian text right
# before it ("厭世"一詞原指...): no gloss (see _enclosures).
_AFTER_CJK = regex.compile(rf"[{_CJK}][:,.!?]?\s?", regex.REVERSE)
_BEFORE_CJK = regex.compile(rf"\s?\d{{0,4}}[{_CJK}]")  # (a number written onto the Chinese is its own: "28岁的")
_THEN_CJK = regex.compile(rf"[\s,、]*[{_CJK}]")
_LATIN_WORD = LATIN_WORD.pattern
# A stretch of East Asian text, or of Latin words: a stretch, not each word, so
# that a sentence is a token or two. A Latin stretch stops at every bracket and
# quote, where a gloss may start or end.
_TOKEN = regex.compile(
    rf"(?P<cjk>[{_CJK}]+)"
    rf"|(?P<latin>{_LATIN_WORD}(?:[^{_CJK}\p{{Latin}}()\"“”‘’《》]*+(?P<more>{_LATIN_WORD}))*)"
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


def has_cjk_run(line: str) -> bool:
    """True when ``runs(line)`` has a "cjk" run: East Asian text outside the line's glosses.

    Most lines with Chinese in an English article hold it in glosses only
    ("Xi Jinping (習近平)"), which this tells without working out the runs.
    """
    position = 0
    for start, end, kind, _ in _enclosures(line):
        if kind == "gloss":
            if CJK_CHAR.search(line, position, start):
                return True
            position = end
    return CJK_CHAR.search(line, position) is not None


class GluedParagraph:
    """Where the article's English starts again after East Asian furniture on one line, for
    each furniture match on it: the line is read once, however many matches (a page flattened
    onto one line has hundreds)."""

    def __init__(self, line: str):
        self.line = line
        self._runs = runs(line)
        self._ends = [run.end for run in self._runs]
        cjk = [index for index, run in enumerate(self._runs) if run.kind == "cjk"]
        self._last_cjk = cjk[-1] if cjk else None
        # How many runs before each index are not East Asian text.
        self._other_before = [0]
        for run in self._runs:
            self._other_before.append(self._other_before[-1] + (run.kind != "cjk"))
        after = self._last_cjk + 1 if self._last_cjk is not None else len(self._runs)
        self._start = self._runs[after].start if after < len(self._runs) and self._runs[after].kind == "latin" else None
        words = [word.lower() for word in LATIN_WORD.findall(line, self._start)] if self._start is not None else []
        self._is_paragraph = self._start is not None and (
            (len(words) >= GLUED_PARAGRAPH_MIN_WORDS and not ENGLISH_FUNCTION_WORDS.isdisjoint(words)
             and SENTENCE_END.search(line, self._start) is not None)
            or _GLUED_SPEECH.match(line, self._start) is not None)

    def start_after(self, position: int) -> int | None:
        """Where a paragraph of English glued onto the East Asian text that reaches ``position``
        starts: the Latin text after the last East Asian run (glosses are the paragraph's), when it
        ends the line like a sentence and holds a paragraph's worth of words, a function word among
        them ("相關新聞：天文台料下周初天氣不穩定Residents were urged to ... remained high.").

        When that text is a list, Chinese items after the furniture's label with no Latin among
        them, English text of any length glued straight onto its last item is the article's: a
        headline ("熱門新聞 1.城巴氫能巴士投入服務 2.北都大學城首期招標Hydrogen double-deckers join ...").
        After the label alone, the English is the label's ("推薦閱讀：China's foreign trade hits
        record high"), and so it is after a symbol ("版權所有 不得轉載 © 2026 The Liberty Times").
        """
        first = bisect.bisect_left(self._ends, position)  # the first run that reaches ``position``
        if self._last_cjk is None or self._last_cjk < first:
            return None
        resumed = self._resumed_after(first, position)
        if resumed is not None or self._start is None:
            return resumed
        line, start = self.line, self._start
        if (self._runs[self._last_cjk].end == start
                and self._other_before[self._last_cjk + 1] == self._other_before[first]
                and _has_items(line, position, start)):
            return english_text_start(line, start)
        return with_lead(line, start, position) if self._is_paragraph else None  # and its opening quote


    def _resumed_after(self, index: int, position: int) -> int | None:
        """Where the article's English starts again right after run ``index``, the furniture's East
        Asian text, before any more of it: where that English reads as a paragraph of its own
        ("熱門新聞 Exports of ... rose 22.3 percent. 加入中央社LINE好友"), or carries on the sentence
        that the furniture cut into ("... into deep-sea life and geology 相关新闻:... as well as future
        surveys of seabed mineral resources.")."""
        parts, line = self._runs, self.line
        if index + 1 >= len(parts) or parts[index].kind != "cjk":
            return None
        start = parts[index + 1].start
        end = next((part.start for part in parts[index + 1:] if part.kind == "cjk"), len(line))
        if SENTENCE_END.search(line, start, end) is None:
            return None
        words = [word.lower() for word in LATIN_WORD.findall(line, start, end)]
        if len(words) >= GLUED_PARAGRAPH_MIN_WORDS and not ENGLISH_FUNCTION_WORDS.isdisjoint(words):
            return with_lead(line, start, position)
        before = parts[index - 1] if index else None
        interrupted = (before is not None and before.kind == "latin"
                       and SENTENCE_END.search(line, before.start, parts[index].start) is None)
        return start if interrupted and line[start].islower() else None


def _has_items(line: str, start: int, end: int) -> bool:
    """``line[start:end]`` holds East Asian items, spaces apart, as many as a list has."""
    items = _CJK_ITEM.finditer(line, start, end)
    return all(next(items, None) is not None for _ in range(LISTED_ITEMS_MIN))


def quotations(line: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch of ``line`` in quotes that a sentence runs into, or that a
    speaker is named after ('"Like us, most families had someone on the coast," said Yu's mother')."""
    if '"' not in line and "“" not in line and "‘" not in line:
        return []
    spans = []
    for match in _QUOTATION.finditer(line):
        if match.group("opener") is None:
            spans.append(match.span())
            continue
        # the speech's own quotations ('"Every image was marked ‘all rights reserved’, and ..."')
        inner = [quoted.span() for quoted in _QUOTATION.finditer(line, match.start() + 1, match.end() - 1)
                 if quoted.group("opener") is None]
        spans += inner if inner or not _SPEAKER_AFTER.match(line, match.end()) else [match.span()]
    return spans


# Classification asks for the runs of the same line several times over.
@remember(maxsize=256, max_length=2000)
def runs(line: str) -> tuple[Run, ...]:
    """Group a line into alternating Latin and East Asian runs, glosses apart.

    Punctuation, digits and spaces belong to no run; a run ends where the other
    script begins.
    """
    if not has_cjk(line):
        # No East Asian text, so no glosses either: at most one Latin run.
        start, end, words = latin_extent(line)
        return (Run("latin", start, end, float(words)),) if words else ()
    result: list[Run] = []
    # The last run stays in these variables while tokens may still extend it.
    last_kind = None
    last_start = last_end = 0
    last_weight = 0.0
    for kind, start, end, weight in _tokens(line, _enclosures(line)):
        if last_kind == kind and kind != "gloss":
            last_end, last_weight = end, last_weight + weight
        else:
            if last_kind is not None:
                result.append(Run(last_kind, last_start, last_end, last_weight))
            last_kind, last_start, last_end, last_weight = kind, start, end, weight
    if last_kind is not None:
        result.append(Run(last_kind, last_start, last_end, last_weight))
    return tuple(result)


def _enclosures(line: str) -> list[tuple[int, int, str, float]]:
    """(start, end, kind, weight) of the stretches of ``line`` that count as one, in order:
    a gloss, or a quote that belongs to the Chinese text right before or after it ("cjk",
    weighed by its East Asian characters), whatever it holds (說:"...", 在"Grand Prix"大賽)."""
    found = []
    for match in _ENCLOSED.finditer(line):
        text = match.group()
        # A quote that opens the line, before Chinese, is the Chinese's too unless it quotes English text:
        # a buzzword that opens a Chinese headline ("“村BA”总决赛在贵州开赛 Village basketball finals ...").
        if not text.startswith("(") and (
                (_AFTER_CJK.match(line, 0, match.start()) and english_text_start(text) is None
                 # A quote of Latin words only, where the English goes on after it, glosses the term before
                 # it ("... the sound of 祖, “ancestor” — a slip ...").
                 and (CJK_CHAR.search(text) or not LATIN_WORD.search(text) or _THEN_CJK.match(line, match.end())
                      or match.end() == len(line)))
                or (_BEFORE_CJK.match(line, match.end())
                    and (not LATIN_WORD.search(text)
                         or (not line[:match.start()].strip() and CJK_CHAR.search(text)
                             and english_text_start(text) is None)))):
            found.append((*match.span(), "cjk", len(CJK_CHAR.findall(text)) / HAN_CHARS_PER_WORD))
        elif CJK_CHAR.search(text) and not (text.startswith("(") and _is_credit_in_brackets(text)):
            found.append((*match.span(), "gloss", 1.0))
    return found


def _is_credit_in_brackets(text: str) -> bool:
    # A title's own colon is no label's ("(《黑神话:悟空》)").
    untitled = _TITLE.sub("", text) if "《" in text else text
    return (_LABEL_PUNCT.search(untitled) is not None or _SLASH_AFTER_LABEL.match(text) is not None
            or _CREDIT_WORD.search(text) is not None or _CLAUSE_COMMA.search(untitled) is not None)


_TITLE = regex.compile(r"《[^《》]*》")


def _tokens(line: str, enclosures: list[tuple[int, int, str, float]]) -> Iterator[tuple[str, int, int, float]]:
    """(kind, start, end, weight) of each stretch of East Asian text or Latin words; the
    stretches that start inside an enclosure are the enclosure, once."""
    index, yielded = 0, -1
    for token in _TOKEN.finditer(line):
        start, end = token.span()
        while index < len(enclosures) and enclosures[index][1] <= start:
            index += 1
        if index < len(enclosures) and enclosures[index][0] <= start:
            enclosure_start, enclosure_end, kind, weight = enclosures[index]
            if yielded != index:
                yield kind, enclosure_start, enclosure_end, weight
                yielded = index
            if end > enclosure_end:
                # An apostrophe inside a word closed the quote ("‘台灣 don’t go"):
                # the words that start after it are outside the enclosure.
                outside = [word for word in token.spans("more") if word[0] >= enclosure_end]
                if outside:
                    yield "latin", outside[0][0], end, float(len(outside))
        elif token.lastgroup == "cjk":
            yield "cjk", start, end, (end - start) / HAN_CHARS_PER_WORD
        else:
            yield "latin", start, end, float(1 + len(token.captures("more")))
