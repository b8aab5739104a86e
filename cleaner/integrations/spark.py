"""Spark: clean a text column of a DataFrame, or a JSONL or Parquet dataset, on a cluster.

As a library, :func:`clean_dataframe` returns a DataFrame with its text
column cleaned. As a command, ``cleaner spark INPUT OUTPUT`` (or this module
as the entry script of ``spark-submit``) cleans a dataset with the same
per-record logic and the same ``--on-error`` policies as ``cleaner --jsonl``.

How the work is shipped:

* Batches travel as Arrow record batches to pandas UDFs. Each Python worker
  builds one :class:`~cleaner.Cleaner` per :class:`CleanerSpec`, at its first
  batch, and reuses it for every later batch and task (Spark reuses Python
  workers), never one per row.
* The user's rule packs, and every pack they extend, are read on the driver
  and their text travels inside the UDF's closure, as part of the spec. A
  worker writes them into a temporary directory that mirrors the driver's
  paths, so relative ``extends`` still resolve, builds its Cleaner, and
  deletes the directory (a Cleaner holds its rules in memory). This needs
  nothing on the executors' disks, whatever the cluster manager;
  ``SparkContext.addFile`` would flatten the paths into one directory, so two
  packs with the same file name would clash and relative ``extends`` would
  break. Built-in packs come from the package installed on the executors.

The package itself must be importable on the executors: install
``cleaner[spark]`` on every node, or ship an environment with
``spark-submit --archives`` (see the README).
"""
import argparse
import pathlib
import sys
import tempfile
from dataclasses import dataclass, fields, replace
from urllib.parse import unquote, urlsplit

# Absolute imports: spark-submit runs this file as a script, outside its package.
from cleaner.assemble import Counts
from cleaner.core import Cleaner, Options
from cleaner.jsonl import EXIT_RECORD_ERRORS, JsonlSettings, Tally, clean_line
from cleaner.records import ON_ERROR_POLICIES, clean_record
from cleaner.rules import BUILTIN_DIR, RuleError

FORMATS = ("jsonl", "parquet")
DEFAULT_STATS_COLUMN = "cleaner_stats"
STATS_FIELDS = tuple(Counts(**{f.name: 0 for f in fields(Counts)}).as_dict())
# Errors printed one by one before the rest are only counted.
MAX_REPORTED_ERRORS = 20
UTF8_BOM = b"\xef\xbb\xbf"
EXIT_OK, EXIT_USAGE, EXIT_INTERRUPTED = 0, 2, 130

# Helper columns, named so that they cannot clash with a user's columns.
_RESULT, _FILE, _BLOCK, _ROW = "__cleaner_result", "__cleaner_file", "__cleaner_block", "__cleaner_row"
_ERROR, _LINE = "__cleaner_error", "__cleaner_line"
# Keys of the one-row record a DataFrame row becomes; no column name holds a NUL.
_URL_KEY, _STATS_KEY = "\0url", "\0stats"


class CliError(Exception):
    """A problem to report in one line, with exit status 2."""


@dataclass(frozen=True)
class CleanerSpec:
    """All a Python worker needs to build the driver's Cleaner; workers cache one Cleaner per spec.

    ``options`` names the user's rule files by their absolute paths on the
    driver; ``rule_files`` holds ``(path, text)`` of each of them and of every
    pack they extend, built-in packs excepted.
    """

    options: Options
    rule_files: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, cleaner: Cleaner) -> "CleanerSpec":
        """The spec of a Cleaner built on the driver (which has validated its rules)."""
        builtin = BUILTIN_DIR.resolve()
        rule_files = {}
        for pack in cleaner.options.packs:
            path = pathlib.Path(pack.source).resolve()
            if builtin not in path.parents:
                rule_files[str(path)] = path.read_text(encoding="utf-8")
        rules = tuple(str(pathlib.Path(path).resolve()) for path in cleaner.options.rules)
        return cls(replace(cleaner.options, rules=rules, packs=()), tuple(rule_files.items()))

    def build(self) -> Cleaner:
        """A Cleaner with these options, reading the rule files from this spec, not from disk."""
        if not self.rule_files:
            return Cleaner(self.options)
        with tempfile.TemporaryDirectory(prefix="cleaner-rules-") as root:
            local = {}
            for path, text in self.rule_files:
                copy = pathlib.Path(root, *pathlib.PurePath(path).parts[1:])
                copy.parent.mkdir(parents=True, exist_ok=True)
                copy.write_text(text, encoding="utf-8")
                local[path] = str(copy)
            return Cleaner(replace(self.options, rules=tuple(local.get(p, p) for p in self.options.rules)))


