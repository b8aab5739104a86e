"""Rule packs: how phrases and patterns match, what each action does, how packs combine,
and the one-line error each kind of bad rule file gives."""
from __future__ import annotations

import re

import pytest

from cleaner import Cleaner, RuleError
from cleaner import rules as cleaner_rules
from cleaner.rules import builtin_pack_paths, load_packs
from conftest import BAD_RULES, GOOD_RULES, ROOT, run_cli

BODY = "The city council approved the plan on Monday after a long debate, officials said."
BODY_2 = "The new rules will take effect in July and apply to all districts of the city."


def _matched(ruleset, line: str) -> str | None:
    """The id of the drop rule that matched ``line``, if any."""
    hit = ruleset.scan(line).drop
    return hit.rule.id if hit else None


# --- Chinese scripts and case -----------------------------------------------------------

@pytest.mark.parametrize("phrase, line", [
    ("點我加入會員", "點我加入會員"),          # Traditional rule, Traditional text
    ("點我加入會員", "点我加入会员"),          # Traditional rule, Simplified text
    ("扫码关注", "掃碼關注"),                  # Simplified rule, Traditional text
    ("扫码关注", "请扫码关注我们"),            # inside a longer line
    ("點我下載APP", "点我下载app 领红包"),     # mixed script and case
    ("Join our club", "JOIN OUR CLUB today"),
])
def test_phrase_matches_both_chinese_scripts_and_any_case(pack_ruleset, phrase, line):
    rules = pack_ruleset(f"""
        rules:
          - id: promo
            action: drop
            phrases: ["{phrase}"]
    """)
    assert _matched(rules, line) == "promo"


@pytest.mark.parametrize("rule_phrase, line, expected", [
    ("本文來源", "The mayor (习近平) spoke on Monday about the plan. 本文来源 中国日报",
     "The mayor (习近平) spoke on Monday about the plan.\n"),
    ("本文来源", "The mayor (習近平) spoke on Monday about the plan. 本文來源 中國時報",
     "The mayor (習近平) spoke on Monday about the plan.\n"),
])
def test_matching_across_scripts_never_converts_the_output(pack_cleaner, rule_phrase, line, expected):
    cleaner = pack_cleaner(f"""
        rules:
          - id: source
            action: cut
            extent: to-end
            phrases: [{rule_phrase}]
    """)
    result = cleaner.clean(line)
    assert result.text == expected
    assert result.removed[0].text.strip() == line[line.index("本文"):]


@pytest.mark.parametrize("pattern, line", [
    (r"本文由.{1,20}提供", "本文由中国日报提供"),      # Traditional pattern, Simplified text
    (r"本文由.{1,20}提供", "本文由中國時報提供"),
    (r"来源\s*:\s*\p{Han}+", "來源: 聯合報"),          # Simplified pattern, Traditional text
    (r"^Sponsored by \w+$", "SPONSORED BY Acme"),        # case-insensitive, anchored
])
def test_regex_matches_both_scripts_and_any_case(pack_ruleset, pattern, line):
    rules = pack_ruleset(f"""
        rules:
          - id: promo
            action: drop
            regex: '{pattern}'
    """)
    assert _matched(rules, line) == "promo"


@pytest.mark.parametrize("line", ["Sponsored by Acme and friends", "Not sponsored by Acme"])
def test_regex_anchors_hold(pack_ruleset, line):
    rules = pack_ruleset(r"""
        rules:
          - id: promo
            action: drop
            regex: '^Sponsored by \w+$'
    """)
    assert _matched(rules, line) is None


