"""Literal prefilters for rule regexes: skip a pattern on a line that cannot match it.

Most lines match none of the rule patterns, yet trying each pattern on each
line was most of the cleaner's time. Most patterns, though, cannot match
without one of a few literal strings: ``(广告|赞助|推广)`` needs one of those
words, ``^\\W*(read more|see also)\\s*:`` needs "read more" or "see also",
and ":". :func:`required_literals` finds such sets for a pattern, and the rule
set runs the pattern only on lines that contain a string of each (found for
all patterns at once with one Aho-Corasick pass, see :class:`PatternGate`).
:func:`alternatives` cuts a pattern into its top-level alternatives, each
gated on its own. :func:`anchored_at_start` finds the patterns that need only
be tried at the start of a line, and :func:`screened_by_its_start` those for
which the engine's partial matching can tell from a line's first characters
alone that it cannot match.

The analysis must never claim a requirement that a match could lack, or a
rule would silently stop matching. So it reads the pattern with Python's own
regex parser, gives up ("no requirement": always run the pattern) on anything
it is not sure of, and only derives strings from plain literals, small
classes of plain characters, alternations, groups and repeats of at least
one; other classes, Unicode properties, lookarounds and anchors count as
"anything". Strings are case-folded, and lines are folded the same way before
the search (see :func:`gate_key`).

Analysing a pattern costs Python's parser a fraction of a millisecond, paid by
every process for every pattern; the answers for the patterns of the built-in
packs ship in ``pattern_analysis.json``, written by
``cleaner.rules.write_pattern_analysis`` (a test compares it with the analysis).
"""
from __future__ import annotations

import functools
import json
import pathlib
import re
import warnings
from functools import lru_cache
from typing import Callable, Generic, Iterator, TypeVar

try:
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

# The most strings an exact set may hold before it is given up.
_MAX_ALTERNATIVES = 32
# Quantifier braces that mean the same to Python's parser and to ``regex``; other
# braces may be ``regex`` syntax (fuzzy matching) that Python reads as literals.
_QUANTIFIER = re.compile(r"\{\d+(?:,\d*)?\}|\{,\d+\}")
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
_ATOMIC_GROUP = getattr(_sre, "ATOMIC_GROUP", None)
# Requirements met by one of these are met by nearly every line of English:
# gating on them costs more than it saves.
_EVERYWHERE = frozenset("abcdefghilmnoprstuwy0123456789 ")

# The commonest words of English (see _common).
_COMMON_WORDS = frozenset({"the", "and", "for", "our", "you"})
# A required literal this short is found in many lines: gated on only where nothing longer is required.
SHORT_LITERAL_CHARS = 3
# Characters that ``regex`` matches case-insensitively to a letter that their
# case folding does not contain (checked against the engine by the tests).
_ENGINE_ONLY_FOLDS = str.maketrans({"ı": "i"})
_ENGINE_ONLY_CHARS = re.compile("[" + "".join(map(chr, _ENGINE_ONLY_FOLDS)) + "]")


ANALYSIS_FILE = pathlib.Path(__file__).with_name("pattern_analysis.json")


@lru_cache(maxsize=1)
def shipped_analysis() -> dict[str, dict[str, object]]:
    """The shipped answers: for each analysing function's name, pattern -> answer (as JSON has it)."""
    return read_shipped(ANALYSIS_FILE)


def read_shipped(path: pathlib.Path) -> dict:
    """A JSON file the package ships to start quicker; without it ({}), the work is done afresh."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def answer_shipped(from_json: Callable = lambda answer: answer):
    """Answer for a pattern from the shipped analysis when it is there; analyse it otherwise."""
    def decorate(analyse):
        @functools.wraps(analyse)
        def answer(pattern: str):
            known = shipped_analysis().get(analyse.__name__, {})
            return from_json(known[pattern]) if pattern in known else analyse(pattern)
        return answer
    return decorate


def is_analysed(pattern: str) -> bool:
    """The shipped analysis holds ``pattern`` (a pattern of a built-in pack)."""
    return pattern in shipped_analysis().get("alternatives", {})


class _Unsure(Exception):
    """The pattern holds something whose matches cannot be bounded here."""


@answer_shipped(lambda sets: tuple(frozenset(strings) for strings in sets))
def required_literals(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of case-folded strings such that every match of ``pattern`` holds one string of each set.

    ``pattern`` is ``regex`` syntax, matched case-insensitively. An empty
    tuple when nothing is known: the pattern must then be tried on every line.
    """
    parsed = _parse(pattern)
    if parsed is None:
        return ()
    try:
        exact, required = _sequence(parsed)
    except (_Unsure, RecursionError):
        return ()
    # A cased letter beyond ASCII may match case variants that folding does not reach.
    sets = (_fold_and_trim(strings) for strings in required + _as_list(exact)
            if not any(not c.isascii() and _is_cased(c) for s in strings for c in s))
    return tuple(dict.fromkeys(sets))


