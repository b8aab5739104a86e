"""Literal prefilters for rule regexes: a pattern is skipped only on lines it cannot match.

The expected literal sets are worked out by hand from each pattern. The
soundness tests then check the one promise that matters, against the regex
engine itself: whenever a pattern matches a line, the gate lets it run, and
scanning with the gate finds exactly what trying every pattern finds.
"""
from __future__ import annotations

import string
from dataclasses import replace
from functools import lru_cache

import pytest
import regex
from hypothesis import given, settings, strategies as st

from cleaner import prefilter
from cleaner.fold import fold, fold_han
from cleaner.normalise import normalise
from cleaner.prefilter import (_EVERYWHERE, LiteralIndex, PatternGate, alternatives, anchored_at_start, bit_indexes,
                                gate_key, required_literals, screened_by_its_start, shipped_analysis)
from cleaner.rules import GATE_AFTER_CHARACTERS, RuleSet, _Scanner, builtin_pack_paths, load_packs, pattern_analysis
from conftest import FIXTURES

FLAGS = regex.IGNORECASE | regex.V0


@pytest.mark.parametrize("pattern, expected", [
    (r"(广告|赞助|推广)", [{"广告", "赞助", "推广"}]),
    (r"^\W*(read more|see also)\s*:", [{"read more", "see also"}, {":"}]),
    ("Sign Up", [{"sign up"}]),
    ("colou?r", [{"colo"}, {"r"}]),
    ("a|b.*", [{"a", "b"}]),
    (r"\bnewsletter\b.*\b(inbox|sign up)", [{"newsletter"}, {"inbox", "sign up"}]),
    # A string holding another of the set adds nothing: the shorter one must be there anyway.
    ("(sign up|sign up for our)", [{"sign up"}]),
    # Unicode properties count as "any character".
    (r"\p{Han}+記者", [{"記者"}]),
    (r"[\p{Han}·]{2}社", [{"社"}]),
    ("x{2}", [{"x"}]),
    ("ab{0}c", [{"ac"}]),
    ("(?<=a)bc", [{"bc"}]),
    ("a++b", [{"a"}, {"b"}]),
    ("(?>ab)c", [{"abc"}]),
    ("[^abc]x", [{"x"}]),
    ("[xy]z", [{"xz", "yz"}]),
])
def test_required_literals(pattern, expected):
    assert [set(s) for s in required_literals(pattern)] == expected


@pytest.mark.parametrize("pattern", [
    r"\d+", r"\w+", r".*x?",            # nothing literal is required
    r"(a)\1", r"(?P<x>ab)(?P=x)",      # back references
    "(?i)abc", "(?x)a b",              # inline flags
    "(?:abc){e<=1}",                   # regex's fuzzy matching, braces Python reads as literals
    "[[:alpha:]]+x",                   # regex's POSIX classes
    r"\Qab\E", r"\x{41}bc",            # syntax Python does not know
    "café", "ΣΑΣ",                     # cased letters beyond ASCII: case variants folding may miss
])
def test_nothing_is_required_where_the_analysis_is_unsure(pattern):
    assert required_literals(pattern) == ()


@pytest.mark.parametrize("pattern, anchored", [
    ("^abc", True), (r"\Aabc", True), ("^a|^b", True), ("(^a|^b)c", True), ("(?:^a)b", True),
    ("abc", False), ("a|^b", False), ("(?m)^abc", False), (r"(?<=x)^a", False),
])
def test_anchored_at_start(pattern, anchored):
    assert anchored_at_start(pattern) is anchored


@pytest.mark.parametrize("pattern, screened", [
    (r"^\W*share\b", True), (r"^[\W_]*+\d[\W\d_]*+$", True), (r"^(?>.*?x)y", True), ("^a|^b", True),
    ("share", False),                               # not anchored: it may start anywhere
    ("^a(?=b)", False), ("^(?!b)a", False),          # lookarounds
    (r"^a\Bb", False), (r"^(a)\1", False),            # \B and references
    # \b where a space may stand before it: "a " is a partial match of "a subscribe"
    (r"^(?>.*?\bsubscribe)", False), (r"^\W*\bfoo", False),
    (r"^\W*(follow us|subscribe)\b", True), (r"^\W*[a-z]+\b", True),   # \b after a word's letters
])
def test_screened_by_its_start(pattern, screened):
    assert screened_by_its_start(pattern) is screened


@pytest.mark.parametrize("pattern, parts", [
    ("a|b", ["a", "b"]),
    (r"^\W*live\b|delayed", [r"^\W*live\b", "delayed"]),
    ("a|", ["a", ""]),
    # A bar inside a group, a class or an escape is not a top-level one.
    ("(a|b)", ["(a|b)"]),
    (r"a(?:b|c)|d", ["a(?:b|c)", "d"]),
    (r"[|]z|[]|]q|x\|y|[^]|]", ["[|]z", "[]|]q", r"x\|y", "[^]|]"]),
    # Lookarounds and scoped flags stay inside their part.
    ("(?=x)a|(?<!y)b|(?i:c)", ["(?=x)a", "(?<!y)b", "(?i:c)"]),
    # Kept whole: a part that refers to a group, or a flag that sets the whole pattern.
    (r"(a)|\1", [r"(a)|\1"]),
    ("(?P<x>a)|(?P=x)", ["(?P<x>a)|(?P=x)"]),
    ("(?(1)a|b)|c", ["(?(1)a|b)|c"]),
    ("(a)|(?1)", ["(a)|(?1)"]),
    ("(?i)a|b", ["(?i)a|b"]),
    ("(?x) a | b", ["(?x) a | b"]),
])
def test_alternatives(pattern, parts):
    assert alternatives(pattern) == parts


