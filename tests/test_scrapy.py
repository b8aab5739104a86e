"""The Scrapy item pipeline: settings, item types, stats, logging, and a real crawl of a page
served on 127.0.0.1. Skipped when Scrapy is not installed (pip install '.[scrapy]')."""
from __future__ import annotations

import dataclasses
import html
import json
import logging
import subprocess
import sys
import textwrap
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

scrapy = pytest.importorskip("scrapy")

from scrapy.exceptions import NotConfigured  # noqa: E402
from scrapy.pipelines import ItemPipelineManager  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

from cleaner import RuleError  # noqa: E402
from cleaner.integrations.scrapy import CleanerPipeline  # noqa: E402
from conftest import FIXTURES, ROOT  # noqa: E402

PIPELINE = "cleaner.integrations.scrapy.CleanerPipeline"
TAIPEI_TIMES_URL = "https://www.taipeitimes.com/News/taiwan/archives/2026/03/05/2003853101"
BODY = "The council approved the plan on Monday after a long debate, officials said."
BODY_2 = "The new rules will take effect in July and apply to every district of the city."
MASTHEAD = "Liberty Times Net"  # dropped by the Liberty Times / Taipei Times site pack only
PAGE = f"請繼續往下閱讀...\n{BODY}\n{MASTHEAD}\n{BODY_2}\n"
CLEAN = f"{BODY}\n{BODY_2}\n"            # with the site pack
CLEAN_GENERAL = f"{BODY}\n{MASTHEAD}\n{BODY_2}\n"   # with the general rules only


class Article(scrapy.Item):
    url = scrapy.Field()
    text = scrapy.Field()
    title = scrapy.Field()
    cleaning = scrapy.Field()


@dataclasses.dataclass
class ArticleRecord:
    url: str
    text: str


def _pipeline(**settings) -> tuple[CleanerPipeline, object]:
    crawler = get_crawler(settings_dict=settings)
    return CleanerPipeline.from_crawler(crawler), crawler.stats


def _cleaner_stats(stats) -> dict:
    return {key: value for key, value in stats.get_stats().items() if key.startswith("cleaner/")}


# --- items ---------------------------------------------------------------------------------

@pytest.mark.parametrize("make_item", [
    pytest.param(lambda **fields: dict(fields), id="dict"),
    pytest.param(lambda **fields: Article(**fields), id="scrapy.Item"),
    pytest.param(lambda **fields: ArticleRecord(**fields), id="dataclass"),
])
def test_cleans_text_field_of_every_item_type(make_item):
    pipeline, stats = _pipeline()
    item = make_item(url=TAIPEI_TIMES_URL, text=PAGE)
    cleaned = pipeline.process_item(item)
    assert cleaned is item and type(cleaned) is type(item)
    assert (cleaned["text"] if not isinstance(cleaned, ArticleRecord) else cleaned.text) == CLEAN
    url = cleaned["url"] if not isinstance(cleaned, ArticleRecord) else cleaned.url
    assert url == TAIPEI_TIMES_URL
    assert _cleaner_stats(stats) == {"cleaner/items_cleaned": 1, "cleaner/lines_dropped": 2,
                                     "cleaner/chars_removed": len(PAGE) - len(CLEAN)}


@pytest.mark.parametrize("item, settings, site_pack_applies", [
    ({"url": TAIPEI_TIMES_URL, "text": PAGE}, {}, True),                           # site pack by the url field
    ({"text": PAGE}, {}, False),                                                     # no URL: general rules only
    ({"url": "https://www.bbc.com/news/1", "text": PAGE}, {}, False),                # another site
    ({"link": TAIPEI_TIMES_URL, "text": PAGE}, {"CLEANER_URL_FIELD": "link"}, True),
    ({"url": TAIPEI_TIMES_URL, "text": PAGE}, {"CLEANER_URL_FIELD": ""}, False),    # site packs switched off
    ({"url": ["not", "a", "string"], "text": PAGE}, {}, False),
])
def test_url_field_selects_site_packs(item, settings, site_pack_applies):
    pipeline, _ = _pipeline(**settings)
    assert pipeline.process_item(item)["text"] == (CLEAN if site_pack_applies else CLEAN_GENERAL)


