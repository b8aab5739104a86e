"""Shared helpers: fixture paths, rule packs written by a test, the real command line."""
from __future__ import annotations

import pathlib
import subprocess
import sys
import textwrap

import pytest

from cleaner import Cleaner
from cleaner.rules import RuleSet, load_packs, select_rules

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
GOOD_RULES = FIXTURES / "rules" / "good"
BAD_RULES = FIXTURES / "rules" / "bad"


@pytest.fixture(scope="session")
def default_cleaner() -> Cleaner:
    """One Cleaner with the built-in rules, shared: building it compiles every rule."""
    return Cleaner()


@pytest.fixture
def write_pack(tmp_path):
    """Write a rule pack (dedented YAML) into the test's directory; return its path."""

    def write(yaml_text: str, name: str = "pack.yaml") -> pathlib.Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(yaml_text), encoding="utf-8")
        return path

    return write


@pytest.fixture
def pack_cleaner(write_pack):
    """A Cleaner with only the given pack (no built-in rules), to test one rule at a time."""

    def build(yaml_text: str, **options) -> Cleaner:
        return Cleaner(rules=[write_pack(yaml_text)], default_rules=False, **options)

    return build


@pytest.fixture
def pack_ruleset(write_pack):
    """The compiled RuleSet of one pack, to look at what a rule matched and where."""

    def build(yaml_text: str) -> RuleSet:
        return RuleSet(select_rules(load_packs(write_pack(yaml_text))))

    return build


def run_cli(*args: str, input: bytes = b"", cwd: pathlib.Path | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m cleaner`` as a user would; stdout and stderr come back as bytes."""
    return subprocess.run([sys.executable, "-m", "cleaner", *map(str, args)], input=input,
                          capture_output=True, cwd=cwd or ROOT, timeout=60)
