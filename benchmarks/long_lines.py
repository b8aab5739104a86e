"""How cleaning time grows with the length of one line: it should double when the line doubles.

    python3 benchmarks/long_lines.py            # single lines of 1 to 8 MB, and hazard lines
    python3 benchmarks/long_lines.py --mb 50    # one line of 50 MB, with its peak memory

A scraped page flattened into one line, or a line of thousands of spaces or
unclosed quotes, must not make a regex backtrack over the whole line from
every position. Each figure is the best of a few runs; the ratio column is
the time for twice the length over the time for the length (about 2 is
linear, about 4 is quadratic).
"""
from __future__ import annotations

import argparse
import pathlib
import resource
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from cleaner import Cleaner  # noqa: E402

FIXTURE = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "pages" / "ltn-app-taipei-times.txt"
MB = 1_000_000
# A generator of a line of about n characters for each hazard the rules could trip on.
HAZARDS = {
    "flattened page": lambda n: (FIXTURE.read_text(encoding="utf-8").replace("\n", " ") * (n // 4000 + 1))[:n],
    "space run": lambda n: "a" + " " * n + "b",
    "digit run": lambda n: "a " + "1" * n + " b",
    "han run": lambda n: "中" * n + " a",
    "punctuation run": lambda n: "Home" + "-" * n + "x",
    "unclosed quotes": lambda n: "“a " * (n // 3) + "中文",
    "pipes": lambda n: "a | " * (n // 4) + "x" * 40,
    "breadcrumbs": lambda n: "a > " * (n // 4) + "x" * 40,
}


def best_time(cleaner: Cleaner, line: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        cleaner.clean(line + "\n")
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, help="clean one flattened-page line of this many MB and stop")
    args = parser.parse_args()
    cleaner = Cleaner()
    if args.mb:
        line = HAZARDS["flattened page"](int(args.mb * MB))
        seconds = best_time(cleaner, line, runs=1)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{len(line) / MB:.0f} M characters in one line: {seconds:.1f} s, peak memory {peak:.0f} MB")
        return
    print(f"{'line':<18}{'length':>12}{'seconds':>10}{'ratio':>8}")
    for name, make in HAZARDS.items():
        sizes = [1 * MB, 2 * MB, 4 * MB, 8 * MB] if name == "flattened page" else [100_000, 200_000, 400_000]
        previous = None
        for size in sizes:
            seconds = best_time(cleaner, make(size))
            ratio = f"{seconds / previous:.1f}" if previous else ""
            print(f"{name:<18}{size:>12,}{seconds:>10.3f}{ratio:>8}", flush=True)
            previous = seconds


if __name__ == "__main__":
    main()