@lru_cache(maxsize=1)
def _every_character() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


@lru_cache(maxsize=1)
def _builtin_patterns() -> list[str]:
    """Every pattern of the built-in packs, folded as a rule set folds it."""
    return sorted({fold_han(pattern) for path in builtin_pack_paths() for pack in load_packs(path)
                   for rule in pack.rules for pattern in rule.patterns})


@pytest.mark.parametrize("letter", string.ascii_letters)
def test_case_variants_of_letters_keep_the_letter_in_the_gate_key(letter):
    """Every character the engine matches to an ASCII letter shows that letter in the gate key."""
    for variant in regex.findall(regex.escape(letter), _every_character(), flags=FLAGS):
        assert letter.lower() in gate_key(fold(variant)), hex(ord(variant))


def test_literal_characters_of_the_built_in_rules_have_no_other_case_variants():
    """Beyond ASCII, the engine matches a literal of the built-in rules only to itself (or its fold)."""
    literals = {c for pattern in _builtin_patterns() for strings in required_literals(pattern)
                for s in strings for c in s if not c.isascii()}
    klass = regex.compile("[" + "".join(map(regex.escape, sorted(literals))) + "]", FLAGS)
    for char in klass.findall(_every_character()):
        assert any(c in gate_key(fold(char)) for c in literals), hex(ord(char))


def _fixture_lines() -> list[str]:
    lines = set()
    for path in FIXTURES.glob("*/*.txt"):
        text = path.read_bytes().decode("utf-8", errors="replace")
        lines.update(line.strip() for line in normalise(text).splitlines() if line.strip())
    return sorted(lines)


def _scanning(ruleset: RuleSet, gated: bool) -> RuleSet:
    """``ruleset`` scanning with its gate and anchored finders, or trying every pattern everywhere."""
    make = _Scanner.gated if gated else _Scanner.ungated
    ruleset._scanner = make(ruleset._phrases, ruleset.rules)
    ruleset._chars_to_gate = 0
    return ruleset


@pytest.mark.parametrize("pack_path", builtin_pack_paths(), ids=lambda p: p.stem)
def test_gated_scan_finds_what_every_pattern_finds_on_every_fixture_line(pack_path):
    rules = [rule for pack in load_packs(pack_path) for rule in pack.rules]
    gated, reference = _scanning(RuleSet(rules), gated=True), _scanning(RuleSet(rules), gated=False)
    for line in _fixture_lines():
        assert _found(gated.scan(line)) == _found(reference.scan(line)), line


def _found(hits) -> tuple:
    """What the classifier takes from a scan: the rule that filled each slot, and every cut.

    (Where in the line a drop or keep rule matched is not used, and differs
    when a pattern is tried in parts.)
    """
    slots = tuple(getattr(hits, slot).rule.id if getattr(hits, slot) else None
                  for slot in ("keep", "drop", "list_heading", "footer", "header"))
    return slots, [(hit.rule.id, hit.start, hit.end) for hit in hits.cuts]


def _builtin_rules() -> list:
    return [rule for path in builtin_pack_paths() for pack in load_packs(path) for rule in pack.rules]


def _users_rules() -> list:
    """The default pack's rules with one pattern the shipped analysis cannot know, as a user's pack has."""
    rules = [rule for pack in load_packs(builtin_pack_paths()[0]) for rule in pack.rules]
    return rules + [replace(rules[-1], id="user-rule", patterns=(r"^\W*my site's own furniture\b",))]


def test_the_shipped_pattern_analysis_is_what_the_analysis_finds():
    assert shipped_analysis() == pattern_analysis(_builtin_rules())


def test_built_in_rules_are_gated_from_the_start():
    assert RuleSet(_builtin_rules())._scanner.gate is not None


@pytest.mark.parametrize("gated", [False, True], ids=["ungated", "gated"])
def test_only_the_patterns_of_a_users_pack_are_timed_on_every_line(gated):
    # The built-in patterns, as shipped, are timed on long lines only (see UNTIMED_MAX_CHARACTERS).
    assert _scanning(RuleSet(_builtin_rules()), gated)._scanner.unvouched == 0
    scanner = _scanning(RuleSet(_users_rules()), gated)._scanner
    assert [scanner.patterns[index][0].id for index in bit_indexes(scanner.unvouched)] == ["user-rule"]


