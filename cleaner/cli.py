"""The ``cleaner`` command: a filter from stdin (or files) to stdout (or ``-o FILE``)."""
from __future__ import annotations

import argparse
import os
import stat
import sys
import tempfile
from contextlib import contextmanager
from functools import partial

from . import __version__, jsonl
from .core import Cleaner
from .decode import binary_kind
from .explain import explain_json, explain_text
from .parallel import WorkerDied, map_batches
from .records import ON_ERROR_POLICIES
from .rules import RegexTimeout, RuleError, load_packs

EXIT_OK, EXIT_USAGE, EXIT_INTERRUPTED = 0, 2, 130
EXIT_ERRORS = jsonl.EXIT_RECORD_ERRORS
# Options that only mean something with --jsonl (their argparse defaults are None).
JSONL_ONLY = ("field", "url_field", "stats_field", "on_error")
DEFAULT_STATS_FIELD = "cleaner_stats"


class CliError(Exception):
    """A problem to report in one line, with exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner",
        description="Turn scraped web text into the clean English article it contains.",
        epilog="Examples: cleaner page.txt | cleaner --explain < page.txt | "
               "cleaner --rules my-site.yaml --disable share-bar page.txt -o clean.txt. "
               "With Spark: cleaner spark --help")
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
    parser.add_argument("--jobs", type=job_count, default=1, metavar="N",
                        help="clean in N worker processes, 0 for one per core (default 1); "
                             "the output is the same")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress line and no summary (errors are still reported)")
    stream = parser.add_argument_group("JSON Lines", "clean one field of each JSON object, one object a line")
    stream.add_argument("--jsonl", action="store_true", help="read and write JSON Lines (plain or gzip)")
    stream.add_argument("--field", metavar="NAME", help="the field to clean (default: text)")
    stream.add_argument("--url-field", metavar="NAME",
                        help="the field whose URL selects site packs (default: url; '' for none)")
    stream.add_argument("--stats", action="store_true",
                        help=f"add per-record counts under the field {DEFAULT_STATS_FIELD}")
    stream.add_argument("--stats-field", metavar="NAME", help="add per-record counts under this field")
    stream.add_argument("--on-error", choices=ON_ERROR_POLICIES,
                        help="a bad record is passed through unchanged (default), skipped, "
                             "or stops the run; each is reported on stderr")
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["spark"]:
        # A subcommand with its own parser, imported only when asked for.
        from .integrations.spark import main as spark_main
        return spark_main(argv[1:])
    # "--explain" alone means text; its format may only be attached with "=",
    # so that "--explain page.txt" reads the page rather than a format.
    args = build_parser().parse_args(["--explain=text" if a == "--explain" else a for a in argv])
    try:
        if args.check_rules:
            return check_rules(args.check_rules)
        check_combinations(args)
        cleaner = Cleaner(rules=args.rules, disable=args.disable,
                          default_rules=not args.no_default_rules,
                          detect_language=not args.no_language_detection)
        with open_output(args.output) as out:
            if args.jsonl:
                return jsonl.run(cleaner, args.files, out.buffer, jsonl_settings(args), args.jobs, args.quiet)
            pages = ([page] for page in read_inputs(args.files, refuse_binary=args.encoding is None))
            task = partial(clean_pages, args.encoding, args.url)
            jobs = args.jobs if len(args.files) > 1 else 1
            for [(source, _)], [result] in map_batches(task, pages, cleaner, jobs, describe=page_name):
                if args.explain == "json":
                    out.write(explain_json(result, source))
                elif args.explain:
                    out.write(explain_text(result, source if len(args.files) > 1 else ""))
                else:
                    out.write(result.text)
        return EXIT_OK
    except (RuleError, CliError, jsonl.InputError) as exc:
        return fail(str(exc))
    except jsonl.RunStopped as exc:
        # Already reported; an -o file keeps its old content.
        return exc.status
    except WorkerDied as exc:
        print(f"cleaner: error: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    except LookupError as exc:
        return fail(f"unknown encoding: {exc}")
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as Unix filters do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        # A full disk, an output file that vanished: one line, like any bad outcome.
        return fail(f"cannot write {exc.filename or args.output or 'the output'}: {exc.strerror or exc}")


def job_count(value: str) -> int:
    """The --jobs argument: 0 (all cores) or a positive number."""
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected 0 (all cores) or a positive number, not {value!r}")
    return int(value)


def check_combinations(args: argparse.Namespace) -> None:
    """Refuse options that would be silently ignored in the chosen mode."""
    if args.jsonl:
        for flag, value in (("--explain", args.explain), ("--encoding", args.encoding), ("--url", args.url)):
            if value:
                raise CliError(f"{flag} cannot be used with --jsonl (JSON Lines are UTF-8; "
                               "each record's URL comes from --url-field)")
        if args.field == "":
            raise CliError("--field needs a field name")
        if args.stats_field and args.stats_field == (args.field or "text"):
            raise CliError("--stats-field must differ from --field, or the stats would replace the text")
        return
    given = [name for name in JSONL_ONLY if getattr(args, name) is not None] + (["stats"] if args.stats else [])
    if given:
        raise CliError(f"--{given[0].replace('_', '-')} needs --jsonl")


def jsonl_settings(args: argparse.Namespace) -> jsonl.JsonlSettings:
    """The JSONL options, defaults filled in."""
    stats_field = args.stats_field or (DEFAULT_STATS_FIELD if args.stats else None)
    return jsonl.JsonlSettings(field=args.field or "text",
                               url_field="url" if args.url_field is None else args.url_field or None,
                               stats_field=stats_field, on_error=args.on_error or "pass")


def clean_pages(encoding: str | None, url: str | None, cleaner: Cleaner, pages: list[tuple[str, bytes]]) -> list:
    """The task for plain pages (named, as bytes), here or in a worker process."""
    results = []
    for name, data in pages:
        try:
            results.append(cleaner.clean_bytes(data, encoding=encoding, url=url))
        except RegexTimeout as exc:
            raise exc.at(page=name) from None
    return results


def page_name(pages: list[tuple[str, bytes]]) -> str:
    return ", ".join(name for name, _ in pages)


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
        print(f"{path}: ok, {count} rule{'s' if count != 1 else ''} in {len(packs)} pack{'s' if len(packs) != 1 else ''}")
    return status


def read_inputs(files: list[str], refuse_binary: bool = True):
    """Yield (name, bytes) for each page: the named files, or stdin.

    A page that looks like binary data (an image, an archive) is refused
    with a CliError, unless ``refuse_binary`` is off (the user named an encoding).
    """
    for name in files or ["-"]:
        if name == "-":
            name, data = "<stdin>", sys.stdin.buffer.read()
        else:
            try:
                with open(name, "rb") as handle:
                    data = handle.read()
            except OSError as exc:
                raise CliError(f"cannot read {name}: {exc.strerror}") from None
        kind = binary_kind(data) if refuse_binary else None
        if kind:
            raise CliError(f"{name}: looks like binary data ({kind}), not text; "
                           "name its --encoding to clean it anyway")
        yield name, data


@contextmanager
def open_output(path: str | None):
    """stdout, or a file written through a temporary file and renamed on success.

    A run that fails half-way never leaves a half-written output file, and an
    existing file keeps its content and its permissions until the new content
    is complete. A path that is not a regular file (/dev/null, a named pipe)
    is written directly: renaming over it would replace the device.
    """
    if path is not None and os.path.isdir(path):
        raise CliError(f"cannot write {path}: it is a directory")
    if path is None or (os.path.exists(path) and not os.path.isfile(path)):
        try:
            out = open(sys.stdout.fileno() if path is None else path, "w", encoding="utf-8", newline="\n",
                       closefd=path is not None)
        except OSError as exc:
            raise CliError(f"cannot write {path}: {exc.strerror}") from None
        with out:
            yield out
        return
    directory = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=".cleaner-", suffix=".tmp")
        os.fchmod(handle, _output_mode(path))
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with open(handle, "w", encoding="utf-8", newline="\n") as out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _output_mode(path: str) -> int:
    """The permissions of the file being replaced, or what a new file gets under the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
