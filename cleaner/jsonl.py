"""JSONL streams: clean one text field of each JSON object, one object a line.

Every input line is a record and gives one output line, in input order,
unless ``--on-error skip`` leaves out a bad one. A cleaned record keeps its
other fields and its key order (see :func:`cleaner.records.clean_json_line`).
A bad line (not UTF-8, blank, not JSON, not an object, no text field, a field
that is not a string) is never dropped silently: it is reported on stderr
with its line number and then settled by the policy:

``pass``: written through byte for byte; ``skip``: left out;
``fail``: the run stops there, after writing every line before it.

Input is read line by line (plain or gzip, recognised by its first bytes)
and cleaned in batches, here or in worker processes, so memory stays
constant however long the stream is.
"""
from __future__ import annotations

import gzip
import io
import sys
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field as dataclass_field
from functools import partial
from typing import BinaryIO, Iterable, Iterator, TextIO

from .core import Cleaner
from .parallel import WorkerDied, map_batches
from .progress import Progress
from .records import ON_ERROR_POLICIES, clean_json_line

EXIT_OK, EXIT_RECORD_ERRORS = 0, 1
# A batch closes at whichever comes first: small enough to keep memory and
# progress updates fine-grained, big enough that sending it to a worker is cheap.
BATCH_LINES = 256
BATCH_BYTES = 256 * 1024
GZIP_MAGIC = b"\x1f\x8b"
UTF8_BOM = b"\xef\xbb\xbf"


class InputError(Exception):
    """An input that cannot be read (missing file, corrupt gzip): one line, exit 2."""


@dataclass(frozen=True)
class JsonlSettings:
    """Which fields to read and write, and what to do with a bad record."""

    field: str = "text"
    url_field: str | None = "url"
    stats_field: str | None = None
    on_error: str = "pass"

    def __post_init__(self):
        if self.on_error not in ON_ERROR_POLICIES:
            raise ValueError(f"on_error must be one of {', '.join(ON_ERROR_POLICIES)}, not {self.on_error!r}")


@dataclass(frozen=True)
class LineBatch:
    """Consecutive raw lines of one input; ``source`` is None for stdin."""

    source: str | None
    first: int
    lines: list[bytes]

    @property
    def last(self) -> int:
        return self.first + len(self.lines) - 1

    def where(self, number: int) -> str:
        return f"{self.source}: line {number}" if self.source else f"line {number}"


@dataclass
class Tally:
    """What happened to the records so far."""

    records: int = 0
    cleaned: int = 0
    errors: int = 0
    skipped: int = 0
    nbytes: int = dataclass_field(default=0, repr=False)

    def summary(self) -> str:
        return f"{self.records} records, {self.cleaned} cleaned, {self.errors} errors, {self.skipped} skipped"


def clean_line(cleaner: Cleaner, settings: JsonlSettings, raw: bytes) -> tuple[bytes, str | None]:
    """Clean one raw line; return the line to write (with its line ending) and the error, if any.

    A line with an error comes back unchanged. Never raises on bad input.
    """
    body = raw.rstrip(b"\r\n")
    ending = raw[len(body):] or b"\n"
    if not body.strip():
        return body + ending, "blank line"
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return body + ending, f"not UTF-8 (byte 0x{body[exc.start]:02x} at position {exc.start + 1})"
    result = clean_json_line(cleaner, text, settings.field, settings.url_field, settings.stats_field)
    if result.error:
        return body + ending, result.error
    # A lone surrogate (from a "\ud800" escape in the input) cannot be UTF-8;
    # backslashreplace writes it back as the same JSON escape.
    return result.line.encode("utf-8", "backslashreplace") + ending, None


def clean_batch(settings: JsonlSettings, cleaner: Cleaner, batch: LineBatch) -> list[tuple[bytes, str | None]]:
    """The task run for each batch, here or in a worker process."""
    return [clean_line(cleaner, settings, raw) for raw in batch.lines]


def read_batches(names: Iterable[str]) -> Iterator[LineBatch]:
    """Batches of raw lines from the named files in turn, or from stdin if none ("-" is stdin)."""
    for name in list(names) or ["-"]:
        source = None if name == "-" else name
        with _open_input(name) as handle:
            try:
                yield from _batches(source, handle)
            except (OSError, EOFError, zlib.error) as exc:
                raise InputError(f"cannot read {name if source else 'stdin'}: {exc}") from None


