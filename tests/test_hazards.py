"""Hazards of real input and real pipelines, each with its stated outcome.

Bad bytes, binary files, huge lines and streams, closed pipes, Ctrl-C, dead
workers and failed runs writing to ``-o``: the cleaner keeps working where it
can, refuses in one line where it cannot, and never loses or invents text.
"""
from __future__ import annotations

import codecs
import gzip
import json
import os
import pathlib
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from conftest import run_cli

BODY = "Taiwan's cabinet yesterday approved a draft budget that would raise total spending to a record high."
BODY_2 = "The Executive Yuan said the increase mainly reflects higher spending on national defense."
NAMED = "Premier Cho Jung-tai (卓榮泰) said the budget balanced growth and fiscal discipline."
CLEANER = [sys.executable, "-m", "cleaner"]


def _ok(done: subprocess.CompletedProcess) -> bytes:
    assert (done.returncode, done.stderr) == (0, b""), done.stderr.decode()
    return done.stdout


def _one_line_error(done: subprocess.CompletedProcess, status: int = 2) -> str:
    assert done.returncode == status and done.stdout == b""
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cleaner: error: "), done.stderr.decode()
    assert "Traceback" not in done.stderr.decode()
    return lines[0]


# --- input hazards: what comes out for each -------------------------------------------------

# (id, options, input, output)
INPUTS = [
    ("empty", (), b"", b""),
    ("whitespace-only", (), b"  \t\n\r\n\n   \n", b""),
    ("nul-bytes-removed", (), f"{BODY}\x00\n\x00\x00{BODY_2}\n".encode(), f"{BODY}\n{BODY_2}\n".encode()),
    ("controls-removed-vt-ff-as-spaces", (),
     f"Taiwan's\x0bcabinet\x0cyesterday\x1b approved\x7f{BODY[34:]}\n".encode(),
     f"Taiwan's cabinet yesterday approved{BODY[34:]}\n".encode()),
    ("bom-and-crlf", (), codecs.BOM_UTF8 + f"{BODY}\r\n\r\n{BODY_2}\r\n".encode(), f"{BODY}\n\n{BODY_2}\n".encode()),
    ("lone-cr-line-ends", (), f"{BODY}\r{BODY_2}\r".encode(), f"{BODY}\n{BODY_2}\n".encode()),
    # Mostly UTF-8 with one line pasted from Windows-1252: that line alone is decoded as cp1252.
    ("utf8-with-a-cp1252-line", (),
     f"{BODY}\n“Yes,” said Chen, who runs the café on the corner.\n".encode()
     + b"The caf\xe9 owner said \x93no\x94 to the plan on Monday.\n",
     f"{BODY}\n“Yes,” said Chen, who runs the café on the corner.\n"
     "The café owner said “no” to the plan on Monday.\n".encode()),
    # ... or one line of Big5 furniture, which is then recognised and dropped like any other.
    ("utf8-with-a-big5-line", (), f"{BODY}\n".encode() + "請繼續往下閱讀\n".encode("big5") + f"{BODY_2}\n".encode(),
     f"{BODY}\n{BODY_2}\n".encode()),
    # A stray byte in a UTF-8 line: the rest of the line stays UTF-8.
    ("utf8-line-with-a-stray-byte", (), f"{BODY}\n{NAMED[:-1]}".encode() + b"\x9d.\n",
     f"{BODY}\n{NAMED[:-1]}\ufffd.\n".encode()),
    # Bytes the named encoding cannot decode become U+FFFD, never an error.
    ("named-encoding-bad-bytes", ("--encoding", "utf-8"), f"{BODY} \xff\n".encode("latin-1"),
     f"{BODY} \ufffd\n".encode()),
]


