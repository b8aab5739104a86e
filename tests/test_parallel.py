"""Worker processes: the same output as one process, in the same order, and no silent loss."""
from __future__ import annotations

import itertools
import json
import os
import pathlib
import re
import signal
import subprocess
import sys
import time

import pytest

from cleaner import Cleaner
from cleaner.parallel import WorkerDied, map_batches, resolve_jobs

PAGES = sorted(p for p in pathlib.Path(__file__).parent.parent.glob("fixtures/pages/*.txt")
               if not p.name.endswith(".expected.txt"))
URLS = [None, "https://news.ltn.com.tw/news/1", "https://www.harbour-news.com.tw/a/2", 7]
RECORDS = 600  # three batches of up to 256 lines
MALFORMED = [b"not json\n", b'{"id": 0}\n', b"\n", b'{"text": "caf\xe9"}\n', b"[1]\n"]


def cleaner_command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "cleaner", *argv]


def page_records(count: int) -> list[bytes]:
    """Records made from the fixture pages (their first lines, for speed), a malformed line every 50."""
    texts = ["".join(p.read_text(encoding="utf-8").splitlines(keepends=True)[:8]) for p in PAGES]
    lines = []
    for number in range(count):
        if number % 50 == 49:
            lines.append(MALFORMED[number // 50 % len(MALFORMED)])
            continue
        url = URLS[number % len(URLS)]
        fields = {"id": number, **({} if url is None else {"url": url}), "text": texts[number % len(texts)]}
        lines.append(json.dumps(fields, ensure_ascii=False).encode() + b"\n")
    return lines


@pytest.fixture(scope="module")
def records_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("parallel") / "pages.jsonl"
    path.write_bytes(b"".join(page_records(RECORDS)))
    return path


@pytest.fixture(scope="module")
def one_process(records_file):
    return subprocess.run(cleaner_command("--jsonl", "--stats", "--jobs", "1", str(records_file)),
                          capture_output=True, timeout=300)


@pytest.mark.parametrize("jobs", ["2", "0"])
def test_jobs_give_the_same_bytes_in_the_same_order(records_file, one_process, jobs):
    many = subprocess.run(cleaner_command("--jsonl", "--stats", "--jobs", jobs, str(records_file)),
                          capture_output=True, timeout=300)
    assert one_process.stdout.count(b"\n") == RECORDS
    assert many.stdout == one_process.stdout
    assert many.stderr == one_process.stderr
    assert many.returncode == one_process.returncode == 1


def test_plain_pages_with_jobs_match_one_process():
    files = [str(p) for p in PAGES]
    one = subprocess.run(cleaner_command(*files), capture_output=True, timeout=300)
    two = subprocess.run(cleaner_command("--jobs", "2", *files), capture_output=True, timeout=300)
    assert one.returncode == two.returncode == 0
    assert two.stdout == one.stdout != b""


@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_many_equals_clean_one_by_one(jobs):
    cleaner = Cleaner()
    texts = [p.read_text(encoding="utf-8") for p in PAGES] * 5  # more than one batch
    assert list(cleaner.clean_many(texts, jobs=jobs)) == [cleaner.clean(t) for t in texts]


@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_many_is_lazy(jobs):
    endless = (f"Story {n} says the plan works well.\n" for n in itertools.count())
    first = list(itertools.islice(Cleaner().clean_many(endless, jobs=jobs), 3))
    assert [r.text for r in first] == [f"Story {n} says the plan works well.\n" for n in range(3)]


@pytest.mark.parametrize("jobs, expected", [(1, 1), (3, 3)])
def test_resolve_jobs(jobs, expected):
    assert resolve_jobs(jobs) == expected


def test_resolve_jobs_zero_is_every_core():
    assert resolve_jobs(0) >= 1


def test_resolve_jobs_refuses_negative():
    with pytest.raises(ValueError):
        resolve_jobs(-1)


# --- a worker that dies -----------------------------------------------------------------------------

def exit_on_die(cleaner, batch):
    """A task that kills its worker process on the item "die"."""
    if "die" in batch:
        os._exit(3)
    return [item.upper() for item in batch]


def test_dead_worker_names_its_batch():
    batches = [["die"], ["a"], ["b"]]
    with pytest.raises(WorkerDied) as died:
        list(map_batches(exit_on_die, batches, Cleaner(), jobs=2, describe=lambda b: f"items {b}"))
    assert died.value.batch == ["die"]
    assert str(died.value) == "a worker process died while cleaning items ['die']"


def test_dead_worker_loses_nothing_silently():
    batches = [[str(n)] for n in range(20)] + [["die"]] + [[str(n)] for n in range(20, 40)]
    done = []
    with pytest.raises(WorkerDied) as died:
        for batch, results in map_batches(exit_on_die, batches, Cleaner(), jobs=2):
            done.append(batch)
            assert results == batch
    # Everything before the lost batch came back, in order; the error names the first batch lost.
    assert done == batches[:len(done)]
    assert died.value.batch == batches[len(done)]
    assert len(done) <= 20


def descendants(pid: int) -> list[int]:
    children = {}
    for stat in pathlib.Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


@pytest.mark.skipif(not pathlib.Path("/proc/self/stat").exists(), reason="needs /proc to find the workers")
def test_killed_worker_fails_the_run_naming_the_lines(tmp_path):
    lines = [json.dumps({"id": n, "text": f"Story {n} says the plan works well.\n"}).encode() + b"\n"
             for n in range(1, 3001)]
    out, err = tmp_path / "out.jsonl", tmp_path / "err.txt"
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        run = subprocess.Popen(cleaner_command("--jsonl", "--jobs", "2"), stdin=subprocess.PIPE,
                               stdout=stdout, stderr=stderr)
        try:
            run.stdin.write(b"".join(lines[:1500]))
            run.stdin.flush()
            deadline = time.monotonic() + 60
            while not (workers := descendants(run.pid)) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert workers, "no worker process started"
            os.kill(workers[0], signal.SIGKILL)
            try:
                run.stdin.write(b"".join(lines[1500:]))
                run.stdin.close()
            except BrokenPipeError:
                pass  # the run may already have stopped on the lost batch
            assert run.wait(timeout=120) == 1
        finally:
            run.kill()
    message = err.read_text().splitlines()
    died = [m for m in message if "worker process died" in m]
    assert len(died) == 1
    found = re.fullmatch(r"cleaner: error: a worker process died while cleaning lines (\d+)-(\d+); "
                         r"the output stops before line (\d+)", died[0])
    assert found and found[1] == found[3]
    written = out.read_bytes().splitlines(keepends=True)
    assert len(written) == int(found[1]) - 1 < 3000
    assert [json.loads(line)["id"] for line in written] == list(range(1, len(written) + 1))