@contextmanager
def _open_input(name: str):
    """The input as a binary stream, decompressed if it starts like gzip."""
    if name == "-":
        handle, owned = sys.stdin.buffer, False
    else:
        try:
            handle, owned = open(name, "rb"), True
        except OSError as exc:
            raise InputError(f"cannot read {name}: {exc.strerror}") from None
    if not hasattr(handle, "peek"):  # stdin replaced by an in-memory stream
        handle = io.BufferedReader(handle)
    try:
        yield gzip.GzipFile(fileobj=handle, mode="rb") if handle.peek(2)[:2] == GZIP_MAGIC else handle
    finally:
        if owned:
            handle.close()


def _batches(source: str | None, handle: BinaryIO) -> Iterator[LineBatch]:
    lines: list[bytes] = []
    first, size = 1, 0
    for number, raw in enumerate(handle, 1):
        if number == 1 and raw.startswith(UTF8_BOM):
            raw = raw[len(UTF8_BOM):]
        lines.append(raw)
        size += len(raw)
        if len(lines) == BATCH_LINES or size >= BATCH_BYTES:
            yield LineBatch(source, first, lines)
            lines, first, size = [], number + 1, 0
    if lines:
        yield LineBatch(source, first, lines)


class RunStopped(Exception):
    """The run stopped before the end of its input (``--on-error fail``, a dead worker).

    Raised after the summary, so that an ``-o`` file is not replaced by the
    incomplete output; ``status`` is the exit status.
    """

    def __init__(self, status: int):
        super().__init__(f"stopped early, exit status {status}")
        self.status = status


def run(cleaner: Cleaner, names: Iterable[str], out: BinaryIO, settings: JsonlSettings,
        jobs: int = 1, quiet: bool = False, stderr: TextIO | None = None) -> int:
    """Clean a JSONL stream from ``names`` (or stdin) to ``out``; return the exit status.

    Errors go to ``stderr`` one a line, then (unless ``quiet``) a summary line.
    Exit status: 0 when every record was cleaned, 1 when any record had an
    error. Raises :class:`RunStopped` (exit status 1) when ``fail`` or a dead
    worker stopped the run early, and :class:`InputError` for an input that
    cannot be read.
    """
    stderr = stderr or sys.stderr
    progress = Progress(stderr, enabled=False if quiet else None)
    tally = Tally()

    def report(message: str) -> None:
        progress.clear()
        print(f"cleaner: {message}", file=stderr, flush=True)

    stopped = False
    try:
        for batch, results in map_batches(partial(clean_batch, settings), read_batches(names), cleaner,
                                          jobs, describe=_describe):
            stopped_at = _write(batch, results, out, settings.on_error, tally, report)
            if stopped_at is not None:
                report(f"stopped at {batch.where(stopped_at)} (--on-error fail)")
                stopped = True
                break
            progress.update(tally.records, tally.nbytes, tally.errors)
    except WorkerDied as exc:
        report(f"error: {exc}; the output stops before {exc.batch.where(exc.batch.first)}")
        stopped = True
    finally:
        out.flush()
        progress.clear()
    if not quiet:
        report(tally.summary())
    if stopped:
        raise RunStopped(EXIT_RECORD_ERRORS)
    return EXIT_RECORD_ERRORS if tally.errors else EXIT_OK


def _write(batch: LineBatch, results: list[tuple[bytes, str | None]], out: BinaryIO, on_error: str,
           tally: Tally, report) -> int | None:
    """Write a batch's results by the policy; return the line number where ``fail`` stopped, if it did."""
    for number, (raw, (line, error)) in enumerate(zip(batch.lines, results), batch.first):
        tally.records += 1
        tally.nbytes += len(raw)
        if error is None:
            tally.cleaned += 1
            out.write(line)
            continue
        tally.errors += 1
        report(f"{batch.where(number)}: {error}")
        if on_error == "fail":
            return number
        if on_error == "skip":
            tally.skipped += 1
            continue
        out.write(line)
    return None


def _describe(batch: LineBatch) -> str:
    where = f"{batch.source}: " if batch.source else ""
    return f"{where}lines {batch.first}-{batch.last}"