_worker_cleaners: dict[CleanerSpec, Cleaner] = {}


def cleaner_for(spec: CleanerSpec) -> Cleaner:
    """This process's Cleaner for ``spec``, built on first use."""
    cleaner = _worker_cleaners.get(spec)
    if cleaner is None:
        cleaner = _worker_cleaners[spec] = spec.build()
    return cleaner


def clean_dataframe(df, text_col: str = "text", url_col: str | None = "url", rules=(), disable=(),
                    default_rules: bool = True, detect_language: bool = True,
                    stats: bool | str = False, error_col: str | None = None):
    """Return ``df`` with ``text_col`` cleaned, every other column and the column order kept.

    ``url_col`` (when the DataFrame has it) selects the site packs for each
    row. ``rules``, ``disable``, ``default_rules`` and ``detect_language`` are
    those of :class:`cleaner.Options`; rule files are read here, on the driver,
    and shipped with the job. ``stats=True`` adds a struct column
    ``cleaner_stats`` with each row's counts (lines, kept, edited, dropped,
    chars_in, chars_out, chars_removed); a string names the column instead.
    A row whose text cannot be cleaned (null) keeps its text, gets null
    stats, and, when ``error_col`` is named, the reason in that column (null
    for the rows that were cleaned): filter on it to skip or count them.
    Lazy like any transformation: nothing runs before an action. Raises
    :class:`cleaner.RuleError` for a bad rule file and ``ValueError`` for a
    missing or non-string column.
    """
    cleaner = Cleaner(rules=rules, disable=disable, default_rules=default_rules,
                      detect_language=detect_language)
    stats_col = DEFAULT_STATS_COLUMN if stats is True else stats or None
    return _clean_columns(df, CleanerSpec.of(cleaner), text_col, url_col, stats_col, error_col)


def _clean_columns(df, spec: CleanerSpec, text_col: str, url_col: str | None, stats_col: str | None,
                   error_col: str | None):
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    types = {f.name: f.dataType for f in df.schema.fields}
    if text_col not in types:
        raise ValueError(f"no column '{text_col}' (columns: {', '.join(df.columns)})")
    if not isinstance(types[text_col], StringType):
        raise ValueError(f"column '{text_col}' is {types[text_col].simpleString()}, not a string")
    if stats_col == text_col:
        raise ValueError("the stats column must differ from the text column, or the stats would replace the text")
    has_url = bool(url_col) and url_col in types
    if has_url and not isinstance(types[url_col], StringType):
        raise ValueError(f"column '{url_col}' is {types[url_col].simpleString()}, not a string")
    urls = F.col(_quoted(url_col)) if has_url else F.lit(None).cast("string")
    result = F.col(_RESULT)
    out = df.withColumn(_RESULT, _columns_udf(spec, text_col)(F.col(_quoted(text_col)), urls))
    out = out.withColumn(text_col, result["text"])
    if stats_col:
        counts = F.struct(*[result[name].alias(name) for name in STATS_FIELDS])
        out = out.withColumn(stats_col, F.when(result["error"].isNull(), counts))
    if error_col:
        out = out.withColumn(error_col, result["error"])
    return out.drop(_RESULT)


def _columns_udf(spec: CleanerSpec, text_col: str):
    """A pandas UDF: (texts, urls) -> struct<text, error, one column per count>."""
    import pandas as pd
    from pyspark.sql.functions import pandas_udf
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    # The counts travel flat: nested structs in a pandas UDF's result are not supported by every Spark.
    schema = StructType([StructField("text", StringType()), StructField("error", StringType())]
                        + [StructField(name, LongType()) for name in STATS_FIELDS])

    def clean_texts(texts: pd.Series, urls: pd.Series) -> pd.DataFrame:
        cleaner = cleaner_for(spec)
        rows = [_clean_value(cleaner, text_col, text, url) for text, url in zip(texts, urls)]
        return pd.DataFrame(rows, columns=schema.names)

    return pandas_udf(clean_texts, schema)