def test_cleans_every_configured_field_and_nothing_else():
    pipeline, stats = _pipeline(CLEANER_FIELDS=["title", "text"])
    item = {"title": "Advertisement\nCouncil approves plan\n", "text": PAGE, "html": PAGE}
    pipeline.process_item(item)
    assert item == {"title": "Council approves plan\n", "text": CLEAN_GENERAL, "html": PAGE}
    assert _cleaner_stats(stats)["cleaner/lines_dropped"] == 2


def test_comma_separated_settings_as_on_the_command_line():
    # scrapy crawl -s CLEANER_FIELDS=title,text -s CLEANER_DISABLE=advertisement-english,share-english
    pipeline, _ = _pipeline(CLEANER_FIELDS="title,text", CLEANER_DISABLE="advertisement-english,share-english")
    item = {"title": "Sponsored content\nCouncil approves plan\n", "text": f"{BODY}\nShare this article\n{BODY_2}\n"}
    assert pipeline.process_item(dict(item)) == item


def test_extra_rule_pack_and_disabled_rule(write_pack):
    pack = write_pack("""
        rules:
          - id: umbrella-promo
            action: drop
            phrases: [Win a free umbrella]
    """)
    pipeline, _ = _pipeline(CLEANER_RULES=[str(pack)], CLEANER_DISABLE=["advertisement-english"])
    item = pipeline.process_item({"text": f"{BODY}\nWin a free umbrella today\nSponsored content\n{BODY_2}\n"})
    assert item["text"] == f"{BODY}\nSponsored content\n{BODY_2}\n"


def test_stats_field_holds_counts_per_field():
    pipeline, _ = _pipeline(CLEANER_STATS_FIELD="cleaning")
    item = pipeline.process_item(Article(url=TAIPEI_TIMES_URL, text=PAGE))
    assert item["cleaning"] == {"text": {"lines": 4, "kept": 2, "edited": 0, "dropped": 2,
                                         "chars_in": len(PAGE), "chars_out": len(CLEAN),
                                         "chars_removed": len(PAGE) - len(CLEAN)}}


def test_item_without_the_field_passes_unchanged():
    pipeline, stats = _pipeline()
    item = {"url": TAIPEI_TIMES_URL, "title": PAGE}
    assert pipeline.process_item(item) == {"url": TAIPEI_TIMES_URL, "title": PAGE}
    assert _cleaner_stats(stats) == {"cleaner/fields_missing": 1}


@pytest.mark.parametrize("item, problem", [
    ({"text": ["a", "list"]}, "field 'text' is list, not a string"),
    ({"text": None}, "field 'text' is NoneType, not a string"),
    ({"text": b"bytes"}, "field 'text' is bytes, not a string"),
    ({"title": PAGE, "text": 3}, "field 'text' is int, not a string"),   # the good field stays uncleaned too
])
def test_item_with_a_field_that_is_not_a_string_passes_unchanged_with_a_warning(caplog, item, problem):
    pipeline, stats = _pipeline(CLEANER_FIELDS=["title", "text"])
    before = dict(item)
    with caplog.at_level(logging.WARNING, logger="cleaner.integrations.scrapy"):
        assert pipeline.process_item(item) == before
    assert [r.getMessage() for r in caplog.records] == [f"Not cleaned, passed on unchanged: {problem} (item dict)"]
    assert _cleaner_stats(stats)["cleaner/errors"] == 1
    assert "cleaner/items_cleaned" not in _cleaner_stats(stats)


