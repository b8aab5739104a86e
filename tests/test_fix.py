"""Tests for cleaner.fix: mojibake repaired, everything else left alone."""

import pytest

from cleaner.fix import MOJIBAKE_SIGNATURE, fix_and_explain, fix_mojibake

REPAIRS = [
    ("cp1252-curly-quote-kept", "itâ€™s", "it’s"),
    ("latin1-e-acute", "cafÃ©", "café"),
    ("latin1-c1-controls", "KÅ\x8dkÅ\x8dmae", "Kōkōmae"),
    ("chinese-line-cp1252-nbsp", "é¦–é\xa0\x81 > åœ‹éš›", "首頁 > 國際"),
    ("chinese-line-nbsp-became-space", "é¦–é \x81 > åœ‹éš›", "首頁 > 國際"),
    ("quotes-with-c1-inside", "He said â€œhelloâ€\x9d to me.", "He said “hello” to me."),
    ("euro", "Price: â‚¬5", "Price: €5"),
    # A character whose byte A0 became a space, the only damage of its line (場 is E5 A0 B4).
    ("chinese-gloss-a0-became-space", "at the Shuixian Temple Market (æ°´ä»™å®®å¸‚å ´), a market",
     "at the Shuixian Temple Market (水仙宮市場), a market"),
    # ... a two-byte "à" (C3 A0) so broken inside a word.
    ("a-grave-a0-became-space", "the lanes around it xiÃ ngzi (å··å\xad\x90) in Tainan", "the lanes around it xiàngzi (巷子) in Tainan"),
    # Misread twice: repaired a layer a round.
    ("trade-mark-misread-twice", "unveiled Atlas X2Ã¢â€žÂ¢, its second", "unveiled Atlas X2™, its second"),
    ("half", "Â½ cup of sugar", "½ cup of sugar"),
    ("em-dash-and-accents", "Ã©tÃ© â€” fin", "été — fin"),
    ("clean-and-broken-on-one-line", "Señor’s cafÃ©", "Señor’s café"),
    (
        "only-encoding-fixes-run",
        "itâ€™s ™ ½ ﬁ “x” ＡＢ &amp; \x1b[1m",
        "it’s ™ ½ ﬁ “x” ＡＢ &amp; \x1b[1m",
    ),
    ("no-nfc-on-repaired-line", "cafÃ© and Cafe\u0301", "café and Cafe\u0301"),
    (
        "only-mojibake-lines-touched",
        "Clean line — with “quotes”\nitâ€™s broken\nkeep\x85this\r\nKÅ\x8dkÅ\x8dmae\r\n",
        "Clean line — with “quotes”\nit’s broken\nkeep\x85this\r\nKōkōmae\r\n",
    ),
    ("empty-lines-kept", "\n\nitâ€™s\n\n", "\n\nit’s\n\n"),
    # A closing quote whose undefined third byte the scraper dropped: no dagger from the space after it.
    ("closing-quote-lost-byte", "â€œItâ€™s ours,â€ he said.", "“It’s ours,” he said."),
    ("closing-quote-lost-byte-at-end", "He said: â€œWe will win.â€", "He said: “We will win.”"),
    # ... or that a decoder replaced, leaving U+FFFD.
    ("closing-quote-replaced-byte", "titled â€œCafÃ© LumiÃ¨reâ€\ufffd after a song", "titled “Café Lumière” after a song"),
    # Speech that opened on the line before ends after a stop: no dagger stands there.
    ("closing-quote-of-speech-from-the-line-before", "were the real highlights,â€ said Zhang Yue.",
     "were the real highlights,” said Zhang Yue."),
    ("closing-quote-of-speech-replaced-byte", "it was worth the wait.â€\ufffd Tickets sold out.",
     "it was worth the wait.” Tickets sold out."),
    # Without an opening quote, a dagger before a lost no-break space is ftfy's reading.
    ("dagger-without-a-quote", "Noteâ€\xa0one", "Note†one"),
    # A no-break space misread, its second half made a space by the scraper: the space stays.
    ("no-break-space-became-space", "Entry costs MOPÂ 80 for adults.", "Entry costs MOP 80 for adults."),
    ("no-break-space-became-space-beside-other-mojibake", "MOPÂ 80, itâ€™s", "MOP 80, it’s"),
    # One garbled letter in a short line, which ftfy alone finds not bad enough to repair.
    ("one-letter-in-a-headline", "Há»™i An limits lantern boats as crowds strain ancient town",
     "Hội An limits lantern boats as crowds strain ancient town"),
    # A symbol misread in a line that the page's own Chinese interrupts, which cannot be decoded back whole.
    ("symbol-between-clean-chinese", "A bowl at Shilin (士林) costs about Â¥30 here. 【廣告】限時優惠",
     "A bowl at Shilin (士林) costs about ¥30 here. 【廣告】限時優惠"),
]


