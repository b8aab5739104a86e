"""Scrapy: an item pipeline that cleans the text fields of scraped items.

Switch it on in the project's ``settings.py``; every setting is optional::

    ITEM_PIPELINES = {"cleaner.integrations.scrapy.CleanerPipeline": 300}
    CLEANER_ENABLED = True                 # False: the pipeline is not loaded at all
    CLEANER_FIELDS = ["text"]              # the fields to clean
    CLEANER_URL_FIELD = "url"              # the field with the page's URL, which selects site packs; "" for none
    CLEANER_RULES = ["rules/my-site.yaml"] # extra rule packs, on top of the built-in ones
    CLEANER_DISABLE = ["share-bar"]        # rule ids to switch off
    CLEANER_STATS_FIELD = None             # a field name: per-item counts go there

A pipeline never sees the response, so the spider must put the page's URL in
the item (``"url": response.url``) for site packs to apply; an item without
it is cleaned with the general rules only.

Works with every item type that ``itemadapter`` knows (dicts, ``scrapy.Item``,
dataclasses, attrs). A configured field that is not a string leaves the whole
item unchanged, with a warning and ``cleaner/errors`` counted in the crawl
stats. A malformed rule file or setting stops the crawl at start-up (a
``RuleError`` or ``ValueError`` that says what is wrong), rather than letting
it export uncleaned text.

Scrapy is imported here only: ``import cleaner`` never imports it.
"""
from __future__ import annotations

import logging
from collections import Counter

from ..assemble import CleanResult
from ..core import Cleaner

try:
    from itemadapter import ItemAdapter
    from scrapy.exceptions import NotConfigured
except ImportError as exc:  # pragma: no cover - depends on what is installed
    raise ImportError(f"cleaner.integrations.scrapy needs Scrapy: pip install 'cleaner[scrapy]' ({exc})") from exc

logger = logging.getLogger(__name__)

STAT_PREFIX = "cleaner/"


class CleanerPipeline:
    """Cleans ``fields`` of each item in place, choosing site packs by the item's ``url_field``."""

    def __init__(self, cleaner: Cleaner, fields: tuple[str, ...] = ("text",), url_field: str | None = "url",
                 stats_field: str | None = None, stats=None):
        self.cleaner = cleaner
        self.fields = fields
        self.url_field = url_field
        self.stats_field = stats_field
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler) -> "CleanerPipeline":
        """Build the pipeline from the ``CLEANER_*`` settings.

        Raises ``NotConfigured`` when ``CLEANER_ENABLED`` is false, so Scrapy
        leaves the pipeline out; raises ``ValueError`` (``cleaner.RuleError``
        for a rule file) when a setting is wrong.
        """
        settings = crawler.settings
        if not settings.getbool("CLEANER_ENABLED", True):
            raise NotConfigured
        fields = tuple(_strings(settings.getlist("CLEANER_FIELDS", ["text"]), "CLEANER_FIELDS"))
        if not fields:
            raise ValueError("CLEANER_FIELDS names no field to clean")
        cleaner = Cleaner(rules=_strings(settings.getlist("CLEANER_RULES"), "CLEANER_RULES"),
                          disable=_strings(settings.getlist("CLEANER_DISABLE"), "CLEANER_DISABLE"))
        return cls(cleaner, fields,
                   url_field=_optional_string(settings.get("CLEANER_URL_FIELD", "url"), "CLEANER_URL_FIELD"),
                   stats_field=_optional_string(settings.get("CLEANER_STATS_FIELD"), "CLEANER_STATS_FIELD"),
                   stats=crawler.stats)

    # ``spider`` is optional: Scrapy 2.14+ no longer passes it, older versions do.
    def process_item(self, item, spider=None):
        """Return ``item`` with its configured fields cleaned (the same object)."""
        adapter = ItemAdapter(item)
        present = [field for field in self.fields if field in adapter]
        self._count("fields_missing", len(self.fields) - len(present))
        wrong = [field for field in present if not isinstance(adapter[field], str)]
        if wrong:
            return self._pass_through(item, adapter, f"field '{wrong[0]}' is {type(adapter[wrong[0]]).__name__}, "
                                                     "not a string")
        if not present:
            return item
        url = adapter.get(self.url_field) if self.url_field else None
        url = url if isinstance(url, str) else None
        results = {field: self.cleaner.clean(adapter[field], url=url) for field in present}
        if self.stats_field:
            # Set before the text fields, so an item class without this field stays unchanged.
            try:
                adapter[self.stats_field] = {field: result.counts.as_dict() for field, result in results.items()}
            except KeyError:
                return self._pass_through(item, adapter, f"the item has no field '{self.stats_field}' "
                                                         "(CLEANER_STATS_FIELD)")
        for field, result in results.items():
            adapter[field] = result.text
            self._count("lines_dropped", result.counts.dropped)
            self._count("chars_removed", result.counts.chars_removed)
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("Cleaned '%s' of %s: %d lines dropped, %d characters removed (%s)", field,
                             url or "an item without a URL", result.counts.dropped, result.counts.chars_removed,
                             summarise_removals(result))
        self._count("items_cleaned")
        return item

    def _pass_through(self, item, adapter: ItemAdapter, problem: str):
        self._count("errors")
        url = adapter.get(self.url_field) if self.url_field else None
        logger.warning("Not cleaned, passed on unchanged: %s (item %s)", problem, url or type(item).__name__)
        return item

    def _count(self, name: str, value: int = 1) -> None:
        if self.stats is not None and value:
            self.stats.inc_value(STAT_PREFIX + name, value)


def summarise_removals(result: CleanResult) -> str:
    """What removed how much, most first: "rule share-bar x2, script x5, context x1"."""
    reasons = Counter()
    for removal in result.removed:
        for reason in removal.reason.split("; "):
            # "rule share-bar" names its rule; the other stages are named by the word before the colon.
            reasons[reason if reason.startswith("rule ") else reason.split(":")[0]] += 1
    return ", ".join(f"{reason} x{count}" for reason, count in reasons.most_common()) or "nothing removed"


def _strings(values: list, setting: str) -> list[str]:
    if not all(isinstance(value, str) and value for value in values):
        raise ValueError(f"{setting} must be a list of non-empty strings, not {values!r}")
    return values


def _optional_string(value, setting: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{setting} must be a field name (a string) or None, not {value!r}")
    return value or None
