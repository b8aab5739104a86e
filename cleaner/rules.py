"""Rule packs: YAML files of phrases and patterns that mark page furniture.

A pack is data, never code. This module reads packs (safe YAML only),
validates every key, resolves ``extends``, and compiles the active rules into
a :class:`RuleSet` that scans a line in a few passes: one Aho-Corasick pass
for all phrases, then each regular expression. See ``rules/README.md`` for the
format.
"""
from __future__ import annotations

import bisect
import hashlib
import json
import math
import pathlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

import regex
import yaml

from .fold import fold, fold_han
from .normalise import normalise
from .prefilter import (ANALYSIS_FILE, LiteralIndex, PatternGate, alternatives, anchored_at_start, bit_indexes,
                        answer_shipped, gate_key, is_analysed, read_shipped, required_literals,
                        screened_by_its_start)
from .script import english_text_start
from .segment import GluedParagraph


def _builtin_dir() -> pathlib.Path:
    """Where the shipped packs are: installed beside the package, or ``rules/`` in a checkout."""
    installed = pathlib.Path(__file__).resolve().parent / "builtin_rules"
    return installed if installed.is_dir() else pathlib.Path(__file__).resolve().parent.parent / "rules"


BUILTIN_DIR = _builtin_dir()
ACTIONS = ("drop", "cut", "keep", "article", "list", "footer", "header")
MATCH_MODES = ("contains", "line", "start", "end")
EXTENTS = ("match", "to-end", "to-text", "from-start")
CASES = ("fold", "exact")
PACK_KEYS = {"name", "description", "extends", "domains", "disable", "rules"}
RULE_KEYS = {"id", "description", "action", "phrases", "regex", "match", "extent", "case"}
# A user's pattern that backtracks badly must not hang a pipeline. A long line
# gets more time, in proportion: a linear scan of a 50 MB line is no fault.
REGEX_TIMEOUT_SECONDS = 1.0
REGEX_SECONDS_PER_CHARACTER = 1e-6
# The built-in patterns, whose text the tests check on lines of every hazard, are
# timed only on lines longer than this: the engine reads the process's CPU clock
# (a system call) for a time limit, which costs several times what matching an
# ordinary line does, and on a line this short even a quadratic pattern is quick.
UNTIMED_MAX_CHARACTERS = 2_000

try:
    _SafeLoader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _SafeLoader = yaml.SafeLoader


class _UniqueKeyLoader(_SafeLoader):
    """A safe loader that refuses a key given twice in one mapping: YAML keeps the last,
    so a rule's second "regex:" would silently drop its first."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"found duplicate key '{key}'",
                                                        key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


class RuleError(ValueError):
    """A rule file that cannot be used: names the file, the rule and the problem."""

    def __init__(self, path: str, problem: str, rule_id: str | None = None):
        self.path, self.problem, self.rule_id = path, problem, rule_id
        where = f"{path}: rule '{rule_id}'" if rule_id else str(path)
        super().__init__(f"{where}: {problem}")

    def __reduce__(self):
        # Rebuilt from its parts when it comes back from a worker process.
        return type(self), (self.path, self.problem, self.rule_id)


class RegexTimeout(RuleError):
    """A rule's regex ran past its time limit on one line: the rule's fault, not the page's.

    Cleaning stops rather than skipping the rule for that line, so that the
    output never depends on how fast the machine is.
    """

    def __init__(self, path: str, rule_id: str, pattern: str, length: int, line: int | None = None,
                 page: str | None = None):
        self.pattern, self.length, self.line, self.page = pattern, length, line, page
        where = f"line {line}" if line is not None else "a line"
        where += f" of {page}" if page else ""
        super().__init__(path, f"regex {pattern!r} took over {regex_time_limit(length):g} s on {where} "
                               f"({length} characters); it backtracks too much", rule_id)

    def __reduce__(self):
        return type(self), (self.path, self.rule_id, self.pattern, self.length, self.line, self.page)

    def at(self, line: int | None = None, page: str | None = None) -> "RegexTimeout":
        """The same error, also naming the line and the page it happened on."""
        return RegexTimeout(self.path, self.rule_id, self.pattern, self.length,
                            self.line if line is None else line, self.page if page is None else page)


@dataclass(frozen=True)
class Rule:
    """One rule of a pack, validated."""

    id: str
    action: str
    source: str
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    match: str = "contains"
    extent: str = "match"
    case: str = "fold"  # "exact": the patterns are matched against the line as written
    description: str = ""


@dataclass(frozen=True)
class RulePack:
    """A validated pack: its rules and the domains it is limited to, if any."""

    name: str
    source: str
    rules: tuple[Rule, ...]
    domains: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    description: str = ""

    def applies_to(self, host: str | None) -> bool:
        """True for a general pack, or when ``host`` is one of the pack's domains."""
        if not self.domains:
            return True
        if not host:
            return False
        host = host.lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)


