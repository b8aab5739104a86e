"""Remembered line analyses: page furniture repeats, so a line seen before is not analysed again.

A site puts the same navigation, share bars, promos and credits on every
page. A line is repaired, normalised and analysed from its own text and the
rules alone (its neighbours only count later, in the context pass). So the
analysis of a short line, keyed by the line as it came, is kept in a bounded
LRU cache and handed out again: analyses are never changed once made, so
every page that has the line shares one, and the output is the same as
without the cache, only sooner. Long lines, nearly always the article's own
unique paragraphs, are not kept, so they cannot push the furniture out.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from . import classify
from .classify import LineAnalysis
from .rules import RuleSet

# Longer lines are analysed every time: furniture is short, paragraphs are not.
MAX_CACHED_CHARS = 200


class LineAnalyser:
    """``prepare`` (the text stages), then ``classify.analyse`` with one rule set, with a
    cache of ``size`` lines (0: none).

    Thread-safe: the cache is a ``functools.lru_cache`` of immutable analyses.
    """

    def __init__(self, rules: RuleSet, prepare: Callable[[str], str], detect_language: bool, size: int):
        self.rules = rules
        self._prepare = prepare
        self._detect_language = detect_language
        self._remembered = lru_cache(maxsize=size)(self._analyse_text) if size > 0 else None
        if self._remembered is not None:
            # Asked for every line of every page: the lookup is set up once, not on each call.
            remembered, analyse_text = self._remembered, self._analyse_text

            def analyse(text: str) -> LineAnalysis:
                return remembered(text) if len(text) <= MAX_CACHED_CHARS else analyse_text(text)

            self.analyse = analyse

    def analyse(self, text: str) -> LineAnalysis:
        """The analysis of a line that came as ``text``."""
        return self._analyse_text(text)

    def cache_info(self):
        """Hits, misses and size of the cache (``functools`` style), or None without one."""
        return self._remembered.cache_info() if self._remembered is not None else None

    def _analyse_text(self, text: str) -> LineAnalysis:
        return classify.analyse(self._prepare(text), self.rules, self._detect_language)
