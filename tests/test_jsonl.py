"""JSONL mode: every record out in order, bad records reported and settled by policy."""
from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys

import pytest

from cleaner.cli import main
from cleaner.progress import Progress

PROMPT = "請繼續往下閱讀...\n"
SENTENCE = "The minister said on Monday that the plan works.\n"
SITE_LINE = "The Harbour Desk thanks every reader who wrote in this week.\n"
SITE_PACK = """\
name: harbour-news
domains: [harbour-news.com.tw]
rules:
  - id: harbour-thanks
    action: drop
    phrases: [The Harbour Desk thanks every reader]
"""


def record(**fields) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode() + b"\n"


def run_cli(capfdbinary, *argv: str) -> tuple[int, bytes, list[str]]:
    """Run the command in this process; return its status, stdout and stderr lines."""
    status = main(list(argv))
    out, err = capfdbinary.readouterr()
    return status, out, err.decode().splitlines()


def write(tmp_path, lines: list[bytes], name: str = "in.jsonl"):
    path = tmp_path / name
    path.write_bytes(b"".join(lines))
    return path


# --- 10,000 records through the real command ------------------------------------------------

# Line number -> (raw line, the error reported for it), written by hand from the spec.
MALFORMED = {
    17: (b"this is not json\n", "not JSON: Expecting value at column 1"),
    100: (b'{"id": 100}\n', "no field 'text'"),
    1000: (b'{"id": 1000, "text": 5}\n', "field 'text' is a number, not a string"),
    2000: (b"\n", "blank line"),
    3000: (b'[1, "two"]\n', "not a JSON object but an array"),
    4000: (b'{"text": "caf\xe9"}\n', "not UTF-8 (byte 0xe9 at position 14)"),
    5000: (b'{"text": null}\n', "field 'text' is null, not a string"),
    9999: (b'{"text": ["a"]}\n', "field 'text' is an array, not a string"),
}


@pytest.fixture(scope="module")
def ten_thousand(tmp_path_factory):
    lines = [MALFORMED[n][0] if n in MALFORMED else record(id=n, text=f"Record {n} says the plan works well.\n" + PROMPT)
             for n in range(1, 10_001)]
    path = tmp_path_factory.mktemp("jsonl") / "many.jsonl"
    path.write_bytes(b"".join(lines))
    with open(path, "rb") as stdin:
        done = subprocess.run([sys.executable, "-m", "cleaner", "--jsonl"], stdin=stdin, capture_output=True,
                              timeout=120)
    return lines, done


def test_every_record_comes_back_in_order(ten_thousand):
    lines, done = ten_thousand
    out = done.stdout.splitlines(keepends=True)
    assert len(out) == 10_000
    for number, (given, got) in enumerate(zip(lines, out), 1):
        if number in MALFORMED:
            assert got == given, number
        else:
            assert json.loads(got) == {"id": number, "text": f"Record {number} says the plan works well.\n"}


def test_each_bad_record_is_reported_with_its_line_number(ten_thousand):
    _, done = ten_thousand
    expected = [f"cleaner: line {n}: {error}" for n, (_, error) in sorted(MALFORMED.items())]
    expected.append("cleaner: 10000 records, 9992 cleaned, 8 errors, 0 skipped")
    assert done.stderr.decode().splitlines() == expected
    assert done.returncode == 1


# --- policies and exit status -------------------------------------------------------------------

GOOD = record(id=1, text=PROMPT + SENTENCE)
GOOD_OUT = record(id=1, text=SENTENCE)
BAD = b'{"id": 2}\n'


@pytest.mark.parametrize("policy, expected_out, summary", [
    ("pass", GOOD_OUT + BAD + GOOD_OUT, "cleaner: 3 records, 2 cleaned, 1 errors, 0 skipped"),
    ("skip", GOOD_OUT + GOOD_OUT, "cleaner: 3 records, 2 cleaned, 1 errors, 1 skipped"),
])
def test_policy_pass_and_skip(tmp_path, capfdbinary, policy, expected_out, summary):
    path = write(tmp_path, [GOOD, BAD, GOOD])
    status, out, err = run_cli(capfdbinary, "--jsonl", "--on-error", policy, str(path))
    assert (status, out) == (1, expected_out)
    assert err == [f"cleaner: {path}: line 2: no field 'text'", summary]


def test_policy_fail_stops_after_writing_everything_before(tmp_path, capfdbinary):
    path = write(tmp_path, [GOOD, GOOD, b"{oops\n", GOOD])
    status, out, err = run_cli(capfdbinary, "--jsonl", "--on-error", "fail", str(path))
    assert (status, out) == (1, GOOD_OUT + GOOD_OUT)
    assert err[0].startswith(f"cleaner: {path}: line 3: not JSON: ")
    assert err[1:] == [f"cleaner: stopped at {path}: line 3 (--on-error fail)",
                       "cleaner: 3 records, 2 cleaned, 1 errors, 0 skipped"]


