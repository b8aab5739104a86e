"""Remembering the answers of pure functions of one line, without pinning long lines in memory."""
from __future__ import annotations

from functools import lru_cache, wraps


def remember(maxsize: int, max_length: int):
    """Decorate a function of one string with an LRU cache of ``maxsize`` answers.

    Strings longer than ``max_length`` are computed every time: a cache would
    keep them alive (a page flattened into one line can be megabytes), and
    they rarely come back anyway.
    """

    def decorate(function):
        cached = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def call(text: str):
            return cached(text) if len(text) <= max_length else function(text)

        call.cache_info = cached.cache_info
        return call

    return decorate