@pytest.mark.parametrize("options, data, expected", [case[1:] for case in INPUTS], ids=[case[0] for case in INPUTS])
def test_input_hazard_outcome(options, data, expected):
    assert _ok(run_cli(*options, input=data)) == expected


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
BINARIES = [
    ("png", PNG, "PNG image"),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
    ("gzip", gzip.compress(f"{BODY}\n".encode()), "gzip data"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
    ("zip", b"PK\x03\x04\x14\x00\x00\x00", "ZIP archive"),
    ("webp", b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP image"),
    ("unknown-binary", bytes(range(256)) * 4, "mostly control bytes"),
    ("utf16-without-bom", f"{BODY}\n".encode("utf-16-le"), "mostly control bytes"),
]


@pytest.mark.parametrize("data, kind", [case[1:] for case in BINARIES], ids=[case[0] for case in BINARIES])
def test_binary_file_is_refused_in_one_line(tmp_path, data, kind):
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    assert _one_line_error(run_cli(path)) == (
        f"cleaner: error: {path}: looks like binary data ({kind}), not text; "
        "name its --encoding to clean it anyway")


def test_binary_refusal_stops_before_writing_the_output_file(tmp_path):
    page, image, out = tmp_path / "page.txt", tmp_path / "photo.png", tmp_path / "clean.txt"
    page.write_text(f"{BODY}\n", encoding="utf-8")
    image.write_bytes(PNG)
    out.write_text("earlier result\n")
    assert "photo.png: looks like binary data (PNG image)" in _one_line_error(run_cli(page, image, "-o", out))
    assert out.read_text() == "earlier result\n"


def test_naming_an_encoding_cleans_even_binary_looking_data():
    assert _ok(run_cli("--encoding", "utf-16", input=codecs.BOM_UTF16_LE + f"{BODY}\n".encode("utf-16-le"))) \
        == f"{BODY}\n".encode()
    assert _ok(run_cli("--encoding", "utf-16-le", input=f"{BODY}\n".encode("utf-16-le"))) == f"{BODY}\n".encode()


def test_text_with_a_few_nul_bytes_is_not_binary():
    data = f"{BODY}\n".encode() * 20
    data = data[:100] + b"\x00" + data[100:]
    assert _ok(run_cli(input=data)).count(b"\n") == 20


def test_megabyte_single_line_comes_out_whole(default_cleaner):
    # No newline in a megabyte (benchmarks/long_lines.py times lines of up to 50 MB).
    line = " ".join([BODY] * 10_000)
    assert default_cleaner.clean(line).text == line + "\n"


# Long lines of the characters the rules' regexes key on: each regex must stay
# linear, so none hits the regex time limit (a quadratic one would take
# minutes on these, hundreds of times the limit).
LONG_LINES = {
    "space-run": "a" + " " * 40_000 + "b",
    "tab-space-run": "a" + " \t" * 20_000 + "b",
    "ideographic-space-run": "Taipei" + "\u3000" * 40_000 + "Times",
    "nbsp-run": "Taipei" + "\u00a0" * 40_000 + "Times",
    "space-run-after-period": "It ended." + " " * 40_000 + "x",
    "digit-run": "a " + "1" * 40_000 + " b",
    "han-run": "中" * 40_000 + " a",
    "punctuation-run": "Home" + "-" * 40_000 + "x",
    "unclosed-curly-quotes": "“a " * 13_000 + "中文",
    "unclosed-single-quotes": "‘a " * 13_000 + "中文中文中文中文中文中文中文中文中文中文中文中文",
    "many-brackets": "x (" * 13_000,
    "breadcrumb-like": "a > " * 10_000 + "x" * 40,
    "pipes": "a | " * 10_000 + "x" * 40,
    "ticker": "▲1.2% ▼0.3% " * 4_000,
    "repeated-newsletter": "newsletter " * 4_000,
    "repeated-signing-up": "by signing up " * 3_000,
    "repeated-agree": "同意中文" * 10_000,
}


@pytest.mark.parametrize("line", LONG_LINES.values(), ids=LONG_LINES.keys())
def test_long_hazard_line_cleans_without_a_regex_timeout(default_cleaner, line):
    default_cleaner.clean(line + "\n")  # a RegexTimeout here names the rule that backtracks


# --- JSON Lines hazards -----------------------------------------------------------------------

def test_undecodable_bytes_inside_a_jsonl_field_pass_through_and_are_reported(tmp_path):
    good = json.dumps({"id": 1, "text": f"{BODY}\n請繼續往下閱讀\n"}).encode()
    bad = b'{"id": 2, "text": "caf\xe9 \xff"}'
    done = run_cli("--jsonl", "--quiet", input=good + b"\n" + bad + b"\n")
    assert done.returncode == 1
    assert done.stdout.splitlines() == [json.dumps({"id": 1, "text": f"{BODY}\n"}).encode(), bad]
    assert done.stderr.decode() == "cleaner: line 2: not UTF-8 (byte 0xe9 at position 23)\n"


def test_jsonl_escaped_lone_surrogate_in_the_text_becomes_a_replacement_character():
    record = b'{"text": "' + BODY.encode() + b' \\udce9", "other": "\\ud800"}\n'
    done = run_cli("--jsonl", "--quiet", input=record)
    assert (done.returncode, done.stderr) == (0, b"")
    # The cleaned field is valid UTF-8; the untouched field keeps its escape.
    assert done.stdout == b'{"text": "' + f"{BODY} \ufffd\\n".encode() + b'", "other": "\\ud800"}\n'


# --- bounded memory ---------------------------------------------------------------------------

PEAK_MEMORY = textwrap.dedent("""
    import resource, subprocess, sys
    with open(sys.argv[1], "rb") as data:
        subprocess.run(sys.argv[2:], stdin=data, stdout=subprocess.DEVNULL, check=True)
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
""")


def _peak_kib(tmp_path: pathlib.Path, data: bytes, *args: str) -> int:
    path = tmp_path / "input"
    path.write_bytes(data)
    done = subprocess.run([sys.executable, "-c", PEAK_MEMORY, path, *CLEANER, *args],
                          capture_output=True, check=True, timeout=300)
    return int(done.stdout)


def test_jsonl_stream_runs_in_constant_memory(tmp_path):
    # Records with a large field that is carried, not cleaned: the stream is
    # parsed and written at full size, quickly. 8 MB against 64 MB of input:
    # a reader that held the stream would grow by the difference.
    record = json.dumps({"html": "<p>" + "x" * 16_000 + "</p>", "text": f"{BODY}\n"}).encode() + b"\n"
    small = _peak_kib(tmp_path, record * 500, "--jsonl", "--quiet")
    large = _peak_kib(tmp_path, record * 4000, "--jsonl", "--quiet")
    assert large - small < 24 * 1024, (small, large)


def test_text_mode_holds_one_page_at_a_few_times_its_size(tmp_path):
    # Text mode holds a page (that is the unit it cleans), within a small multiple of its size.
    page = (f"{BODY}\n{BODY_2}\n" * 10_000).encode()  # 1.9 MB
    baseline = _peak_kib(tmp_path, f"{BODY}\n".encode())
    assert _peak_kib(tmp_path, page) - baseline < 20 * len(page) // 1024


# --- process hazards --------------------------------------------------------------------------

def _big_page(lines: int) -> bytes:
    return "".join(f"{BODY} Paragraph {n}.\n" for n in range(lines)).encode()


@pytest.mark.parametrize("args, data", [
    ((), _big_page(8_000)),
    (("--jsonl", "--quiet"), b"".join(json.dumps({"text": f"{BODY} {n}."}).encode() + b"\n" for n in range(60_000))),
], ids=["text", "jsonl"])
def test_closed_pipe_ends_quietly(tmp_path, args, data):
    # cleaner < big | head -1
    (tmp_path / "big").write_bytes(data)
    with open(tmp_path / "big", "rb") as big:
        run = subprocess.Popen([*CLEANER, *args], stdin=big, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        first = run.stdout.readline()
        run.stdout.close()
        status = run.wait(timeout=120)
        stderr = run.stderr.read()
    finally:
        run.kill()
    assert BODY[:20].encode() in first
    assert (status, stderr) == (0, b"")


def test_ctrl_c_ends_with_130_and_no_traceback(tmp_path):
    out = tmp_path / "clean.txt"
    out.write_text("earlier result\n")
    run = subprocess.Popen([*CLEANER, "-o", str(out)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    try:
        # Once more than a pipe's buffer has gone in, the command is reading: past start-up.
        run.stdin.write(_big_page(5_000))
        run.stdin.flush()
        run.send_signal(signal.SIGINT)
        stdout, stderr = run.communicate(timeout=60)
    finally:
        run.kill()
    assert (run.returncode, stdout, stderr) == (130, b"", b"")
    assert out.read_text() == "earlier result\n"
    assert [p.name for p in tmp_path.iterdir()] == ["clean.txt"]


def test_output_file_is_replaced_only_by_a_complete_run(tmp_path):
    page, out = tmp_path / "page.txt", tmp_path / "clean.txt"
    page.write_text(f"{BODY}\n", encoding="utf-8")
    out.write_text("earlier result\n")
    # The second input cannot be read: the run fails after cleaning the first.
    assert "missing.txt" in _one_line_error(run_cli(page, tmp_path / "missing.txt", "-o", out))
    assert out.read_text() == "earlier result\n"
    assert _ok(run_cli(page, "-o", out)) == b""
    assert out.read_text() == f"{BODY}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean.txt", "page.txt"]


def test_output_file_keeps_its_permissions_and_a_new_one_follows_the_umask(tmp_path):
    page, old, new = tmp_path / "page.txt", tmp_path / "old.txt", tmp_path / "new.txt"
    page.write_text(f"{BODY}\n", encoding="utf-8")
    old.write_text("earlier result\n")
    old.chmod(0o640)
    _ok(run_cli(page, "-o", old))
    umask = os.umask(0o022)
    try:
        _ok(run_cli(page, "-o", new))
    finally:
        os.umask(umask)
    assert (old.stat().st_mode & 0o777, new.stat().st_mode & 0o777) == (0o640, 0o644)


def test_output_to_a_named_pipe_writes_into_the_pipe(tmp_path):
    # Renaming a temporary file over a pipe or a device (-o /dev/null) would
    # replace it; as root, even /dev/null. A pipe shows it without that risk.
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        _ok(run_cli("-o", fifo, input=f"{BODY}\n".encode()))
        assert os.read(reader, 65536) == f"{BODY}\n".encode()
    finally:
        os.close(reader)
    assert fifo.is_fifo()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_full_disk_is_one_line_error():
    with open("/dev/full", "wb") as full:
        done = subprocess.run(CLEANER, input=_big_page(2_000), stdout=full, stderr=subprocess.PIPE, timeout=60)
    done.stdout = b""
    assert _one_line_error(done) == "cleaner: error: cannot write the output: No space left on device"


def test_output_to_a_directory_is_one_line_error(tmp_path):
    assert _one_line_error(run_cli("-o", tmp_path, input=f"{BODY}\n".encode())) == \
        f"cleaner: error: cannot write {tmp_path}: it is a directory"


def test_in_place_cleaning_reads_before_it_replaces(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(f"請繼續往下閱讀\n{BODY}\n", encoding="utf-8")
    _ok(run_cli(page, "-o", page))
    assert page.read_text(encoding="utf-8") == f"{BODY}\n"


def test_output_is_the_same_in_every_process():
    # Hash randomisation changes set and dict order from run to run; the output must not change.
    page = (pathlib.Path(__file__).parent.parent / "fixtures" / "pages" / "ltn-app-taipei-times.txt").read_bytes()
    outputs = {_ok(subprocess.run([*CLEANER, "--explain=json"], input=page, capture_output=True, timeout=60,
                                  env={**os.environ, "PYTHONHASHSEED": seed}))
               for seed in ("0", "1", "4242")}
    assert len(outputs) == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_in_the_middle_of_a_stream_ends_with_130_and_no_traceback(jobs):
    records = b"".join(json.dumps({"text": f"{BODY} {n}."}).encode() + b"\n" for n in range(3000))
    run = subprocess.Popen([*CLEANER, "--jsonl", "--quiet", "--jobs", jobs], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    written: list[bytes] = []
    reader = threading.Thread(target=lambda: written.extend(run.stdout))
    reader.start()
    try:
        run.stdin.write(records)  # and the stream stays open: the run is waiting for more
        run.stdin.flush()
        deadline = time.monotonic() + 60
        while not written and time.monotonic() < deadline:
            time.sleep(0.01)
        run.send_signal(signal.SIGINT)
        stderr = run.stderr.read()
        run.wait(timeout=60)
        reader.join(timeout=60)
    finally:
        run.kill()
    assert (run.returncode, stderr) == (130, b"")
    # What was written is whole records, in order.
    assert written and [json.loads(line)["text"] for line in written] == \
        [f"{BODY} {n}.\n" for n in range(len(written))]


def _children(pid: int) -> list[int]:
    children = []
    for stat in pathlib.Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if parent == pid:
            children.append(int(stat.parent.name))
    return children


@pytest.mark.skipif(not pathlib.Path("/proc/self/stat").exists(), reason="needs /proc to find the workers")
def test_killed_worker_fails_a_text_run_naming_the_page_and_keeping_order(tmp_path):
    pages = []
    for n in range(40):
        page = tmp_path / f"page{n:02}.txt"
        page.write_text(f"{BODY} Page {n}.\n" * 800, encoding="utf-8")
        pages.append(page)
    run = subprocess.Popen([*CLEANER, "--jobs", "2", *map(str, pages)], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not (workers := _children(run.pid)) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert workers, "no worker process started"
        os.kill(workers[0], signal.SIGKILL)
        stdout, stderr = run.communicate(timeout=120)
    finally:
        run.kill()
    assert run.returncode == 1
    found = re.fullmatch(r"cleaner: error: a worker process died while cleaning (\S+)\n", stderr.decode())
    assert found, stderr.decode()
    lost = pages.index(pathlib.Path(found[1]))
    # Every page before the lost one came out whole and in order; nothing after it.
    assert stdout == b"".join(page.read_bytes() for page in pages[:lost])