@pytest.mark.parametrize("phrase, line", [
    ("來源：", "The mayor spoke on Monday about the plan. 來源：中央社"),
    ("來源：", "The mayor spoke on Monday about the plan. 來源:中央社"),
    ("來源:", "The mayor spoke on Monday about the plan. 來源：中央社"),
    ("ＡＰＰ下載", "The mayor spoke on Monday about the plan. APP下載 now"),
    ("APP下載", "The mayor spoke on Monday about the plan. ＡＰＰ下載 now"),
])
def test_phrase_is_normalised_like_the_line(pack_cleaner, phrase, line):
    # Lines are normalised (full-width forms to ASCII) before rules see them;
    # a phrase typed with full-width punctuation must still match.
    cleaner = pack_cleaner(f"""
        rules:
          - id: source
            action: cut
            extent: to-end
            phrases: ["{phrase}"]
    """)
    result = cleaner.clean(line)
    assert result.text == "The mayor spoke on Monday about the plan.\n"
    assert result.lines[0].reason == "rule source"


# --- English whole words ------------------------------------------------------------------

@pytest.mark.parametrize("line, matches", [
    ("ad", True),
    ("AD", True),
    ("An ad here", True),
    ("(ad)", True),
    ("ad: 50% off", True),
    ("ad廣告", True),          # Chinese next to the phrase is a word boundary
    ("Read ahead of time", False),
    ("They read it", False),
    ("adopt the plan", False),
    ("a bad idea", False),
    ("ad2", False),
])
def test_english_phrase_matches_whole_words_only(pack_ruleset, line, matches):
    rules = pack_ruleset("""
        rules:
          - id: ad
            action: drop
            phrases: [ad]
    """)
    assert (_matched(rules, line) == "ad") is matches


# --- match modes -------------------------------------------------------------------------

@pytest.mark.parametrize("mode, line, matches", [
    ("contains", "Top stories", True),
    ("contains", "Our Top stories of the day", True),
    ("line", "Top stories", True),
    ("line", "  Top stories  ", True),
    ("line", "【Top stories】", True),          # looks through decorations
    ("line", "🔥 Top stories 🔥", True),
    ("line", ">> Top stories:", True),
    ("line", "Top stories of the day", False),
    ("line", "Our top stories", False),
    ("start", "Top stories of the day", True),
    ("start", "【Top stories】 of the day", True),
    ("start", "Our top stories", False),
    ("end", "Our top stories", True),
    ("end", "Our top stories >>", True),
    ("end", "Top stories of the day", False),
])
def test_match_modes(pack_ruleset, mode, line, matches):
    rules = pack_ruleset(f"""
        rules:
          - id: heading
            action: drop
            match: {mode}
            phrases: [Top stories]
    """)
    assert (_matched(rules, line) == "heading") is matches


@pytest.mark.parametrize("kind", ["phrases: [click here]", "regex: 'click here'"])
def test_matches_that_start_in_a_skipped_span_are_passed_over(pack_ruleset, kind):
    rules = pack_ruleset(f"""
        rules:
          - id: prompt
            action: drop
            {kind}
    """)
    line = 'It said "click here" twice: click here.'
    assert rules.scan(line, skip=[(8, 20)]).drop.start == 28   # the second, outside the span
    assert rules.scan(line, skip=[(8, 20), (28, 38)]).drop is None
    assert rules.scan(line).drop.start == 9


def test_a_rule_passes_over_a_quotation_inside_an_article_sentence(pack_cleaner):
    cleaner = pack_cleaner("""
        rules:
          - id: prompt
            action: cut
            extent: to-end
            phrases: [click here]
    """)
    quoted = 'The message ends with "Your parcel is on hold. Click here to pay." The link is fake.'
    assert cleaner.clean(quoted).text == quoted + "\n"
    # A quote opened after a sentence's end, or with no sentence around it, is no quotation.
    for glued in (f"{BODY} \"Click here to subscribe\"", 'Read this: "Click here to pay."'):
        assert "click" not in cleaner.clean(glued).text.lower()


def test_match_line_looks_through_decorations_in_chinese(pack_ruleset):
    rules = pack_ruleset("""
        rules:
          - id: correction
            action: drop
            match: line
            phrases: [糾錯]
    """)
    assert _matched(rules, "【纠错】") == "correction"
    assert _matched(rules, "纠错信息请发邮件") is None


# --- actions -----------------------------------------------------------------------------

