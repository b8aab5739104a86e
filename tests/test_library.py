"""The library API: ``cleaner.clean``, ``Cleaner`` and what a result carries."""
from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor

import pytest

import cleaner
from cleaner import Cleaner, CleanResult, Options, Removal, RuleError
from conftest import FIXTURES, GOOD_RULES

BODY = "The Taipei Rapid Transit Corp said yesterday that trains on the Circular Line would run until 2am."
BODY_2 = "Visitors are advised to avoid driving, as roads around the grounds will be closed from 4pm."
PAGE = f"首頁 > 國際\n{BODY}\n請繼續往下閱讀...\n\n{BODY_2} 延伸閱讀：元宵燈會交通管制總整理\n"


def test_one_call_form_returns_the_text():
    assert cleaner.clean("請繼續往下閱讀...\nXi Jinping （習近平） spoke.\n") == "Xi Jinping (習近平) spoke.\n"
    assert cleaner.clean(PAGE) == f"{BODY}\n\n{BODY_2}\n"


def test_result_carries_text_removed_and_counts(default_cleaner):
    result = default_cleaner.clean(PAGE)
    assert isinstance(result, CleanResult)
    assert result.text == f"{BODY}\n\n{BODY_2}\n"
    assert [(r.line, r.text.strip(), r.reason) for r in result.removed] == [
        (1, "首頁 > 國際", "rule breadcrumb"),
        (3, "請繼續往下閱讀...", "rule continue-reading"),
        (5, "延伸閱讀:元宵燈會交通管制總整理", "rule related-inline"),
    ]
    assert all(isinstance(r, Removal) for r in result.removed)
    counts = result.counts
    assert (counts.lines, counts.kept, counts.edited, counts.dropped) == (5, 1, 1, 2)
    assert counts.chars_in == len(PAGE)
    assert counts.chars_out == len(result.text)


def test_clean_bytes_decodes_and_accepts_an_encoding(default_cleaner):
    assert default_cleaner.clean_bytes(PAGE.encode("utf-8")).text == f"{BODY}\n\n{BODY_2}\n"
    assert default_cleaner.clean_bytes(PAGE.encode("big5"), encoding="big5").text == f"{BODY}\n\n{BODY_2}\n"


@pytest.mark.parametrize("rules", [
    str(GOOD_RULES / "base.yaml"),
    GOOD_RULES / "base.yaml",
    [str(GOOD_RULES / "base.yaml")],
    (GOOD_RULES / "base.yaml",),
])
def test_rules_accepts_one_path_or_several(rules):
    page = f"{BODY}\nCollect ten stamps for a free tote bag at any branch.\n{BODY_2}\n"
    assert Cleaner(rules=rules).clean(page).text == f"{BODY}\n{BODY_2}\n"


def test_options_object_and_keyword_overrides():
    options = Options(disable=("continue-reading",))
    assert Cleaner(options).options.disable == ("continue-reading",)
    assert Cleaner(options, disable=["share-bar"]).options.disable == ("share-bar",)


@pytest.mark.parametrize("option", ["rule", "disabled", "url", "encoding"])
def test_unknown_option_raises_type_error(option):
    with pytest.raises(TypeError):
        Cleaner(**{option: "x"})


def test_cleaner_options_cannot_be_changed():
    built = Cleaner()
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.options.disable = ("share-bar",)


def test_rule_error_is_a_value_error_raised_when_built():
    assert issubclass(RuleError, ValueError)
    with pytest.raises(RuleError):
        Cleaner(rules=FIXTURES / "rules" / "bad" / "unknown-action.yaml")


def test_without_default_rules_script_still_decides():
    result = Cleaner(default_rules=False).clean(f"台北市政府今天宣布新的交通政策\n{BODY}\n")
    assert result.text == f"{BODY}\n"


MOJIBAKE = "Itâ€™s the first time the council has met since the typhoon, officials said."


def test_mojibake_repair_can_be_switched_off():
    assert Cleaner().clean(MOJIBAKE).text == "It’s the first time the council has met since the typhoon, officials said.\n"
    assert Cleaner(fix_mojibake=False).clean(MOJIBAKE).text == MOJIBAKE + "\n"


def _pages() -> list[tuple[str, str | None]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "pages").glob("*.txt"))
             if not p.name.endswith(".expected.txt")]
    urls = [None, "https://example.com.tw/a", "https://news.example.com.tw/b", "https://example.org/c"]
    return [(text, urls[i % len(urls)]) for i, text in enumerate(texts * 3)]


def test_one_cleaner_shared_by_threads_gives_the_sequential_results():
    pages = _pages()
    sequential = Cleaner(rules=[GOOD_RULES / "site-only.yaml"])
    expected = [sequential.clean(text, url=url) for text, url in pages]
    # A fresh Cleaner, so that the site rule sets are compiled while threads race for them.
    shared = Cleaner(rules=[GOOD_RULES / "site-only.yaml"])
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda page: shared.clean(page[0], url=page[1]), pages))
    assert [r.text for r in results] == [r.text for r in expected]
    assert [r.removed for r in results] == [r.removed for r in expected]