def test_item_class_without_the_stats_field_passes_unchanged(caplog):
    pipeline, stats = _pipeline(CLEANER_STATS_FIELD="report")
    item = Article(url=TAIPEI_TIMES_URL, text=PAGE)
    with caplog.at_level(logging.WARNING, logger="cleaner.integrations.scrapy"):
        assert pipeline.process_item(item)["text"] == PAGE
    assert "no field 'report'" in caplog.text
    assert _cleaner_stats(stats) == {"cleaner/errors": 1}


def test_logs_what_it_removed_at_debug_level(caplog):
    pipeline, _ = _pipeline()
    with caplog.at_level(logging.DEBUG, logger="cleaner.integrations.scrapy"):
        pipeline.process_item({"url": TAIPEI_TIMES_URL, "text": PAGE})
    assert [r.getMessage() for r in caplog.records] == [
        f"Cleaned 'text' of {TAIPEI_TIMES_URL}: 2 lines dropped, {len(PAGE) - len(CLEAN)} characters removed "
        "(rule continue-reading x1, rule ltn-masthead x1)"]
    assert all(r.levelno == logging.DEBUG for r in caplog.records)


def test_accepts_the_spider_argument_of_older_scrapy():
    pipeline, _ = _pipeline()
    spider = scrapy.Spider(name="old-style")
    assert pipeline.process_item({"url": TAIPEI_TIMES_URL, "text": PAGE}, spider)["text"] == CLEAN


# --- settings --------------------------------------------------------------------------------

@pytest.mark.parametrize("enabled", [False, "False", "0"])
def test_disabled_pipeline_is_left_out_by_scrapy(enabled):
    crawler = get_crawler(settings_dict={"CLEANER_ENABLED": enabled, "ITEM_PIPELINES": {PIPELINE: 300}})
    with pytest.raises(NotConfigured):
        CleanerPipeline.from_crawler(crawler)
    assert ItemPipelineManager.from_crawler(crawler).middlewares == ()


@pytest.mark.parametrize("settings, message", [
    ({"CLEANER_FIELDS": []}, "CLEANER_FIELDS names no field to clean"),
    ({"CLEANER_FIELDS": ["text", 3]}, "CLEANER_FIELDS must be a list of non-empty strings, not ['text', 3]"),
    ({"CLEANER_DISABLE": [None]}, "CLEANER_DISABLE must be a list of non-empty strings, not [None]"),
    ({"CLEANER_URL_FIELD": 1}, "CLEANER_URL_FIELD must be a field name (a string) or None, not 1"),
    ({"CLEANER_STATS_FIELD": ["x"]}, "CLEANER_STATS_FIELD must be a field name (a string) or None, not ['x']"),
])
def test_bad_setting_stops_the_crawl_with_a_clear_message(settings, message):
    with pytest.raises(ValueError) as raised:
        _pipeline(**settings)
    assert str(raised.value) == message


def test_malformed_rule_file_stops_the_crawl_with_the_rule_error(write_pack):
    pack = write_pack("""
        rules:
          - id: broken
            action: explode
            phrases: [x]
    """)
    with pytest.raises(RuleError) as raised:
        _pipeline(CLEANER_RULES=[str(pack)])
    assert str(raised.value) == (f"{pack}: rule 'broken': 'action' must be one of drop, cut, keep, article, list, "
                                 "footer, header, not 'explode'")


def test_importing_cleaner_does_not_import_scrapy():
    code = "import sys, cleaner; cleaner.clean('x'); print(sorted({'scrapy', 'itemadapter'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "[]\n", "")


# --- a real crawl ----------------------------------------------------------------------------