@pytest.mark.parametrize("extent, line, output, removed", [
    ("match", "The mayor spoke WATCH NOW about the plan for the city on Monday.",
     "The mayor spoke about the plan for the city on Monday.", "WATCH NOW"),
    ("to-end", "The mayor spoke about the plan on Monday. WATCH NOW on our channel 24/7",
     "The mayor spoke about the plan on Monday.", "WATCH NOW on our channel 24/7"),
    # The next paragraph, run onto the Chinese after the match, is the article's.
    ("to-end", "WATCH NOW 市長說明計畫The mayor spoke about the plan for the city's harbour on Monday, officials said.",
     "The mayor spoke about the plan for the city's harbour on Monday, officials said.", "WATCH NOW 市長說明計畫"),
    ("to-end", "WATCH NOW 市長說明Mayor Chiang Wan-an (蔣萬安) spoke about the plan for the city's harbour on Monday.",
     "Mayor Chiang Wan-an (蔣萬安) spoke about the plan for the city's harbour on Monday.", "WATCH NOW 市長說明"),
    # Short English after the Chinese is a headline of the furniture's: it goes with it.
    ("to-end", "The mayor spoke about the plan on Monday. WATCH NOW 市長說明計畫 Harbour plan explained.",
     "The mayor spoke about the plan on Monday.", "WATCH NOW 市長說明計畫 Harbour plan explained."),
    ("to-text", "The mayor spoke about the plan on Monday. WATCH NOW Facebook LINE 24/7",
     "The mayor spoke about the plan on Monday.", "WATCH NOW Facebook LINE 24/7"),
    ("to-text", "WATCH NOW Facebook LINE | The mayor spoke about the plan on Monday.",
     "The mayor spoke about the plan on Monday.", "WATCH NOW Facebook LINE |"),
    ("from-start", "Video | WATCH NOW The mayor spoke about the plan on Monday.",
     "The mayor spoke about the plan on Monday.", "Video | WATCH NOW"),
])
def test_cut_extents(pack_cleaner, extent, line, output, removed):
    cleaner = pack_cleaner(f"""
        rules:
          - id: watch
            action: cut
            extent: {extent}
            phrases: [watch now]
    """)
    result = cleaner.clean(line)
    assert result.text == output + "\n"
    assert [(r.line, r.text.strip(), r.reason) for r in result.removed] == [(1, removed, "rule watch")]
    assert (result.lines[0].verdict, result.lines[0].reason) == ("edited", "rule watch")


@pytest.mark.parametrize("gated", [False, True])
def test_an_exact_case_pattern_matches_the_line_as_written(pack_cleaner, gated, monkeypatch):
    # Ungated, a user's pack is scanned pattern by pattern until enough text has been seen to build
    # the gate; gated, only lines holding the pattern's literal (in either case) reach it.
    monkeypatch.setattr("cleaner.rules.GATE_AFTER_CHARACTERS", 1 if gated else 10**9)
    cleaner = pack_cleaner("""
        rules:
          - id: label
            action: cut
            case: exact
            regex: '(?<=\\p{Ll}\\s)Advertisement\\s+(?=\\p{Ll})'
    """)
    result = cleaner.clean("He struck out 24 batters Advertisement in 19 innings.\n"
                           "The agency placed an advertisement in three papers.\n")
    assert result.text == ("He struck out 24 batters in 19 innings.\n"
                           "The agency placed an advertisement in three papers.\n")
    assert result.lines[0].reason == "rule label"
    assert (cleaner.analyser_for(None).rules._scanner.gate is not None) == gated


def test_cut_that_leaves_no_words_drops_the_line(pack_cleaner):
    cleaner = pack_cleaner("""
        rules:
          - id: watch
            action: cut
            phrases: [watch now]
    """)
    result = cleaner.clean(f"{BODY}\nWATCH NOW >>\n{BODY_2}\n")
    assert result.text == f"{BODY}\n{BODY_2}\n"
    assert (result.lines[1].verdict, result.lines[1].reason) == ("dropped", "rule watch")


