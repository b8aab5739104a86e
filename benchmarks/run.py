"""Benchmark the cleaner: throughput, per-page cost, memory, cold start, parallelism.

    python3 benchmarks/run.py           # the full run (about five minutes on 2 cores)
    python3 benchmarks/run.py --quick   # a smoke run on small inputs (seconds)
    python3 benchmarks/run.py --big     # stream 1 GB of JSONL for the memory figure

The corpus is generated from the fixture pages (see ``corpus.py``) into
``benchmarks/.corpus/`` (or ``--corpus-dir``) and reused by later runs. Every
figure is measured in this run, on this machine, so the ratios compare like
with like. Nothing here asserts anything: the targets are printed beside the
figures.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

import corpus

MB = 1_000_000
CORPUS_DIR = pathlib.Path(__file__).resolve().parent / ".corpus"
COLD_START_PAGE = corpus.FIXTURES / "pages" / "ltn-app-taipei-times.txt"
# The least a Python filter can do: read the text line by line and write it back.
FLOOR_PROGRAM = "import sys\nfor line in sys.stdin:\n    sys.stdout.write(line)\n"


@dataclass(frozen=True)
class Sizes:
    """How much input each measurement gets."""

    text_bytes: int        # the large text: in-process, CLI filter, floor
    small_pages: int       # per-page cost
    baseline_bytes: int    # the naive baseline is slow: a sample of the large text
    jsonl_bytes: int       # streamed through --jsonl for throughput and peak memory
    jobs_bytes: int        # JSONL cleaned with --jobs 1 and --jobs 2
    cold_start_runs: int   # the median of this many runs


FULL = Sizes(text_bytes=50 * MB, small_pages=300, baseline_bytes=1 * MB, jsonl_bytes=200 * MB,
             jobs_bytes=50 * MB, cold_start_runs=9)
QUICK = Sizes(text_bytes=MB, small_pages=30, baseline_bytes=10_000, jsonl_bytes=MB, jobs_bytes=MB,
              cold_start_runs=3)
BIG_JSONL_BYTES = 1000 * MB


@dataclass(frozen=True)
class Run:
    """One run of a command: wall seconds, and the peak resident memory of the process if measured."""

    seconds: float
    peak_rss_mb: float


class Table:
    """Rows of (measurement, figure, note), printed as they come and as a table at the end."""

    HEADINGS = ("measurement", "figure", "note")

    def __init__(self):
        self.rows: list[tuple[str, str, str]] = []

    def add(self, name: str, figure: str, note: str = "") -> None:
        self.rows.append((name, figure, note))
        print(f"  {name}: {figure}  {note}".rstrip(), flush=True)

    def render(self) -> str:
        rows = [self.HEADINGS] + self.rows
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        lines = [" | ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
        lines.insert(1, "-|-".join("-" * width for width in widths))
        return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small inputs: checks that everything runs")
    parser.add_argument("--big", action="store_true", help="stream 1 GB of JSONL for the memory figure")
    parser.add_argument("--jsonl-mb", type=int, metavar="N", help="stream N MB of JSONL for the memory figure")
    parser.add_argument("--corpus-dir", type=pathlib.Path, default=CORPUS_DIR,
                        help=f"where generated inputs are kept (default {CORPUS_DIR})")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    jsonl_bytes = args.jsonl_mb * MB if args.jsonl_mb else BIG_JSONL_BYTES if args.big else sizes.jsonl_bytes

    cli = cleaner_command()
    help_text = subprocess.run(cli + ["--help"], capture_output=True, text=True, check=True).stdout
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; cleaner command: {' '.join(cli)}", flush=True)
    stamp = corpus.fingerprint()
    table = Table()

    pages = corpus.pages_of_size(sizes.text_bytes)
    text_path = corpus.write_text(args.corpus_dir / f"text-{sizes.text_bytes // 1000}k-{stamp}.txt", pages)
    references = measure_references(table, text_path, sizes.baseline_bytes)
    measure_in_process(table, references, pages, text_path)
    del pages
    measure_small_pages(table, cli, sizes.small_pages, args.corpus_dir / f"pages-{sizes.small_pages}-{stamp}")
    measure_filter(table, references, cli, text_path)
    if "--jsonl" in help_text:
        jsonl_path = corpus.write_jsonl(args.corpus_dir / f"pages-{jsonl_bytes // 1000}k-{stamp}.jsonl", jsonl_bytes)
        measure_jsonl(table, references, cli, jsonl_path)
    else:
        table.add("CLI --jsonl", "not available", "this version of the CLI has no --jsonl")
    if "--jsonl" in help_text and "--jobs" in help_text:
        jobs_path = corpus.write_jsonl(args.corpus_dir / f"pages-{sizes.jobs_bytes // 1000}k-{stamp}.jsonl",
                                       sizes.jobs_bytes)
        measure_jobs(table, cli, jobs_path)
    else:
        table.add("CLI --jsonl --jobs 2 / --jobs 1", "not available", "this version of the CLI has no --jobs")
    measure_cold_start(table, cli, sizes.cold_start_runs)

    print()
    print(table.render())
    return 0


@dataclass(frozen=True)
class References:
    """What the cleaner's throughput is held against, in MB/s."""

    floor: float     # reading the lines and writing them back, in Python
    baseline: float  # the naive cleaner: ftfy, NFKC, langdetect on every line

    def add_ratios(self, table: Table, name: str, rate: float) -> None:
        table.add(f"{name} / floor", f"{rate / self.floor:.3f}", "target >= 0.1, aim 0.25")
        table.add(f"{name} / naive baseline", f"{rate / self.baseline:.0f}x", "target >= 100x")


