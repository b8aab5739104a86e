"""Properties of cleaning that hold for any input, checked with Hypothesis.

The inputs are random and adversarial text: mixed scripts, control
characters, lone surrogates (text decoded with surrogateescape), combining
marks, right-to-left text, emoji, very long lines, and pages assembled from
real English sentences and real Chinese furniture. Examples are derandomized,
so CI sees the same inputs on every run.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.fix import fix_mojibake
from cleaner.normalise import normalise, remove_invisibles
from cleaner.segment import split_lines

PROPERTY = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Characters chosen for what they stress: each block is a hazard of its own.
HAZARD_ALPHABET = "".join([
    "abcXYZ019 .,'\"-:|/>()[]",          # ASCII, with the punctuation rules key on
    "\t\r\n\x00\x01\x0b\x0c\x1b\x7f",    # controls, NUL, escape, DEL
    "\x85\x9d\xa0\xad\xc3\xa9\xe2\x80",   # C1 controls, NBSP, soft hyphen, mojibake lead bytes
    "首頁國際新聞記者報導編輯責任廣告分享閱讀",  # Han, including rule words
    "习近平请继续往下阅读",                    # Simplified
    "ひらがなカタカナ한국어",                    # kana, Hangul
    "ＡＢＣ１２３！？（）【】「」。、\u3000",        # full-width forms, CJK punctuation
    "\u0301\u0308\u0327\u20dd",               # combining marks
    "مرحباשלום\u200f\u200e\u202e",            # right-to-left scripts and direction marks
    "\u200b\u200d\u2060\ufeff\u2028\u2029",   # invisible characters, Unicode line separators
    "😀👍🏽🇹🇼\U0001f9d1\u200d\U0001f4bb",           # emoji, modifiers, flags, ZWJ sequences
    "\ufffd\uffff\U0010ffff",                 # replacement character, noncharacters
])

ENGLISH = [
    "Taiwan's cabinet yesterday approved a draft budget that would raise total spending to a record high.",
    "The Executive Yuan said the increase mainly reflects higher spending on national defense and welfare.",
    "Premier Cho Jung-tai told reporters that the government had tried to balance growth and discipline.",
    "Xi Jinping (習近平) met the delegation in Beijing on Tuesday, the official Xinhua news agency said.",
    "Economists said the plan was broadly in line with expectations, given strong tax revenue this year.",
    "The café owner said it’s “a fair deal” for the city, which has struggled to attract visitors.",
    "Opposition lawmakers said they would scrutinize the proposal closely when it reaches the legislature.",
]
FURNITURE = [
    "首頁 > 國際 > 亞洲", "請繼續往下閱讀...", "新聞來源：TAIPEI TIMES", "（責任編輯：陳佳琳）",
    "分享 Facebook LINE 複製連結", "Advertisement", "相關新聞", "Home | World | Asia",
    "© 2026 Pacific Ledger Media Ltd.", "下載APP 保證天天中獎", "記者黃鈺婷／台東報導",
    "Share this article", "熱門新聞", "版權所有 自由時報", "We use cookies to improve your experience.",
]

hazard_text = st.text(alphabet=HAZARD_ALPHABET, max_size=300)
any_text = st.text(max_size=300)  # Hypothesis' own alphabet: every code point but surrogates
# Undecodable bytes kept as lone surrogates, as open(..., errors="surrogateescape") gives them.
surrogate_text = st.binary(max_size=200).map(lambda data: data.decode("utf-8", errors="surrogateescape"))
long_line = st.tuples(st.sampled_from(ENGLISH + FURNITURE), st.integers(50, 400)).map(
    lambda pair: " ".join([pair[0]] * pair[1]))
page_line = st.one_of(st.sampled_from(ENGLISH), st.sampled_from(FURNITURE), hazard_text.filter(lambda s: "\n" not in s),
                      st.just(""))
page = st.tuples(st.lists(page_line, max_size=25), st.sampled_from(["\n", "\r\n", "\r"])).map(
    lambda pair: pair[1].join(pair[0]))
adversarial = st.one_of(hazard_text, any_text, surrogate_text, long_line, page)


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def prepared(line: str) -> str:
    """An input line as the classifier sees it: invisibles out, mojibake repaired, normalised."""
    return normalise(fix_mojibake(remove_invisibles(line)))


def normalised_lines(text: str) -> list[str]:
    return [prepared(line).strip() for line in split_lines(text)]


def is_subsequence(needle: str, haystack: str) -> bool:
    characters = iter(haystack)
    return all(character in characters for character in needle)


def without_spaces(text: str) -> str:
    return "".join(text.split())


@PROPERTY
@given(text=adversarial)
def test_cleaning_never_raises_and_output_is_valid_utf8(cleaner, text):
    result = cleaner.clean(text)
    result.text.encode("utf-8", errors="strict")
    assert result.text == "" or result.text.endswith("\n")
    for removal in result.removed:
        removal.text.encode("utf-8", errors="strict")


@PROPERTY
@given(data=st.one_of(st.binary(max_size=400), hazard_text.map(lambda s: s.encode("utf-8", "surrogatepass")),
                      hazard_text.map(lambda s: s.encode("utf-16", "surrogatepass"))))
def test_cleaning_any_bytes_never_raises_and_output_is_valid_utf8(cleaner, data):
    cleaner.clean_bytes(data).text.encode("utf-8", errors="strict")


@pytest.mark.parametrize("text, expected", [
    ("caf\udce9 is open.", "caf\ufffd is open."),
    ("\ud800 Lone high surrogate, then the article text.", "\ufffd Lone high surrogate, then the article text."),
    ("Two in a row \udcff\udcfe here.", "Two in a row \ufffd\ufffd here."),
], ids=["escaped-byte", "lone-high", "two-escaped-bytes"])
def test_lone_surrogates_become_replacement_characters(cleaner, text, expected):
    assert cleaner.clean(text).text == expected + "\n"


@PROPERTY
@given(text=adversarial)
def test_cleaning_is_idempotent(cleaner, text):
    once = cleaner.clean(text).text
    assert cleaner.clean(once).text == once


@PROPERTY
@given(text=adversarial)
def test_every_output_line_comes_from_an_input_line_in_order(cleaner, text):
    # Nothing invented: each output line is its input line with pieces cut out
    # (and spaces evened out where a piece went), and lines keep their order.
    sources = iter(normalised_lines(text))
    for line in cleaner.clean(text).text.split("\n"):
        if line:
            assert any(is_subsequence(without_spaces(line), without_spaces(source)) for source in sources), line


@PROPERTY
@given(text=adversarial)
def test_the_report_accounts_for_every_line(cleaner, text):
    result = cleaner.clean(text)
    assert [report.text for report in result.lines] == [prepared(line) for line in split_lines(text)]
    kept = [report.output for report in result.lines if report.verdict in ("kept", "edited")]
    assert [line for line in result.text.split("\n") if line] == kept


# English prose with no furniture: sentences long enough to be paragraphs, with
# function words (so language detection is never asked), in mixed widths.
WORDS = ("officials government budget Taiwan spending defense welfare housing council members plan "
         "city ministry report economy growth exports schools hospitals roads families").split()
FUNCTION_WORDS = "the of and to in for on with was said would".split()
FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"}


@st.composite
def english_sentence(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS + FUNCTION_WORDS), min_size=12, max_size=30))
    words[1] = draw(st.sampled_from(FUNCTION_WORDS))
    sentence = "The " + " ".join(words) + draw(st.sampled_from([".", "!", "?", '."']))
    if draw(st.booleans()):  # typed in full-width forms, as on Chinese-language sites
        sentence = "".join(FULL_WIDTH.get(c, c) for c in sentence)
    return sentence


@PROPERTY
@given(paragraphs=st.lists(english_sentence(), min_size=1, max_size=8),
       newline=st.sampled_from(["\n", "\r\n"]), paragraph_break=st.sampled_from(["", "\n"]))
def test_english_without_furniture_comes_out_as_its_normalised_form(cleaner, paragraphs, newline, paragraph_break):
    page = (newline + paragraph_break.replace("\n", newline)).join(paragraphs) + newline
    expected = (("\n" + paragraph_break).join(normalise(p) for p in paragraphs)) + "\n"
    assert cleaner.clean(page).text == expected


@pytest.fixture(scope="module")
def second_cleaner() -> Cleaner:
    return Cleaner()


@PROPERTY
@given(text=adversarial, other=adversarial)
def test_same_input_same_output(cleaner, second_cleaner, text, other):
    # Another instance, and pages in between: no state leaks from one page to the next.
    first = cleaner.clean(text)
    second_cleaner.clean(other)
    assert second_cleaner.clean(text) == first