def test_drop_removes_the_line_with_its_reason(pack_cleaner):
    cleaner = pack_cleaner("""
        rules:
          - id: promo
            action: drop
            phrases: [Join our club]
    """)
    result = cleaner.clean(f"{BODY}\nJoin our club for weekly deals on everything you love.\n{BODY_2}\n")
    assert result.text == f"{BODY}\n{BODY_2}\n"
    assert [(r.line, r.reason) for r in result.removed] == [(2, "rule promo")]


KEEP_AND_DROP = """
    rules:
      - id: promo
        action: drop
        phrases: [special offer, 本報訊]
      - id: not-promo
        action: keep
        phrases: [special offer ended, 本報訊]
"""


def test_keep_overrides_drop(pack_cleaner):
    result = pack_cleaner(KEEP_AND_DROP).clean(
        "The mayor said the special offer ended last week after complaints.\n"
        "Grab this special offer for our readers today only.\n")
    assert result.text == "The mayor said the special offer ended last week after complaints.\n"
    assert [(r.verdict, r.reason) for r in result.lines] == [("kept", "rule not-promo"), ("dropped", "rule promo")]


def test_keep_overrides_script_analysis(pack_cleaner):
    # A Chinese-only line would be dropped by script; a keep rule wins over that too.
    result = pack_cleaner(KEEP_AND_DROP).clean(f"本報訊\n{BODY}\n")
    assert result.text == f"本報訊\n{BODY}\n"


ARTICLE_PACK = """
    rules:
      - id: kicker
        action: article
        phrases: [MARKETS]
      - id: promo
        action: drop
        phrases: [special offer]
"""


def test_an_article_rule_shields_a_line_from_the_context_pass_but_not_from_cuts(pack_cleaner):
    page = f"首頁 | 新聞\nMARKETS\n【英文新聞】MARKETS\n{BODY}\nMARKETS 責任編輯:王小明\n"
    result = pack_cleaner(ARTICLE_PACK).clean(page)
    assert result.text == f"MARKETS\nMARKETS\n{BODY}\nMARKETS\n"
    # Without the rule, the lone words above the headline and after the article go.
    assert pack_cleaner("rules: []").clean(page).text == f"{BODY}\n"


def test_an_article_rule_skips_the_language_check_and_yields_to_drop_rules(pack_cleaner):
    foreign = "MARKETS pasukan Guangdong menang besar malam tadi manakala Liaoning kalah teruk sekali lagi"
    cleaner = pack_cleaner(ARTICLE_PACK)
    assert cleaner.clean(f"{BODY}\n{foreign}\n{BODY}\n").text == f"{BODY}\n{foreign}\n{BODY}\n"
    assert pack_cleaner("rules: []").clean(f"{BODY}\n{foreign}\n{BODY}\n").text == f"{BODY}\n{BODY}\n"
    assert cleaner.clean(f"{BODY}\nMARKETS: special offer\n").text == f"{BODY}\n"


LIST_PACK = """
    rules:
      - id: more-heading
        action: list
        match: line
        phrases: [More from us]
"""


def test_list_heading_takes_the_short_english_lines_under_it(pack_cleaner):
    result = pack_cleaner(LIST_PACK).clean(
        f"{BODY}\nMore from us\nCats take over the city bus\nDogs learn to ride the MRT\n\n{BODY_2}\n")
    assert result.text == f"{BODY}\n\n{BODY_2}\n"
    reasons = [r.reason for r in result.lines]
    assert reasons[1] == "rule more-heading"
    assert reasons[2] == reasons[3] == "context: item of the list under line 2 (rule more-heading)"


def test_numbered_list_items_are_taken_though_their_numbers_end_like_sentences(pack_cleaner):
    # "1. Taipei" is no sentence ending before a capital: the items are headlines.
    result = pack_cleaner(LIST_PACK).clean(
        f"More from us\n1. Taipei MRT to run trains until 2am on weekends through April\n"
        f"2. Legislature passes amendment on rental housing tax breaks\n{BODY}\n{BODY_2}\n")
    assert result.text == f"{BODY}\n{BODY_2}\n"