CRAWL_SCRIPT = textwrap.dedent("""
    import json, sys
    import scrapy
    from scrapy.crawler import CrawlerProcess

    base, out, settings = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])

    class PageSpider(scrapy.Spider):
        name = "pages"
        start_urls = [base + "/story.html", base + "/notes.txt"]

        def parse(self, response):
            if response.url.endswith(".html"):
                # The page's own URL is 127.0.0.1; its canonical link names the site.
                yield {"url": response.css('link[rel="canonical"]::attr(href)').get(),
                       "text": response.xpath("//pre/text()").get()}
            else:
                yield {"url": response.url, "text": response.text.splitlines()}

    process = CrawlerProcess({
        "ITEM_PIPELINES": {"cleaner.integrations.scrapy.CleanerPipeline": 300},
        "FEEDS": {out + "/items.json": {"format": "json", "encoding": "utf8"}},
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
        **settings,
    })
    crawler = process.create_crawler(PageSpider)
    process.crawl(crawler)
    process.start()
    with open(out + "/stats.json", "w") as handle:
        json.dump(crawler.stats.get_stats(), handle, default=str)
""")


@pytest.fixture
def site():
    """A web server on 127.0.0.1 serving the Taipei Times fixture as HTML, and a text file."""
    page = (FIXTURES / "sites" / "taipei-times.txt").read_text(encoding="utf-8")
    documents = {
        "/story.html": ("text/html; charset=utf-8",
                        f'<html><head><link rel="canonical" href="{TAIPEI_TIMES_URL}"></head>'
                        f"<body><pre>{html.escape(page)}</pre></body></html>"),
        "/notes.txt": ("text/plain; charset=utf-8", "first note\nsecond note\n"),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            content_type, body = documents.get(self.path, ("text/plain", None))
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", content_type)
            self.end_headers()
            self.wfile.write((body or "not found").encode("utf-8"))

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", page
    server.shutdown()
    server.server_close()


def _crawl(tmp_path, base: str, **settings) -> subprocess.CompletedProcess:
    # A subprocess: Twisted's reactor cannot be restarted inside the test process.
    script = tmp_path / "crawl.py"
    script.write_text(CRAWL_SCRIPT, encoding="utf-8")
    return subprocess.run([sys.executable, str(script), base, str(tmp_path), json.dumps(settings)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_real_crawl_cleans_the_page_and_counts_in_the_stats(tmp_path, site):
    base, page = site
    done = _crawl(tmp_path, base, CLEANER_STATS_FIELD="cleaning")
    assert done.returncode == 0, done.stderr
    items = {item["url"]: item for item in json.loads((tmp_path / "items.json").read_text(encoding="utf-8"))}
    expected = (FIXTURES / "sites" / "taipei-times.expected.txt").read_text(encoding="utf-8")
    # Every line of the expected text is a whole line of the page, so what went is the rest.
    dropped = len([line for line in page.splitlines() if line.strip()]) - len(
        [line for line in expected.splitlines() if line.strip()])
    assert items[TAIPEI_TIMES_URL]["text"] == expected
    assert items[TAIPEI_TIMES_URL]["cleaning"]["text"]["dropped"] == dropped
    assert items[f"{base}/notes.txt"] == {"url": f"{base}/notes.txt", "text": ["first note", "second note"]}
    assert "Not cleaned, passed on unchanged: field 'text' is list, not a string" in done.stderr
    stats = json.loads((tmp_path / "stats.json").read_text(encoding="utf-8"))
    assert {key: value for key, value in stats.items() if key.startswith("cleaner/")} == {
        "cleaner/items_cleaned": 1, "cleaner/errors": 1, "cleaner/lines_dropped": dropped,
        "cleaner/chars_removed": len(page) - len(expected)}
    assert stats["item_scraped_count"] == 2


def test_real_crawl_with_a_malformed_rule_file_exports_nothing(tmp_path, site):
    base, _ = site
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: broken\n    action: explode\n    phrases: [x]\n", encoding="utf-8")
    done = _crawl(tmp_path, base, CLEANER_RULES=[str(bad)])
    assert f"RuleError: {bad}: rule 'broken': 'action' must be one of" in done.stderr
    assert not (tmp_path / "items.json").exists()