def test_clean_run_exits_zero(tmp_path, capfdbinary):
    path = write(tmp_path, [GOOD, GOOD])
    assert run_cli(capfdbinary, "--jsonl", str(path)) == (
        0, GOOD_OUT + GOOD_OUT, ["cleaner: 2 records, 2 cleaned, 0 errors, 0 skipped"])


def test_quiet_keeps_errors_drops_summary(tmp_path, capfdbinary):
    path = write(tmp_path, [GOOD, BAD])
    status, out, err = run_cli(capfdbinary, "--jsonl", "--quiet", str(path))
    assert (status, out, err) == (1, GOOD_OUT + BAD, [f"cleaner: {path}: line 2: no field 'text'"])


def test_empty_input_is_zero_records(tmp_path, capfdbinary):
    path = write(tmp_path, [])
    assert run_cli(capfdbinary, "--jsonl", str(path)) == (
        0, b"", ["cleaner: 0 records, 0 cleaned, 0 errors, 0 skipped"])


# --- bytes and line ends --------------------------------------------------------------------------

@pytest.mark.parametrize("given, expected", [
    (GOOD.replace(b"\n", b"\r\n"), GOOD_OUT.replace(b"\n", b"\r\n")),      # line end kept
    (GOOD.rstrip(b"\n"), GOOD_OUT),                                       # last line gets a newline
    (b"\xef\xbb\xbf" + GOOD, GOOD_OUT),                                   # byte-order mark dropped
    (b'{"note": "\\ud800", "text": "The minister said on Monday that the plan works."}\n',
     b'{"note": "\\ud800", "text": "The minister said on Monday that the plan works.\\n"}\n'),  # lone surrogate
    (b"[oops\r\n", b"[oops\r\n"),                                          # bad line: byte for byte
    (b"  \t\n", b"  \t\n"),
])
def test_line_bytes(tmp_path, capfdbinary, given, expected):
    path = write(tmp_path, [given])
    assert run_cli(capfdbinary, "--jsonl", "--quiet", str(path))[1] == expected


# --- gzip -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["in.jsonl.gz", "misnamed.jsonl"])
def test_gzip_input_is_recognised_by_its_bytes(tmp_path, capfdbinary, name):
    path = tmp_path / name
    path.write_bytes(gzip.compress(GOOD + BAD))
    status, out, err = run_cli(capfdbinary, "--jsonl", str(path))
    assert (status, out) == (1, GOOD_OUT + BAD)
    assert err[0] == f"cleaner: {path}: line 2: no field 'text'"


def test_gzip_on_stdin(tmp_path):
    done = subprocess.run([sys.executable, "-m", "cleaner", "--jsonl", "--quiet"], input=gzip.compress(GOOD * 3),
                          capture_output=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, GOOD_OUT * 3, b"")


def test_truncated_gzip_is_one_line_error(tmp_path, capfdbinary):
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(GOOD * 50)[:40])
    status, _, err = run_cli(capfdbinary, "--jsonl", str(path))
    assert status == 2
    assert len(err) == 1 and err[0].startswith(f"cleaner: error: cannot read {path}: ")


def test_several_files_in_turn_with_their_own_line_numbers(tmp_path, capfdbinary):
    first, second = write(tmp_path, [GOOD, BAD], "a.jsonl"), write(tmp_path, [BAD], "b.jsonl")
    status, out, err = run_cli(capfdbinary, "--jsonl", str(first), str(second))
    assert (status, out) == (1, GOOD_OUT + BAD + BAD)
    assert err[:2] == [f"cleaner: {first}: line 2: no field 'text'", f"cleaner: {second}: line 1: no field 'text'"]


# --- fields ------------------------------------------------------------------------------------------

def test_field_names_the_text_to_clean(tmp_path, capfdbinary):
    given = {"text": PROMPT, "body": PROMPT + SENTENCE}
    path = write(tmp_path, [record(**given)])
    _, out, _ = run_cli(capfdbinary, "--jsonl", "--field", "body", str(path))
    assert json.loads(out) == {"text": PROMPT, "body": SENTENCE}


@pytest.mark.parametrize("url_field, fields, kept", [
    ([], {"url": "https://www.harbour-news.com.tw/a/1"}, False),
    ([], {"url": "https://other.example.com/a/1"}, True),
    ([], {"link": "https://www.harbour-news.com.tw/a/1"}, True),
    (["--url-field", "link"], {"link": "https://www.harbour-news.com.tw/a/1"}, False),
    (["--url-field", "link"], {"url": "https://www.harbour-news.com.tw/a/1"}, True),
    (["--url-field", ""], {"url": "https://www.harbour-news.com.tw/a/1"}, True),
    ([], {"url": 42}, True),
])
def test_url_field_selects_site_packs(tmp_path, capfdbinary, url_field, fields, kept):
    pack = tmp_path / "harbour.yaml"
    pack.write_text(SITE_PACK, encoding="utf-8")
    path = write(tmp_path, [record(**fields, text=SITE_LINE + SENTENCE)])
    status, out, _ = run_cli(capfdbinary, "--jsonl", "--rules", str(pack), *url_field, str(path))
    assert status == 0
    assert json.loads(out) == {**fields, "text": (SITE_LINE if kept else "") + SENTENCE}