@pytest.mark.parametrize("between", ["", "市長公布新公車計畫\n"], ids=["byline under", "translation between"])
def test_list_ends_at_a_headline_with_its_byline_under_it(pack_cleaner, between):
    result = pack_cleaner(LIST_PACK).clean(
        f"{BODY}\nMore from us\nCats take over the city bus\nMayor unveils new bus plan\n{between}"
        f"By Lin Hsiang-yi / Staff reporter\n{BODY_2}\n")
    assert result.text == f"{BODY}\nMayor unveils new bus plan\nBy Lin Hsiang-yi / Staff reporter\n{BODY_2}\n"


def test_list_ends_at_a_paragraph(pack_cleaner):
    # (One line under the heading over the first paragraph would be the headline: see test_default_rules.)
    text = (f"More from us\nCats take over the city bus\nDogs ride the harbour ferry\n{BODY}\n"
            f"Short headline after the list\n{BODY_2}\n")
    result = pack_cleaner(LIST_PACK).clean(text)
    assert result.text == f"{BODY}\nShort headline after the list\n{BODY_2}\n"


MARKERS_PACK = """
    rules:
      - id: story-begins
        action: header
        match: line
        phrases: [STORY BEGINS]
      - id: story-ends
        action: footer
        match: line
        phrases: [END OF STORY]
      - id: credit
        action: keep
        phrases: [Reporting by]
"""


def test_header_and_footer_markers_drop_what_is_outside_them(pack_cleaner):
    result = pack_cleaner(MARKERS_PACK).clean(
        "Daily Bugle Weekend Edition Home Page\n"
        "STORY BEGINS\n"
        "A line of the site between two header markers goes too.\n"
        "STORY BEGINS\n"
        f"{BODY}\n"
        f"{BODY_2}\n"
        "END OF STORY\n"
        "Thanks for reading this long story about the city council today.\n"
        "END OF STORY\n"
        "Reporting by Lin Mei-hua\n")
    # The last header and the first footer count; a keep rule survives outside them.
    assert result.text == f"{BODY}\n{BODY_2}\nReporting by Lin Mei-hua\n"
    assert result.lines[0].reason == "context: before the header marker on line 4 (rule story-begins)"
    assert result.lines[7].reason == "context: after the footer marker on line 7 (rule story-ends)"


def test_a_marker_on_the_far_side_of_the_article_is_a_menu_item_and_takes_nothing(pack_cleaner):
    # "END OF STORY" in a menu above the article, "STORY BEGINS" in a list after it.
    result = pack_cleaner(MARKERS_PACK).clean(
        f"END OF STORY\nCouncil approves the plan\n{BODY}\n{BODY_2}\nSTORY BEGINS\nAdditional reporting by AFP\n")
    assert result.text == f"Council approves the plan\n{BODY}\n{BODY_2}\nAdditional reporting by AFP\n"
    assert result.lines[0].reason == "rule story-ends"


# --- packs: extends, disable, domains -----------------------------------------------------

@pytest.mark.parametrize("path", builtin_pack_paths(), ids=lambda p: p.stem)
def test_a_built_in_pack_passes_every_check_a_users_pack_gets(path, tmp_path):
    """Built-in patterns are compiled when first needed, not checked at start-up: so they are checked here."""
    copy = tmp_path / path.name
    copy.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    assert [rule.id for pack in load_packs(copy) for rule in pack.rules] == \
        [rule.id for pack in load_packs(path) for rule in pack.rules]


def test_a_broken_pattern_in_a_copied_built_in_pack_is_caught(tmp_path):
    copy = tmp_path / "default.yaml"
    copy.write_text(builtin_pack_paths()[0].read_text(encoding="utf-8").replace("regex: '", "regex: '(", 1),
                    encoding="utf-8")
    with pytest.raises(RuleError, match="invalid regex"):
        load_packs(copy)


