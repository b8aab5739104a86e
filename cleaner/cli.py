"""The ``cleaner`` command: a filter from stdin (or files) to stdout (or ``-o FILE``)."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from contextlib import contextmanager

from . import __version__
from .core import Cleaner
from .explain import explain_json, explain_text
from .rules import RuleError, load_packs

EXIT_OK, EXIT_USAGE, EXIT_INTERRUPTED = 0, 2, 130


class CliError(Exception):
    """A problem to report in one line, with exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner",
        description="Turn scraped web text into the clean English article it contains.",
        epilog="Examples: cleaner page.txt | cleaner --explain < page.txt | "
               "cleaner --rules my-site.yaml --disable share-bar page.txt -o clean.txt")
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="pages to clean, one page per file (default: stdin)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument("--encoding", metavar="NAME",
                        help="decode input with this encoding (default: UTF-8, else detected)")
    parser.add_argument("--rules", action="append", default=[], metavar="FILE",
                        help="add a rule pack (repeatable)")
    parser.add_argument("--disable", action="append", default=[], metavar="ID",
                        help="switch off a rule by id (repeatable)")
    parser.add_argument("--no-default-rules", action="store_true",
                        help="do not load the built-in rule packs")
    parser.add_argument("--url", help="the page's URL: selects the site packs that apply")
    parser.add_argument("--no-language-detection", action="store_true",
                        help="decide by rules, script and context only")
    parser.add_argument("--explain", choices=("text", "json"), metavar="[=FORMAT]",
                        help="print each line with its verdict and reason instead of the text; "
                             "--explain=json for tools")
    parser.add_argument("--check-rules", nargs="+", metavar="FILE",
                        help="validate rule packs and exit, cleaning nothing")
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    # "--explain" alone means text; its format may only be attached with "=",
    # so that "--explain page.txt" reads the page rather than a format.
    args = build_parser().parse_args(["--explain=text" if a == "--explain" else a for a in argv])
    try:
        if args.check_rules:
            return check_rules(args.check_rules)
        cleaner = Cleaner(rules=args.rules, disable=args.disable,
                          default_rules=not args.no_default_rules,
                          detect_language=not args.no_language_detection)
        with open_output(args.output) as out:
            for source, data in read_inputs(args.files):
                result = cleaner.clean_bytes(data, encoding=args.encoding, url=args.url)
                if args.explain == "json":
                    out.write(explain_json(result, source))
                elif args.explain:
                    out.write(explain_text(result, source if len(args.files) > 1 else ""))
                else:
                    out.write(result.text)
        return EXIT_OK
    except (RuleError, CliError) as exc:
        return fail(str(exc))
    except LookupError as exc:
        return fail(f"unknown encoding: {exc}")
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as Unix filters do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def fail(message: str) -> int:
    print(f"cleaner: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def check_rules(paths: list[str]) -> int:
    """Validate rule files: report the first problem of each, or how many rules each has."""
    status = EXIT_OK
    for path in paths:
        try:
            packs = load_packs(path)
            Cleaner(rules=[path], default_rules=False)
        except RuleError as exc:
            print(f"cleaner: error: {exc}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        count = sum(len(p.rules) for p in packs)
        print(f"{path}: ok, {count} rules in {len(packs)} pack{'s' if len(packs) != 1 else ''}")
    return status


def read_inputs(files: list[str]):
    """Yield (name, bytes) for each page: the named files, or stdin."""
    if not files:
        yield "<stdin>", sys.stdin.buffer.read()
        return
    for name in files:
        if name == "-":
            yield "<stdin>", sys.stdin.buffer.read()
            continue
        try:
            with open(name, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            raise CliError(f"cannot read {name}: {exc.strerror}") from None
        yield name, data


@contextmanager
def open_output(path: str | None):
    """stdout, or a file written through a temporary file and renamed on success.

    A run that fails half-way never leaves a half-written output file.
    """
    if path is None:
        out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n", closefd=False)
        try:
            yield out
        finally:
            out.flush()
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".cleaner-", suffix=".tmp")
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with open(handle, "w", encoding="utf-8", newline="\n") as out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
