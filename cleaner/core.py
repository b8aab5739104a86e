"""The cleaner: one object that runs the stages in order.

    decode -> fix -> normalise -> segment -> classify -> assemble

Each stage is its own module with one job; data flows one way. A
:class:`Cleaner` compiles its rules once and is immutable afterwards, so one
instance can be shared by threads and reused for millions of pages.
"""
from __future__ import annotations

import pathlib
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from . import classify
from .assemble import CleanResult, assemble
from .decode import decode
from .fix import fix_mojibake
from .normalise import normalise
from .rules import RulePack, RuleSet, builtin_pack_paths, load_packs, select_rules
from .segment import split_lines


@dataclass(frozen=True)
class Options:
    """Everything that changes what the cleaner does; every field has a sensible default.

    ``rules``: extra rule pack files, applied on top of the built-in packs.
    ``default_rules``: use the packs shipped in ``rules/`` (site packs apply by URL).
    ``disable``: rule ids to switch off.
    ``fix_mojibake``: repair UTF-8 that was read as Windows-1252 or Latin-1.
    ``detect_language``: ask langdetect about long Latin lines with no English function words.
    """

    rules: tuple[str, ...] = ()
    default_rules: bool = True
    disable: tuple[str, ...] = ()
    fix_mojibake: bool = True
    detect_language: bool = True
    packs: tuple[RulePack, ...] = field(default=(), compare=False, repr=False)


class Cleaner:
    """Turns scraped text into the English article it contains.

    >>> from cleaner import Cleaner
    >>> cleaner = Cleaner(rules=["my-site.yaml"], disable=["share-bar"])   # doctest: +SKIP
    >>> cleaner.clean(page).text                                           # doctest: +SKIP

    Keyword arguments override the fields of :class:`Options`. A malformed rule
    file raises :class:`cleaner.RuleError` here, not later.
    """

    def __init__(self, options: Options | None = None, **overrides):
        options = replace(options or Options(), **_as_tuples(overrides))
        packs: list[RulePack] = []
        paths = (builtin_pack_paths() if options.default_rules else []) + [pathlib.Path(p) for p in options.rules]
        for path in paths:
            for pack in load_packs(path):
                if not any(p.source == pack.source for p in packs):
                    packs.append(pack)
        self.options = replace(options, packs=tuple(packs))
        self._rulesets: dict[tuple[str, ...], RuleSet] = {}
        self.ruleset_for(None)  # compile the general rules now, so errors surface here

    def ruleset_for(self, url: str | None) -> RuleSet:
        """The compiled rules for a page at ``url``: general packs plus matching site packs."""
        host = urlsplit(url).hostname if url else None
        active = tuple(p.source for p in self.options.packs if p.applies_to(host))
        ruleset = self._rulesets.get(active)
        if ruleset is None:
            ruleset = RuleSet(select_rules(self.options.packs, host, self.options.disable))
            # Assignment of one key is atomic: threads may compile twice, never see half.
            self._rulesets[active] = ruleset
        return ruleset

    def clean(self, text: str, url: str | None = None) -> CleanResult:
        """Clean one page of text; ``url`` selects the site packs that apply."""
        chars_in = len(text)
        if self.options.fix_mojibake:
            text = fix_mojibake(text)
        text = normalise(text)
        rules = self.ruleset_for(url)
        analyses = [classify.analyse(number, line, rules, self.options.detect_language)
                    for number, line in enumerate(split_lines(text), 1)]
        classify.apply_context(analyses)
        return assemble(analyses, chars_in)

    def clean_bytes(self, data: bytes, encoding: str | None = None, url: str | None = None) -> CleanResult:
        """Clean one page given as bytes: UTF-8, or a detected or named encoding."""
        return self.clean(decode(data, encoding), url=url)


def _as_tuples(overrides: dict) -> dict:
    """Accept one path or id, or any iterable of them, where Options holds tuples."""
    for key in ("rules", "disable"):
        value = overrides.get(key)
        if value is not None:
            overrides[key] = (value,) if isinstance(value, (str, pathlib.Path)) else tuple(value)
    return overrides


_default: Cleaner | None = None


def clean(text: str, url: str | None = None) -> str:
    """Clean one page with the built-in rules and return the text: the simple case."""
    global _default
    if _default is None:
        _default = Cleaner()
    return _default.clean(text, url=url).text