def test_extends_a_builtin_pack_by_name():
    cleaner = Cleaner(rules=[GOOD_RULES / "extends-default.yaml"], default_rules=False)
    result = cleaner.clean(f"{BODY}\n請繼續往下閱讀...\n刮刮樂 Win a prize every day\n{BODY_2}\n")
    assert result.text == f"{BODY}\n{BODY_2}\n"
    assert [r.reason for r in result.removed] == ["rule continue-reading", "rule lottery-promo"]


def test_extends_a_relative_path_and_disables_a_rule_of_it():
    cleaner = Cleaner(rules=[GOOD_RULES / "child.yaml"], default_rules=False)
    result = cleaner.clean(f"{BODY}\nCollect ten stamps for a free tote bag at any branch.\n"
                           "Share this story with your friends and family.\n"
                           f"點我加入會員 for free gifts every week\n{BODY_2}\n")
    assert result.text == f"{BODY}\nShare this story with your friends and family.\n{BODY_2}\n"
    assert [r.reason for r in result.removed] == ["rule base-promo", "rule child-promo"]


def test_extended_pack_is_loaded_first():
    packs = load_packs(GOOD_RULES / "child.yaml")
    assert [p.name for p in packs] == ["base", "child"]


DISABLE_PAGE = f"{BODY}\nWe use cookies to give you the best experience on this site.\n{BODY_2}\n"


def test_rules_are_on_by_default(default_cleaner):
    assert default_cleaner.clean(DISABLE_PAGE).text == f"{BODY}\n{BODY_2}\n"


@pytest.mark.parametrize("disable", [["cookie-notice"], "cookie-notice", ("share-bar", "cookie-notice")])
def test_cleaner_disable_switches_rules_off(disable):
    assert Cleaner(disable=disable).clean(DISABLE_PAGE).text == DISABLE_PAGE


def test_pack_disable_switches_rules_of_other_packs_off(write_pack):
    pack = write_pack("""
        name: mine
        disable: [cookie-notice]
    """)
    assert Cleaner(rules=[pack]).clean(DISABLE_PAGE).text == DISABLE_PAGE


SITE_PAGE = f"{BODY}\nJoin our club for weekly deals on everything you love.\n{BODY_2}\n"


@pytest.mark.parametrize("url, applies", [
    ("https://example.com.tw/news/1", True),
    ("https://news.example.com.tw/news/1", True),
    ("https://EXAMPLE.COM.TW/", True),
    ("https://notexample.com.tw/news/1", False),
    ("https://example.com/news/1", False),
    (None, False),
])
def test_domain_pack_applies_only_to_its_sites(url, applies):
    cleaner = Cleaner(rules=[GOOD_RULES / "site-only.yaml"], default_rules=False)
    kept = cleaner.clean(SITE_PAGE, url=url).text
    assert kept == (f"{BODY}\n{BODY_2}\n" if applies else SITE_PAGE)


def test_domain_pack_disables_only_on_its_sites():
    cleaner = Cleaner(rules=[GOOD_RULES / "site-only.yaml"])
    line = "By Lin Mei-hua, staff reporter 分享 Facebook LINE"
    assert cleaner.clean(line, url="https://example.org/").text == "By Lin Mei-hua, staff reporter\n"
    assert cleaner.clean(line, url="https://www.example.com.tw/").text == line + "\n"


# --- bad rule files -------------------------------------------------------------------------

