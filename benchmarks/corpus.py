"""A realistic benchmark corpus, built from the project's fixture pages.

Real scraped news repeats its furniture (navigation, share bars, promos) on
every page of a site while each article's sentences are new. So a generated
page takes a fixture page, keeps its furniture lines as they are, sometimes
adds furniture lines from other pages, and rewrites the content words of its
article lines with words drawn from all the fixtures: caches see the same
repetition they would see in production, not a corpus of identical pages.
Generation is seeded, so every run measures the same text.
"""
from __future__ import annotations

import hashlib
import json
import pathlib
import random
import re
from typing import Iterator

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
# The legacy-encoded fixtures, decoded here so that every generated page is text.
_ENCODINGS = {"big5-page.txt": "cp950", "gb18030-page.txt": "gb18030", "cp1252-page.txt": "cp1252"}
# A line with this many plain English words, one of them a lower-case function
# word, is treated as article text and varied; a row of menu items is furniture,
# the same on every page of a site.
_ARTICLE_MIN_WORDS = 8
_FUNCTION_WORDS = frozenset("the of and to in a is for on that with said was by as at from".split())
_ASCII_WORD = re.compile(r"\b[A-Za-z]{4,}\b")
_LATIN_WORD = re.compile(r"\b[A-Za-z]+\b")
# Kept as they are, so that varied sentences still read as English to the cleaner.
_KEEP_WORDS = frozenset(
    "that with said from have will this which were their they been would after about "
    "also than them there when into more over what some".split())
_REPLACE_PROBABILITY = 0.35


def fixture_pages() -> list[tuple[str, str]]:
    """(name, text) of every raw fixture page, legacy encodings decoded."""
    pages = [(p.name, p.read_text(encoding="utf-8"))
             for p in sorted((FIXTURES / "pages").glob("*.txt")) if not p.name.endswith(".expected.txt")]
    pages += [(name, (FIXTURES / "encodings" / name).read_bytes().decode(codec))
              for name, codec in sorted(_ENCODINGS.items()) if (FIXTURES / "encodings" / name).exists()]
    return pages


def _is_article(line: str) -> bool:
    words = _LATIN_WORD.findall(line)
    return len(words) >= _ARTICLE_MIN_WORDS and not _FUNCTION_WORDS.isdisjoint(words)


class PageGenerator:
    """Endless varied pages: ``next_page()`` returns one page of text (ending in a newline)."""

    def __init__(self, seed: int = 0):
        self._random = random.Random(seed)
        self._templates = [text.splitlines() for _, text in fixture_pages()]
        self._furniture = sorted({line for lines in self._templates for line in lines
                                  if line.strip() and not _is_article(line)})
        self._words = sorted({w for lines in self._templates for line in lines if _is_article(line)
                              for w in _ASCII_WORD.findall(line) if w.lower() not in _KEEP_WORDS})

    def next_page(self) -> str:
        """One page: a fixture page with varied article lines and some extra furniture."""
        rng = self._random
        lines = [self._vary(line) if _is_article(line) else line for line in rng.choice(self._templates)]
        for _ in range(rng.randint(0, 3)):
            lines.insert(rng.choice((0, len(lines))), rng.choice(self._furniture))
        return "\n".join(lines) + "\n"

    def _vary(self, line: str) -> str:
        rng = self._random

        def replace(match: re.Match) -> str:
            word = match.group()
            if word.lower() in _KEEP_WORDS or rng.random() > _REPLACE_PROBABILITY:
                return word
            new = rng.choice(self._words)
            return new.capitalize() if word[0].isupper() else new.lower()

        return _ASCII_WORD.sub(replace, line)


def pages(count: int, seed: int = 0) -> list[str]:
    """``count`` generated pages."""
    generator = PageGenerator(seed)
    return [generator.next_page() for _ in range(count)]


def pages_of_size(size_bytes: int, seed: int = 0) -> list[str]:
    """Generated pages until their UTF-8 size reaches ``size_bytes``."""
    generator = PageGenerator(seed)
    result, written = [], 0
    while written < size_bytes:
        result.append(generator.next_page())
        written += len(result[-1].encode("utf-8"))
    return result


def fingerprint() -> str:
    """Changes when the generator or the fixtures change: names generated files."""
    digest = hashlib.sha1(pathlib.Path(__file__).read_bytes())
    for path in sorted(FIXTURES.glob("*/*.txt")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def write_text(path: pathlib.Path, pages: list[str]) -> pathlib.Path:
    """Write ``pages`` one after the other, a blank line between; reuse the file if present."""
    return _write_once(path, (page + "\n" for page in pages))


def write_jsonl(path: pathlib.Path, size_bytes: int, seed: int = 0) -> pathlib.Path:
    """Write one JSON record a page ({"id", "url", "text"}) up to ``size_bytes``; reuse the file if present.

    Streams, so that a gigabyte of records never sits in memory.
    """
    def records() -> Iterator[str]:
        generator, written, index = PageGenerator(seed), 0, 0
        while written < size_bytes:
            record = json.dumps({"id": index, "url": f"https://news.example.com.tw/{index}",
                                 "text": generator.next_page()}, ensure_ascii=False) + "\n"
            written += len(record.encode("utf-8"))
            index += 1
            yield record

    return _write_once(path, records())


def write_pages(directory: pathlib.Path, pages: list[str]) -> list[pathlib.Path]:
    """Write each page to its own file in ``directory`` (reused if already there)."""
    return [_write_once(directory / f"page-{index:04d}.txt", iter([page])) for index, page in enumerate(pages)]


def _write_once(path: pathlib.Path, chunks: Iterator[str]) -> pathlib.Path:
    # Generated files are deterministic, so a file that was completely written
    # once (renamed into place at the end) is reused rather than rebuilt.
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with open(partial, "w", encoding="utf-8", newline="\n") as out:
        out.writelines(chunks)
    partial.replace(path)
    return path