@pytest.mark.parametrize(
    "text, expected",
    [case[1:] for case in REPAIRS],
    ids=[case[0] for case in REPAIRS],
)
def test_mojibake_repaired(text, expected):
    assert MOJIBAKE_SIGNATURE.search(text)
    assert fix_mojibake(text) == expected


CLEAN_NO_SIGNATURE = [
    ("ascii", "Plain ASCII text.\nSecond line.\n"),
    ("cafe-then-space", "A café in Taipei."),
    ("senor", "Señor García"),
    ("naive", "a naïve plan"),
    ("half-alone", "½ cup"),
    ("trademark", "Taipei Times™"),
    ("curly-quotes-dashes", "it’s “quoted” – and — dashed…"),
    ("chinese", "首頁 > 國際 請繼續往下閱讀"),
    ("capital-a-circumflex-alone", "The letter Â and ÂGE."),
    ("japanese", "日本語のテキスト、東京は晴れ。"),
    ("ligature", "ﬁnal ﬂight"),
    ("combining-marks", "m̄-thang lāu-jia̍t"),
    ("full-width", "ＮＴ＄１．２ billion（sister paper）"),
    ("emoji", "Great news 🎉👍"),
    ("lone-c1", "keep\x85this"),
]


@pytest.mark.parametrize(
    "text",
    [case[1] for case in CLEAN_NO_SIGNATURE],
    ids=[case[0] for case in CLEAN_NO_SIGNATURE],
)
def test_clean_text_skips_ftfy_and_is_returned_as_is(text):
    assert MOJIBAKE_SIGNATURE.search(text) is None
    assert fix_mojibake(text) is text


CLEAN_WITH_SIGNATURE = [
    ("e-acute-em-dash", "The café—the best in town"),
    ("o-acute-curly-apostrophe", "José’s book"),
    ("e-acute-trademark", "Café™ is a brand"),
    ("u-umlaut-guillemet", "Über» and Ä« marks"),
]


@pytest.mark.parametrize(
    "text",
    [case[1] for case in CLEAN_WITH_SIGNATURE],
    ids=[case[0] for case in CLEAN_WITH_SIGNATURE],
)
def test_clean_text_matching_signature_is_left_alone_by_ftfy(text):
    assert MOJIBAKE_SIGNATURE.search(text)
    assert fix_mojibake(text) == text


def test_fix_and_explain_lists_changed_lines():
    text = "clean — line\nitâ€™s\nSeñor café\nKÅ\x8dkÅ\x8dmae\r\nThe café—fine\n"
    fixed, changes = fix_and_explain(text)
    assert fixed == "clean — line\nit’s\nSeñor café\nKōkōmae\r\nThe café—fine\n"
    assert changes == [(1, "itâ€™s", "it’s"), (3, "KÅ\x8dkÅ\x8dmae\r", "Kōkōmae\r")]


@pytest.mark.parametrize("text", ["", "Plain text.", "A café—the best\n首頁"])
def test_fix_and_explain_reports_nothing_for_clean_text(text):
    assert fix_and_explain(text) == (text, [])
