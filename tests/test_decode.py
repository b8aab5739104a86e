"""Tests for cleaner.decode: bytes to text, BOMs, charset guessing, no crashes."""

import codecs
import random

import pytest

from cleaner.decode import decode, detect_encoding

BIG5_PAGE = (
    "首頁 > 國際 > 亞洲\n"
    "Taiwan's cabinet yesterday approved a NT$2.88 trillion draft budget for 2025.\n"
    "The Executive Yuan said the increase reflects higher defense spending.\n"
    "請繼續往下閱讀 Taipei Times 新聞來源\n"
    "版權所有 自由時報\n"
)

GB18030_PAGE = (
    "首页 > 国际 > 亚洲\n"
    "China's State Council on Monday announced new measures to support consumption.\n"
    "请继续往下阅读 中国日报网 版权所有\n"
    "The ministry said the policy would take effect next month.\n"
    "责任编辑：王伟\n"
)

CP1252_PAGE = (
    "The café on the corner — it’s been there since 1952.\n"
    "Its owner, Señor García, calls the plan “naïve” but fair.\n"
    "Prices rose by €2 last year.\n"
)

# A realistic English article body (~2 KB). Pages like it with a few lines of
# Chinese furniture are this tool's typical input, and the case where
# detecting on the whole page picks cp1252: the English outweighs the Chinese.
ARTICLE_TOP = (
    "Taiwan's cabinet yesterday approved a draft budget for next year that would "
    "raise total spending to a record high.\n"
    "The Executive Yuan said the increase mainly reflects higher spending on "
    "national defense, social welfare and infrastructure.\n"
    "Premier Cho Jung-tai told reporters after the weekly cabinet meeting that the "
    "government had tried to balance growth and fiscal discipline.\n"
    "Defense spending is to rise to 2.45 percent of GDP, including special budgets "
    "for new fighter jets and naval vessels.\n"
    "The budget also sets aside funds for long-term care, childcare subsidies and "
    "a new housing program for young people.\n"
    "Opposition lawmakers said they would scrutinize the proposal closely when it "
    "reaches the Legislative Yuan next month.\n"
    "Kuomintang caucus whip Fu Kun-chi said some items appeared to duplicate "
    "spending already approved in special budgets.\n"
    "The Taiwan People's Party said it would seek cuts to what it called wasteful "
    "publicity spending by ministries.\n"
    "Economists said the plan was broadly in line with expectations, given strong "
    "tax revenue over the past two years.\n"
)
ARTICLE_BOTTOM = (
    "The Ministry of Finance said it expects tax revenue to grow by about 3 percent "
    "next year as exports remain strong.\n"
    "Government debt is expected to remain well below the legal ceiling of 40.6 "
    "percent of average GDP over the previous three years.\n"
    "The legislature has until the end of the year to review the budget, though "
    "reviews have often run into the following year.\n"
    "Analysts at Yuanta Securities said the budget would provide modest support "
    "to domestic demand in the first half.\n"
    "The central bank is expected to keep interest rates unchanged at its "
    "quarterly board meeting next month.\n"
    "Local governments are to receive a larger share of centrally allocated tax "
    "revenue under a law amended last year.\n"
    "Several county magistrates said the extra funds would still fall short of "
    "their needs for flood prevention projects.\n"
    "The cabinet said it would present a separate special budget for resilience "
    "projects, including energy and water supply.\n"
    "Environmental groups urged the government to spend more on renewable energy "
    "and less on new highway projects.\n"
    "The Directorate-General of Budget, Accounting and Statistics is to publish "
    "its revised growth forecast later this month.\n"
)
BIG5_ARTICLE_PAGE = (
    "首頁 > 政治\n" + ARTICLE_TOP + "請繼續往下閱讀\n" + ARTICLE_BOTTOM
    + "新聞來源：自由時報\n"
)
GB18030_ARTICLE_PAGE = (
    "首页 > 政治\n" + ARTICLE_TOP + "请继续往下阅读\n" + ARTICLE_BOTTOM
    + "新闻来源：人民网\n"
)
CP1252_ARTICLE_PAGE = (
    ARTICLE_TOP + "The café owner said it’s “a fair deal” — mostly.\n" + ARTICLE_BOTTOM
)

# (id, text, codec it is encoded with, codec name detect_encoding must report)
LEGACY_CASES = [
    ("big5-line", "請繼續往下閱讀 Taipei Times 新聞來源", "big5", "cp950"),
    ("big5-page", BIG5_PAGE, "big5", "cp950"),
    ("cp950-only-char", "碁王戰 Go championship 請繼續往下閱讀\n", "cp950", "cp950"),
    ("big5-english-article-page", BIG5_ARTICLE_PAGE, "big5", "cp950"),
    ("gb18030-line", "请继续往下阅读 中国日报网 版权所有", "gb18030", "gb18030"),
    ("gb18030-page", GB18030_PAGE, "gb18030", "gb18030"),
    ("gb18030-english-article-page", GB18030_ARTICLE_PAGE, "gb18030", "gb18030"),
    ("cp1252-line", "café — it’s", "cp1252", "cp1252"),
    ("cp1252-page", CP1252_PAGE, "cp1252", "cp1252"),
    ("cp1252-english-article-page", CP1252_ARTICLE_PAGE, "cp1252", "cp1252"),
    ("cp1252-crlf-kept", "It’s here.\r\nSo is the café.\r\n", "cp1252", "cp1252"),
]