# (file in fixtures/rules/bad/, the rule id the message names or None, a fragment of the problem,
#  the file the message names when it is not the one loaded)
BAD_FILES = [
    ("yaml-syntax.yaml", None, "YAML syntax error at line", None),
    # YAML would keep the second "regex:" and drop the first without a word.
    ("duplicate-key.yaml", None, "at line 5, column 5: found duplicate key 'regex'", None),
    ("pack-is-list.yaml", None, "a rule pack must be a mapping, not a list", None),
    ("unknown-pack-key.yaml", None, "unknown key 'rule' (allowed: description, disable, domains, extends, "
                                    "name, rules)", None),
    ("unknown-rule-key.yaml", "promo", "unknown key 'phrase'", None),
    ("phrases-number.yaml", "promo", "'phrases' must be a string or a list of strings, not a number", None),
    ("rules-mapping.yaml", None, "'rules' must be a list, not a mapping", None),
    ("rule-is-string.yaml", None, "rule #1 must be a mapping, not a string", None),
    ("name-list.yaml", None, "'name' must be a string, not a list", None),
    ("domains-number.yaml", None, "'domains' must be a string or a list of strings, not a number", None),
    ("description-number.yaml", "promo", "'description' must be a string, not a number", None),
    ("missing-id.yaml", None, "rule #2 has no 'id'", None),
    ("duplicate-id.yaml", "promo", "duplicate rule id", None),
    ("unknown-action.yaml", "promo", "'action' must be one of drop, cut, keep, article, list, footer, header, "
                                     "not 'remove'", None),
    ("unknown-match.yaml", "promo", "'match' must be one of contains, line, start, end", None),
    ("unknown-extent.yaml", "promo", "'extent' must be one of match, to-end, to-text, from-start", None),
    ("extent-without-cut.yaml", "promo", "'extent' only applies to action 'cut'", None),
    ("unknown-case.yaml", "promo", "'case' must be one of fold, exact, not 'upper'", None),
    ("case-with-phrases.yaml", "promo", "'case' applies to regex", None),
    ("match-with-regex.yaml", "promo", "'match' applies to phrases", None),
    ("no-phrases-or-regex.yaml", "promo", "needs 'phrases' or 'regex'", None),
    ("invalid-regex.yaml", "promo", "invalid regex '(Join our club'", None),
    ("regex-matches-empty.yaml", "promo", "matches the empty string", None),
    ("empty-phrase.yaml", "promo", "an empty phrase or pattern would match every line", None),
    ("extends-cycle-a.yaml", None, "extends itself through extends-cycle-a.yaml -> extends-cycle-b.yaml", None),
    ("extends-unknown-builtin.yaml", None, "extends unknown built-in pack 'defualt'", None),
    ("extends-missing-file.yaml", None, "extends './no-such-pack.yaml', but there is no such file", None),
    ("extends-bad-parent.yaml", "promo", "duplicate rule id", "duplicate-id.yaml"),
]


def test_every_bad_file_is_tested():
    assert sorted(p.name for p in BAD_RULES.glob("*.yaml")) == sorted(
        [name for name, *_ in BAD_FILES] + ["extends-cycle-b.yaml"])


@pytest.mark.parametrize("name, rule_id, problem, named_file", BAD_FILES, ids=[f[0] for f in BAD_FILES])
def test_bad_rule_file_raises_rule_error_naming_file_rule_and_problem(name, rule_id, problem, named_file):
    path = BAD_RULES / name
    with pytest.raises(RuleError) as caught:
        Cleaner(rules=[path], default_rules=False)
    error = caught.value
    message = str(error)
    assert message.startswith(f"{BAD_RULES / (named_file or name)}: ")
    assert error.rule_id == rule_id
    if rule_id:
        assert f": rule '{rule_id}': " in message
    assert problem in message
    assert "\n" not in message


def test_missing_rule_file_raises_rule_error(tmp_path):
    missing = tmp_path / "nope.yaml"
    with pytest.raises(RuleError, match=r"nope\.yaml: no such file$"):
        Cleaner(rules=str(missing))


def test_bad_file_fails_with_default_rules_too():
    with pytest.raises(RuleError, match="duplicate rule id"):
        Cleaner(rules=[BAD_RULES / "duplicate-id.yaml"])


def test_regex_that_backtracks_too_long_raises_rule_error(pack_cleaner):
    # Costs the regex time limit (about a second) once. The line holds an a, a b and an x,
    # so no literal prefilter may skip the pattern.
    cleaner = pack_cleaner(r"""
        rules:
          - id: slow
            action: drop
            regex: '(a|aa)+(b|bb)+(x|xx)+$'
    """)
    with pytest.raises(RuleError, match=r"rule 'slow': regex .* took over 1 s"):
        cleaner.clean("a" * 30 + "b" * 30 + "y x\n")


# --- the examples of rules/README.md ----------------------------------------------------------

