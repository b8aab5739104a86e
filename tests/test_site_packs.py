"""Site packs: each built-in pack with ``domains`` cleans its sites' pages to the hand-written
expected text when the page's URL is given, and stays out of every other page.

The pages under fixtures/sites/ and their NAME.expected.txt were written by hand from the
spec in fixtures/README.md; the rule samples below state by hand what each rule must leave.
"""
from __future__ import annotations

import json
import pathlib

import pytest

from cleaner.rules import builtin_pack_paths, load_packs
from conftest import FIXTURES, run_cli

SITE_FIXTURES = FIXTURES / "sites"

# Page name: (its URL, the pack that must apply, a line of the page that only that pack removes,
# or None where the general rules happen to remove the same lines: then --explain tells them apart).
PAGES = {
    "taipei-times": ("https://www.taipeitimes.com/News/taiwan/archives/2026/03/05/2003853101", "liberty-times", None),
    "liberty-times": ("https://news.ltn.com.tw/news/world/paper/1745123", "liberty-times", None),
    "focus-taiwan": ("https://focustaiwan.tw/society/202603050021", "cna", None),
    "china-daily": ("https://www.chinadaily.com.cn/a/202603/09/WS67cd1a2ba310c240449d8e31.html",
                    "china-state-media", None),
    "xinhua": ("https://english.news.cn/20260310/5f2a7c1e9b0d4e6fa1c2d3e4f5a6b7c8/c.html",
               "china-state-media", None),
    "yahoo-tw": ("https://tw.news.yahoo.com/taiwan-exports-hit-record-high-081200123.html", "yahoo-tw", None),
    "scmp": ("https://www.scmp.com/news/hong-kong/transport/article/3301234/driverless-shuttle-buses-lantau",
             "hong-kong", None),
    "hkfp": ("https://hongkongfp.com/2026/03/14/hong-kong-libraries-to-stay-open-until-midnight/", "hong-kong",
             None),
}

KNOWN_FAILURES: dict[str, str] = {}

SITE_PACKS = {pack.name: pack for path in builtin_pack_paths() for pack in load_packs(path) if pack.domains}


def _page(name: str) -> pathlib.Path:
    return SITE_FIXTURES / f"{name}.txt"


def _expected(name: str) -> str:
    return (SITE_FIXTURES / f"{name}.expected.txt").read_text(encoding="utf-8")


def _param(name: str):
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[name])] if name in KNOWN_FAILURES else []
    return pytest.param(name, id=name, marks=marks)


def _rules_used(result) -> set[str]:
    """The rule ids named in the reasons of every line and every cut of a result."""
    reasons = [line.reason for line in result.lines] + [cut.reason for line in result.lines for cut in line.cuts]
    return {part[len("rule "):] for reason in reasons for part in reason.split("; ") if part.startswith("rule ")}


def _rule_ids(pack_name: str) -> set[str]:
    return {rule.id for rule in SITE_PACKS[pack_name].rules}


def _site_url(pack_name: str) -> str:
    return f"https://{SITE_PACKS[pack_name].domains[0]}/news/20260305-1"


# --- the packs themselves ------------------------------------------------------------------

def test_each_site_family_has_its_pack_and_pages():
    assert set(SITE_PACKS) == {"liberty-times", "cna", "china-state-media", "yahoo-tw", "hong-kong"}
    assert {pack for _, pack, _ in PAGES.values()} == set(SITE_PACKS)
    pages = {p.stem for p in SITE_FIXTURES.glob("*.txt") if not p.name.endswith(".expected.txt")}
    assert pages == set(PAGES)
    for name in PAGES:
        assert (SITE_FIXTURES / f"{name}.expected.txt").is_file(), name


def test_site_packs_pass_check_rules():
    paths = sorted(pathlib.Path(pack.source) for pack in SITE_PACKS.values())
    done = run_cli("--check-rules", *paths)
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.decode().count(": ok, ") == len(paths)


