"""Script profiles: counts of Latin words and Han, kana and Hangul characters."""
from __future__ import annotations

import pytest

from cleaner.script import ScriptProfile, english_text_start, has_cjk, profile


@pytest.mark.parametrize("text, latin, han, kana, hangul", [
    ("", 0, 0, 0, 0),
    ("The MRT runs late", 4, 0, 0, 0),
    ("Xi Jinping (習近平) said", 3, 3, 0, 0),
    ("Japan's Yu-fu said", 3, 0, 0, 0),               # apostrophes and hyphens join a word
    ("café crème brûlée", 3, 0, 0, 0),                # accented letters are Latin
    ("m\u0304-thang", 1, 0, 0, 0),                    # a combining mark stays inside the word
    ("NT$1.2 billion, 2026-02-27", 2, 0, 0, 0),       # digits are no words
    ("Привет мир", 0, 0, 0, 0),                       # Cyrillic is not Latin
    ("台北市政府", 0, 5, 0, 0),
    ("々〇", 0, 2, 0, 0),                             # iteration mark and ideographic zero count as Han
    ("コーヒー", 0, 0, 4, 0),                         # the prolonged sound mark counts as kana
    ("こんにちは、今日は", 0, 2, 6, 0),
    ("안녕하세요 세계", 0, 0, 0, 7),
    ("Taipei 台北 Seoul 서울 Tokyo 東京とうきょう", 3, 4, 5, 2),
    ("123 !!! ... ★", 0, 0, 0, 0),
    # A web address's letters are no words: a menu of markdown links is all Chinese.
    ("[首页](https://cn.example.com/) | [时政](http://china.example.com/news)", 0, 4, 0, 0),
    ("Details at www.cdc.gov.tw/En and (https://example.org/a_b).", 3, 0, 0, 0),
    # ... nor a bare host name's; an e-mail address is its writer's words.
    ("2026-03-18 15:20:47 ecns.cn", 0, 0, 0, 0), ("By Li Jing | chinadaily.com.cn", 3, 0, 0, 0),
    ("Write to press@example.com", 5, 0, 0, 0),
])
def test_profile_counts(text, latin, han, kana, hangul):
    assert profile(text) == ScriptProfile(latin, han, kana, hangul)


@pytest.mark.parametrize("counts, cjk_words", [
    ((0, 3, 0, 0), 2.0),     # 1.5 Han characters a word
    ((0, 0, 5, 0), 2.0),     # 2.5 kana a word
    ((0, 0, 0, 5), 2.0),     # 2.5 Hangul a word
    ((7, 3, 5, 5), 6.0),
    ((4, 0, 0, 0), 0.0),
])
def test_cjk_text_is_weighed_in_words(counts, cjk_words):
    assert ScriptProfile(*counts).cjk_words == pytest.approx(cjk_words)


@pytest.mark.parametrize("text, dominant", [
    ("Xi Jinping (習近平) said", True),      # 3 words against 2 word equivalents
    ("Xi Jinping 習近平", False),            # 2 against 2: not more
    ("台北市政府今天宣布 Taipei MRT", False),
    ("The MRT", True),
    ("台北", False),
])
def test_latin_dominant(text, dominant):
    assert profile(text).latin_dominant is dominant


@pytest.mark.parametrize("text, has_words", [("a", True), ("台", True), ("ア", True), ("한", True),
                                             ("2026 ... !", False), ("", False)])
def test_has_words(text, has_words):
    assert profile(text).has_words is has_words


@pytest.mark.parametrize("text, script", [("台北市", "han"), ("コーヒー台", "kana"), ("서울 台", "hangul")])
def test_main_cjk_script(text, script):
    assert profile(text).main_cjk_script == script


def test_describe_names_only_the_scripts_present():
    assert profile("Xi Jinping (習近平) said").describe() == "latin 3 words, han 3 chars"
    assert profile("The MRT").describe() == "latin 2 words"
    assert profile("서울 コーヒー").describe() == "latin 0 words, kana 4 chars, hangul 2 chars"


@pytest.mark.parametrize("text, expected", [
    ("Taipei", False), ("café —’“", False), ("台北", True), ("Tokyo とうきょう", True),
    ("서울", True), ("々", True), ("(…)", False), ("Привет", False),
])
def test_has_cjk(text, expected):
    assert has_cjk(text) is expected


@pytest.mark.parametrize("text, start", [
    ("列印此頁 | 電郵此頁 EPD extends smart bins to 60 more estates", 12),
    ("Facebook LINE | The mayor spoke about the plan", 16),
    ("分享 Facebook LINE 複製連結", None),
    ("字體大小 A A A", None),
    ("", None),
])
def test_english_text_starts_at_words_in_a_row_with_a_function_word(text, start):
    assert english_text_start(text) == start