def builtin_pack_paths() -> list[pathlib.Path]:
    """The packs shipped with the cleaner: ``default.yaml`` first, then site packs."""
    paths = sorted(BUILTIN_DIR.glob("*.yaml"))
    return sorted(paths, key=lambda p: p.stem != "default")


def load_packs(path: str | pathlib.Path) -> list[RulePack]:
    """Load the pack at ``path`` and, first, every pack it extends."""
    loaded: list[RulePack] = []
    _load(pathlib.Path(path), loaded, seen=[])
    return loaded


def _load(path: pathlib.Path, loaded: list[RulePack], seen: list[pathlib.Path]) -> None:
    resolved = path.resolve()
    if resolved in seen:
        raise RuleError(str(path), "extends itself through " + " -> ".join(p.name for p in seen))
    if any(pathlib.Path(p.source).resolve() == resolved for p in loaded):
        return
    builtin = resolved.parent == BUILTIN_DIR.resolve()
    data = _read_yaml(path, builtin)
    for parent in _as_list(data.get("extends"), str(path), "extends"):
        _load(_resolve_extends(parent, path), loaded, seen + [resolved])
    # The packs shipped in the package are checked by its tests: their
    # patterns are compiled when a page they apply to comes, not at start-up.
    loaded.append(_parse_pack(data, str(path), check_patterns=not builtin))


def _read_yaml(path: pathlib.Path, builtin: bool) -> dict:
    """The pack at ``path`` as YAML parses it; a built-in pack from its shipped parse while its text is unchanged."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuleError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(str(path), f"cannot be read: {exc}") from None
    shipped = _shipped_parses().get(path.name) if builtin else None
    if shipped is not None and shipped["sha256"] == _digest(text):
        data = shipped["data"]
    else:
        data = _parse_yaml(text, path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RuleError(str(path), f"a rule pack must be a mapping, not {_type_name(data)}")
    unknown = sorted(set(map(str, data)) - PACK_KEYS)
    if unknown:
        raise RuleError(str(path), f"unknown key '{unknown[0]}' (allowed: {', '.join(sorted(PACK_KEYS))})")
    return data


def _parse_yaml(text: str, path: pathlib.Path):
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RuleError(str(path), f"YAML syntax error{where}: {problem}") from None


# The built-in packs as parsed, shipped with the package: reading YAML is a good part of what
# one small page through the command costs. Each is used only while its file is unchanged.
PARSED_PACKS_FILE = pathlib.Path(__file__).with_name("builtin_packs.json")


@lru_cache(maxsize=1)
def _shipped_parses() -> dict[str, dict]:
    """File name -> {"sha256": the digest of its text, "data": the pack as YAML parses it}."""
    return read_shipped(PARSED_PACKS_FILE)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parsed_builtin_packs() -> dict[str, dict]:
    """What ``builtin_packs.json`` holds: each built-in pack's digest and its parse, from its YAML."""
    texts = {path: path.read_text(encoding="utf-8") for path in builtin_pack_paths()}
    return {path.name: {"sha256": _digest(text), "data": _parse_yaml(text, path)} for path, text in texts.items()}