@pytest.mark.parametrize("url, pack", [
    ("https://news.ltn.com.tw/news/life/breakingnews/4991234", "liberty-times"),
    ("https://ec.ltn.com.tw/article/paper/1745000", "liberty-times"),
    ("https://www.taipeitimes.com/News/front/archives/2026/03/05/2003853100", "liberty-times"),
    ("https://focustaiwan.tw/politics/202603050001", "cna"),
    ("https://www.cna.com.tw/news/aipl/202603050012.aspx", "cna"),
    ("https://www.chinadaily.com.cn/a/202603/09/WS67cd.html", "china-state-media"),
    ("https://global.chinadaily.com.cn/a/202603/09/WS67cd.html", "china-state-media"),
    ("https://www.globaltimes.cn/page/202603/1330000.shtml", "china-state-media"),
    ("https://world.huanqiu.com/article/4LmnOpQrStu", "china-state-media"),
    ("http://www.xinhuanet.com/english/2026-03/10/c_1310000000.htm", "china-state-media"),
    ("https://english.news.cn/20260310/abc/c.html", "china-state-media"),
    ("https://tw.news.yahoo.com/some-story-081200123.html", "yahoo-tw"),
    ("https://tw.yahoo.com/", "yahoo-tw"),
    ("https://www.scmp.com/news/hong-kong/article/3301234", "hong-kong"),
    ("https://www.thestandard.com.hk/section-news/section/11/270000", "hong-kong"),
    ("https://news.rthk.hk/rthk/en/component/k2/1790000-20260314.htm", "hong-kong"),
    ("https://www.hk01.com/article/1000000", "hong-kong"),
    ("https://news.mingpao.com/pns/article/20260314/s00002/1741890000000", "hong-kong"),
    ("https://hongkongfp.com/2026/03/14/story/", "hong-kong"),
    ("HTTPS://WWW.SCMP.COM/news", "hong-kong"),          # host names are case-insensitive
    ("https://news.yahoo.com/story-1.html", None),       # Yahoo, but not Yahoo Taiwan
    ("https://notscmp.com/news", None),                  # a name that merely ends the same
    ("https://scmp.com.example.org/news", None),         # the site's name as a subdomain of another
    ("https://www.bbc.com/news/world-asia-1", None),
    (None, None),
])
def test_site_pack_applies_by_host(default_cleaner, url, pack):
    used = {pathlib.Path(rule.source).stem for rule in default_cleaner.ruleset_for(url).rules}
    assert used - {"default"} == ({pack} if pack else set())


# --- whole pages ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", [_param(n) for n in PAGES])
def test_library_cleans_site_page_to_expected(default_cleaner, name):
    url = PAGES[name][0]
    assert default_cleaner.clean(_page(name).read_text(encoding="utf-8"), url=url).text == _expected(name)


@pytest.mark.parametrize("name", [_param(n) for n in PAGES])
def test_cli_cleans_site_page_to_expected(name):
    done = run_cli("--url", PAGES[name][0], _page(name))
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.decode("utf-8") == _expected(name)


def _other_site_url(name: str) -> str:
    """The URL of a page of another site family than ``name``'s."""
    pack = PAGES[name][1]
    return next(url for url, other, _ in PAGES.values() if other != pack)


@pytest.mark.parametrize("name", list(PAGES))
def test_site_pack_decides_lines_of_its_page(default_cleaner, name):
    url, pack, _ = PAGES[name]
    result = default_cleaner.clean(_page(name).read_text(encoding="utf-8"), url=url)
    assert _rules_used(result) & _rule_ids(pack)


@pytest.mark.parametrize("name", list(PAGES))
@pytest.mark.parametrize("where", ["no URL", "another site"])
def test_site_pack_stays_out_of_other_pages(default_cleaner, name, where):
    url = None if where == "no URL" else _other_site_url(name)
    _, pack, only_the_pack_removes = PAGES[name]
    result = default_cleaner.clean(_page(name).read_text(encoding="utf-8"), url=url)
    assert not _rules_used(result) & _rule_ids(pack)
    if only_the_pack_removes:
        assert only_the_pack_removes in result.text.splitlines()


def test_cli_without_url_leaves_site_furniture():
    page = f"{BODY}\n{RIGHTS_FOOTER}\n{COMMENT}\n"
    done = run_cli("--explain=json", input=page.encode())
    assert done.returncode == 0
    assert COMMENT in json.loads(done.stdout)["text"].splitlines()
    on_its_site = run_cli("--explain=json", "--url", PAGES["china-daily"][0], input=page.encode())
    assert COMMENT not in json.loads(on_its_site.stdout)["text"].splitlines()


# --- every rule, on a line of its own site ---------------------------------------------------

BODY = "The council approved the plan on Monday after a long debate, officials said."
BODY_2 = "The new rules will take effect in July and apply to every district of the city."
COMMENT = "I have taken this train many times over the years and I think the plan makes a lot of sense."
RIGHTS_FOOTER = ("The content (including but not limited to text, photo, multimedia information, etc) published in this "
                 "site belongs to China Daily Information Co (CDIC).")

