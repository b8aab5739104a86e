"""End to end: each fixture page, cleaned, is byte for byte its hand-written NAME.expected.txt.

The expected files were written from the spec (fixtures/README.md), not produced
by the cleaner, so a difference is a wrong verdict or a wrong normalisation.
"""
from __future__ import annotations

import pathlib

import pytest

from cleaner import Cleaner
from conftest import FIXTURES, run_cli

KNOWN_FAILURES = {
    "cp1252-page": "the newsletter blurb after the article, 'Get the best of Taipei’s food and lifestyle "
                   "news every Friday.', is kept: it is a long sentence, so it counts as the article's last "
                   "paragraph instead of furniture after it",
}


def _pages(folder: str) -> list[pathlib.Path]:
    return sorted(p for p in (FIXTURES / folder).glob("*.txt") if not p.name.endswith(".expected.txt"))


def _expected(page: pathlib.Path) -> bytes:
    return page.with_name(page.stem + ".expected.txt").read_bytes()


def _param(page: pathlib.Path, *extra):
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[page.stem])] if page.stem in KNOWN_FAILURES else []
    return pytest.param(page, *extra, id=page.stem, marks=marks)


PAGES = _pages("pages")
ENCODED_PAGES = _pages("encodings")
ENCODING_NAMES = {"big5-page": "big5", "gb18030-page": "gb18030", "cp1252-page": "cp1252"}


def test_every_page_has_an_expected_output():
    assert len(PAGES) >= 14 and len(ENCODED_PAGES) >= 3
    for page in PAGES + ENCODED_PAGES:
        assert page.with_name(page.stem + ".expected.txt").is_file(), page


@pytest.mark.parametrize("page", [_param(p) for p in PAGES + ENCODED_PAGES])
def test_library_cleans_page_to_expected(default_cleaner, page):
    result = default_cleaner.clean_bytes(page.read_bytes())
    assert result.text.encode("utf-8") == _expected(page)


# The UTF-8 pages also go through the str API, as a library user with text in hand would.
@pytest.mark.parametrize("page", [_param(p) for p in PAGES])
def test_library_cleans_text_to_expected(default_cleaner, page):
    assert default_cleaner.clean(page.read_text(encoding="utf-8")).text == _expected(page).decode("utf-8")


CLI_PAGES = ["ltn-app-taipei-times", "glued-furniture", "chinese-only"]


@pytest.mark.parametrize("name", CLI_PAGES)
def test_cli_cleans_page_to_expected(name):
    page = FIXTURES / "pages" / f"{name}.txt"
    done = run_cli(page)
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout == _expected(page)


@pytest.mark.parametrize("page", [_param(p) for p in ENCODED_PAGES])
def test_cli_detects_encoding_of_page(page):
    done = run_cli(page)
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout == _expected(page)


@pytest.mark.parametrize("page, encoding", [_param(p, ENCODING_NAMES[p.stem]) for p in ENCODED_PAGES])
def test_cli_decodes_page_with_named_encoding(page, encoding):
    done = run_cli("--encoding", encoding, input=page.read_bytes())
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout == _expected(page)


def test_encoded_pages_are_not_utf8():
    # Otherwise the detection tests above would prove nothing.
    for page in ENCODED_PAGES:
        with pytest.raises(UnicodeDecodeError):
            page.read_bytes().decode("utf-8")


@pytest.mark.parametrize("page", [pytest.param(p, id=p.stem) for p in PAGES + ENCODED_PAGES])
def test_cleaning_is_deterministic(default_cleaner, page):
    data = page.read_bytes()
    first = default_cleaner.clean_bytes(data)
    again = default_cleaner.clean_bytes(data)
    fresh = Cleaner().clean_bytes(data)
    assert first.text == again.text == fresh.text
    assert first.lines == again.lines == fresh.lines
