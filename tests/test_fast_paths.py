"""The fast paths give exactly what the reference patterns give.

Script analysis settles common text with the standard library's regex engine
and precomputed character sets instead of the Unicode properties of the
``regex`` module, and folding reads a shipped table instead of asking OpenCC.
These tests hold each shortcut to its reference: the properties, over every
code point, and OpenCC itself.
"""
from __future__ import annotations

import re

import pytest
import regex
from hypothesis import example, given, settings, strategies as st

from cleaner import normalise, script
from cleaner.fold import _FOLDABLE, _dense_fold_table, _fold_table, build_fold_table, fold
from cleaner.script import CJK_CHAR, HAN, HANGUL, KANA, LATIN_WORD, has_cjk, latin_extent, profile
from cleaner.segment import Run, _enclosures, has_cjk_run, runs

EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
LATIN_OR_MARK = regex.compile(r"[\p{Latin}\p{Mn}]", regex.IGNORECASE)


def test_typographic_and_cjk_characters_are_neither_latin_nor_marks():
    chars = re.findall(f"[{re.escape(script._TYPOGRAPHIC)}{script._CJK_NOT_LATIN}]", EVERY_CHARACTER)
    assert len(chars) > 100_000
    assert LATIN_OR_MARK.findall("".join(chars)) == []


def test_the_latin_letters_of_ascii_are_a_to_z():
    ascii_chars = "".join(map(chr, range(128)))
    assert LATIN_OR_MARK.findall(ascii_chars) == list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


@pytest.mark.parametrize("characters, blocks", [(KANA, "_KANA_BLOCKS"), (HANGUL, "_HANGUL_BLOCKS")],
                         ids=["kana", "hangul"])
def test_the_kana_and_hangul_blocks_hold_every_character_of_their_script(characters, blocks):
    found = "".join(characters.findall(EVERY_CHARACTER))
    assert len(found) > 500
    assert len(getattr(script, blocks).findall(found)) == len(found)


def test_the_cjk_blocks_hold_every_east_asian_character():
    east_asian = "".join(CJK_CHAR.findall(EVERY_CHARACTER))
    assert len(east_asian) > 90_000
    assert len(script._CJK_BLOCKS.findall(east_asian)) == len(east_asian)


def test_the_shipped_fold_table_is_what_opencc_gives():
    assert _fold_table() == build_fold_table()


def test_text_without_a_foldable_character_has_nothing_in_the_fold_table():
    unfoldable = _FOLDABLE.sub("", EVERY_CHARACTER)
    assert len(unfoldable) > 1_000_000
    assert unfoldable.translate(_fold_table()) == unfoldable


def test_the_dense_fold_table_folds_like_the_table():
    chars = "".join(chr(c) for c in range(0x3000, 0x10000)) + "𠀀𪚥 Taipei 臺灣"
    assert chars.translate(_dense_fold_table()) == chars.translate(_fold_table())
    assert fold("臺灣 TAIPEI") == "台湾 taipei"


# Text that mixes what lines are made of: ASCII words and joiners, typographic
# punctuation, accented letters and combining marks, Chinese, kana, Hangul, brackets.
_PIECES = ["Taipei", "it", "’s", "'", "-", " ", ", ", ".", "“", "”", "—", "…", "(", ")", "《", "》", "Kyōto",
           "e\u0301", "\u0301", "m̄", "臺灣", "記者", "々", "カタカナ", "ー", "한국", "ǅ", "ＡＢ", "12", "\u3000",
           "\u302a", "\u3099", "𠀀", "ß"]
texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_profile_counts_like_the_properties(text):
    expected = (len(LATIN_WORD.findall(text)), len(HAN.findall(text)), len(KANA.findall(text)),
                len(HANGUL.findall(text)))
    found = profile(text)
    assert (found.latin_words, found.han, found.kana, found.hangul) == expected
    assert has_cjk(text) is (CJK_CHAR.search(text) is not None)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_latin_extent_spans_the_latin_words(text):
    words = [m.span() for m in LATIN_WORD.finditer(text)]
    expected = (words[0][0], words[-1][1], len(words)) if words else (0, 0, 0)
    assert latin_extent(text) == expected


@settings(max_examples=300, deadline=None)
@given(texts.filter(lambda text: CJK_CHAR.search(text) is None))
def test_a_line_without_east_asian_text_is_one_latin_run(text):
    words = [m.span() for m in LATIN_WORD.finditer(text)]
    expected = [Run("latin", words[0][0], words[-1][1], float(len(words)))] if words else []
    assert runs(text) == tuple(expected)


