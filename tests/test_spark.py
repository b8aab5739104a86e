"""The Spark integration, run for real on a local[2] Spark (skipped without the spark extra)."""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("pyspark")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql.functions import pandas_udf  # noqa: E402

from cleaner import Cleaner  # noqa: E402
from cleaner import jsonl  # noqa: E402
from cleaner.integrations import spark as cleaner_spark  # noqa: E402
from cleaner.integrations.spark import CleanerSpec, clean_dataframe, clean_dataset, cleaner_for  # noqa: E402
from conftest import FIXTURES, run_cli  # noqa: E402

BODY = "The city council approved the plan on Monday after a long debate, officials said."
BODY_2 = "The new rules will take effect in July and apply to all districts of the city."
PAGE = f"首頁 > 國際 > 亞洲\n{BODY}\n請繼續往下閱讀...\n\n{BODY_2}\n版權所有 不得轉載\n"
CLEAN = f"{BODY}\n\n{BODY_2}\n"
URLS = [None, "https://news.ltn.com.tw/news/world/1", "https://www.taipeitimes.com/News/2",
        "https://www.scmp.com/news/3", "https://tw.news.yahoo.com/4", "https://www.cna.com.tw/5",
        "https://www.chinadaily.com.cn/6"]
# Malformed lines, each with the start of the error the JSONL mode reports for it.
MALFORMED = [
    (b'{"id": "broken", "text": "no end', "not JSON"),
    (b"[1, 2, 3]", "not a JSON object but an array"),
    (b'{"id": "no-text"}', "no field 'text'"),
    (b'{"id": "number", "text": 5}', "field 'text' is a number, not a string"),
    (b'{"id": "null", "text": null}', "field 'text' is null, not a string"),
    (b"", "blank line"),
    (b'{"text": "caf\xe9"}', "not UTF-8"),
]


@pytest.fixture(scope="module")
def spark():
    """One local[2] session for the module: starting Spark takes seconds, a query well under one."""
    session = (SparkSession.builder.master("local[2]").appName("cleaner-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", "2")
               # Small splits and batches, so that a few hundred records span several of each.
               .config("spark.sql.files.maxPartitionBytes", str(128 * 1024))
               .config("spark.sql.execution.arrow.maxRecordsPerBatch", "50")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def single_process() -> Cleaner:
    return Cleaner()


def fixture_pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "pages").glob("*.txt"))
            if not p.name.endswith(".expected.txt")]


