"""Assembly: kept lines joined, paragraph breaks kept where the input had them, removals reported."""
from __future__ import annotations

import pytest

from cleaner import Removal
from cleaner.assemble import assemble
from cleaner.classify import BLANK, DROPPED, EDITED, KEPT, LineAnalysis


def _line(spec: str) -> LineAnalysis:
    """"k:text" kept, "e:text" edited (cut "XX"), "d:text" dropped, "" blank."""
    if not spec:
        return LineAnalysis("", BLANK)
    kind, text = spec.split(":", 1)
    if kind == "k":
        return LineAnalysis(text, KEPT, "English", text)
    if kind == "e":
        return LineAnalysis(text + " XX", EDITED, "rule x", text, cuts=(("XX", "rule x"),))
    return LineAnalysis(text, DROPPED, "script: han")


def _assemble(*specs: str):
    analyses = [_line(spec) for spec in specs]
    return assemble(analyses, chars_in=sum(len(a.text) + 1 for a in analyses))


@pytest.mark.parametrize("specs, text", [
    (["k:a", "k:b"], "a\nb\n"),
    (["k:a", "", "k:b"], "a\n\nb\n"),
    (["k:a", "d:x", "k:b"], "a\nb\n"),                    # a dropped line leaves no gap
    (["k:a", "", "d:x", "", "k:b"], "a\n\nb\n"),          # one blank, however many were around it
    (["k:a", "d:x", "", "k:b"], "a\n\nb\n"),
    (["k:a", "", "", "", "k:b"], "a\n\nb\n"),
    (["", "d:x", "", "k:a", "k:b"], "a\nb\n"),            # nothing before the first kept line
    (["k:a", "k:b", "", "d:x", ""], "a\nb\n"),            # nothing after the last
    (["e:a", "", "k:b"], "a\n\nb\n"),                      # edited lines count as kept
    (["d:x", "", "d:y"], ""),                              # no article: empty, not "\n"
    ([], ""),
])
def test_kept_lines_and_paragraph_breaks(specs, text):
    assert _assemble(*specs).text == text


def test_removed_lists_dropped_lines_and_cuts_with_reasons():
    result = _assemble("k:a", "d:  x  ", "e:b", "")
    assert result.removed == (Removal(2, "x", "script: han"), Removal(3, "XX", "rule x"))


def test_line_reports_cover_every_line():
    result = _assemble("k:a", "", "d:x", "e:b")
    assert [(r.line, r.verdict, r.output) for r in result.lines] == [
        (1, "kept", "a"), (2, "blank", ""), (3, "dropped", ""), (4, "edited", "b")]
    assert result.lines[3].cuts == (Removal(4, "XX", "rule x"),)


def test_counts():
    result = _assemble("k:aaaa", "", "d:xx", "e:bb", "d:yy")
    counts = result.counts
    assert (counts.lines, counts.kept, counts.edited, counts.dropped) == (5, 1, 1, 2)
    assert (counts.chars_in, counts.chars_out) == (5 + 1 + 3 + 6 + 3, len("aaaa\n\nbb\n"))
    assert counts.chars_removed == counts.chars_in - counts.chars_out
    assert counts.as_dict() == {"lines": 5, "kept": 1, "edited": 1, "dropped": 2, "chars_in": 18,
                                "chars_out": 9, "chars_removed": 9}


def test_str_of_result_is_the_text():
    assert str(_assemble("k:a", "k:b")) == "a\nb\n"


# Through the whole pipeline, with real dropped lines.
BODY = "The Taipei Rapid Transit Corp said yesterday that trains on the Circular Line would run until 2am."
BODY_2 = "Visitors are advised to avoid driving, as roads around the grounds will be closed from 4pm."


@pytest.mark.parametrize("page, text", [
    (f"{BODY}\n{BODY_2}\n", f"{BODY}\n{BODY_2}\n"),
    (f"{BODY}\n\n{BODY_2}\n", f"{BODY}\n\n{BODY_2}\n"),
    (f"{BODY}\n請繼續往下閱讀...\n{BODY_2}\n", f"{BODY}\n{BODY_2}\n"),
    (f"{BODY}\n\n請繼續往下閱讀...\n\n{BODY_2}\n", f"{BODY}\n\n{BODY_2}\n"),
    (f"首頁 > 國際\n\n{BODY}\n\n\n{BODY_2}\n\n版權所有\n\n", f"{BODY}\n\n{BODY_2}\n"),
    (f"{BODY}\n   \n{BODY_2}", f"{BODY}\n\n{BODY_2}\n"),    # a line of spaces is blank; a final \n is added
])
def test_blank_line_structure_of_cleaned_page(default_cleaner, page, text):
    assert default_cleaner.clean(page).text == text


def test_output_lines_are_stripped_of_surrounding_spaces(default_cleaner):
    assert default_cleaner.clean(f"   {BODY}  \t\n").text == f"{BODY}\n"
