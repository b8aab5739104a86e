"""Hostile rule packs: patterns that backtrack forever, YAML that tries to run code, huge packs.

A rule pack is data a user wrote, maybe carelessly, maybe copied from
somewhere. None of these may hang the cleaner, run code, or fail with a
traceback; each ends in a one-line error that names the file and the rule,
or simply works.
"""
from __future__ import annotations

import json

import pytest
from conftest import run_cli

from cleaner import Cleaner, RuleError
from cleaner.rules import REGEX_TIMEOUT_SECONDS, UNTIMED_MAX_CHARACTERS, RegexTimeout, regex_time_limit

BODY = "Taiwan's cabinet yesterday approved a draft budget that would raise total spending to a record high."
# The textbook catastrophic pattern, and a line that makes it try ways to split the a's for
# far longer than the time limit (the regex module guards the shortest such lines).
CATASTROPHIC = """
    rules:
      - id: nested
        action: drop
        regex: '(a+)+$'
"""
TRAP_LINE = "a" * 5000 + "!"


def _one_line_error(done) -> str:
    assert done.returncode == 2 and done.stdout == b""
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cleaner: error: "), done.stderr.decode()
    return lines[0]


# --- a regex that backtracks catastrophically ---------------------------------------------------
# Each test here costs the regex time limit (about a second) once.

def test_catastrophic_regex_is_stopped_by_the_time_limit(pack_cleaner):
    cleaner = pack_cleaner(CATASTROPHIC)
    with pytest.raises(RegexTimeout) as stopped:
        cleaner.clean(f"{BODY}\n{TRAP_LINE}\n")
    error = stopped.value
    assert isinstance(error, RuleError)
    assert (error.rule_id, error.line, error.length) == ("nested", 2, len(TRAP_LINE))
    assert str(error).endswith(f": rule 'nested': regex '(a+)+$' took over {REGEX_TIMEOUT_SECONDS:g} s "
                               f"on line 2 ({len(TRAP_LINE)} characters); it backtracks too much")


def test_a_users_catastrophic_regex_is_timed_on_a_short_line_too(pack_cleaner):
    # Under UNTIMED_MAX_CHARACTERS, where the built-in patterns run untimed; untimed, this takes many seconds.
    line = "a" * (UNTIMED_MAX_CHARACTERS - 100) + "!"
    with pytest.raises(RegexTimeout) as stopped:
        pack_cleaner(CATASTROPHIC).clean(line)
    assert (stopped.value.rule_id, stopped.value.length) == ("nested", len(line))


def test_catastrophic_regex_stops_the_command_in_one_line_naming_rule_line_and_page(write_pack, tmp_path):
    pack = write_pack(CATASTROPHIC)
    page = tmp_path / "page.txt"
    page.write_text(f"{BODY}\n{TRAP_LINE}\n", encoding="utf-8")
    out = tmp_path / "clean.txt"
    out.write_text("earlier result\n")
    assert _one_line_error(run_cli("--rules", pack, page, "-o", out)) == (
        f"cleaner: error: {pack}: rule 'nested': regex '(a+)+$' took over {REGEX_TIMEOUT_SECONDS:g} s "
        f"on line 2 of {page} ({len(TRAP_LINE)} characters); it backtracks too much")
    assert out.read_text() == "earlier result\n"


def test_catastrophic_regex_in_a_worker_is_reported_as_such_not_as_a_dead_worker(write_pack, tmp_path):
    pack = write_pack(CATASTROPHIC)
    pages = [tmp_path / f"page{n}.txt" for n in range(3)]
    for page in pages[:2]:
        page.write_text(f"{BODY}\n", encoding="utf-8")
    pages[2].write_text(f"{BODY}\n{TRAP_LINE}\n", encoding="utf-8")
    done = run_cli("--jobs", "2", "--rules", pack, *pages)
    assert done.returncode == 2
    assert done.stdout == f"{BODY}\n{BODY}\n".encode()  # the pages before it, as a stream gives them
    assert done.stderr.decode() == (
        f"cleaner: error: {pack}: rule 'nested': regex '(a+)+$' took over {REGEX_TIMEOUT_SECONDS:g} s "
        f"on line 2 of {pages[2]} ({len(TRAP_LINE)} characters); it backtracks too much\n")