def _resolve_extends(name: str, including: pathlib.Path) -> pathlib.Path:
    if name.endswith((".yaml", ".yml")) or "/" in name:
        parent = including.parent / name
        if not parent.is_file():
            # Name the pack that says "extends", or the user cannot tell where the path came from.
            raise RuleError(str(including), f"extends '{name}', but there is no such file {parent}")
        return parent
    builtin = BUILTIN_DIR / f"{name}.yaml"
    if not builtin.exists():
        raise RuleError(str(including), f"extends unknown built-in pack '{name}'")
    return builtin


def _parse_pack(data: dict, source: str, check_patterns: bool = True) -> RulePack:
    name = data.get("name", pathlib.Path(source).stem)
    if not isinstance(name, str):
        raise RuleError(source, f"'name' must be a string, not {_type_name(name)}")
    rules_data = data.get("rules", [])
    if not isinstance(rules_data, list):
        raise RuleError(source, f"'rules' must be a list, not {_type_name(rules_data)}")
    rules, ids = [], set()
    for index, rule_data in enumerate(rules_data, 1):
        rule = _parse_rule(rule_data, source, index, check_patterns)
        if rule.id in ids:
            raise RuleError(source, "duplicate rule id", rule.id)
        ids.add(rule.id)
        rules.append(rule)
    domains = tuple(d.lower().lstrip(".") for d in _as_list(data.get("domains"), source, "domains"))
    return RulePack(name=name, source=source, rules=tuple(rules), domains=domains,
                    disable=tuple(_as_list(data.get("disable"), source, "disable")),
                    description=str(data.get("description", "")))


def _parse_rule(data, source: str, index: int, check_patterns: bool = True) -> Rule:
    if not isinstance(data, dict):
        raise RuleError(source, f"rule #{index} must be a mapping, not {_type_name(data)}")
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise RuleError(source, f"rule #{index} has no 'id' (a non-empty string)")
    unknown = sorted(set(map(str, data)) - RULE_KEYS)
    if unknown:
        raise RuleError(source, f"unknown key '{unknown[0]}' (allowed: {', '.join(sorted(RULE_KEYS))})", rule_id)
    action = data.get("action")
    if action not in ACTIONS:
        raise RuleError(source, f"'action' must be one of {', '.join(ACTIONS)}, not {action!r}", rule_id)
    match = data.get("match", "contains")
    if match not in MATCH_MODES:
        raise RuleError(source, f"'match' must be one of {', '.join(MATCH_MODES)}, not {match!r}", rule_id)
    extent = data.get("extent", "match")
    if extent not in EXTENTS:
        raise RuleError(source, f"'extent' must be one of {', '.join(EXTENTS)}, not {extent!r}", rule_id)
    if "extent" in data and action != "cut":
        raise RuleError(source, "'extent' only applies to action 'cut'", rule_id)
    case = data.get("case", "fold")
    if case not in CASES:
        raise RuleError(source, f"'case' must be one of {', '.join(CASES)}, not {case!r}", rule_id)
    # Lines are matched after normalisation, so a phrase is normalised the same way:
    # "來源：" as typed must match the "來源:" that the line has become.
    phrases = tuple(normalise(p) for p in _as_list(data.get("phrases"), source, "phrases", rule_id))
    patterns = tuple(_as_list(data.get("regex"), source, "regex", rule_id))
    if not phrases and not patterns:
        raise RuleError(source, "needs 'phrases' or 'regex'", rule_id)
    if any(not p.strip() for p in phrases + patterns):
        raise RuleError(source, "an empty phrase or pattern would match every line", rule_id)
    if patterns and "match" in data:
        raise RuleError(source, "'match' applies to phrases; anchor a regex with ^ and $ instead", rule_id)
    if "case" in data and not patterns:
        raise RuleError(source, "'case' applies to regex; phrases always match in either case", rule_id)
    for pattern in patterns if check_patterns else ():
        try:
            compiled = _compile(pattern, case == "exact")
        except regex.error as exc:
            raise RuleError(source, f"invalid regex {pattern!r}: {exc}", rule_id) from None
        if compiled.search("") is not None:
            raise RuleError(source, f"regex {pattern!r} matches the empty string", rule_id)
    description = data.get("description", "")
    if not isinstance(description, str):
        raise RuleError(source, f"'description' must be a string, not {_type_name(description)}", rule_id)
    return Rule(id=rule_id, action=action, source=source, phrases=phrases, patterns=patterns,
                match=match, extent=extent, case=case, description=description)


