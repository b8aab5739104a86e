"""Matching keys: fold Traditional into Simplified Chinese and upper into lower case.

Rules are matched against a folded copy of each line, never against the text
that is output, so a rule written in either Chinese script matches both and the
article's own characters are never converted. Folding is one character to one
character, so a position found in the key is the same position in the line.

The Traditional-to-Simplified table comes from OpenCC, character by character,
and is built once, the first time Chinese needs folding.
"""
from __future__ import annotations

import threading
from functools import lru_cache

# CJK Unified Ideographs, Extension A and the compatibility block: where the
# characters that differ between the two scripts live.
_CJK_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
# OpenCC configurations whose single-character conversions are merged, the
# general one first: the regional ones add Taiwan and Hong Kong variants.
_OPENCC_CONFIGS = ("t2s", "tw2s", "hk2s")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    import opencc  # loaded only when Chinese has to be folded

    with _lock:
        chars = [chr(code) for start, stop in _CJK_RANGES for code in range(start, stop)]
        table: dict[int, str] = {}
        for config in _OPENCC_CONFIGS:
            converted = opencc.OpenCC(config).convert("\n".join(chars)).split("\n")
            for char, simplified in zip(chars, converted):
                if simplified != char and len(simplified) == 1:
                    table.setdefault(ord(char), simplified)
        return table


def fold_han(text: str) -> str:
    """Turn the Traditional characters of ``text`` into Simplified ones, nothing else.

    Used on rule patterns, where lower-casing would change escapes such as ``\\S``.
    """
    if text.isascii():
        return text
    return text.translate(_fold_table())


def fold(text: str) -> str:
    """Return the matching key of ``text``: same length, Simplified, lower case."""
    if text.isascii():
        return text.lower()
    key = text.translate(_fold_table()).lower()
    # Lower-casing may lengthen a few characters (İ); positions must line up.
    return key if len(key) == len(text) else fold_han(text)