@answer_shipped()
def anchored_at_start(pattern: str) -> bool:
    """True when every match of ``pattern`` starts at the start of the string (``^`` or ``\\A``).

    Such a pattern need only be tried there, not at every position of a line.
    """
    parsed = _parse(pattern)
    return parsed is not None and _anchored(list(parsed))


@answer_shipped()
def screened_by_its_start(pattern: str) -> bool:
    """True when asking the engine whether the first characters of a line could start a
    match (``pattern.match(start, partial=True)``) is a sound test: the pattern is
    anchored at the start, and holds only what partial matching treats exactly as the
    whole line would be treated (no lookaround, ``\\B`` or reference to a group).

    Most lines start with letters that such a pattern cannot start with, and that
    answer, remembered for each start, saves trying the pattern on every line.
    """
    parsed = _parse(pattern)
    return parsed is not None and _anchored(list(parsed)) and _plain(parsed)


def _plain(items) -> bool:
    """Nothing but what partial matching treats exactly: no lookaround, ``\\B``, reference or
    conditional, and ``\\b`` only right after what can end in nothing but a letter, digit or
    underscore.

    At the end of the characters it is given, the engine takes ``\\b`` after a space
    for no boundary, though the line may go on with a word ("a " + "subscribe"), and
    ``\\B`` alike; right after a word character the two agree.
    """
    items = list(items)
    for position, (op, av) in enumerate(items):
        if op is _sre.AT and av is _sre.AT_BOUNDARY:
            if not _ends_in_word_char(items[:position]):
                return False
        elif op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
            pass
        elif op is _sre.AT:
            if av is _sre.AT_NON_BOUNDARY:
                return False
        elif op is _sre.SUBPATTERN:
            if not _plain(av[-1]):
                return False
        elif _ATOMIC_GROUP is not None and op is _ATOMIC_GROUP:
            if not _plain(av):
                return False
        elif op is _sre.BRANCH:
            if not all(_plain(alternative) for alternative in av[1]):
                return False
        elif op in _REPEATS:
            if not _plain(av[2]):
                return False
        else:
            return False  # lookarounds, references, conditionals, anything new
    return True


def _ends_in_word_char(items) -> bool:
    """Whatever the parsed sequence ``items`` matches ends in a letter, digit or underscore."""
    if not items:
        return False
    op, av = items[-1]
    if op is _sre.LITERAL:
        return _is_word_char(chr(av))
    if op is _sre.IN:
        return bool(av) and all(_is_word_class_item(item) for item in av)
    if op is _sre.SUBPATTERN:
        return _ends_in_word_char(list(av[-1]))
    if _ATOMIC_GROUP is not None and op is _ATOMIC_GROUP:
        return _ends_in_word_char(list(av))
    if op is _sre.BRANCH:
        return all(_ends_in_word_char(list(alternative)) for alternative in av[1])
    if op in _REPEATS:
        low, _, repeated = av
        return _ends_in_word_char(list(repeated)) and (low >= 1 or _ends_in_word_char(items[:-1]))
    return False


def _is_word_class_item(item) -> bool:
    op, av = item
    if op is _sre.LITERAL:
        return _is_word_char(chr(av))
    if op is _sre.RANGE:
        return all(_is_word_char(chr(code)) for code in range(av[0], av[1] + 1))
    return op is _sre.CATEGORY and av in (_sre.CATEGORY_WORD, _sre.CATEGORY_DIGIT)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


