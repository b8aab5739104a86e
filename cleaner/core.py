"""The cleaner: one object that runs the stages in order.

    decode -> segment -> fix -> normalise -> classify -> context -> assemble

Each stage is its own module with one job; data flows one way. The page is
split into lines first, and each line goes through fix, normalise and
classify together, none of which looks beyond its line: so a line repeated
from page to page (furniture) is looked up in the line cache as it came, and
none of them runs again. A :class:`Cleaner` compiles its rules once and is
immutable afterwards, so one instance can be shared by threads and reused
for millions of pages.
"""
from __future__ import annotations

import pathlib
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from . import context
from .assemble import CleanResult, assemble
from .cache import LineAnalyser
from .classify import LineAnalysis
from .decode import decode
from .fix import fix_mojibake
from .normalise import is_plain_ascii, normalise, remove_invisibles
from .rules import RegexTimeout, RuleError, RulePack, RuleSet, builtin_pack_paths, load_packs, select_rules
from .segment import split_lines


@dataclass(frozen=True)
class Options:
    """Everything that changes what the cleaner does; every field has a sensible default.

    ``rules``: extra rule pack files, applied on top of the built-in packs.
    ``default_rules``: use the packs shipped in ``rules/`` (site packs apply by URL).
    ``disable``: rule ids to switch off.
    ``fix_mojibake``: repair UTF-8 that was read as Windows-1252 or Latin-1.
    ``detect_language``: ask langdetect about long Latin lines with no English function words.
    ``line_cache``: how many short lines' analyses to remember (0: none), since
    furniture repeats across pages; it changes the speed, never the output.
    """

    rules: tuple[str, ...] = ()
    default_rules: bool = True
    disable: tuple[str, ...] = ()
    fix_mojibake: bool = True
    detect_language: bool = True
    line_cache: int = 16384
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
        unknown = sorted(set(options.disable) - {rule.id for pack in packs for rule in pack.rules})
        if unknown:
            raise RuleError("disable", f"no rule has the id '{unknown[0]}' (see --explain for the ids in use)")
        self.options = replace(options, packs=tuple(packs))
        self._analysers: dict[tuple[str, ...], LineAnalyser] = {}  # by the packs that apply
        self._analyser_of_host: dict[str | None, LineAnalyser] = {}
        self.ruleset_for(None)  # compile the general rules now, so errors surface here

    def ruleset_for(self, url: str | None) -> RuleSet:
        """The compiled rules for a page at ``url``: general packs plus matching site packs."""
        return self.analyser_for(url).rules

    def analyser_for(self, url: str | None) -> LineAnalyser:
        """What analyses the lines of a page at ``url``: its rules, and the cache of its lines."""
        host = urlsplit(url).hostname if url else None
        analyser = self._analyser_of_host.get(host)
        if analyser is not None:
            return analyser
        active = tuple(p.source for p in self.options.packs if p.applies_to(host))
        analyser = self._analysers.get(active)
        if analyser is None:
            ruleset = RuleSet(select_rules(self.options.packs, host, self.options.disable))
            analyser = LineAnalyser(ruleset, self._prepare_line, self.options.detect_language,
                                    self.options.line_cache)
            # Assignment of one key is atomic: threads may compile twice, never see half.
            self._analysers[active] = analyser
        if len(self._analyser_of_host) < MAX_HOSTS_REMEMBERED:
            self._analyser_of_host[host] = analyser
        return analyser

    def _prepare_line(self, line: str) -> str:
        """The fix and normalise stages, on one line as it came."""
        if is_plain_ascii(line):
            return line  # nothing for either stage to change
        line = remove_invisibles(line)
        if self.options.fix_mojibake:
            line = fix_mojibake(line)
        return normalise(line)

    def clean(self, text: str, url: str | None = None) -> CleanResult:
        """Clean one page of text; ``url`` selects the site packs that apply."""
        analyse = self.analyser_for(url).analyse
        analyses: list[LineAnalysis] = []
        append = analyses.append
        try:
            for line in split_lines(text):
                append(analyse(line))
        except RegexTimeout as exc:
            raise exc.at(line=len(analyses) + 1) from None
        context.apply_context(analyses)
        return assemble(analyses, len(text))

    def clean_bytes(self, data: bytes, encoding: str | None = None, url: str | None = None) -> CleanResult:
        """Clean one page given as bytes: UTF-8, or a detected or named encoding."""
        return self.clean(decode(data, encoding), url=url)

    def clean_many(self, texts: Iterable[str], jobs: int = 1) -> Iterator[CleanResult]:
        """Clean many pages; yield their results lazily, in input order.

        ``jobs`` > 1 cleans in that many worker processes (0: one per core),
        each with its own Cleaner built from these options; input is read a
        few batches ahead, so any length of input runs in constant memory.
        Raises ``cleaner.parallel.WorkerDied`` if a worker process dies.
        """
        from .parallel import batched, map_batches

        def describe(batch):
            return f"texts {batch[0][0] + 1}-{batch[-1][0] + 1}"

        for _, results in map_batches(_clean_numbered, batched(enumerate(texts), CLEAN_MANY_BATCH),
                                      self, jobs, describe):
            yield from results


# Hosts whose analyser is looked up directly; a crawl of more sites than this
# finds the rest by the packs that apply to them.
MAX_HOSTS_REMEMBERED = 10_000

# Texts per batch sent to a worker: enough to make the round trip cheap.
CLEAN_MANY_BATCH = 32


def _clean_numbered(cleaner: Cleaner, batch: list[tuple[int, str]]) -> list[CleanResult]:
    return [cleaner.clean(text) for _, text in batch]


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