def measure_references(table: Table, text_path: pathlib.Path, baseline_bytes: int) -> References:
    """The read-and-write floor on the large corpus, and the naive baseline on a sample of it."""
    size_mb = text_path.stat().st_size / MB
    floor = size_mb / run_command([sys.executable, "-c", FLOOR_PROGRAM], stdin=text_path).seconds
    table.add("floor: read the lines and write them back, in Python", f"{floor:.1f} MB/s",
              f"{size_mb:.0f} MB, stdin to stdout")
    sample = _sample(text_path, baseline_bytes)
    baseline = naive_baseline_rate(sample)
    table.add("naive baseline: ftfy, NFKC, langdetect on every line", f"{baseline:.3f} MB/s",
              f"in process, on {len(sample.encode('utf-8')) / MB:.2f} MB of the corpus")
    return References(floor, baseline)


def measure_in_process(table: Table, references: References, pages: list[str], text_path: pathlib.Path) -> None:
    """Cleaner.clean over the pages of the large corpus, in this process."""
    from cleaner import Cleaner

    cleaner = Cleaner()
    cleaner.clean(pages[0])  # what loads on first use is start-up cost, measured apart
    seconds = _timed(lambda: _clean_each(cleaner, pages))
    size_mb = text_path.stat().st_size / MB
    table.add("in-process Cleaner.clean, large corpus",
              f"{size_mb / seconds:.2f} MB/s, {len(pages) / seconds:.0f} pages/s", f"{size_mb:.0f} MB, {len(pages)} pages")
    references.add_ratios(table, "in-process", size_mb / seconds)


def measure_small_pages(table: Table, cli: list[str], count: int, directory: pathlib.Path) -> None:
    """Per-page cost: a fresh Cleaner on a few hundred small pages, in process and through the CLI."""
    from cleaner import Cleaner

    pages = corpus.pages(count, seed=1)
    size_mb = sum(len(page.encode("utf-8")) for page in pages) / MB
    cleaner = Cleaner()
    cleaner.clean(pages[0])
    seconds = _timed(lambda: _clean_each(cleaner, pages))
    table.add("in-process Cleaner.clean, small pages", f"{count / seconds:.0f} pages/s, {size_mb / seconds:.2f} MB/s",
              f"{count} pages of {size_mb * MB / count / 1000:.1f} kB on average, a fresh Cleaner")
    files = corpus.write_pages(directory, pages)
    run = run_command(cli + [str(path) for path in files])
    table.add("CLI, small pages as files", f"{count / run.seconds:.0f} pages/s", f"{count} files, one command")


def measure_filter(table: Table, references: References, cli: list[str], text_path: pathlib.Path) -> None:
    """The CLI as a filter, stdin to stdout, on the large corpus (one page of it all)."""
    size_mb = text_path.stat().st_size / MB
    run = run_command(cli, stdin=text_path, peak_memory=True)
    table.add("CLI filter, stdin to stdout", f"{size_mb / run.seconds:.2f} MB/s",
              f"the large corpus as one page, peak RSS {run.peak_rss_mb:.0f} MB")
    references.add_ratios(table, "CLI filter", size_mb / run.seconds)


def measure_jsonl(table: Table, references: References, cli: list[str], path: pathlib.Path) -> None:
    """Throughput and peak memory streaming JSONL through the CLI."""
    size_mb = path.stat().st_size / MB
    run = run_command(cli + ["--jsonl"], stdin=path, peak_memory=True)
    table.add("CLI --jsonl", f"{size_mb / run.seconds:.2f} MB/s", f"{size_mb:.0f} MB of records")
    references.add_ratios(table, "CLI --jsonl", size_mb / run.seconds)
    table.add("CLI --jsonl peak memory", f"{run.peak_rss_mb:.0f} MB",
              f"streaming {size_mb:.0f} MB; target < 200 MB streaming 1 GB (--big)")


