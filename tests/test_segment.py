"""Segmentation: a page into lines, a line into runs of one script, glosses apart."""
from __future__ import annotations

import pytest

from cleaner.segment import runs, split_lines


@pytest.mark.parametrize("text, lines", [
    ("", []),
    ("one line", ["one line"]),
    ("one line\n", ["one line"]),
    ("a\nb", ["a", "b"]),
    ("a\n\nb\n", ["a", "", "b"]),
    ("a\n\n", ["a", ""]),
    ("a\r\nb\r\n", ["a", "b"]),
    ("a\rb\r", ["a", "b"]),
    ("a\r\n\r\nb", ["a", "", "b"]),
    ("a\r\rb", ["a", "", "b"]),
    # Nothing but LF, CRLF and CR breaks a line: these are characters of the line.
    ("a\u2028b\u2029c\x85d\x0be\x0cf", ["a\u2028b\u2029c\x85d\x0be\x0cf"]),
])
def test_split_lines(text, lines):
    assert split_lines(text) == lines


def _runs(line: str) -> list[tuple[str, str]]:
    return [(run.kind, line[run.start:run.end]) for run in runs(line)]


@pytest.mark.parametrize("line, expected", [
    ("The MRT runs late", [("latin", "The MRT runs late")]),
    ("台北市政府", [("cjk", "台北市政府")]),
    ("The MRT 捷運 runs late", [("latin", "The MRT"), ("cjk", "捷運"), ("latin", "runs late")]),
    # Glosses: East Asian text in brackets right after a word, or in quotes.
    ("Xi Jinping (習近平) said", [("latin", "Xi Jinping"), ("gloss", "(習近平)"), ("latin", "said")]),
    ("Lee (李佩君), whose", [("latin", "Lee"), ("gloss", "(李佩君)"), ("latin", "whose")]),
    ("Ko (柯文忠, 2026) said", [("latin", "Ko"), ("gloss", "(柯文忠, 2026)"), ("latin", "said")]),
    ("Taipei 101 (台北101) is tall", [("latin", "Taipei"), ("gloss", "(台北101)"), ("latin", "is tall")]),
    ('A banner reads "戲棚下站久就是你的" on stage',
     [("latin", "A banner reads"), ("gloss", '"戲棚下站久就是你的"'), ("latin", "on stage")]),
    ("“母湯” means no", [("gloss", "“母湯”"), ("latin", "means no")]),
    ("《自由時報》 reported", [("gloss", "《自由時報》"), ("latin", "reported")]),
    # Not glosses: a label with label punctuation, a bracket opening the line, a credit after a stop.
    ("Tsai said (責任編輯:陳佳琳)", [("latin", "Tsai said"), ("cjk", "責任編輯:陳佳琳")]),
    ("Tsai said (圖/記者吳淑婷攝)", [("latin", "Tsai said"), ("cjk", "圖/記者吳淑婷攝")]),
    ("Tsai said (記者吳淑婷/台北報導)", [("latin", "Tsai said"), ("cjk", "記者吳淑婷/台北報導")]),
    # Nor a clause, Chinese on both sides of a comma: a translation, not a name's gloss.
    ("Q&A in Mandarin (英文演講, 中文問答)", [("latin", "Q&A in Mandarin"), ("cjk", "英文演講, 中文問答")]),
    # A slash between a gloss's alternatives is no label's.
    ("the IANG visa (非本地畢業生留港/回港就業安排) lets", [("latin", "the IANG visa"),
                                                ("gloss", "(非本地畢業生留港/回港就業安排)"), ("latin", "lets")]),
    ("[獨家]Headline here", [("cjk", "獨家"), ("latin", "Headline here")]),
    ("(習近平) said", [("cjk", "習近平"), ("latin", "said")]),
    ("he said. (中央社)", [("latin", "he said"), ("cjk", "中央社")]),
    # Brackets without East Asian text are no gloss: their words are Latin words.
    ("Ko (KMT) said", [("latin", "Ko (KMT) said")]),
])
def test_runs(line, expected):
    assert _runs(line) == expected


def test_run_weights_are_words_or_word_equivalents():
    weights = [(run.kind, run.weight) for run in runs("The MRT 捷運台北站 runs (習近平) late")]
    assert weights == [("latin", 2.0), ("cjk", pytest.approx(5 / 1.5)), ("latin", 1.0),
                       ("gloss", 1.0), ("latin", 1.0)]


def test_no_runs_without_words():
    assert runs("2026-02-27 09:12 | >>>") == ()