@answer_shipped()
def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` as patterns of their own: ``[pattern]`` when it has one.

    A line matches ``a|b`` when it matches ``a`` or ``b``, and each of them
    may need literals or an anchor that the whole does not: ``^\\W*live\\b|delayed``
    runs only on lines that start with "live" or hold "delayed". The pattern
    is kept whole when splitting could change what a part means: a group
    reference, a conditional or an inline flag, or anything Python's parser
    reads otherwise than ``regex``.
    """
    if _parse(pattern) is None or _GROUP_REFERENCE.search(pattern):
        return [pattern]
    bounds = [-1, *_python_syntax(pattern)[1], len(pattern)]
    parts = [pattern[start + 1:end] for start, end in zip(bounds, bounds[1:])]
    # A cut in the wrong place would leave a bracket or parenthesis unclosed.
    return parts if all(_parse(part) is not None for part in parts) else [pattern]


# Whatever makes a part of a pattern refer to a group or flag set in another part.
# (Backreferences, conditionals, recursion; lookarounds and scoped flags are fine.)
_GROUP_REFERENCE = re.compile(r"\\[1-9g]|\(\?(?:P[=>]|[&(R+\d]|-\d)")


@lru_cache(maxsize=1024)
def _parse(pattern: str):
    """Python's parse of ``pattern``, or None where it might read it otherwise than ``regex``."""
    read = _python_syntax(pattern)
    if read is None:
        return None
    source = read[0]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # e.g. "possible nested set": regex reads it otherwise
            parsed = _sre_parse.parse(source)
    except (_sre.error, Warning, RecursionError):
        return None
    # Inline flags such as (?x), (?a) or (?m), the last of which would unanchor "^".
    return parsed if not parsed.state.flags & ~_sre.SRE_FLAG_UNICODE else None


def _anchored(items) -> bool:
    if not items:
        return False
    op, av = items[0]
    if op is _sre.AT:
        return av in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING)
    if op is _sre.SUBPATTERN:
        return _anchored(list(av[-1]))
    if op is _sre.BRANCH:
        return all(_anchored(list(alternative)) for alternative in av[1])
    return False


def gate_key(key: str) -> str:
    """A line's matching key folded like the required literals, for the literal search.

    The key itself, the same object, when folding changes nothing (always for ASCII).
    """
    if key.isascii():
        return key
    folded = key.casefold()
    if _ENGINE_ONLY_CHARS.search(folded):
        return folded.translate(_ENGINE_ONLY_FOLDS)
    return key if folded == key else folded  # the same object when nothing changed


def _python_syntax(pattern: str) -> tuple[str, list[int]] | None:
    """``pattern`` for Python's parser (Unicode properties become "any character"), and
    where its top-level bars are: the indexes of the ``|`` outside any group and class.

    None when the pattern has braces that are not plain quantifiers. A class
    that gets wider only lets more lines through, never fewer.
    """
    out: list[str] = []
    bars: list[int] = []
    index, depth, class_start = 0, 0, None  # where the current [...] began, if inside one
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            if pattern[index + 1:index + 2] in ("p", "P") and pattern[index + 2:index + 3] == "{":
                end = pattern.find("}", index + 3)
                if end < 0:
                    return None
                out.append(r"\s\S" if class_start is not None else r"[\s\S]")
                index = end + 1
                continue
            out.append(pattern[index:index + 2])
            index += 2
            continue
        if class_start is not None:
            if char == "]" and index > class_start:
                class_start = None
        elif char == "[":
            class_start = index + (2 if pattern[index + 1:index + 2] == "^" else 1)
        elif char == "{":
            quantifier = _QUANTIFIER.match(pattern, index)
            if quantifier is None:
                return None
            out.append(quantifier.group())
            index = quantifier.end()
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            bars.append(index)
        out.append(char)
        index += 1
    return "".join(out), bars


Requirements = list  # of sets of strings: every match holds one string of each set


def _sequence(items) -> tuple[frozenset[str] | None, Requirements]:
    """Every string the sequence can match (None if unknown), and its requirements."""
    current: set[str] = {""}
    is_exact = True
    required: Requirements = []
    for op, av in items:
        exact, needs = _node(op, av)
        required += needs
        if exact is not None:
            joined = {a + b for a in current for b in exact}
            if len(joined) <= _MAX_ALTERNATIVES:
                current = joined
                continue
            required += _as_list(frozenset(current))
            current, is_exact = set(exact), False
            continue
        is_exact = False
        required += _as_list(frozenset(current))
        current = {""}
    if is_exact:
        return frozenset(current), required
    return None, required + _as_list(frozenset(current))


def _node(op, av) -> tuple[frozenset[str] | None, Requirements]:
    if op is _sre.LITERAL:
        return frozenset({chr(av)}), []
    if op is _sre.IN:
        return _class(av), []
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return frozenset({""}), []  # they consume nothing
    if op is _sre.SUBPATTERN:
        return _sequence(av[-1])
    if _ATOMIC_GROUP is not None and op is _ATOMIC_GROUP:
        return _sequence(av)
    if op is _sre.BRANCH:
        return _branch(av[1])
    if op in _REPEATS:
        low, high, item = av
        if low == 0:
            return (frozenset({""}) if high == 0 else None), []
        exact, required = _sequence(item)
        if low == high == 1:
            return exact, required
        return None, required + _as_list(exact)
    if op in (_sre.ANY, _sre.NOT_LITERAL):
        return None, []
    raise _Unsure(op)  # back references, conditionals, anything new


def _class(items) -> frozenset[str] | None:
    """The characters of a small class of plain characters and ranges, else None."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < _MAX_ALTERNATIVES:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None  # negation, categories such as \s, wide ranges
    return frozenset(chars) if len(chars) <= _MAX_ALTERNATIVES else None


def _branch(alternatives) -> tuple[frozenset[str] | None, Requirements]:
    """Any alternative may match: one requirement, the union of each one's most selective."""
    exacts, best = [], []
    for alternative in alternatives:
        exact, required = _sequence(alternative)
        exacts.append(exact)
        best.append(_most_selective(required + _as_list(exact)))
    exact = None
    if all(e is not None for e in exacts):
        union = frozenset().union(*exacts)
        exact = union if len(union) <= _MAX_ALTERNATIVES else None
    if any(b is None for b in best):
        return exact, []
    return exact, [frozenset().union(*best)]


def _as_list(strings: frozenset[str] | None) -> Requirements:
    """A set of strings as a requirement, if it is one: not when the empty string is among them."""
    return [strings] if strings and "" not in strings else []


def _most_selective(required: Requirements) -> frozenset[str] | None:
    """The longest shortest string, then the fewest strings."""
    return max(required, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _fold_and_trim(strings: frozenset[str]) -> frozenset[str]:
    """Case-folded, without strings that hold another one of the set (that one suffices)."""
    folded = {s.casefold() for s in strings}
    return frozenset(s for s in folded if not any(t != s and t in s for t in folded))


def _is_cased(char: str) -> bool:
    return char.lower() != char or char.upper() != char or char.casefold() != char


V = TypeVar("V")


class LiteralIndex(Generic[V]):
    """All occurrences of a set of strings in a key, found in one pass.

    The strings go into one Aho-Corasick automaton (``ahocorasick_rs``, in
    Rust): a key is scanned at a constant cost per character however many
    strings, Chinese or English, the index holds, and all the occurrences come
    back as one list. The automaton starts as a contiguous NFA, quick to build
    for a run of one page, and is rebuilt as a DFA, five times slower to build
    and a sixth faster to search, once enough text has been searched to repay it.
    """

    def __init__(self, values: dict[str, V]):
        self.values: list[V] = list(values.values())
        self._strings = list(values)
        self._automaton = _automaton(self._strings, dfa=False) if values else None
        self._characters_to_dfa = DFA_AFTER_CHARACTERS

    def find(self, key: str) -> list[tuple[int, int, int]]:
        """(index into ``values``, start, end) for every occurrence of every string in ``key``."""
        automaton = self._automaton
        if automaton is None:
            return []
        if self._characters_to_dfa > 0:
            # Threads racing here may both build the DFA; either finds what the NFA does.
            self._characters_to_dfa -= len(key)
            if self._characters_to_dfa <= 0:
                self._automaton = _automaton(self._strings, dfa=True)
        return automaton.find_matches_as_indexes(key, overlapping=True)


# Characters searched before the DFA is built: about what it saves on that much text in the
# time it takes to build.
DFA_AFTER_CHARACTERS = 5_000_000


def _automaton(strings: list[str], dfa: bool):
    import ahocorasick_rs

    implementation = ahocorasick_rs.Implementation.DFA if dfa else ahocorasick_rs.Implementation.ContiguousNFA
    return ahocorasick_rs.AhoCorasick(strings, implementation=implementation)


def _common(string: str) -> bool:
    """Found in most lines of English: two letters ("in", "to", "us" are inside many
    words), or one of the commonest words."""
    string = string.strip()  # " of" is as common as "of"
    return (len(string) <= 2 and string.isascii() and string.isalpha()) or string in _COMMON_WORDS


class PatternGate:
    """Which of a list of patterns may match a key, told by the required literals found in it.

    Each requirement set of each pattern gets a bit; a literal carries the
    bits of the sets it belongs to (``literal_bits``). The bits of the
    literals found in a key are ORed together, and a pattern may match if all
    of its bits are among them. A caller that already searches the key for
    other strings can search for the literals in the same pass, and hand what
    they carry to :meth:`completed`.
    """

    def __init__(self, patterns: list[str]):
        self.literal_bits: dict[str, int] = {}
        bit_of_set: dict[frozenset[str], int] = {}
        set_of_bit: dict[int, frozenset[str]] = {}
        needs_of: list[int] = []  # per pattern: the bits of the requirement sets it needs met
        for pattern in patterns:
            needs = 0
            required = [strings for strings in required_literals(pattern)
                        if not any(s in _EVERYWHERE for s in strings)]  # met by nearly every line
            # Each literal is found, and handled, wherever it occurs: a common
            # one only where nothing rarer is required, a short word ("now",
            # "app") only where nothing longer is.
            rare = [strings for strings in required if not any(_common(s) for s in strings)]
            long = [strings for strings in rare if min(len(s.strip()) for s in strings) > SHORT_LITERAL_CHARS]
            for strings in long or rare or required:
                bit = bit_of_set.setdefault(strings, 1 << len(bit_of_set))
                set_of_bit[bit] = strings
                needs |= bit
                for string in strings:
                    self.literal_bits[string] = self.literal_bits.get(string, 0) | bit
            needs_of.append(needs)
        # A pattern is a bit of a mask, so the patterns allowed are one int, which the
        # scanner combines with its other screens. Most patterns need one set met: a
        # literal found allows them at once (``literal_allows``). The others are filed
        # under the bit of their rarest set, so that they are looked at only on the
        # few keys that hold one of its literals.
        self.needing_nothing = sum(1 << index for index, needs in enumerate(needs_of) if not needs)
        allows_of_bit: dict[int, int] = {}  # a set's bit -> the patterns that need only that set
        self._needing_more: dict[int, list[tuple[int, int]]] = {}  # filed bit -> [(pattern's bit, its needs)]
        self._filed_bits = 0
        for index, needs in enumerate(needs_of):
            if needs and not needs & (needs - 1):
                allows_of_bit[needs] = allows_of_bit.get(needs, 0) | 1 << index
            elif needs:
                filed = max(set_bits(needs), key=lambda bit: _rarity(set_of_bit[bit]))
                self._needing_more.setdefault(filed, []).append((1 << index, needs))
                self._filed_bits |= filed
        # (A pattern needs one set only: the masks summed are disjoint.)
        self.literal_allows = {string: sum(allows_of_bit.get(bit, 0) for bit in set_bits(bits))
                               for string, bits in self.literal_bits.items()}

    def candidates(self, key: str) -> list[int]:
        """Indexes, in order, of the patterns that may match ``key`` (a folded line)."""
        return list(bit_indexes(self.allowed(gate_key(key))))

    @functools.cached_property
    def _literals(self) -> LiteralIndex[tuple[int, int]]:
        return LiteralIndex({string: (bits, self.literal_allows[string])
                             for string, bits in self.literal_bits.items()})

    def allowed(self, folded: str) -> int:
        """The patterns (a mask: bit ``i`` for pattern ``i``) that may match a key folded by
        :func:`gate_key`, told by the literals found in it."""
        met, allowed = 0, self.needing_nothing
        values = self._literals.values
        for index, _, _ in self._literals.find(folded):
            bits, allows = values[index]
            met |= bits
            allowed |= allows
        return self.completed(met, allowed)

    def completed(self, met: int, allowed: int) -> int:
        """All the patterns allowed where the literals found carry the bits ``met`` and allow
        ``allowed`` (ORed together from ``literal_bits`` and ``literal_allows``)."""
        allowed |= self.needing_nothing
        rest = met & self._filed_bits
        while rest:
            lowest = rest & -rest
            rest ^= lowest
            for bit, needs in self._needing_more[lowest]:
                if needs & met == needs:
                    allowed |= bit
        return allowed


def _rarity(strings: frozenset[str]) -> tuple[bool, int]:
    """How rarely a set of literals is met, roughly: a set of common ones is met on most lines,
    and of the others, the longer the shortest literal, the rarer."""
    return not any(_common(s) for s in strings), min(len(s.strip()) for s in strings)


def set_bits(mask: int) -> Iterator[int]:
    """The bits set in ``mask``, each as an int of its own, lowest first."""
    while mask:
        lowest = mask & -mask
        mask ^= lowest
        yield lowest


def bit_indexes(mask: int) -> Iterator[int]:
    """The indexes of the bits set in ``mask``, lowest first."""
    return (bit.bit_length() - 1 for bit in set_bits(mask))
