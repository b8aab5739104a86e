"""The real console script, run as a user runs it: ``python -m cleaner ...`` in a subprocess."""
from __future__ import annotations

import json
import random
import re

import pytest

import cleaner
from conftest import BAD_RULES, FIXTURES, GOOD_RULES, run_cli

BODY = "The city council approved the plan on Monday after a long debate, officials said."
BODY_2 = "The new rules will take effect in July and apply to all districts of the city."
PAGE = f"首頁 > 國際 > 亞洲\n{BODY}\n請繼續往下閱讀...\n\n{BODY_2}\n版權所有 不得轉載\n"
CLEAN = f"{BODY}\n\n{BODY_2}\n"


def _ok(done) -> bytes:
    assert (done.returncode, done.stderr.decode()) == (0, "")
    return done.stdout


def _one_line_error(done) -> str:
    """Exit 2 with exactly one line on stderr, no traceback; return that line."""
    stderr = done.stderr.decode()
    assert done.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert stderr.count("\n") == 1 and stderr.endswith("\n"), stderr
    assert stderr.startswith("cleaner: error: ")
    return stderr


def test_stdin_to_stdout():
    assert _ok(run_cli(input=PAGE.encode())) == CLEAN.encode()


def test_file_arguments_are_cleaned_one_page_each_and_dash_is_stdin(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(PAGE, encoding="utf-8")
    second.write_text(f"熱門新聞\n{BODY_2}\n", encoding="utf-8")
    done = run_cli(first, "-", second, input=f"{BODY}\n".encode())
    assert _ok(done) == f"{CLEAN}{BODY}\n{BODY_2}\n".encode()


def test_output_file_is_written_and_no_temporary_file_is_left(tmp_path):
    page, out = tmp_path / "page.txt", tmp_path / "clean.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert _ok(run_cli(page, "-o", out)) == b""
    assert out.read_bytes() == CLEAN.encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean.txt", "page.txt"]


def test_failed_run_leaves_neither_output_nor_temporary_file(tmp_path):
    out = tmp_path / "clean.txt"
    _one_line_error(run_cli(tmp_path / "missing.txt", "-o", out))
    assert list(tmp_path.iterdir()) == []


def test_failed_run_keeps_an_existing_output_file(tmp_path):
    out = tmp_path / "clean.txt"
    out.write_text("earlier result\n")
    _one_line_error(run_cli("--encoding", "no-such-codec", "-o", out, input=PAGE.encode()))
    assert out.read_text() == "earlier result\n"
    assert [p.name for p in tmp_path.iterdir()] == ["clean.txt"]


def test_rules_and_disable():
    page = f"{BODY}\nCollect ten stamps for a free tote bag at any branch.\n{BODY_2}\n"
    assert _ok(run_cli("--rules", GOOD_RULES / "base.yaml", input=page.encode())) == f"{BODY}\n{BODY_2}\n".encode()
    done = run_cli("--rules", GOOD_RULES / "base.yaml", "--disable", "base-promo", input=page.encode())
    assert _ok(done) == page.encode()


def test_rules_is_repeatable():
    page = f"{BODY}\nCollect ten stamps for a free tote bag at any branch.\n刮刮樂 Win a prize every day\n{BODY_2}\n"
    done = run_cli("--no-default-rules", "--rules", GOOD_RULES / "base.yaml",
                   "--rules", GOOD_RULES / "extends-default.yaml", input=page.encode())
    assert _ok(done) == f"{BODY}\n{BODY_2}\n".encode()


def test_url_selects_site_packs():
    page = f"{BODY}\nJoin our club for weekly deals on everything you love.\n{BODY_2}\n"
    args = ("--no-default-rules", "--rules", GOOD_RULES / "site-only.yaml")
    assert _ok(run_cli(*args, input=page.encode())) == page.encode()
    done = run_cli(*args, "--url", "https://www.example.com.tw/a/1", input=page.encode())
    assert _ok(done) == f"{BODY}\n{BODY_2}\n".encode()


def test_check_rules_good_files():
    builtin = FIXTURES.parent / "rules" / "default.yaml"
    done = run_cli("--check-rules", GOOD_RULES / "child.yaml", GOOD_RULES / "site-only.yaml", builtin)
    lines = _ok(done).decode().splitlines()
    assert lines[:2] == [f"{GOOD_RULES / 'child.yaml'}: ok, 3 rules in 2 packs",
                         f"{GOOD_RULES / 'site-only.yaml'}: ok, 1 rule in 1 pack"]
    assert lines[2].startswith(f"{builtin}: ok, ") and lines[2].endswith(" rules in 1 pack")
    assert len(lines) == 3


def test_check_rules_bad_file():
    done = run_cli("--check-rules", BAD_RULES / "duplicate-id.yaml")
    assert _one_line_error(done) == f"cleaner: error: {BAD_RULES / 'duplicate-id.yaml'}: rule 'promo': duplicate rule id\n"
    assert done.stdout == b""


def test_check_rules_reports_each_bad_file_in_one_line():
    # One run for all of them, to keep the suite fast: each file gets exactly one line,
    # in order, and a good file among them is still reported ok.
    bad = sorted(BAD_RULES.glob("*.yaml"))
    done = run_cli("--check-rules", *bad, GOOD_RULES / "base.yaml")
    assert done.returncode == 2
    stderr = done.stderr.decode()
    assert "Traceback" not in stderr
    errors = stderr.splitlines()
    assert len(errors) == len(bad) and stderr.endswith("\n")
    for path, error in zip(bad, errors):
        named = {"extends-bad-parent.yaml": "duplicate-id.yaml"}.get(path.name, path.name)
        assert error.startswith(f"cleaner: error: {BAD_RULES / named}: "), error
    assert done.stdout.decode() == f"{GOOD_RULES / 'base.yaml'}: ok, 2 rules in 1 pack\n"


def test_bad_rules_file_stops_cleaning_with_one_line():
    line = _one_line_error(run_cli("--rules", BAD_RULES / "unknown-action.yaml", input=PAGE.encode()))
    assert "unknown-action.yaml: rule 'promo': 'action' must be one of" in line


def test_slow_regex_stops_with_one_line(tmp_path):
    # Costs the regex time limit (about a second) once. The line holds an a, a b and an x,
    # so no literal prefilter may skip the pattern.
    pack = tmp_path / "slow.yaml"
    pack.write_text("rules:\n  - id: slow\n    action: drop\n    regex: '(a|aa)+(b|bb)+(x|xx)+$'\n")
    line = _one_line_error(run_cli("--rules", pack, input=("a" * 30 + "b" * 30 + "y x\n").encode()))
    assert "rule 'slow': regex" in line


def test_missing_input_file(tmp_path):
    line = _one_line_error(run_cli(tmp_path / "missing.txt"))
    assert "missing.txt" in line


def test_unknown_encoding():
    line = _one_line_error(run_cli("--encoding", "no-such-codec", input=PAGE.encode()))
    assert "no-such-codec" in line


def test_disabling_an_unknown_rule_id_is_an_error():
    line = _one_line_error(run_cli("--disable", "continue-readin", input=PAGE.encode()))
    assert "'continue-readin'" in line


def test_unknown_option_is_a_usage_error():
    done = run_cli("--no-such-option", input=PAGE.encode())
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr


EXPLAIN_PAGE = (
    "請繼續往下閱讀...\n"
    "台北市政府今天宣布新的交通政策\n"
    "\n"
    "Xi Jinping (習近平) said the plan would go ahead as scheduled next year, officials said.\n"
    "The company said trains would run late on Friday and Saturday nights. 延伸閱讀：元宵燈會交通管制總整理\n"
)


def test_explain_text_shows_verdicts_and_reasons():
    lines = _ok(run_cli("--explain", input=EXPLAIN_PAGE.encode())).decode().splitlines()
    assert lines[0] == "    1 - dropped 請繼續往下閱讀..."
    assert lines[1].strip() == "why: rule continue-reading"
    assert lines[3] == "    2 - dropped 台北市政府今天宣布新的交通政策"
    assert lines[4].strip().startswith("why: script: han, no English")
    assert lines[5].startswith("    4 + kept    Xi Jinping (習近平) said")
    assert lines[6].strip().startswith("why: English")
    assert lines[7].startswith("    5 ~ edited  The company said")
    assert lines[8].strip() == "why: rule related-inline"
    assert re.fullmatch(r"\s+cut: ' ?延伸閱讀:元宵燈會交通管制總整理' \(rule related-inline\)", lines[9])
    assert lines[10].strip() == "now: The company said trains would run late on Friday and Saturday nights."
    assert lines[11].startswith("-- 5 lines: 1 kept, 1 edited, 2 dropped;")
    assert len(lines) == 12


def test_explain_text_names_each_file_when_there_are_several(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(EXPLAIN_PAGE, encoding="utf-8")
    out = _ok(run_cli("--explain", page, page)).decode()
    assert out.count(f"== {page}\n") == 2


def test_explain_json():
    report = json.loads(_ok(run_cli("--explain=json", input=EXPLAIN_PAGE.encode())))
    assert report["source"] == "<stdin>"
    assert [(entry["line"], entry["verdict"]) for entry in report["lines"]] == [
        (1, "dropped"), (2, "dropped"), (4, "kept"), (5, "edited")]
    assert report["lines"][0]["reason"] == "rule continue-reading"
    assert report["lines"][1]["reason"].startswith("script: han")
    edited = report["lines"][3]
    assert [(cut["text"].strip(), cut["reason"]) for cut in edited["cuts"]] == [
        ("延伸閱讀:元宵燈會交通管制總整理", "rule related-inline")]
    assert edited["output"] == "The company said trains would run late on Friday and Saturday nights."
    assert report["counts"]["lines"] == 5
    assert (report["counts"]["kept"], report["counts"]["edited"], report["counts"]["dropped"]) == (1, 1, 2)
    assert report["text"] == ("Xi Jinping (習近平) said the plan would go ahead as scheduled next year, officials said.\n"
                              "The company said trains would run late on Friday and Saturday nights.\n")


def test_explain_json_one_object_per_file(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(EXPLAIN_PAGE, encoding="utf-8")
    reports = [json.loads(line) for line in _ok(run_cli("--explain=json", page, page)).decode().splitlines()]
    assert [r["source"] for r in reports] == [str(page), str(page)]


def test_crlf_input_gives_lf_output():
    assert _ok(run_cli(input=PAGE.replace("\n", "\r\n").encode())) == CLEAN.encode()


def test_bom_input():
    assert _ok(run_cli(input=b"\xef\xbb\xbf" + PAGE.encode())) == CLEAN.encode()


def test_utf16_input_with_bom():
    assert _ok(run_cli(input=PAGE.encode("utf-16"))) == CLEAN.encode()


def test_random_bytes_never_crash():
    data = random.Random(0).randbytes(1000)
    done = run_cli(input=data)
    # Cleaned, or refused in one line as not text; never a traceback.
    if done.returncode:
        _one_line_error(done)
    else:
        done.stdout.decode("utf-8")
    # With an encoding named, any bytes are cleaned; whatever is kept is valid UTF-8.
    _ok(run_cli("--encoding", "latin-1", input=data)).decode("utf-8")


@pytest.mark.parametrize("encoding", [(), ("--encoding", "utf-8")])
def test_invalid_utf8_inside_english_keeps_the_english(encoding):
    data = BODY.encode() + b"\n\xff\xfe broken \x80 bytes\n" + BODY_2.encode() + b"\n"
    out = _ok(run_cli(*encoding, input=data)).decode()
    assert out.startswith(BODY + "\n") and out.endswith(BODY_2 + "\n")


def test_version():
    assert _ok(run_cli("--version")) == f"cleaner {cleaner.__version__}\n".encode()