README = ROOT / "rules" / "README.md"
# "<!-- example: NAME [input URL|output|error] -->" and the fenced block under it.
_EXAMPLE = re.compile(r"<!-- example: (?P<name>\S+)(?: (?P<role>input|output|error))?(?: (?P<url>\S+))? -->\n"
                      r"```\w*\n(?P<body>.*?)```", re.DOTALL)


def _readme_examples() -> dict[tuple[str, str | None], re.Match]:
    return {(m["name"], m["role"]): m for m in _EXAMPLE.finditer(README.read_text(encoding="utf-8"))}


@pytest.fixture
def readme_packs(tmp_path):
    """The README's example packs, written where it says they are."""
    for (name, role), example in _readme_examples().items():
        if role is None:
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(example["body"], encoding="utf-8")
    return tmp_path


def test_readme_has_an_example_marker_on_every_yaml_block():
    text = README.read_text(encoding="utf-8")
    packs = [key for key in _readme_examples() if key[1] is None]
    assert text.count("```yaml") == len(packs) >= 4


def test_readme_packs_load_or_fail_exactly_as_shown(readme_packs):
    examples = _readme_examples()
    for name, role in examples:
        if role is not None:
            continue
        if (name, "error") in examples:
            done = run_cli("--check-rules", name, cwd=readme_packs)
            assert (done.returncode, done.stderr.decode()) == (2, examples[name, "error"]["body"])
        else:
            Cleaner(rules=[readme_packs / name])


def test_readme_example_page_cleans_as_shown(readme_packs):
    examples = _readme_examples()
    page = examples["my-site.yaml", "input"]
    cleaner = Cleaner(rules=[readme_packs / "my-site.yaml"])
    assert cleaner.clean(page["body"], url=page["url"]).text == examples["my-site.yaml", "output"]["body"]
    assert cleaner.clean(page["body"]).text != examples["my-site.yaml", "output"]["body"]


def test_readme_example_pack_is_the_fixture_copy():
    assert _readme_examples()["my-site.yaml", None]["body"] == (GOOD_RULES / "my-site.yaml").read_text(encoding="utf-8")


def _match_mode_table() -> list[tuple[str, str, bool]]:
    rows = re.findall(r"^\| `(contains|line|start|end)` +\|(.*)\|(.*)\|$", README.read_text(encoding="utf-8"),
                         flags=re.MULTILINE)
    return [(mode, example, matches) for mode, good, bad in rows
            for examples, matches in ((good, True), (bad, False)) for example in re.findall(r"`([^`]+)`", examples)]


@pytest.mark.parametrize("mode, line, matches", _match_mode_table())
def test_readme_match_mode_table(pack_ruleset, mode, line, matches):
    test_match_modes(pack_ruleset, mode, line, matches)


def test_readme_match_mode_table_is_read():
    assert len(_match_mode_table()) >= 12


# --- the built-in packs, shipped parsed ----------------------------------------------------------

def test_the_shipped_parses_of_the_built_in_packs_are_their_yaml():
    assert cleaner_rules._shipped_parses() == cleaner_rules.parsed_builtin_packs()


def test_a_built_in_pack_is_read_from_its_shipped_parse_while_its_yaml_is_unchanged(monkeypatch):
    default = builtin_pack_paths()[0]
    shipped = cleaner_rules.parsed_builtin_packs()
    data = shipped[default.name]["data"]
    altered = dict(data, rules=[dict(data["rules"][0], description="as shipped")])
    as_shipped = {default.name: dict(shipped[default.name], data=altered)}
    monkeypatch.setattr(cleaner_rules, "_shipped_parses", lambda: as_shipped)
    assert load_packs(default)[0].rules[0].description == "as shipped"
    # A pack edited since: its digest differs, and its YAML is read.
    stale = {default.name: {"sha256": "0" * 64, "data": altered}}
    monkeypatch.setattr(cleaner_rules, "_shipped_parses", lambda: stale)
    assert load_packs(default)[0].rules[0].description == data["rules"][0]["description"]