# (rule id, page text, the text it must clean to on its site). Every rule of every site pack has one.
RULE_SAMPLES = [
    ("ltn-masthead", "Liberty Times Net\n", ""),
    ("ltn-masthead", "自由時報電子報\n", ""),
    ("taipei-times-sections", "Bilingual Pages\n", ""),
    ("ltn-promo", f"{BODY} 請加入自由時報粉絲團\n", f"{BODY}\n"),
    ("ltn-credit", "Volunteers clean the beach in Kenting on Sunday. (自由時報記者蔡宗憲攝)\n",
     "Volunteers clean the beach in Kenting on Sunday.\n"),
    ("cna-masthead", "Focus Taiwan - CNA English News\n", ""),
    ("focus-taiwan-sections", "Science & Tech\n", ""),
    ("cna-enditem", f"{BODY} Enditem/AW\n", f"{BODY}\n"),
    ("cna-app-promo", f"{BODY}中央社「一手新聞」app\n", f"{BODY}\n"),
    ("cn-masthead", "China Daily Global Edition\n", ""),
    ("cn-sections", "In-Depth\n", ""),
    ("cn-list-headings", f"Special Coverage\nHainan sets out plan for tourism flights\nPort adds berths for car exports\n\n"
                         f"{BODY}\n", f"{BODY}\n"),
    ("chinadaily-rights-footer", f"{BODY}\n{RIGHTS_FOOTER}\n{COMMENT}\n", f"{BODY}\n"),
    ("chinadaily-footer", "About China Daily\n", ""),
    ("chinadaily-footer", "Expat Employment\n", ""),
    ("huanqiu-copyright", f"{BODY}环球网版权作品\n", f"{BODY}\n"),
    ("huanqiu-byline", f"【环球网报道 记者 王逸】{BODY}\n", f"{BODY}\n"),
    ("chinadaily-bilingual-credit", f"{BODY}\n（中国日报网英语点津 Helen）\n", f"{BODY}\n"),
    ("yahoo-masthead", "Yahoo奇摩新聞\n", ""),
    ("yahoo-partner-more", f"{BODY}\n《更多 TVBS 報導》\nTaiwan stocks close higher on chip rally\n{BODY}\n",
     f"{BODY}\n{BODY}\n"),
    ("yahoo-partner-more-inline", f"{BODY}《更多鏡週刊報導》\n", f"{BODY}\n"),
    ("yahoo-forum", f"【Yahoo論壇】{BODY}\n", f"{BODY}\n"),
    ("yahoo-forum", f"{BODY}本文為作者意見，不代表Yahoo奇摩立場。\n", f"{BODY}\n"),
    ("yahoo-footer-links", "Privacy Dashboard\n", ""),
    ("hk-masthead", "Hong Kong Free Press\n", ""),
    ("hk-sections", "This Week in Asia\n", ""),
    ("hk-breadcrumb", f"News / Hong Kong / Law and Crime\n{BODY}\n", f"{BODY}\n"),
    ("scmp-furniture", f"{BODY}\nThis article appeared in the South China Morning Post print edition as: Plan passes\n",
     f"{BODY}\n"),
    ("hkfp-support", f"{BODY}\nHelp safeguard press freedom & keep HKFP free for all readers by supporting our "
                     f"team\n{BODY_2}\n", f"{BODY}\n{BODY_2}\n"),
    ("hkfp-footer-links", "Transparency & Annual Report\n", ""),
    ("mingpao-credit", f"【明報專訊】{BODY}\n", f"{BODY}\n"),
    ("mingpao-credit", f"{BODY}\n相關字詞﹕房屋 政策\n", f"{BODY}\n"),
    ("hk01-credit", "撰文：陳大文\n", ""),
    ("hk-privacy", "收集個人資料聲明\n", ""),
]


def _pack_of(rule_id: str) -> str:
    return next(name for name, pack in SITE_PACKS.items() if rule_id in _rule_ids(name))


def test_every_site_rule_has_a_sample():
    assert {rule_id for rule_id, _, _ in RULE_SAMPLES} == set().union(*map(_rule_ids, SITE_PACKS))


def _samples():
    return [pytest.param(*sample, id=f"{sample[0]}-{n}") for n, sample in enumerate(RULE_SAMPLES)]


@pytest.mark.parametrize("rule_id, page, expected", _samples())
def test_site_rule_cleans_its_sample_on_its_site(default_cleaner, rule_id, page, expected):
    result = default_cleaner.clean(page, url=_site_url(_pack_of(rule_id)))
    assert result.text == expected
    assert rule_id in _rules_used(result)


@pytest.mark.parametrize("rule_id, page, expected", _samples())
def test_site_rule_is_not_used_elsewhere(default_cleaner, rule_id, page, expected):
    pack = _pack_of(rule_id)
    other = next(name for name in SITE_PACKS if name != pack)
    for url in (None, _site_url(other)):
        assert rule_id not in _rules_used(default_cleaner.clean(page, url=url))