def corpus_lines(count: int = 300) -> tuple[list[bytes], dict[int, str]]:
    """``count`` JSONL lines from the fixture pages with malformed ones among them; and the bad ones by line number.

    The first line starts with a byte-order mark, as files written on Windows do.
    """
    pages = fixture_pages()
    lines, bad = [], {}
    for index in range(count):
        number = index + 1
        if number % 23 == 0:
            line, error = MALFORMED[(number // 23) % len(MALFORMED)]
            lines.append(line)
            bad[number] = error
            continue
        page = pages[index % len(pages)]
        if index % 3 == 1:
            page = page.replace("\n", "\r\n")
        record = {"id": index, "url": URLS[index % len(URLS)], "text": page, "lang": "en"}
        if record["url"] is None:
            del record["url"]
        lines.append(json.dumps(record, ensure_ascii=index % 2 == 0).encode("utf-8"))
    lines[0] = cleaner_spark.UTF8_BOM + lines[0]
    return lines, bad


def write_lines(path, lines: list[bytes]):
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def output_lines(directory) -> list[bytes]:
    return [line for part in sorted(directory.glob("part-*")) for line in part.read_bytes().splitlines()]


def expected_line(cleaner: Cleaner, line: bytes) -> bytes:
    """The single-process answer for a well-formed line: the record cleaned by Cleaner.clean, with its counts."""
    record = json.loads(line.removeprefix(cleaner_spark.UTF8_BOM))
    result = cleaner.clean(record["text"], url=record.get("url"))
    record["text"], record["cleaner_stats"] = result.text, result.counts.as_dict()
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def test_jsonl_dataset_gives_the_single_process_answers(spark, single_process, tmp_path):
    lines, bad = corpus_lines()
    source = write_lines(tmp_path / "pages.jsonl", lines)
    settings = jsonl.JsonlSettings(stats_field="cleaner_stats", on_error="pass")
    messages = []
    tally = clean_dataset(spark, str(source), str(tmp_path / "out"), CleanerSpec.of(single_process),
                          settings, report=messages.append)

    # Spark promises no order across part files: compare as multisets, which is still exact.
    got = sorted(output_lines(tmp_path / "out"))
    assert got == sorted(line if number in bad else expected_line(single_process, line)
                         for number, line in enumerate(lines, 1))
    jsonl_mode = io.BytesIO()
    jsonl.run(single_process, [str(source)], jsonl_mode, settings, quiet=True, stderr=io.StringIO())
    assert got == sorted(jsonl_mode.getvalue().splitlines())
    assert (tally.records, tally.cleaned, tally.errors, tally.skipped) == (300, 300 - len(bad), len(bad), 0)
    # Every bad record is reported with its real line number, across splits and batches.
    assert len(bad) == 13 <= cleaner_spark.MAX_REPORTED_ERRORS
    assert len(messages) == len(bad)
    for message, (number, error) in zip(messages, sorted(bad.items())):
        assert message.startswith(f"{source}: line {number}: {error}")


CLEANED_RECORD = json.dumps({"id": 1, "text": CLEAN}, ensure_ascii=False).encode()


@pytest.mark.parametrize("on_error, written, skipped", [
    ("pass", [CLEANED_RECORD, b"{oops", CLEANED_RECORD, b'{"text": null}', CLEANED_RECORD], 0),
    ("skip", [CLEANED_RECORD] * 3, 2),
    ("fail", None, 0),
])
def test_on_error_policies(spark, single_process, tmp_path, on_error, written, skipped):
    record = json.dumps({"id": 1, "text": PAGE}, ensure_ascii=False).encode()
    source = write_lines(tmp_path / "in.jsonl", [record, b"{oops", record, b'{"text": null}', record])
    messages = []
    tally = clean_dataset(spark, str(source), str(tmp_path / "out"), CleanerSpec.of(single_process),
                          jsonl.JsonlSettings(on_error=on_error), report=messages.append)

    assert (tally.records, tally.cleaned, tally.errors, tally.skipped) == (5, 3, 2, skipped)
    assert messages[0].startswith(f"{source}: line 2: not JSON: ")
    if written is None:
        assert not (tmp_path / "out").exists()
        assert messages[1:] == ["stopped at the first error (--on-error fail); nothing was written"]
    else:
        assert messages[1:] == [f"{source}: line 4: field 'text' is null, not a string"]
        assert sorted(output_lines(tmp_path / "out")) == sorted(written)


def test_parquet_dataset_cleans_the_text_column_and_keeps_the_rest(spark, single_process, tmp_path):
    pages = fixture_pages()
    rows = [{"id": i, "body": None if i % 10 == 7 else pages[i % len(pages)], "link": URLS[i % len(URLS)]}
            for i in range(60)]
    spark.createDataFrame(pd.DataFrame(rows), "id long, body string, link string") \
        .coalesce(1).write.parquet(str(tmp_path / "in.parquet"))
    messages = []
    settings = jsonl.JsonlSettings(field="body", url_field="link", stats_field="counts", on_error="pass")
    tally = clean_dataset(spark, str(tmp_path / "in.parquet"), str(tmp_path / "out"),
                          CleanerSpec.of(single_process), settings, fmt="parquet", report=messages.append)

    result = spark.read.parquet(str(tmp_path / "out"))
    assert result.columns == ["id", "body", "link", "counts"]
    got = {row["id"]: row for row in result.collect()}
    assert sorted(got) == list(range(60))
    for row in rows:
        if row["body"] is None:
            assert got[row["id"]]["body"] is None and got[row["id"]]["counts"] is None
            continue
        expected = single_process.clean(row["body"], url=row["link"])
        assert got[row["id"]]["body"] == expected.text
        assert got[row["id"]]["counts"].asDict() == expected.counts.as_dict()
    assert (tally.records, tally.errors) == (60, 6)
    part = next((tmp_path / "in.parquet").glob("part-*.parquet"))
    assert messages[0] == f"{part}: row 8: field 'body' is null, not a string"


def test_clean_dataframe_keeps_columns_and_adds_stats_and_errors(spark):
    df = spark.createDataFrame([(1, PAGE, "https://example.com/1", "x"), (2, None, None, "y")],
                               "id long, text string, url string, `odd.name` string")
    rows = clean_dataframe(df, stats=True, error_col="problem").orderBy("id").collect()

    assert [list(r.asDict()) for r in rows[:1]] == [["id", "text", "url", "odd.name", "cleaner_stats", "problem"]]
    assert (rows[0]["text"], rows[0]["odd.name"], rows[0]["problem"]) == (CLEAN, "x", None)
    assert rows[0]["cleaner_stats"].asDict() == {
        "lines": 6, "kept": 2, "edited": 0, "dropped": 3, "chars_in": len(PAGE),
        "chars_out": len(CLEAN), "chars_removed": len(PAGE) - len(CLEAN)}
    assert (rows[1]["text"], rows[1]["cleaner_stats"], rows[1]["problem"]) == (
        None, None, "field 'text' is null, not a string")


@pytest.mark.parametrize("kwargs, message", [
    ({"text_col": "body"}, "no column 'body'"),
    ({"text_col": "id"}, "column 'id' is bigint, not a string"),
    ({"url_col": "id"}, "column 'id' is bigint, not a string"),
    ({"stats": "text"}, "the stats column must differ from the text column"),
])
def test_clean_dataframe_refuses_unusable_columns(spark, kwargs, message):
    df = spark.createDataFrame([(1, PAGE)], "id long, text string")
    with pytest.raises(ValueError, match=message):
        clean_dataframe(df, **kwargs)


@pytest.mark.parametrize("disable, expected", [
    ((), f"{BODY}\n"),
    (("base-tote",), f"{BODY}\nWin a free tote bag today.\n"),
])
def test_rule_files_travel_with_the_job(spark, tmp_path, disable, expected):
    # child.yaml extends a pack in a sibling directory by a relative path.
    (tmp_path / "common").mkdir()
    (tmp_path / "site").mkdir()
    (tmp_path / "common" / "base.yaml").write_text(textwrap.dedent("""\
        name: base
        rules:
          - id: base-tote
            action: drop
            phrases: [free tote bag]
        """), encoding="utf-8")
    child = tmp_path / "site" / "child.yaml"
    child.write_text("name: child\nextends: ../common/base.yaml\nrules: []\n", encoding="utf-8")
    df = spark.createDataFrame([(f"{BODY}\nWin a free tote bag today.\n",)], "text string")
    cleaned = clean_dataframe(df, rules=[str(child)], disable=disable)
    # Gone before Spark runs anything: the workers must use the text shipped with the job.
    shutil.rmtree(tmp_path / "common")
    shutil.rmtree(tmp_path / "site")

    assert cleaned.first()["text"] == expected


def test_a_worker_builds_one_cleaner_and_reuses_it(spark):
    spec = CleanerSpec.of(Cleaner())

    @pandas_udf("string")
    def which_cleaner(ids: pd.Series) -> pd.Series:
        cleaner = cleaner_for(spec)
        cached = cleaner is cleaner_spark._worker_cleaners.get(spec)
        return pd.Series([f"{os.getpid()} {id(cleaner)} {cached}"] * len(ids))

    # 2000 rows in batches of 50 over 4 tasks: many batches, one Cleaner in each worker process,
    # held by the cache (so that no later Cleaner can reuse a dropped one's id).
    seen = {row[0] for row in spark.range(0, 2000, numPartitions=4).select(which_cleaner("id")).collect()}
    pids = {entry.split()[0] for entry in seen}
    assert len(seen) == len(pids) >= 1
    assert all(entry.endswith(" True") for entry in seen)


def test_specs_with_the_same_options_share_a_cleaner_and_different_ones_do_not():
    spec = CleanerSpec.of(Cleaner())
    assert cleaner_for(spec) is cleaner_for(CleanerSpec.of(Cleaner()))
    assert cleaner_for(spec) is not cleaner_for(CleanerSpec.of(Cleaner(disable=["share-bar"])))


def test_command_reports_errors_and_counts_and_exits_1(spark, tmp_path, capsys):
    record = json.dumps({"text": PAGE}, ensure_ascii=False).encode()
    source = write_lines(tmp_path / "in.jsonl", [record, b"not json", record])
    status = cleaner_spark.main([str(source), str(tmp_path / "out"), "--on-error", "skip", "--stats"])

    err = capsys.readouterr().err.splitlines()
    assert status == 1
    assert len(err) == 2 and err[0].startswith(f"cleaner: {source}: line 2: not JSON: ")
    assert err[1] == "cleaner: 3 records, 2 cleaned, 1 errors, 1 skipped"
    records = [json.loads(line) for line in output_lines(tmp_path / "out")]
    assert [r["text"] for r in records] == [CLEAN, CLEAN]
    assert records[0]["cleaner_stats"]["kept"] == 2
    assert not spark.sparkContext._jsc.sc().isStopped()  # the active session is reused, not stopped


@pytest.mark.parametrize("make_args, message", [
    (lambda tmp: [tmp / "missing.jsonl", tmp / "out"], "[PATH_NOT_FOUND]"),
    (lambda tmp: [tmp / "in.jsonl", tmp], "exists; Spark writes a new directory"),
    (lambda tmp: [tmp / "in.parquet", tmp / "out", "--field", "body"], "no column 'body'"),
    (lambda tmp: [tmp / "in.jsonl", tmp / "out", "--stats-field", "text"], "--stats-field must differ"),
])
def test_command_bad_usage_is_one_line_and_exit_2(spark, tmp_path, capsys, make_args, message):
    write_lines(tmp_path / "in.jsonl", [b'{"text": "x"}'])
    spark.createDataFrame([("x",)], "text string").write.parquet(str(tmp_path / "in.parquet"))
    status = cleaner_spark.main([str(a) for a in make_args(tmp_path)])

    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("cleaner: error: ") and message in err, err
    assert not (tmp_path / "out").exists()


def test_a_failed_task_is_one_line_and_exit_1(spark, tmp_path, capsys, monkeypatch):
    # A worker that cannot build its Cleaner, as when a pack extends an absolute path the executors lack.
    missing = tmp_path / "gone.yaml"
    monkeypatch.setattr(CleanerSpec, "of", classmethod(lambda cls, cleaner: cls(
        cleaner_spark.Options(rules=(str(missing),), default_rules=False))))
    write_lines(tmp_path / "in.jsonl", [b'{"text": "x"}'])
    status = cleaner_spark.main([str(tmp_path / "in.jsonl"), str(tmp_path / "out")])

    assert status == 1
    assert capsys.readouterr().err == (
        f"cleaner: error: a Spark task failed: cleaner.rules.RuleError: {missing}: no such file\n")
    assert not (tmp_path / "out").exists()


def test_bad_rule_file_fails_before_spark_starts(tmp_path):
    rules = tmp_path / "bad.yaml"
    rules.write_text("rules: [oops\n", encoding="utf-8")
    done = run_cli("spark", tmp_path / "in.jsonl", tmp_path / "out", "--rules", rules)
    stderr = done.stderr.decode()
    assert done.returncode == 2 and stderr.count("\n") == 1, stderr
    assert stderr.startswith(f"cleaner: error: {rules}: YAML syntax error")


def test_entry_script_runs_a_job_on_its_own_spark(tmp_path):
    """The module run as a script, as spark-submit runs it, starting its own session."""
    record = json.dumps({"id": 7, "text": PAGE}, ensure_ascii=False).encode()
    source = write_lines(tmp_path / "in.jsonl", [record, b"[]"])
    done = subprocess.run([sys.executable, "-m", "cleaner.integrations.spark", str(source), str(tmp_path / "out"),
                           "--master", "local[1]", "--on-error", "pass"],
                          capture_output=True, cwd=tmp_path, timeout=300)
    stderr = done.stderr.decode()
    assert done.returncode == 1, stderr
    assert f"cleaner: {source}: line 2: not a JSON object but an array\n" in stderr
    assert stderr.endswith("cleaner: 2 records, 1 cleaned, 1 errors, 0 skipped\n")
    assert "Traceback" not in stderr
    assert sorted(output_lines(tmp_path / "out")) == sorted(
        [json.dumps({"id": 7, "text": CLEAN}, ensure_ascii=False).encode(), b"[]"])