def measure_jobs(table: Table, cli: list[str], path: pathlib.Path) -> None:
    """--jobs 2 against --jobs 1 on the same JSONL."""
    size_mb = path.stat().st_size / MB
    one = run_command(cli + ["--jsonl", "--jobs", "1"], stdin=path)
    two = run_command(cli + ["--jsonl", "--jobs", "2"], stdin=path)
    table.add("CLI --jsonl --jobs 2 / --jobs 1", f"{one.seconds / two.seconds:.2f}x",
              f"{size_mb / one.seconds:.2f} and {size_mb / two.seconds:.2f} MB/s on {size_mb:.0f} MB; target >= 1.7x")


def measure_cold_start(table: Table, cli: list[str], runs: int) -> None:
    """One small page through the CLI, next to importing the package: the two taken in turns, so
    that a spell of load on the machine falls on both alike."""
    pages, bares = [], []
    for _ in range(runs):
        pages.append(run_command(cli + [str(COLD_START_PAGE)]).seconds)
        bares.append(run_command([sys.executable, "-c", "import cleaner"]).seconds)
    page, bare = statistics.median(pages), statistics.median(bares)
    table.add("cold start: cleaner on one small page", f"{page * 1000:.0f} ms", f"median of {runs}")
    table.add("cold start: python3 -c 'import cleaner'", f"{bare * 1000:.0f} ms", f"median of {runs}")
    table.add("cold start: page / import", f"{page / bare:.2f}", "target <= 1.5")


def cleaner_command() -> list[str]:
    """The ``cleaner`` script installed beside this Python, else ``python -m cleaner``.

    A version manager's shim found first on PATH (pyenv) would add its own start-up time.
    """
    script = pathlib.Path(sys.executable).parent / "cleaner"
    return [str(script)] if script.exists() else [sys.executable, "-m", "cleaner"]


# Peak memory is read by a small launcher process: Linux counts the memory a
# process had before it exec'd the command in the command's peak, so a command
# started straight from this (large) process would be charged for it.
_LAUNCHER = """import os, resource, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
status = os.waitpid(pid, 0)[1]
with open(sys.argv[1], "w") as out:
    out.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_command(command: list[str], stdin: pathlib.Path | None = None, peak_memory: bool = False) -> Run:
    """Run ``command`` with its output discarded; stop the benchmark if it fails.

    With ``peak_memory`` the command's peak resident memory is measured (it
    then includes the few MB of the launcher); without, it is 0.
    """
    with open(stdin or os.devnull, "rb") as source, tempfile.TemporaryFile() as errors, \
            tempfile.NamedTemporaryFile("r") as peak:
        launched = [sys.executable, "-I", "-S", "-c", _LAUNCHER, peak.name] + command if peak_memory else command
        start = time.perf_counter()
        finished = subprocess.run(launched, stdin=source, stdout=subprocess.DEVNULL, stderr=errors)
        seconds = time.perf_counter() - start
        if finished.returncode:
            errors.seek(0)
            raise SystemExit(f"{' '.join(command)} failed with status {finished.returncode}: "
                             f"{errors.read().decode(errors='replace').strip()}")
        peak_kb = int(peak.read() or 0)
    return Run(seconds, peak_kb / 1024)


def naive_baseline_rate(text: str) -> float:
    """MB/s of the obvious approach: ftfy, NFKC, then langdetect on every line, keeping the English ones."""
    import unicodedata

    import ftfy
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    detect("Load the language profiles before the clock starts.")

    def clean(page: str) -> list[str]:
        kept = []
        for line in unicodedata.normalize("NFKC", ftfy.fix_text(page)).splitlines():
            try:
                if line.strip() and detect(line) == "en":
                    kept.append(line)
            except LangDetectException:
                pass
        return kept

    return len(text.encode("utf-8")) / MB / _timed(lambda: clean(text))


def _sample(path: pathlib.Path, size: int) -> str:
    """About ``size`` characters from the start of the corpus, cut at a line end."""
    with open(path, encoding="utf-8") as handle:
        head = handle.read(size)
    return head[:head.rfind("\n") + 1]


def _clean_each(cleaner, pages: list[str]) -> None:
    # As a pipeline would: each result is dropped before the next page, not
    # kept in a list whose millions of objects the garbage collector would walk.
    for page in pages:
        cleaner.clean(page)


def _timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
