"""Matching keys: fold Traditional into Simplified Chinese and upper into lower case.

Rules are matched against a folded copy of each line, never against the text
that is output, so a rule written in either Chinese script matches both and the
article's own characters are never converted. Folding is one character to one
character, so a position found in the key is the same position in the line.

The Traditional-to-Simplified table comes from OpenCC, character by character.
Building it takes OpenCC a tenth of a second, paid by every process that
cleans Chinese, so it ships built, in ``fold_table.txt``; after an OpenCC
upgrade, ``python3 -c "from cleaner.fold import write_fold_table; write_fold_table()"``
writes it again (a test compares the two).
"""
from __future__ import annotations

import pathlib
import re
import threading
from functools import lru_cache

# CJK Unified Ideographs, Extension A and the compatibility block: where the
# characters that differ between the two scripts live.
_CJK_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
# OpenCC configurations whose single-character conversions are merged, the
# general one first: the regional ones add Taiwan and Hong Kong variants.
_OPENCC_CONFIGS = ("t2s", "tw2s", "hk2s")
# Any character in those ranges.
_FOLDABLE = re.compile("[" + "".join(f"{chr(start)}-{chr(stop - 1)}" for start, stop in _CJK_RANGES) + "]")
TABLE_FILE = pathlib.Path(__file__).with_name("fold_table.txt")
_TABLE_HEADER = "# Traditional and Simplified, one pair a line: written by cleaner.fold.write_fold_table from OpenCC"
_lock = threading.Lock()


def build_fold_table() -> dict[int, str]:
    """Ask OpenCC for every Traditional character whose Simplified form is one character."""
    import opencc

    with _lock:
        chars = [chr(code) for start, stop in _CJK_RANGES for code in range(start, stop)]
        table: dict[int, str] = {}
        for config in _OPENCC_CONFIGS:
            converted = opencc.OpenCC(config).convert("\n".join(chars)).split("\n")
            for char, simplified in zip(chars, converted):
                if simplified != char and len(simplified) == 1:
                    table.setdefault(ord(char), simplified)
        return table


def write_fold_table(path: pathlib.Path = TABLE_FILE) -> None:
    """Write the table that :func:`build_fold_table` builds to ``path``."""
    pairs = "".join(f"{chr(code)}{simplified}\n" for code, simplified in sorted(build_fold_table().items()))
    path.write_text(f"{_TABLE_HEADER}\n{pairs}", encoding="utf-8")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """The shipped table; built from OpenCC only if the file is missing."""
    try:
        lines = TABLE_FILE.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return build_fold_table()
    return {ord(line[0]): line[1] for line in lines[1:]}


@lru_cache(maxsize=1)
def _dense_fold_table() -> list[int | str]:
    # str.translate looks a list up faster than a dict (see cleaner.normalise);
    # characters past its end are left as they are.
    table = _fold_table()
    dense: list[int | str] = list(range(max(table) + 1))
    for code, simplified in table.items():
        dense[code] = simplified
    return dense


def fold_han(text: str) -> str:
    """Turn the Traditional characters of ``text`` into Simplified ones, nothing else.

    Used on rule patterns, where lower-casing would change escapes such as ``\\S``.
    """
    if text.isascii():
        return text
    return text.translate(_dense_fold_table())


def fold(text: str) -> str:
    """Return the matching key of ``text``: same length, Simplified, lower case."""
    if text.isascii():
        return text.lower()
    # translate looks up every character, several times slower than the search
    # that shows there is nothing for it to do (English with curly quotes).
    key = (text.translate(_dense_fold_table()) if _FOLDABLE.search(text) else text).lower()
    # Lower-casing may lengthen a few characters (İ); positions must line up.
    return key if len(key) == len(text) else fold_han(text)
