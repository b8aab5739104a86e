"""The line cache changes the speed, never the output.

Every page is cleaned by a Cleaner with the cache (``line_cache``, on by
default) and by one without it, and the whole results (text, every line's
verdict and reason, removals with their line numbers, counts) must be equal:
also when the cache was filled by other pages, where the same furniture line
stood in another context, and when threads share the cached Cleaner.
"""
from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import FrozenInstanceError, dataclass

import pytest

from cleaner import Cleaner
from cleaner.cache import MAX_CACHED_CHARS
from cleaner.memo import once_property, remember
from conftest import FIXTURES

PAGE_FILES = sorted(p for p in FIXTURES.glob("*/*.txt") if not p.name.endswith(".expected.txt"))
# Site pages also run with a URL, so that site packs (and their own caches) take part.
SITE_URLS = {
    "taipei-times": "https://www.taipeitimes.com/News/taiwan/archives/2026/03/05/2003853101",
    "liberty-times": "https://news.ltn.com.tw/news/world/paper/1745123",
    "focus-taiwan": "https://focustaiwan.tw/society/202603050021",
    "china-daily": "https://www.chinadaily.com.cn/a/202603/09/WS67cd1a2ba310c240449d8e31.html",
    "xinhua": "https://english.news.cn/20260310/5f2a7c1e9b0d4e6fa1c2d3e4f5a6b7c8/c.html",
    "yahoo-tw": "https://tw.news.yahoo.com/taiwan-exports-hit-record-high-081200123.html",
    "scmp": "https://www.scmp.com/news/hong-kong/transport/article/3301234/driverless-shuttle-buses-lantau",
    "hkfp": "https://hongkongfp.com/2026/03/14/hong-kong-libraries-to-stay-open-until-midnight/",
}


@pytest.fixture(scope="module")
def uncached() -> Cleaner:
    return Cleaner(line_cache=0)


def _pages() -> list[tuple[bytes, str | None]]:
    pages = [(path.read_bytes(), None) for path in PAGE_FILES]
    pages += [((FIXTURES / "sites" / f"{name}.txt").read_bytes(), url) for name, url in SITE_URLS.items()
              if (FIXTURES / "sites" / f"{name}.txt").exists()]
    return pages


def _mixed_pages() -> list[str]:
    """Pages stitched from the lines of all fixture pages, so lines meet new neighbours."""
    lines = [line for path in PAGE_FILES if path.parent.name == "pages"
             for line in path.read_text(encoding="utf-8").splitlines()]
    shuffler = random.Random(5)
    pages = []
    for _ in range(12):
        start = shuffler.randrange(len(lines))
        chosen = lines[start:start + 60]
        shuffler.shuffle(chosen)
        pages.append("\n".join(chosen) + "\n")
    return pages


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_page_cleaned_twice_with_the_cache_matches_no_cache(path, uncached):
    cached = Cleaner()
    data = path.read_bytes()
    expected = uncached.clean_bytes(data)
    assert cached.clean_bytes(data) == expected  # fills the cache
    assert cached.clean_bytes(data) == expected  # served from it
    assert cached.analyser_for(None).cache_info().hits > 0


def test_every_page_after_every_other_matches_no_cache(uncached):
    """One cached Cleaner for all pages, in two orders: each line was first seen elsewhere."""
    pages = _pages()
    expected = [uncached.clean_bytes(data, url=url) for data, url in pages]
    cached = Cleaner()
    for order in (range(len(pages)), reversed(range(len(pages)))):
        for index in order:
            data, url = pages[index]
            assert cached.clean_bytes(data, url=url) == expected[index], f"page {index}"


def test_pages_of_shuffled_fixture_lines_match_no_cache(uncached):
    cached = Cleaner()
    pages = _mixed_pages()
    for page in pages + pages:
        assert cached.clean(page) == uncached.clean(page)


def test_a_line_repeated_in_a_page_keeps_its_own_line_numbers():
    page = "Advertisement\nThe ministry said the plan would cost NT$1.2 billion.\nAdvertisement\n\nAdvertisement\n"
    result = Cleaner().clean(page)
    assert [(r.line, r.text) for r in result.removed] == [
        (1, "Advertisement"), (3, "Advertisement"), (5, "Advertisement")]
    assert [r.line for r in result.lines] == [1, 2, 3, 4, 5]
    assert result == Cleaner(line_cache=0).clean(page)


def test_threads_sharing_a_cached_cleaner_match_no_cache(uncached):
    pages = _pages() * 3
    expected = [uncached.clean_bytes(data, url=url) for data, url in pages]
    cached = Cleaner()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda page: cached.clean_bytes(page[0], url=page[1]), pages))
    assert results == expected


def test_a_remembered_analysis_cannot_be_changed():
    cleaner = Cleaner()
    page = "記者王小明/台北報導 The ministry said the plan would cost NT$1.2 billion.\n"
    first = cleaner.clean(page)
    analysis = cleaner.analyser_for(None).analyse(page.rstrip("\n"))
    assert analysis.cuts
    with pytest.raises(FrozenInstanceError):
        analysis.verdict = "dropped"
    assert cleaner.clean(page) == first


def test_a_line_dropped_by_its_neighbours_on_one_page_is_kept_on_another():
    """The context pass drops a copy; the remembered analysis, shared by every page, stays as it was."""
    cleaner = Cleaner()
    body = "The ministry said on Monday that the plan would cost NT$1.2 billion over three years."
    byline = "Winnie Ho"
    after_article = f"{body}\n{byline}\n"
    under_headline = f"Ministry unveils plan for new rail line in the south\n{byline}\n{body}\n"
    for _ in range(2):
        assert [r.verdict for r in cleaner.clean(after_article).lines] == ["kept", "dropped"]
        assert [r.verdict for r in cleaner.clean(under_headline).lines] == ["kept", "kept", "kept"]


def test_long_lines_are_not_kept():
    cleaner = Cleaner()
    analyser = cleaner.analyser_for(None)
    long_line = "The ministry said the plan would cost more than expected " * 5
    assert len(long_line) > MAX_CACHED_CHARS
    cleaner.clean(long_line + "\n" + long_line + "\n")
    assert analyser.cache_info().currsize == 0
    cleaner.clean("Advertisement\n")
    assert analyser.cache_info().currsize == 1


def test_no_cache_when_its_size_is_zero():
    assert Cleaner(line_cache=0).analyser_for(None).cache_info() is None


def test_remembered_answers_are_the_answers_and_only_the_last_long_string_is_kept():
    calls = []

    @remember(maxsize=8, max_length=5)
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    # A long line is asked about again and again while it is analysed (a cut's span for each of a flattened
    # page's cuts): answered once; an earlier long line is not kept.
    texts = ("abc", "abc", "abcdefgh", "abcdefgh", "ijklmnop", "abcdefgh")
    assert [shout(t) for t in texts] == [t.upper() for t in texts]
    assert calls == ["abc", "abcdefgh", "ijklmnop", "abcdefgh"]
    assert shout.cache_info().currsize == 1


def test_a_once_property_is_worked_out_on_first_use_only_even_on_a_frozen_instance():
    calls = []

    @dataclass(frozen=True)
    class Line:
        text: str

        @once_property
        def shouted(self) -> str:
            """The text in capitals."""
            calls.append(self.text)
            return self.text.upper()

    line = Line("abc")
    assert (line.shouted, line.shouted, Line("xyz").shouted) == ("ABC", "ABC", "XYZ")
    assert calls == ["abc", "xyz"]
    assert Line.shouted.__doc__ == "The text in capitals."