# Runs as they were first worked out, one token a word: the reference that
# the token-a-stretch way must agree with.
_WORD_OR_CJK = regex.compile(rf"(?P<cjk>{CJK_CHAR.pattern}+)|(?P<latin>{LATIN_WORD.pattern})")


def _runs_word_by_word(line: str) -> list[Run]:
    enclosures = _enclosures(line)
    result, last, index, taken = [], None, 0, -1
    for token in _WORD_OR_CJK.finditer(line):
        start, end = token.span()
        while index < len(enclosures) and enclosures[index][1] <= start:
            index += 1
        if index < len(enclosures) and enclosures[index][0] <= start:
            if index == taken:
                continue  # a later word of an enclosure already in
            taken = index
            start, end, kind, weight = enclosures[index]
        else:
            kind = token.lastgroup
            weight = (end - start) / 1.5 if kind == "cjk" else 1.0
        if last and last[0] == kind and kind != "gloss":
            last = [kind, last[1], end, last[3] + weight]
        else:
            if last:
                result.append(Run(*last))
            last = [kind, start, end, weight]
    return result + ([Run(*last)] if last else [])


_RUN_PIECES = ["Xi", " Jinping", "don", "’", "'", "t", "-", "é", "\u0301", "Ж", " ", ",", ".", ":", "/", "1", "說:",
               "(", ")", '"', "“", "”", "‘", "《", "》", "台", "灣", "の", "한", "習近平", "‘台 don’t", " go", " (Taiwan 台"]


@pytest.mark.parametrize("line", [
    "Xi Jinping (習近平) said on Monday.",
    "‘台灣 don’t go’ is what they say",          # a word's apostrophe closes the quote
    "‘台灣 don’t-go now",
    '"戲棚下站久就是你的", a Taiwanese proverb',
    "記者王小明/台北報導 The ministry said",
    "平安 (pîng-an, “twice”) on the banners",
    "(責任編輯:陳佳琳) The end",                  # a label in brackets is not a gloss
    "said “台灣 is” here, 《台北》 there",
    "He said (Taiwan 台灣) today",               # a gloss that opens with English
    'the sign "Welcome 歡迎" hung there',
    '在"Grand Prix de la Boulangerie"大賽的"在地穀物"組別',  # quotes of Chinese text, whatever they hold
    '"We paint them," said Pan.居民說:"我們每年都畫."',
])
def test_runs_of_lines_with_glosses_are_those_found_word_by_word(line):
    assert runs(line) == tuple(_runs_word_by_word(line))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=16).map("".join).filter(has_cjk))
def test_runs_of_a_line_with_east_asian_text_are_those_found_word_by_word(line):
    assert runs(line) == tuple(_runs_word_by_word(line))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=16).map("".join))
def test_a_line_has_a_cjk_run_when_its_runs_say_so(line):
    assert has_cjk_run(line) is any(run.kind == "cjk" for run in runs(line))


_NORMALISE_PIECES = ["The minister said", "The plan would cost more than expected, officials told reporters. " * 3, " ", "\u00a0", "\u3000", "，", "。", "（", "）", "Ｔaipei", "１２", "\u200b",
                     "\ufeff", "臺灣", "“", "”", "【", "】", "\u00ad", "\x00", "\ud800", ".\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NORMALISE_PIECES), max_size=60).map("".join))
def test_normalise_replaces_a_few_characters_as_translate_would(text):
    """Sparse or dense, the changed characters end up as the table's translation says."""
    spaced = normalise._WORD_THEN_OPEN.sub(lambda m: " " + m[0], normalise._CLOSE_THEN_WORD.sub(
        lambda m: m[0] + " ", text)) if any(b in text for b in normalise._BRACKETS) else text
    assert normalise.normalise(text) == spaced.translate(normalise.NORMALISE_TABLE)


_REPAIRABLE = list("aé ’“”—€½首頁國際ō\u00a0\x85\x9d")
# Around the mojibake: also C1 controls and surrogates, which ftfy repairs apart from the encoding.
_AROUND = _REPAIRABLE + ["\ud800", "\ud83d\ude00", "\x93"]


def _misread(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, errors="ignore" if codec == "cp1252" else "strict")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_AROUND), max_size=12).map("".join),
       st.lists(st.sampled_from(_REPAIRABLE), max_size=20).map("".join), st.sampled_from(["cp1252", "latin-1"]))