def _as_list(value, source: str, key: str, rule_id: str | None = None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise RuleError(source, f"'{key}' must be a string or a list of strings, not {_type_name(value)}", rule_id)


def _type_name(value) -> str:
    return {dict: "a mapping", list: "a list", str: "a string", int: "a number", float: "a number",
            bool: "true/false", type(None): "empty"}.get(type(value), type(value).__name__)


@dataclass(frozen=True)
class Hit:
    """A rule that matched a line, and where (positions in the line)."""

    rule: Rule
    start: int
    end: int


@dataclass(slots=True)
class LineHits:
    """Everything the rules say about one line."""

    keep: Hit | None = None
    article: Hit | None = None
    drop: Hit | None = None
    list_heading: Hit | None = None
    footer: Hit | None = None
    header: Hit | None = None
    cuts: list[Hit] = field(default_factory=list)
    # Where the article starts again after the line's furniture, read once for all its cuts to the end.
    glued_paragraph: GluedParagraph | None = field(default=None, repr=False, compare=False)

    def found(self) -> list[Hit]:
        """Every hit, in no particular order."""
        return [hit for hit in self._first_hits() if hit] + self.cuts

    def __bool__(self) -> bool:
        """Any rule matched."""
        # Asked of every line: spelt out, which is quicker than any() over _first_hits().
        return bool(self.cuts or self.keep or self.article or self.drop or self.list_heading or self.footer
                    or self.header)

    def _first_hits(self) -> tuple[Hit | None, ...]:
        return self.keep, self.article, self.drop, self.list_heading, self.footer, self.header


# Where Chinese meets Latin letters or figures inside a phrase.
_SCRIPTS_MEET = regex.compile(r"(?<=\p{Han})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=\p{Han})")

# Decorations around a line that "match: line" looks through: "【纠错】" is "纠错".
# Each end is found on its own: one pattern spanning the line would try every
# run of punctuation inside it as the trailing one, quadratic on long lines.
# Quotes are no decoration: a quoted word is speech ("“Home.”"), not the button "Home".
_LEADING_DECORATION = regex.compile(r"(?:(?![\"“”‘’])[\W_])*+")
_TRAILING_DECORATION = regex.compile(r"(?:(?![\"“”‘’])[\W_])*+", regex.REVERSE)


class RuleSet:
    """Rules compiled for scanning: one instance serves many threads.

    Its rules never change; it only swaps in a faster way to scan, once.
    """

    def __init__(self, rules: Iterable[Rule]):
        self.rules = tuple(rules)
        entries: dict[str, list[Rule]] = {}
        for rule in self.rules:
            for phrase in rule.phrases:
                # Sites that space Chinese from Latin write a phrase so too ("加入LINE好友", "加入 LINE 好友").
                for written in dict.fromkeys((phrase.strip(), _SCRIPTS_MEET.sub(" ", phrase.strip()))):
                    entries.setdefault(fold(written), []).append(rule)
        self._phrases = {key: tuple(rules) for key, rules in entries.items()}
        if all(is_analysed(pattern) for rule in self.rules for pattern in rule.patterns):
            # The built-in patterns' analysis ships with the package: the gate costs little to build.
            self._scanner = _Scanner.gated(self._phrases, self.rules)
            self._chars_to_gate = 0
        else:
            # Analysing a user's patterns for the gate, and compiling the parts it
            # gates, takes milliseconds, more than a page or two takes to scan
            # without it: it is built once that much text is to be scanned. Scans
            # see the old or the new _Scanner whole.
            self._scanner = _Scanner.ungated(self._phrases, self.rules)
            self._chars_to_gate = GATE_AFTER_CHARACTERS

    def scan(self, line: str, skip: Sequence[tuple[int, int]] = ()) -> LineHits:
        """Find every rule that matches ``line``, but for matches that start inside one of
        the ``skip`` spans ((start, end) positions in the line)."""
        if self._chars_to_gate > 0:
            # Threads racing here may both build the gate, never neither.
            self._chars_to_gate -= len(line)
            if self._chars_to_gate <= 0:
                self._scanner = _Scanner.gated(self._phrases, self.rules)
        scanner = self._scanner
        literals, gate, patterns, anchored = scanner.literals, scanner.gate, scanner.patterns, scanner.anchored
        hits = LineHits()
        key = fold(line)
        bounds = None
        met = allowed = 0  # the gate's bits for the literals found, and the patterns they allow
        values = literals.values
        for index, start, end in literals.find(key):
            rules, bits, allows = values[index]
            met |= bits
            allowed |= allows
            if rules is None or not _whole_words(key, start, end) or (skip and inside(start, skip)):
                continue
            for rule in rules:
                if rule.match != "contains":
                    bounds = bounds or _content_bounds(key)
                    if not _mode_ok(rule.match, start, end, bounds):
                        continue
                _record(hits, Hit(rule, start, end), key, line)
        if gate is None:
            candidates = scanner.every_pattern
        else:
            folded = gate_key(key)
            if folded is not key:  # rare case folds: the literals are searched for again in the folded key
                allowed = gate.allowed(folded)
            else:
                allowed = gate.completed(met, allowed)
            candidates = scanner.candidates(allowed, key[:START_SCREEN_CHARACTERS])
        # The patterns to time on this line, and how.
        timed = scanner.unvouched if len(key) <= UNTIMED_MAX_CHARACTERS else scanner.every_pattern
        limit = {"timeout": regex_time_limit(len(key))} if candidates & timed else _UNTIMED
        while candidates:  # the patterns' bits, lowest first: in the rules' order
            lowest = candidates & -candidates
            candidates ^= lowest
            index = lowest.bit_length() - 1
            rule, pattern, slot = patterns[index]
            if pattern.__class__ is str:
                rule, pattern, slot = scanner.compiled(index)
            if slot is not None and getattr(hits, slot) is not None:
                continue  # the first hit of an action is the one kept
            text = line if rule.case == "exact" else key  # one length, so positions agree
            options = limit if lowest & timed else _UNTIMED
            try:
                if anchored[index]:
                    found = pattern.match(text, **options)
                    if found and not (skip and inside(found.start(), skip)):
                        _record(hits, Hit(rule, found.start(), found.end()), key, line)
                    continue
                for found in pattern.finditer(text, **options):
                    if skip and inside(found.start(), skip):
                        continue
                    _record(hits, Hit(rule, found.start(), found.end()), key, line)
                    if slot is not None:
                        break
            except TimeoutError:
                raise RegexTimeout(rule.source, rule.id, pattern.pattern, len(line)) from None
        return hits


# Characters a rule set scans before it builds its gate (see RuleSet.__init__):
# about what the gate saves on that much text in the time it takes to build.
GATE_AFTER_CHARACTERS = 15_000


# A pattern anchored at the start is let through only to the lines whose first
# characters, this many, could begin a match of it; what is learnt of each start
# is remembered (for up to this many starts).
START_SCREEN_CHARACTERS = 2
STARTS_REMEMBERED = 50_000
_UNTIMED: dict = {}


class _Scanner:
    """How a rule set scans: one literal search, the gate (None: try every pattern), the
    patterns with their rules and the slot of LineHits they fill, and which of them are
    anchored at the start of a line, to be tried there only.

    Sets of patterns are masks, bit ``i`` standing for pattern ``i``: the gate's and the
    start screen's answers combine in a couple of integer operations.
    """

    def __init__(self, literals: LiteralIndex, gate: PatternGate | None,
                 patterns: list[tuple[Rule, regex.Pattern | str, str | None]], anchored: tuple[bool, ...],
                 screened: tuple[bool, ...], vouched: tuple[bool, ...]):
        self.literals = literals  # phrase -> (its rules or None, gate bits, patterns it allows)
        self.gate = gate
        self.patterns = patterns  # a pattern is a str until it is first tried
        self.anchored = anchored
        self.every_pattern = (1 << len(patterns)) - 1
        # The parts of patterns that no built-in pack holds as written: timed on every line.
        self.unvouched = sum(1 << index for index, vouched in enumerate(vouched) if not vouched)
        # The anchored patterns that a line's first characters can rule out.
        self._screened = sum(1 << index for index, screened in enumerate(screened) if screened)
        # The ASCII characters each of them may begin with (index -> characters), and
        # the mask of those that cannot begin with a character (character -> mask).
        self._ascii_starts = {index: ascii_starts(patterns[index][1]) for index in bit_indexes(self._screened)}
        self._ruled_out_by_first: dict[str, int] = {}
        # start -> (the screened patterns tried on it, those of them a match may begin so)
        self._begins: dict[str, tuple[int, int]] = {}

    @classmethod
    def ungated(cls, phrases: dict, rules: Iterable[Rule]) -> "_Scanner":
        """Every pattern tried on every line, whole."""
        every = [(rule, pattern) for rule in rules for pattern in rule.patterns]
        patterns = [(rule, _compile(pattern, rule.case == "exact"), _slot(rule)) for rule, pattern in every]
        return cls(LiteralIndex({key: (phrase, 0, 0) for key, phrase in phrases.items()}), None, patterns,
                   (False,) * len(patterns), (False,) * len(patterns),
                   tuple(is_analysed(pattern) for _, pattern in every))

    @classmethod
    def gated(cls, phrases: dict, rules: Iterable[Rule]) -> "_Scanner":
        """Each part of each pattern skipped on the lines that lack its required literals;
        anchored parts tried at the start only."""
        every = [(rule, pattern, part)
                 for rule in rules for pattern in rule.patterns for part in _scanned_parts(rule, pattern)]
        patterns = [(rule, part, _slot(rule)) for rule, _, part in every]
        gate = PatternGate([fold_han(part) for _, part, _ in patterns])
        literals = {key: (phrase, 0, 0) for key, phrase in phrases.items()}
        for string, bits in gate.literal_bits.items():
            literals[string] = (literals.get(string, (None,))[0], bits, gate.literal_allows[string])
        # A line's start is screened in its folded key, which an exact pattern is not matched against.
        return cls(LiteralIndex(literals), gate, patterns, tuple(anchored_at_start(part) for _, part, _ in patterns),
                   tuple(rule.case != "exact" and screened_by_its_start(part) for rule, part, _ in patterns),
                   tuple(is_analysed(pattern) for _, pattern, _ in every))

    def compiled(self, index: int) -> tuple[Rule, regex.Pattern, str | None]:
        """The rule, compiled pattern and slot of pattern ``index``, compiled on first use:
        most parts are rarely let through."""
        rule, pattern, slot = self.patterns[index]
        if isinstance(pattern, str):
            pattern = _compile(pattern, rule.case == "exact")
            self.patterns[index] = (rule, pattern, slot)
        return rule, pattern, slot

    def candidates(self, allowed: int, start: str) -> int:
        """The patterns (a mask) of ``allowed``, those the gate lets through on a key, less the
        anchored ones that cannot begin as the key does, with ``start``."""
        screened = allowed & self._screened
        if not screened:
            return allowed
        tried, may_begin = self._begins.get(start, (0, 0))
        if screened & ~tried:
            tried, may_begin = self._try_start(start, screened & ~tried, tried, may_begin)
        return allowed & ~screened | screened & may_begin

    def _try_start(self, start: str, untried: int, tried: int, may_begin: int) -> tuple[int, int]:
        # One tuple replaces the other whole: threads racing here lose work, never an answer.
        # The patterns that cannot begin with the first character are ruled out without being compiled.
        for index in bit_indexes(untried & ~self._ruled_out_by(start[:1])):
            try:
                pattern = self.compiled(index)[1]
                if pattern.match(start, partial=True, timeout=REGEX_TIMEOUT_SECONDS) is None:
                    continue
            except TimeoutError:
                pass  # tried in full, where a timeout is reported with its rule
            may_begin |= 1 << index
        tried |= untried
        if start in self._begins or len(self._begins) < STARTS_REMEMBERED:
            self._begins[start] = (tried, may_begin)
        return tried, may_begin

    def _ruled_out_by(self, first: str) -> int:
        """The screened patterns (a mask) that cannot begin with the ASCII character ``first``
        (none for another character, or none at all)."""
        if not first or not first.isascii():
            return 0
        ruled_out = self._ruled_out_by_first.get(first)
        if ruled_out is None:
            ruled_out = sum(1 << index for index, starts in self._ascii_starts.items() if first not in starts)
            self._ruled_out_by_first[first] = ruled_out
        return ruled_out


@answer_shipped()
def ascii_starts(pattern: str) -> str:
    """The ASCII characters a match of ``pattern``, a part screened by its start, may begin
    with in a folded key, in order (told by the engine's partial matching, as the screen is).

    Shipped for the built-in patterns: the screen then rules most of them out on a new
    line's start without compiling them, which the first page of a run would wait for.
    """
    compiled = _compile(pattern)
    return "".join(char for char in map(chr, range(128))
                   if compiled.match(char, partial=True, timeout=REGEX_TIMEOUT_SECONDS) is not None)


def pattern_analysis(rules: Iterable[Rule]) -> dict[str, dict[str, object]]:
    """What the prefilter finds in the patterns of ``rules`` and the parts they are scanned in,
    as ``prefilter.shipped_analysis`` holds it (worked out afresh, never read from the file)."""
    fresh = {name: {} for name in ("alternatives", "required_literals", "anchored_at_start", "screened_by_its_start",
                                   "ascii_starts")}
    for rule in rules:
        for pattern in rule.patterns:
            fresh["alternatives"][pattern] = alternatives.__wrapped__(pattern)
            for part in {pattern, *fresh["alternatives"][pattern]}:
                fresh["required_literals"][fold_han(part)] = [
                    sorted(strings) for strings in required_literals.__wrapped__(fold_han(part))]
                fresh["anchored_at_start"][part] = anchored_at_start.__wrapped__(part)
                fresh["screened_by_its_start"][part] = screened_by_its_start.__wrapped__(part)
                if fresh["screened_by_its_start"][part] and rule.case != "exact":
                    fresh["ascii_starts"][part] = ascii_starts.__wrapped__(part)
    return fresh


def write_pattern_analysis(path: pathlib.Path = ANALYSIS_FILE, packs_path: pathlib.Path = PARSED_PACKS_FILE) -> None:
    """Write what the package ships of its built-in packs (after editing a pack): the analysis of
    their patterns, and the packs parsed."""
    packs_path.write_text(json.dumps(parsed_builtin_packs(), ensure_ascii=False, sort_keys=True) + "\n",
                          encoding="utf-8")
    _shipped_parses.cache_clear()
    rules = [rule for pack_path in builtin_pack_paths() for pack in load_packs(pack_path) for rule in pack.rules]
    path.write_text(json.dumps(pattern_analysis(rules), ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                    encoding="utf-8")


def _compile(pattern: str, exact: bool = False) -> regex.Pattern:
    """A rule pattern as it is matched: against folded keys, ignoring case, or with ``exact``
    against the line as written."""
    if exact:
        return regex.compile(pattern, regex.V0)
    return regex.compile(fold_han(pattern), regex.IGNORECASE | regex.V0)


def regex_time_limit(length: int) -> float:
    """The seconds one regex may take on a line of ``length`` characters."""
    return max(REGEX_TIMEOUT_SECONDS, length * REGEX_SECONDS_PER_CHARACTER)


def _slot(rule: Rule) -> str | None:
    """The attribute of LineHits that holds a rule's first hit; None for a cut rule, which keeps every hit."""
    if rule.action == "cut":
        return None
    return "list_heading" if rule.action == "list" else rule.action


def _scanned_parts(rule: Rule, pattern: str) -> list[str]:
    """What is compiled of a pattern: its alternatives, each gated on its own, or, for a
    cut rule, the whole (its matches do not overlap; those of its parts could)."""
    return [pattern] if rule.action == "cut" else alternatives(pattern)


def _record(hits: LineHits, hit: Hit, key: str, line: str) -> None:
    slot = _slot(hit.rule)
    if slot is None:
        start, end = hit.start, hit.end
        if hit.rule.extent == "to-end":
            # The article's next paragraph, run onto the Chinese furniture, is not the furniture's;
            # the line keeps its capitals, which tell a sentence carried on from one begun.
            if hits.glued_paragraph is None:
                hits.glued_paragraph = GluedParagraph(line)
            end = hits.glued_paragraph.start_after(end) or len(key)
        elif hit.rule.extent == "to-text":
            # Tools glued before the article's text ("列印此頁 | 電郵此頁 EPD extends ...") end where it begins.
            text_start = english_text_start(line, end)  # the key has lost the line's capitals
            end = len(key) if text_start is None else text_start
        elif hit.rule.extent == "from-start":
            start = 0
        hits.cuts.append(Hit(hit.rule, start, end))
    elif getattr(hits, slot) is None:
        setattr(hits, slot, hit)


def inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """``position`` lies inside one of the (start, end) ``spans``, which are in order and do not overlap."""
    index = bisect.bisect_right(spans, (position, math.inf)) - 1
    return index >= 0 and position < spans[index][1]


def _whole_words(key: str, start: int, end: int) -> bool:
    """An English phrase must not match inside a longer word ("ad" in "read")."""
    before = key[start - 1] if start else " "
    after = key[end] if end < len(key) else " "
    head, tail = key[start], key[end - 1]
    return not ((head.isascii() and head.isalnum() and before.isascii() and before.isalnum())
                or (tail.isascii() and tail.isalnum() and after.isascii() and after.isalnum()))


def _content_bounds(key: str) -> tuple[int, int]:
    start = _LEADING_DECORATION.match(key).end()
    return start, max(start, _TRAILING_DECORATION.match(key).start())


def _mode_ok(mode: str, start: int, end: int, bounds: tuple[int, int]) -> bool:
    lo, hi = bounds
    if mode == "line":
        return start <= lo and end >= hi
    if mode == "start":
        return start <= lo
    return end >= hi


def select_rules(packs: Iterable[RulePack], host: str | None = None,
                 disabled: Iterable[str] = ()) -> list[Rule]:
    """The rules of the packs that apply to ``host``, less the disabled ids."""
    packs = [p for p in packs if p.applies_to(host)]
    off = set(disabled).union(*(p.disable for p in packs)) if packs else set(disabled)
    return [rule for pack in packs for rule in pack.rules if rule.id not in off]