def test_catastrophic_regex_in_jsonl_is_a_record_error_settled_by_the_policy(write_pack):
    pack = write_pack(CATASTROPHIC)
    records = [{"id": 1, "text": f"{BODY}\n"}, {"id": 2, "text": f"{BODY}\n{TRAP_LINE}\n"}, {"id": 3, "text": BODY}]
    data = b"".join(json.dumps(r).encode() + b"\n" for r in records)
    done = run_cli("--jsonl", "--quiet", "--on-error", "skip", "--rules", pack, input=data)
    assert done.returncode == 1
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == [1, 3]
    assert done.stderr.decode() == (
        f"cleaner: line 2: {pack}: rule 'nested': regex '(a+)+$' took over {REGEX_TIMEOUT_SECONDS:g} s "
        f"on line 2 ({len(TRAP_LINE)} characters); it backtracks too much\n")


@pytest.mark.parametrize("length, seconds", [(0, 1.0), (5_000, 1.0), (1_000_000, 1.0), (50_000_000, 50.0)])
def test_time_limit_grows_with_very_long_lines_only(length, seconds):
    # A linear scan of a 50 MB line is no fault; backtracking over it would take hours, not 50 s.
    assert regex_time_limit(length) == pytest.approx(seconds)


def test_timeout_error_survives_pickling_whole():
    import pickle

    error = RegexTimeout("x.yaml", "r", "(a+)+$", 41).at(line=2, page="p.txt")
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.line, copy.page) == (RegexTimeout, str(error), 2, "p.txt")
    plain = pickle.loads(pickle.dumps(RuleError("x.yaml", "bad", "r")))
    assert (plain.path, plain.problem, plain.rule_id) == ("x.yaml", "bad", "r")


# --- YAML that is not plain data -------------------------------------------------------------------

CODE_TAGS = {
    "object-apply": "rules:\n  - !!python/object/apply:os.system ['touch {marker}']\n",
    "object-new": "rules:\n  - !!python/object/new:os.system ['touch {marker}']\n",
    "name": "rules:\n  - id: r\n    action: drop\n    phrases: !!python/name:os.system\n",
    "module": "name: !!python/module:os\n",
}


@pytest.mark.parametrize("yaml_text", CODE_TAGS.values(), ids=CODE_TAGS.keys())
def test_python_tags_are_refused_and_never_run(write_pack, tmp_path, yaml_text):
    marker = tmp_path / "ran"
    pack = write_pack(yaml_text.format(marker=marker), name="evil.yaml")
    with pytest.raises(RuleError, match=r"could not determine a constructor for the tag '.*python/"):
        Cleaner(rules=[pack])
    line = _one_line_error(run_cli("--check-rules", pack))
    assert line.startswith(f"cleaner: error: {pack}: YAML syntax error at line ")
    assert not marker.exists()


def test_alias_bomb_is_refused_at_once(write_pack):
    # "Billion laughs": aliases nested nine deep. PyYAML shares aliased nodes
    # rather than copying them, and a list of lists is not a list of phrases.
    levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for name, previous in zip("bcdefghi", "abcdefgh"):
        levels.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    pack = write_pack("disable:\n  " + "\n  ".join("- {" + level + "}" for level in levels) + "\n")
    line = _one_line_error(run_cli("--check-rules", pack))
    assert line == f"cleaner: error: {pack}: 'disable' must be a string or a list of strings, not a list"


# --- huge packs ---------------------------------------------------------------------------------------

def test_huge_pack_loads_and_every_rule_in_it_works(tmp_path):
    # 10,000 phrases and 1,000 regexes (about 2 s to load on the reference machine).
    rules = [{"id": "many-phrases", "action": "drop",
              "phrases": [f"promo phrase {n} 優惠{n}" for n in range(10_000)]}]
    rules += [{"id": f"tracking-{n}", "action": "cut", "regex": f"(?:tracking|utm)-{n}-[a-z]+"} for n in range(1_000)]
    pack = tmp_path / "huge.yaml"
    pack.write_text(json.dumps({"name": "huge", "rules": rules}, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    cleaner = Cleaner(rules=[pack])
    page = (f"{BODY}\n"
            "promo phrase 9999 優惠9999\n"
            "The council approved the plan utm-999-abc on Tuesday after a long debate, members said.\n")
    result = cleaner.clean(page)
    assert result.text == f"{BODY}\nThe council approved the plan on Tuesday after a long debate, members said.\n"
    assert [r.reason for r in result.removed] == ["rule many-phrases", "rule tracking-999"]
    assert run_cli("--check-rules", pack).stdout == f"{pack}: ok, 1001 rules in 1 pack\n".encode()
