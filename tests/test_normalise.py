"""Tests for cleaner.normalise: full-width/CJK punctuation to ASCII, nothing else."""

import pytest

from cleaner.normalise import NORMALISE_TABLE, RESIDUE, normalise

CASES = [
    # Full-width ASCII forms U+FF01..U+FF5E.
    ("fw-first", "\uff01", "!"),
    ("fw-last", "\uff5e", "~"),
    ("fw-letters-digits", "ＡＢＣ ｘｙｚ ０１２", "ABC xyz 012"),
    ("fw-money", "NT＄１．２ billion", "NT$1.2 billion"),
    ("fw-thousands", "４２０，０００", "420,000"),
    ("fw-symbols", "＃１ ＠home ５０％ ａ＋ｂ＝ｃ", "#1 @home 50% a+b=c"),
    ("fw-white-parens", "｟x｠", "(x)"),
    # Spaces.
    ("ideographic-space", "Taipei\u3000Times", "Taipei Times"),
    ("nbsp", "10\u00a0km", "10 km"),
    ("narrow-nbsp", "10\u202f000", "10 000"),
    ("figure-space", "1\u20072", "1 2"),
    # CJK punctuation.
    ("ideographic-full-stop", "limited。Shuttles", "limited.Shuttles"),
    ("ideographic-comma", "apples、pears", "apples,pears"),
    ("fw-colon-no-space-added", "BUDGET FIGHT：Opposition", "BUDGET FIGHT:Opposition"),
    ("corner-brackets", "「This」", '"This"'),
    ("white-corner-brackets", "『That』", '"That"'),
    (
        "slogan",
        "「This is a slogan，」 Huang said， holding",
        '"This is a slogan," Huang said, holding',
    ),
    ("lenticular-brackets", "【Update】", "[Update]"),
    ("tortoise-brackets", "〔Note〕", "[Note]"),
    ("halfwidth-full-stop", "end｡", "end."),
    ("halfwidth-corner-brackets", "｢quote｣", '"quote"'),
    ("halfwidth-comma", "a､b", "a,b"),
    # Invisible characters.
    ("zero-width-space", "Tai\u200bpei", "Taipei"),
    ("zwnj-zwj", "a\u200cb\u200dc", "abc"),
    ("word-joiner-invisibles", "a\u2060b\u2061c\u2062d\u2063e\u2064f", "abcdef"),
    ("bom-mid-text", "one\ufefftwo", "onetwo"),
    ("bom-at-start", "\ufeffTitle", "Title"),
    ("soft-hyphen", "infra\u00adstructure", "infrastructure"),
    # Spacing around converted brackets.
    ("bracket-space-kept", "Times （sister paper）", "Times (sister paper)"),
    ("bracket-space-added", "Times（sister paper）", "Times (sister paper)"),
    ("bracket-then-word", "Times（sister paper）said", "Times (sister paper) said"),
    (
        "bracket-then-space",
        "（US$1.87 billion） increase",
        "(US$1.87 billion) increase",
    ),
    ("bracket-then-full-stop", "Xi Jinping （習近平）.", "Xi Jinping (習近平)."),
    ("bracket-then-fw-full-stop", "Xi Jinping（習近平）。", "Xi Jinping (習近平)."),
    ("bracket-then-digit", "（2024）10 cases", "(2024) 10 cases"),
    ("bracket-after-digit", "NT$10（US$0.31）", "NT$10 (US$0.31)"),
    ("bracket-after-closing", "（a）（b）", "(a) (b)"),
    ("bracket-after-ascii-closing", "(a)（b）", "(a) (b)"),
    ("bracket-after-guillemet", "《Taipei Times》（sister paper）", "《Taipei Times》 (sister paper)"),
    ("bracket-after-comma", "said，（he）", "said,(he)"),
    ("bracket-inner-untouched", "（ spaced ）", "( spaced )"),
    ("lenticular-spacing", "Home【Update】Taipei", "Home [Update] Taipei"),
    ("square-bracket-spacing", "list［1］item", "list [1] item"),
    ("ascii-brackets-untouched", "f(x)，g[y]", "f(x),g[y]"),
    # Nothing else changes.
    (
        "kept-symbols",
        "™ ½ ﬁ é m̄-thang lāu-jia̍t 😀",
        "™ ½ ﬁ é m̄-thang lāu-jia̍t 😀",
    ),
    (
        "kept-punctuation",
        "“quote” ‘x’ – — … 《書》 〈篇〉 ・",
        "“quote” ‘x’ – — … 《書》 〈篇〉 ・",
    ),
    ("kept-chinese-with-converted", "首頁，國際。", "首頁,國際."),
    ("kept-outside-ff01-ff5e", "￥100 ￡5 ･", "￥100 ￡5 ･"),
    ("kept-newlines-tabs", "a\r\n\tb\u3000\n", "a\r\n\tb \n"),
]

IDS = [case[0] for case in CASES]


@pytest.mark.parametrize("text, expected", [case[1:] for case in CASES], ids=IDS)
def test_normalise(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("text", [case[1] for case in CASES], ids=IDS)
def test_idempotent_and_no_residue(text):
    once = normalise(text)
    assert normalise(once) == once
    assert RESIDUE.search(once) is None


def test_full_width_block_maps_to_ascii():
    for cp in range(0xFF01, 0xFF5F):
        assert NORMALISE_TABLE[cp] == chr(cp - 0xFEE0)


@pytest.mark.parametrize(
    "text",
    ["plain ASCII", "it’s “curly” — café ½ ™", "首頁 > 國際 《書》", ""],
    ids=["ascii", "latin-typography", "chinese", "empty"],
)
def test_unchanged_text_is_returned_as_is(text):
    assert normalise(text) is text