def _clean_value(cleaner: Cleaner, text_col: str, text, url) -> tuple:
    """(text, error, *counts) for one row; a row that cannot be cleaned keeps its text."""
    # A null arrives as None (or NaN, with some pandas string types): both are "null" to the record.
    record = {text_col: text if isinstance(text, str) else None, _URL_KEY: url if isinstance(url, str) else None}
    try:
        cleaned = clean_record(cleaner, record, text_col, _URL_KEY, _STATS_KEY)
    except ValueError as exc:
        return (record[text_col], str(exc)) + (None,) * len(STATS_FIELDS)
    counts = cleaned[_STATS_KEY]
    return (cleaned[text_col], None) + tuple(counts[name] for name in STATS_FIELDS)


def _lines_udf(spec: CleanerSpec, settings: JsonlSettings):
    """A pandas UDF: raw JSONL lines (bytes, without their line end) -> struct<line, error>."""
    import pandas as pd
    from pyspark.sql.functions import pandas_udf
    from pyspark.sql.types import BinaryType, StringType, StructField, StructType

    schema = StructType([StructField("line", BinaryType()), StructField("error", StringType())])

    def clean_lines(lines: pd.Series) -> pd.DataFrame:
        cleaner = cleaner_for(spec)
        rows = []
        for raw in lines:
            # A row does not know whether it starts its file, so any line loses a leading byte-order mark.
            line, error = clean_line(cleaner, settings, raw[len(UTF8_BOM):] if raw.startswith(UTF8_BOM) else raw)
            rows.append((line[:-1], error))  # without the "\n" that clean_line ends it with: Spark adds its own
        return pd.DataFrame(rows, columns=schema.names)

    return pandas_udf(clean_lines, schema)