@pytest.mark.parametrize(
    "text, codec, expected_name",
    [case[1:] for case in LEGACY_CASES],
    ids=[case[0] for case in LEGACY_CASES],
)
def test_legacy_encodings_round_trip(text, codec, expected_name):
    data = text.encode(codec)
    assert decode(data) == text
    assert detect_encoding(data) == expected_name


# (id, bytes, expected text, expected detect_encoding name)
UNICODE_CASES = [
    ("utf8", "it’s 首頁 > 國際\n".encode("utf-8"), "it’s 首頁 > 國際\n", "utf-8"),
    ("ascii", b"Plain ASCII.\n", "Plain ASCII.\n", "utf-8"),
    ("empty", b"", "", "utf-8"),
    (
        "newlines-untouched",
        b"one\r\ntwo\rthree\n\n",
        "one\r\ntwo\rthree\n\n",
        "utf-8",
    ),
    (
        "utf8-bom-stripped",
        codecs.BOM_UTF8 + "café 首頁".encode("utf-8"),
        "café 首頁",
        "utf-8-sig",
    ),
    (
        "utf8-bom-only-leading-one-stripped",
        codecs.BOM_UTF8 + "a\ufeffb".encode("utf-8"),
        "a\ufeffb",
        "utf-8-sig",
    ),
    (
        "utf16-le-bom",
        codecs.BOM_UTF16_LE + "首頁 café\n".encode("utf-16-le"),
        "首頁 café\n",
        "utf-16",
    ),
    (
        "utf16-be-bom",
        codecs.BOM_UTF16_BE + "首頁 café\n".encode("utf-16-be"),
        "首頁 café\n",
        "utf-16",
    ),
    (
        "utf32-le-bom-not-mistaken-for-utf16",
        codecs.BOM_UTF32_LE + "首頁\n".encode("utf-32-le"),
        "首頁\n",
        "utf-32",
    ),
    # A page cut off at a byte limit inside its last character is UTF-8 still.
    ("utf8-cut-off-inside-a-character", "首頁 café".encode("utf-8")[:-1], "首頁 caf\ufffd", "utf-8"),
    # A stray byte among many valid characters is damage, not another charset.
    (
        "utf8-line-with-a-stray-byte",
        "蔡英文 visited the café in 台北 ".encode("utf-8") + b"\x9d\n",
        "蔡英文 visited the café in 台北 \ufffd\n",
        "utf-8",
    ),
    (
        "utf8-bom-then-cp1252-body",
        codecs.BOM_UTF8 + "café — it’s".encode("cp1252"),
        "café — it’s",
        "cp1252",
    ),
]


@pytest.mark.parametrize(
    "data, expected, expected_name",
    [case[1:] for case in UNICODE_CASES],
    ids=[case[0] for case in UNICODE_CASES],
)
def test_unicode_input_and_boms(data, expected, expected_name):
    assert decode(data) == expected
    assert detect_encoding(data) == expected_name


_rng = random.Random(20240601)
BAD_BYTES = [
    ("lone-ff", b"\xff"),
    ("truncated-utf8", b"caf\xc3"),
    ("utf8-surrogate", b"\xed\xa0\x80"),
    ("c1-bytes", b"\x80\x81\x8d\x8f\x90\x9d"),
    ("nul-and-high", b"\x00\x01\xfe\xff\x00"),
    ("bom-then-garbage", codecs.BOM_UTF8 + b"\xff\xfe\xfd"),
    ("utf16-bom-odd-length", codecs.BOM_UTF16_LE + b"a\x00b"),
    ("utf32-bom-truncated", codecs.BOM_UTF32_BE + b"\x00\x00"),
    ("random-short", bytes(_rng.randrange(256) for _ in range(40))),
    ("random-long", bytes(_rng.randrange(256) for _ in range(6000))),
]


@pytest.mark.parametrize(
    "data", [case[1] for case in BAD_BYTES], ids=[case[0] for case in BAD_BYTES]
)
def test_invalid_bytes_never_raise(data):
    assert isinstance(decode(data), str)
    codecs.lookup(detect_encoding(data))


EXPLICIT_CASES = [
    ("latin-1", b"caf\xe9", "latin-1", "café"),
    ("cp1252", b"it\x92s \x97 ok", "cp1252", "it’s — ok"),
    ("big5", "請繼續".encode("big5"), "big5", "請繼續"),
    ("gb18030", "请继续".encode("gb18030"), "gb18030", "请继续"),
    ("bad-bytes-replaced", b"ok\xff done", "utf-8", "ok\ufffd done"),
    ("overrides-detection", "café".encode("utf-8"), "latin-1", "cafÃ©"),
    ("utf-8-sig-strips-bom", codecs.BOM_UTF8 + b"hi", "utf-8-sig", "hi"),
    ("alias-name", b"caf\xe9", "windows-1252", "café"),
]


@pytest.mark.parametrize(
    "data, encoding, expected",
    [case[1:] for case in EXPLICIT_CASES],
    ids=[case[0] for case in EXPLICIT_CASES],
)
def test_explicit_encoding(data, encoding, expected):
    assert decode(data, encoding) == expected


@pytest.mark.parametrize(
    "encoding", ["no-such-codec", "base64", "rot13", "idna", "punycode"]
)
def test_unusable_encoding_raises_lookup_error(encoding):
    with pytest.raises(LookupError, match=repr(encoding)):
        decode(b"caf\xe9 \xff", encoding)
