"""The benchmark's quick mode runs to the end and prints its table (its timings are not checked)."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_quick_benchmark_runs_and_prints_every_measurement(tmp_path):
    finished = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick",
                               "--corpus-dir", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    table = finished.stdout.split("\n\n")[-1]
    for measurement in ("in-process Cleaner.clean, large corpus", "CLI filter, stdin to stdout",
                        "floor: read the lines and write them back", "naive baseline", "CLI filter / floor",
                        "CLI --jsonl", "--jobs 2 / --jobs 1", "cold start: page / import"):
        assert measurement in table
    assert list(tmp_path.glob("text-*.txt")), "the corpus is written where --corpus-dir says"