@pytest.mark.parametrize("flags, name", [(["--stats"], "cleaner_stats"),
                                         (["--stats-field", "counts"], "counts"),
                                         (["--stats", "--stats-field", "counts"], "counts")])
def test_stats(tmp_path, capfdbinary, flags, name):
    text = PROMPT + SENTENCE
    path = write(tmp_path, [record(id=1, text=text)])
    _, out, _ = run_cli(capfdbinary, "--jsonl", *flags, str(path))
    assert json.loads(out) == {"id": 1, "text": SENTENCE, name: {
        "lines": 2, "kept": 1, "edited": 0, "dropped": 1, "chars_in": len(text), "chars_out": len(SENTENCE),
        "chars_removed": len(PROMPT)}}


def test_other_fields_and_key_order_untouched(tmp_path, capfdbinary):
    given = {"z": "最後", "text": PROMPT + SENTENCE, "a": [1, {"b": None}], "n": 1.5, "t": True, "url": "x"}
    path = write(tmp_path, [record(**given)])
    _, out, _ = run_cli(capfdbinary, "--jsonl", str(path))
    cleaned = json.loads(out)
    assert list(cleaned) == list(given)
    assert cleaned == {**given, "text": SENTENCE}


# --- usage -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["--field", "body"], ["--stats"], ["--on-error", "skip"], ["--url-field", "link"],
    ["--jsonl", "--explain"], ["--jsonl", "--encoding", "big5"], ["--jsonl", "--url", "https://a.tw/"],
    ["--jsonl", "--stats-field", "text"], ["--jsonl", "--field", ""],
])
def test_options_that_do_not_fit_are_refused(tmp_path, capfdbinary, argv):
    path = write(tmp_path, [GOOD])
    status, out, err = run_cli(capfdbinary, *argv, str(path))
    assert (status, out) == (2, b"")
    assert len(err) == 1 and err[0].startswith("cleaner: error: ")


@pytest.mark.parametrize("value", ["-1", "two", ""])
def test_bad_jobs_value_is_usage_error(capfdbinary, value):
    with pytest.raises(SystemExit) as exited:
        main(["--jsonl", "--jobs", value])
    assert exited.value.code == 2


def test_missing_file(tmp_path, capfdbinary):
    assert run_cli(capfdbinary, "--jsonl", str(tmp_path / "nope.jsonl")) == (
        2, b"", [f"cleaner: error: cannot read {tmp_path / 'nope.jsonl'}: No such file or directory"])


# --- progress ---------------------------------------------------------------------------------------

class Terminal(io.StringIO):
    def isatty(self):
        return True


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_progress_waits_then_redraws_at_most_ten_times_a_second():
    terminal, clock = Terminal(), Clock()
    progress = Progress(terminal, clock=clock)
    progress.update(10, 1_000_000, 0)
    assert terminal.getvalue() == ""                      # a short run never sees it
    clock.now += 1.0
    progress.update(2_000, 3_000_000, 1)
    assert terminal.getvalue() == "\r\x1b[K2,000 records, 3.0 MB, 3.0 MB/s, 1 error"
    clock.now += 0.05
    progress.update(2_100, 3_100_000, 1)
    assert terminal.getvalue().count("\r\x1b[K") == 1    # too soon to redraw
    clock.now += 0.1
    progress.update(2_200, 4_400_000, 2)
    assert terminal.getvalue().endswith("\r\x1b[K2,200 records, 4.4 MB, 3.8 MB/s, 2 errors")
    progress.clear()
    assert terminal.getvalue().endswith("\r\x1b[K")


@pytest.mark.parametrize("stream, enabled", [(io.StringIO(), None), (Terminal(), False)])
def test_no_progress_off_a_terminal_or_when_disabled(stream, enabled):
    clock = Clock()
    progress = Progress(stream, enabled=enabled, clock=clock)
    clock.now += 10
    progress.update(1, 1, 0)
    progress.clear()
    assert stream.getvalue() == ""


def test_run_stopped_by_fail_leaves_the_output_file_as_it_was(tmp_path, capfdbinary):
    path, target = write(tmp_path, [GOOD, BAD, GOOD]), tmp_path / "out.jsonl"
    target.write_bytes(b"old\n")
    status, out, _ = run_cli(capfdbinary, "--jsonl", "--on-error", "fail", str(path), "-o", str(target))
    assert (status, out) == (1, b"")
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".cleaner-")] == []