def test_a_users_rule_set_gates_itself_once_it_has_scanned_enough_text():
    ruleset = RuleSet(_users_rules())
    assert ruleset._scanner.gate is None
    lines = _fixture_lines()
    assert sum(map(len, lines)) > GATE_AFTER_CHARACTERS
    before = [_found(ruleset.scan(line)) for line in lines]
    assert ruleset._scanner.gate is not None
    assert [_found(ruleset.scan(line)) for line in lines] == before


def test_the_literal_index_finds_the_same_once_it_is_rebuilt_as_a_dfa(monkeypatch):
    monkeypatch.setattr(prefilter, "DFA_AFTER_CHARACTERS", 2_000)
    keys = [fold(line) for line in _fixture_lines()]
    strings = ("share", "請繼續", "read more", "more", "版權所有", "app", "download")
    index = LiteralIndex({string: string for string in strings})
    first = index._automaton
    before = [index.find(key) for key in keys]
    assert index._automaton is not first  # rebuilt on the way
    assert [index.find(key) for key in keys] == before
    assert any(before)


def test_a_line_longer_than_the_threshold_is_scanned_gated():
    ruleset = RuleSet(_users_rules())
    ruleset.scan("Share this article " * (GATE_AFTER_CHARACTERS // 10))
    assert ruleset._scanner.gate is not None


# Text made of the pieces the built-in patterns look for, their case variants, and
# characters whose case folding is irregular, so that near misses are common.
_PIECES = sorted({s for pattern in _builtin_patterns() for strings in required_literals(pattern) for s in strings}
                 | {" ", ":", "|", "/", ">", "1", "2026", "ı", "İ", "ſ", "K", "ß", "Read More", "SHARE", "記者",
                    "廣告", "(", ")", "【", "】", "\u00a0", "·", "a", "x"})


@lru_cache(maxsize=1)
def _builtin_gate() -> PatternGate:
    return PatternGate(_builtin_patterns())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_a_pattern_that_matches_is_never_gated_out(line):
    patterns = _builtin_patterns()
    gate = _builtin_gate()
    key = fold(line)
    allowed = set(gate.candidates(key))
    for index, pattern in enumerate(patterns):
        if regex.search(pattern, key, flags=FLAGS):
            assert index in allowed, pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_a_pattern_is_let_through_only_where_the_key_holds_one_of_its_required_literals(line):
    patterns = _builtin_patterns()
    key = gate_key(fold(line))
    for index in _builtin_gate().candidates(fold(line)):
        required = [strings for strings in required_literals(patterns[index]) if not strings & _EVERYWHERE]
        assert not required or any(s in key for strings in required for s in strings), patterns[index]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_a_pattern_matches_where_one_of_its_alternatives_matches(line):
    key = fold(line)
    for pattern in _builtin_patterns():
        whole = regex.search(pattern, key, flags=FLAGS) is not None
        assert whole == any(regex.search(part, key, flags=FLAGS) for part in alternatives(pattern)), pattern


def test_the_alternatives_of_a_pattern_match_the_fixture_lines_it_matches():
    keys = [fold(line) for line in _fixture_lines()]
    for pattern in _builtin_patterns():
        parts = [regex.compile(part, FLAGS) for part in alternatives(pattern)]
        whole = regex.compile(pattern, FLAGS)
        for key in keys:
            assert (whole.search(key) is not None) == any(p.search(key) for p in parts), (pattern, key)


@lru_cache(maxsize=1)
def _scanners() -> tuple[RuleSet, RuleSet]:
    rules = [rule for path in builtin_pack_paths() for pack in load_packs(path) for rule in pack.rules]
    return _scanning(RuleSet(rules), gated=True), _scanning(RuleSet(rules), gated=False)


_LINE_STARTS = ["", "The ", "2026-03-15 ", "03/03 ", "Share ", "share: ", "Page 2 of 9", "(c) ", "© ", "Tags: ",
                "Home > ", "- ", "• ", "1. ", "Live: ", "記者", "上一篇", "Copyright 2026 "]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_LINE_STARTS), st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_scanning_with_the_gate_and_start_screens_finds_what_trying_every_pattern_finds(start, rest):
    """The gate, the parts and the start screens (remembered across lines) change the speed, not the hits."""
    gated, reference = _scanners()
    line = (start + rest).strip()
    if line:
        assert _found(gated.scan(line)) == _found(reference.scan(line)), line


# Plain sentences of an article, which make up most lines: a built-in pattern that the gate lets
# through on them (no literal of its own, or a common one, and no start that rules it out) would
# run on nearly every line of every page.
ARTICLE_SENTENCES = [
    "The city council approved the plan on Monday after a long debate, officials said.",
    "Taiwan’s exports rose 12 percent in March from a year earlier, the Ministry of Finance said on Tuesday.",
    "Residents who live near the station said the new timetable would help them get to work on time.",
]


@pytest.mark.parametrize("sentence", ARTICLE_SENTENCES)
def test_few_built_in_patterns_are_tried_on_a_plain_sentence(sentence):
    scanner = RuleSet(_builtin_rules())._scanner
    key = fold(sentence)
    tried = [scanner.patterns[index][0].id
             for index in bit_indexes(scanner.candidates(scanner.gate.allowed(gate_key(key)), key[:2]))]
    assert tried == [], tried