def clean_dataset(spark, source: str, destination: str, spec: CleanerSpec, settings: JsonlSettings,
                  fmt: str = "jsonl", report=None) -> Tally:
    """Clean the JSONL or Parquet dataset at ``source`` into ``destination`` (a new directory).

    JSONL lines are read as bytes, so a malformed line (not JSON, not UTF-8)
    survives as it is, and each goes through the same
    :func:`cleaner.jsonl.clean_line` as ``cleaner --jsonl``. In Parquet, the
    text column ``settings.field`` is cleaned (a null is the bad record). Bad
    records follow ``settings.on_error``: ``pass`` writes them unchanged,
    ``skip`` leaves them out, ``fail`` writes nothing. Every bad record is
    counted; the first :data:`MAX_REPORTED_ERRORS` are passed to ``report``
    (one line each, with the file and line or row number). Returns the tally.
    Raises :class:`CliError` when ``destination`` exists, or the Parquet data
    has no text column; Spark's own ``AnalysisException`` when ``source``
    cannot be read.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    report = report or (lambda message: None)
    if _exists(spark, destination):
        raise CliError(f"{destination} exists; Spark writes a new directory")
    frame = (spark.read.text(source).select(F.col("value").cast("binary").alias(_LINE), *_position_columns())
             if fmt == "jsonl" else spark.read.parquet(source).select("*", *_position_columns()))
    frame = frame.withColumn(_ROW, F.monotonically_increasing_id())
    if fmt == "jsonl":
        result = F.col(_RESULT)
        cleaned = (frame.withColumn(_RESULT, _lines_udf(spec, settings)(F.col(_LINE)))
                   .withColumn(_LINE, result["line"]).withColumn(_ERROR, result["error"]).drop(_RESULT))
        payload = [F.col(_LINE).cast("string").alias("value")]
    else:
        try:
            cleaned = _clean_columns(frame, spec, settings.field, settings.url_field, settings.stats_field, _ERROR)
        except ValueError as exc:
            raise CliError(f"{source}: {exc}") from None
        payload = [F.col(_quoted(name)) for name in cleaned.columns
                   if name not in (_FILE, _BLOCK, _ROW, _ERROR)]
    # Counted once, then written: kept so that the records are not cleaned twice.
    cleaned = cleaned.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        tally, errors = _count(cleaned, settings.on_error, fmt)
        for message in errors:
            report(message)
        if settings.on_error == "fail" and tally.errors:
            report("stopped at the first error (--on-error fail); nothing was written")
            return tally
        if tally.errors > len(errors):
            report(f"... and {tally.errors - len(errors)} more errors")
        kept = cleaned.filter(F.col(_ERROR).isNull()) if settings.on_error == "skip" else cleaned
        writer = kept.select(*payload).write
        if fmt == "jsonl":
            writer.text(destination)
        else:
            writer.parquet(destination)
        return tally
    finally:
        cleaned.unpersist()


def _position_columns() -> list:
    """Where each record comes from: its file and the split of the file that holds it."""
    from pyspark.sql import functions as F

    return [F.col("_metadata.file_path").alias(_FILE), F.col("_metadata.file_block_start").alias(_BLOCK)]


def _count(cleaned, on_error: str, fmt: str) -> tuple[Tally, list[str]]:
    """The tally, and the first bad records described with their file and line (or row) number."""
    from pyspark.sql import functions as F

    splits = (cleaned.groupBy(_FILE, _BLOCK)
              .agg(F.count(F.lit(1)).alias("rows"), F.min(_ROW).alias("first"), F.count(_ERROR).alias("errors"))
              .orderBy(_FILE, _BLOCK).collect())
    records, errors = sum(s["rows"] for s in splits), sum(s["errors"] for s in splits)
    tally = Tally(records=records, cleaned=records - errors, errors=errors,
                  skipped=errors if on_error == "skip" else 0)
    if not errors:
        return tally, []
    # Rows of one split get consecutive ids, and the splits of a file follow each other,
    # so a row's number in its file is the rows of the splits before it plus its place in its own.
    before, split_start, seen = {}, {}, {}
    for split in splits:
        key = (split[_FILE], split[_BLOCK])
        before[key] = seen.get(split[_FILE], 0)
        split_start[key] = split["first"]
        seen[split[_FILE]] = before[key] + split["rows"]
    limit = 1 if on_error == "fail" else MAX_REPORTED_ERRORS
    bad = (cleaned.filter(F.col(_ERROR).isNotNull()).select(_FILE, _BLOCK, _ROW, _ERROR)
           .orderBy(_FILE, _BLOCK, _ROW).limit(limit).collect())
    unit = "line" if fmt == "jsonl" else "row"
    messages = []
    for row in bad:
        key = (row[_FILE], row[_BLOCK])
        number = before[key] + row[_ROW] - split_start[key] + 1
        messages.append(f"{_display_path(row[_FILE])}: {unit} {number}: {row[_ERROR]}")
    return tally, messages


def _display_path(uri: str) -> str:
    """A local file as its path; anything else (hdfs://, s3a://) as Spark names it."""
    parts = urlsplit(uri)
    return unquote(parts.path) if parts.scheme == "file" else uri


def _exists(spark, path: str) -> bool:
    """Whether ``path`` exists, asked of the file system Spark writes to (local, HDFS, S3...)."""
    jvm = spark.sparkContext._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    return hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).exists(hadoop_path)