def test_the_one_pass_repair_gives_what_ftfy_fix_text_gives(around, broken, codec):
    import ftfy

    from cleaner.fix import _ftfy, _ftfy_config

    line = around + _misread(broken, codec) + around
    assert _ftfy(line) == ftfy.fix_text(line, _ftfy_config())


# Text misread whole, once or twice (the first time maybe as Cyrillic, which ftfy repairs after
# the second), then touched here and there by what ftfy treats apart from decoding: U+FFFD and
# U+001A (its lossy sequences), C1 controls, no-break spaces lost to spaces, the UTF-8 lead bytes
# of its variants (U+00C0, U+00ED), and stray mojibake.
_TEXT_PIECES = list("aé ’“”—€½首頁國際ō\u00a0x.") + ["Hello ", "café ", "😀", "\u00ad"]
_STRAY_PIECES = ["\ufffd", "\x1a", "\x81", "\x9d", "À", "í", "Ã", "Ã©", "â€", " ", "\u00a0", "©"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_TEXT_PIECES), min_size=1, max_size=15).map("".join),
       st.sampled_from(["sloppy-windows-1252", "latin-1", "cp1252", "sloppy-windows-1251"]), st.booleans(),
       st.lists(st.tuples(st.integers(0, 200), st.sampled_from(_STRAY_PIECES)), max_size=2))
def test_a_line_decoded_whole_is_repaired_as_ftfy_repairs_it(text, codec, twice, strays):
    import ftfy.bad_codecs  # noqa: F401 (registers the "sloppy" codecs)

    from cleaner.fix import _repaired_by_ftfy, _wholly_misread

    line = _misread(text, codec)
    if twice:
        line = _misread(line, "sloppy-windows-1252")
    for position, stray in strays:
        line = line[:position] + stray + line[position:]
    wholly = _wholly_misread(line)
    assert wholly is None or wholly == _repaired_by_ftfy(line)


def test_the_usual_mojibake_is_decoded_whole():
    from cleaner.fix import _wholly_misread

    import ftfy.bad_codecs  # noqa: F401 (registers the "sloppy" codecs)

    text = "It’s 首頁 — “Taipei”, café"
    assert _wholly_misread(_misread(text, "sloppy-windows-1252")) == text


def _widths(items, state) -> tuple[int, int]:
    from re import _parser

    return _parser.SubPattern(state, list(items)).getwidth()


def _beyond_ascii_only(item) -> bool:
    """The item matches one character, never an ASCII one."""
    from re import _constants as sre

    op, value = item
    if op is sre.LITERAL:
        return value > 0x7F
    if op is sre.IN:
        return all((kind is sre.LITERAL and member > 0x7F) or (kind is sre.RANGE and member[0] > 0x7F)
                   for kind, member in value)
    return False


def test_every_match_of_ftfys_badness_is_near_a_character_beyond_ascii():
    from re import _constants as sre, _parser

    from ftfy.badness import BADNESS_RE

    from cleaner.fix import BADNESS_LEAD, BADNESS_SPAN

    parsed = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    alternatives = parsed[0][1][1] if len(parsed) == 1 and parsed[0][0] is sre.BRANCH else [parsed]
    assert len(alternatives) > 30
    for alternative in alternatives:
        assert _widths(alternative, parsed.state)[1] <= BADNESS_SPAN, alternative
        lead = next(position for position, item in enumerate(alternative) if _beyond_ascii_only(item))
        assert _widths(alternative[:lead], parsed.state)[1] <= BADNESS_LEAD, alternative


_BADNESS_PIECES = list("aZ .,?!\n ’“”—€½¬¦Ã©Â\u00a0Ø×²°ВЂβ€āœ‚Ä√±≈¢首ō") + ["Hello ", "café"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_BADNESS_PIECES), max_size=20).map("".join))
# Matches that start with ASCII: a letter and a space before "Ã ", a stop before "Â ", a letter
# before a Greek capital and a broken bar.
@example("Hello. Ok: x Ã  end")
@example("It said.Â “yes")
@example("aΑ¦ and more")
def test_badness_found_around_characters_beyond_ascii_is_ftfys(text):
    from ftfy.badness import is_bad

    from cleaner.fix import _looks_bad

    assert _looks_bad(text) == is_bad(text)