def _quoted(name: str) -> str:
    """A column name as Spark must see it to take dots and backticks literally."""
    return "`" + name.replace("`", "``") + "`"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner spark",
        description="Clean the text field of every record of a JSONL or Parquet dataset with Spark.",
        epilog="Examples: cleaner spark pages.jsonl clean/ | "
               "cleaner spark pages.parquet clean/ --master spark://host:7077 --on-error skip")
    parser.add_argument("input", metavar="INPUT", help="a file, directory or glob (local, hdfs://, s3a://...)")
    parser.add_argument("output", metavar="OUTPUT", help="a new directory: Spark writes one part file per task")
    parser.add_argument("--format", choices=FORMATS,
                        help="input and output format (default: parquet if INPUT ends in .parquet, else jsonl)")
    parser.add_argument("--master", metavar="URL",
                        help="Spark master (default: spark-submit's, else local[*])")
    parser.add_argument("--field", default="text", metavar="NAME", help="the field to clean (default: text)")
    parser.add_argument("--url-field", default="url", metavar="NAME",
                        help="the field whose URL selects site packs (default: url; '' for none)")
    parser.add_argument("--stats", action="store_true",
                        help=f"add per-record counts under the field {DEFAULT_STATS_COLUMN}")
    parser.add_argument("--stats-field", metavar="NAME", help="add per-record counts under this field")
    parser.add_argument("--on-error", choices=ON_ERROR_POLICIES, default="pass",
                        help="a bad record is passed through unchanged (default), skipped, "
                             "or fails the job before anything is written; each is counted")
    parser.add_argument("--rules", action="append", default=[], metavar="FILE",
                        help="add a rule pack (repeatable); shipped to the executors with the job")
    parser.add_argument("--disable", action="append", default=[], metavar="ID",
                        help="switch off a rule by id (repeatable)")
    parser.add_argument("--no-default-rules", action="store_true", help="do not load the built-in rule packs")
    parser.add_argument("--no-language-detection", action="store_true",
                        help="decide by rules, script and context only")
    parser.add_argument("-q", "--quiet", action="store_true", help="no summary (errors are still reported)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``cleaner spark``; return the exit status (0, 1 when any record had an error, 2 on bad usage)."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)

    def report(message: str) -> None:
        print(f"cleaner: {message}", file=sys.stderr, flush=True)

    try:
        settings = _settings(args)
        # Built here, before Spark starts, so that a bad rule file fails in a second.
        cleaner = Cleaner(rules=args.rules, disable=args.disable, default_rules=not args.no_default_rules,
                          detect_language=not args.no_language_detection)
        spec = CleanerSpec.of(cleaner)
        fmt = args.format or ("parquet" if args.input.rstrip("/").endswith(".parquet") else "jsonl")
        spark, owned = _session(args.master, args.quiet)
        try:
            tally = clean_dataset(spark, args.input, args.output, spec, settings, fmt, report)
        finally:
            if owned:
                spark.stop()
    except (RuleError, CliError) as exc:
        report(f"error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # Spark's errors, known by their class names: pyspark may not be importable here
        failure = _spark_failure(exc)
        if failure is None:
            raise
        report(f"error: {failure[1]}")
        return failure[0]
    if not args.quiet:
        report(tally.summary())
    return EXIT_RECORD_ERRORS if tally.errors else EXIT_OK


def _settings(args: argparse.Namespace) -> JsonlSettings:
    if not args.field:
        raise CliError("--field needs a field name")
    stats_field = args.stats_field or (DEFAULT_STATS_COLUMN if args.stats else None)
    if stats_field == args.field:
        raise CliError("--stats-field must differ from --field, or the stats would replace the text")
    return JsonlSettings(field=args.field, url_field=args.url_field or None, stats_field=stats_field,
                         on_error=args.on_error)


def _session(master: str | None, quiet: bool):
    """The active SparkSession, or a new one; and whether it is ours to stop."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise CliError("cleaner spark needs PySpark: pip install 'cleaner[spark]'") from None
    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    builder = SparkSession.builder.appName("cleaner")
    if master:
        builder = builder.master(master)
    # Without a master (and outside spark-submit) Spark runs local[*].
    builder = builder.config("spark.ui.showConsoleProgress", str(sys.stderr.isatty() and not quiet).lower())
    spark = builder.getOrCreate()
    # Failures are reported in one line by main; Spark's log would repeat them with stack traces.
    spark.sparkContext.setLogLevel("FATAL")
    return spark, True


def _spark_failure(exc: Exception) -> tuple[int, str] | None:
    """The exit status and a one-line message for an error raised by Spark; None for any other error.

    Status 2 when Spark refused the job (an input that does not exist, a bad
    schema), 1 when the job failed while running.
    """
    names = {cls.__name__ for cls in type(exc).__mro__}
    if not names & {"PySparkException", "Py4JError"}:
        return None
    java = getattr(exc, "java_exception", None)
    message = str(exc) if "PySparkException" in names or java is None else java.toString()
    lines = [line.strip() for line in message.splitlines() if line.strip()] or [type(exc).__name__]
    # A failed Python task: what it raised is the last line of its traceback.
    line = f"a Spark task failed: {lines[-1]}" if "Traceback (most recent call last):" in lines else lines[0]
    return (EXIT_USAGE if "AnalysisException" in names else EXIT_RECORD_ERRORS), line


if __name__ == "__main__":
    # Run the installed module, not this script's copy of it: functions defined in
    # __main__ would be pickled by value, and each batch would rebuild its Cleaner.
    from cleaner.integrations.spark import main as _main

    sys.exit(_main())
