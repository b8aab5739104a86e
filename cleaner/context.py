"""The context pass: decide a page's lines by their neighbours, once each line has been classified alone.

Short lines after a related-stories heading, after the article's last
paragraph, or alone among dropped lines go with them; tables, lists the
article announces, captions, bylines and subheads stay with the article;
menus, mastheads, author bios, polls and translations of the paragraphs go.
Each decision replaces the line's analysis with one that carries its reason.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace

import regex

from .classify import (AUTHOR_IS, BLANK, BODY_MIN_WORDS, CHINESE_AFTER, COLUMN_GAP, CONTACT_DETAIL, DATE_IN_WORDS,
                       DATE_LINE_MAX_WORDS, DIGIT, DROPPED, EDITED, KEPT, LATIN_LETTER, LIST_BULLETS, LIST_NUMBER,
                       LineAnalysis, MASTHEAD_MAX_WORDS, NAMED_KIND, NAME_LINE_MAX_WORDS, NO_WORDS,
                       PAPER_IDENTIFIER, PERSONS_NAME, PRACTICAL_DETAIL, SCORE, SENTENCE_MARK,
                       SENTENCE_MIN_WORDS, TABLE_MIN_CELLS, TABLE_RULE, has_function_words,
                       has_no_lower_case_word, is_glossed_phrase, outside_spans)
from .script import ENGLISH_FUNCTION_WORDS, LATIN_WORD, SENTENCE_END, has_cjk, profile
from .segment import quotations

# A page with this many paragraphs each followed by its translation is a bilingual page.
BILINGUAL_MIN_TRANSLATIONS = 2
# A sentence right after the last paragraph may be this short, with a function word ("He was 84.").
CLOSING_SENTENCE_MIN_WORDS = 2
# A headline of another story has more words than a label has (a dropped line keeps only its text).
HEADLINE_MIN_SPACES = 3
_BY_NAME = regex.compile(r"\W*[Bb]y\s+\p{Lu}")
# An example sentence of a vocabulary note is no longer than this; one sentence after another is a paragraph.
EXAMPLE_MAX_WORDS = 20
_SENTENCES_JOINED = regex.compile(r"[.!?][\"”’)]*\s+\p{Lu}")
_VOCABULARY_START = re.compile(r"\W*(?:\d{1,3}\W*)?[a-z]")
# A menu item: this short and alone among dropped lines.
MENU_MAX_WORDS = 2
# A headline that asks is this short.
HEADLINE_QUESTION_MAX_WORDS = 16
# A standfirst, the paragraph between the headline and the byline, has this many words or more.
STANDFIRST_MIN_WORDS = 18
# What a page may open with under its title: a question of its FAQ, a box's heading, an item.
_OPENS_BOX = regex.compile(r"\W*(?:q\d{0,2}\s*[:.)]|(?:key (?:points|facts|takeaways)|summary|at a glance|highlights"
                           r"|in brief|fast facts|what you need to know)\W*$|[•●▪◦]\s|\d{1,2}[.)]\s)", regex.IGNORECASE)
# A line under a title in title case, over a byline, this long is its standfirst, not the headline.
STANDFIRST_UNDER_TITLE_MIN_WORDS = 15
# A row of section names: this many words, none in lower case.
MENU_ROW_MIN_WORDS = 4
# A menu's account buttons, whose lower-case word makes no sentence ("... Opinion Podcasts Subscribe Sign in").
_ACCOUNT_BUTTONS = regex.compile(r"\b(?:Sign|Log) (?:in|up|out)\b")
# A site's tagline above its menu row ("Fresh voices from today's China") is this short.
TAGLINE_MAX_WORDS = 8
TAGLINE_SENTENCE_MAX_WORDS = 14
# A menu written one item to a line ("About", "Hiking", "Travel Tips"): this many items in a row.
MENU_COLUMN_MIN_LINES = 3
# A headline's byline may stand this many lines under it (a subhead, or furniture dropped, between).
BYLINE_LOOKAHEAD_LINES = 4
_OPTION = regex.compile(r"\W*\(?([A-Fa-f])\s*[.)、]\s*\S")
_OPTION_B = regex.compile(r"\s\(?[Bb]\s*[.)、]\s*\S")  # the second option, on the line of the first
# A sentence in quotes, however short: speech, no menu item ("“Home.”").
_QUOTED_SENTENCE = regex.compile(r"[\"“‘].*[.!?…][\"”’]")
# The end of a line that a sentence goes on from: a comma, or a word no sentence ends with.
_GOES_ON = regex.compile(r"(,[\"”’')\]]*|\b(the|a|an|of|to|and|or|but|in|on|at|by|for|with|from|that|which|who|as|than"
                         r"|will|would|was|were|is|are|has|have|had))\s*$", regex.IGNORECASE)
# The heading of a press release's contact block, and what the lines under it hold.
_CONTACT_HEADING = regex.compile(
    # A company's name may stand before it ("TSMC Acting Spokesperson:").
    # ... or two audiences ("Investor and Media Contact").
    # ... or its number, as a notice numbers its sections ("5. Contact").
    r"^\W*(?:\d{1,2}\.\s+)?(?-i:\p{Lu}[\p{L}&.'’-]*\s+){0,3}((acting|deputy) )?"
    r"((media|press|investor|news|public)( relations)?( (and|&) (media|press|investor|news|public)( relations)?)? )?"
    r"(contacts?|contact (?:persons?|officers?|information|details)|corresponding authors?|press office|enquiries|inquiries|spokes(person|man|woman))"
    r"\b\W*(:|$)"
    r"|^\W*(media|press|investor|public) relations\W*(:|$)"
    r"|^\W*for (media|press|further|more) (enquiries|inquiries|information)\b", regex.IGNORECASE)
# Lines of a contact block after its heading or its last phone number or e-mail address.
CONTACT_BLOCK_MAX_LINES = 6
# The salutation that opens a letter or a speech, and the close and signature after its last paragraph.
_SALUTATION = regex.compile(
    r"\W*(dear\b[^.!?]{0,60}|sirs?|madam"
    # a speech's address to its audience: "Graduates, parents, colleagues and friends:"
    r"|[\p{L}'’ ,]{0,60}\b(friends|colleagues|graduates|guests|citizens|compatriots|delegates|excellenc(y|ies)))"
    r"\s*[,:]\s*$", regex.IGNORECASE)
_SPEECH_SALUTATION = regex.compile(r"\bladies and gentlemen\b", regex.IGNORECASE)
# A letter's label above it, alone on its line or cut from the headline ("[讀者投書] Voters deserve ...");
# a bare "Letters" may be a menu's item.
_LETTER_LABEL = regex.compile(r"\W*(讀者投書|读者投书|讀者來函|读者来函|letters? to the editor|readers'? letters?)"
                              r"(專區|专区)?\W*", regex.IGNORECASE)
# ... in brackets at the end of the menu glued before the headline ("... 訂閱 登入 [讀者投書] LETTER: ..."),
_LETTER_LABEL_GLUED = regex.compile(r"[\[【]\s*(讀者投書|读者投书|讀者來函|读者来函)\s*[\]】]\W*$")
# ... or at the end of the breadcrumb trail cut over the headline ("自由時報 > 評論 > 投書", "Opinion > Letters"),
_LETTER_SECTION = regex.compile(r"[>»/|]\s*(?:讀者|读者)?(?:投書|投书|來函|来函)\W*$|[>»/|]\s*letters?(?: to the editor)?\W*$",
                                regex.IGNORECASE)
# ... or the headline's own kicker ("LETTER: Migrant fishers deserve more than promises", "Letters | ...").
_LETTER_KICKER = regex.compile(r"\W*letters?\s*[:|]", regex.IGNORECASE)
# The title over a review's practical details is this short.
DETAILS_TITLE_MAX_WORDS = 8
# A reader poll offers this many answers at most, each this short ("Not sure").
POLL_MAX_ANSWERS = 6
POLL_ANSWER_MAX_WORDS = 3
CLOSING_MAX_LINES = 4
CLOSING_LINE_MAX_WORDS = 6
# A list that the article announces with a colon after its last paragraph ("Key figures at midday:").
# A colon, or the words that announce what follows ("The CDC also issued the following advice for households.").
_ANNOUNCES_LIST = regex.compile(r"(?::|\b(?:the following|as follows)\b[^.!?:]{0,60}[.:])\s*$")
ANNOUNCED_LIST_MAX_LINES = 10
_BULLETED = regex.compile(r"\s*[•▪●◦‣]\s*\S")
_BULLET_OR_DASH = regex.compile(rf"\s*[{LIST_BULLETS}]\s+\S")
_CELLS = regex.compile(r"\S\t+\S")
# The headings of a review's list of strengths and weaknesses, which need no colon.
_PROS_AND_CONS = regex.compile(
    r"\W*(pros|cons|pros and cons|the good|the bad|what we (like|liked|love|loved)"
    r"|what we (don't|didn't|do not|did not) like|likes|dislikes|strengths|weaknesses)\W*", regex.IGNORECASE)
# A fact box: a heading this short, over facts: a year or a date and what happened then
# ("2019: Several outlets ...", "March 3: ..."), or a label and a figure ("• Members: 2.9 million").
# A label and words ("Northern Metropolis: what you need to know") is as likely a headline.
FACT_BOX_HEADING_MAX_WORDS = 6
# A label's colon: not a clock's ("B7 8812 Taipei Songshan 10:25 Landed"), though a year's may have
# its figure right after it ("End of March 2026:598.43").
_LABEL_COLON = r"\s*(?!(?<=(?<!\d)\d{1,2}):\d{2}(?!\d)):\s*"
# (An item's number may come first: "1. Lieyu Township: July 15, 10am".)
_FACT = regex.compile(r"(?:\W{0,3}\d{1,2}[.)]\s+)?(?:\W{0,3}(\d{4}|\d{1,2} \p{L}+|\p{L}+\.? \d{1,2})\s*:\s*\S"
                      rf"|\W{{0,3}}\p{{L}}[\p{{L}}\d '’&/()-]{{0,40}}?{_LABEL_COLON}"
                      r"((about|around|nearly|almost|over|under|some|roughly|up to|more than|less than)\s+)?"
                      # a figure, a price, a telephone number ("(02) 2391-4455", "+852 2345 6789")
                      r"(\p{Sc}|[A-Z]{2,3}\$|[A-Z]{3}\s?|\(|\+)?\d"
                      # A name's, a day's or a market's figures, no sentence ("Kings: Chang Yu-ming 31 points,
                      # 6 assists", "Saturday: Leopards vs Lioneers, 5pm", "Tokyo - Nikkei 225: DOWN 0.4 percent",
                      # "Game 1 (May 16): Braves 101, Pilots 94", "Top of the table: Kitchee 43 points, ...").
                      r"|\W{0,3}\p{Lu}[\p{L}\d'’&/.-]*(?:\s+(?:[-–]\s+)?(?:[\p{Lu}\d(][\p{L}\d'’&/.()-]*|of|the|and|in)){0,4}"
                      + _LABEL_COLON +
                      r"\p{Lu}[^:]{0,60}?\d.*(?<![.!?])$)")
# An award's category in capitals and its winner, a line of a list of winners ("Best Leading Actor: Teo Kah Hong",
# "Lifetime Achievement Award: ...", "Album of the Year: ...").
_AWARD_AND_WINNER = regex.compile(r"\W{0,3}(?:Best|Outstanding|Lifetime Achievement|(?:\p{Lu}\p{L}+ )+of the Year)\b"
                                  r"[\p{L}'’ -]{0,50}:\s*\S")
# A year or a day, then what happened in it, in words in lower case, a milestone of a timeline ("2017 Port's first
# automated terminal opens", "2026-04-01: Stablecoin licence holders may begin issuing tokens"), not a file's name
# ("2026 Fall Scholarship Application Form.docx").
_YEAR_AND_EVENT = regex.compile(r"[^\w©]{0,3}(?:1[89]|20)\d\d(?:-\d\d-\d\d:)?\s+\p{Lu}(?=(?:.*?\s\p{Ll}+\b){2})")
# An honour or a work with its year in brackets ("Member of the Chinese Academy of Sciences (1980)").
_TITLE_AND_YEAR = regex.compile(r"[^()]{3,80}\((?:1[89]|20)\d\d\)\W*$")
# A standings table's row, a name and its figures ("New Taipei Kings 24 6 .800"), and its headings, a word
# and columns of a few capitals ("Team W L Pct", "Club P W D L Pts").
_NAME_AND_FIGURES = regex.compile(r"\p{Lu}[\p{L} .'’&-]{1,40}?(?:\s+[-+]?\d*\.?\d+%?){2,}\s*")
_COLUMN_HEADINGS = regex.compile(r"\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}{1,3}|Pct|Pts|Pld|Avg|Diff))+\s*")
# A calendar's day and what happens then ("Thursday: Hong Kong retail sales for October").
_DAY_AND_EVENT = regex.compile(r"\W{0,3}(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*:\s*\S", regex.IGNORECASE)
# A result in a fact box, whatever its label ("Men's singles final: Wang Chuqin (CHN) bt Hugo Calderano (BRA)
# 4-2", "Japan 1-0"): a score or a country's code in brackets beside a name (a file's type is none: "Press
# release (PDF) | Photos (ZIP, 8.2 MB)"); or two names, each with its goals ("Eastern 2 Kitchee 1").
_RESULT = regex.compile(rf"(?=.*\p{{Lu}})(?:.*{SCORE.pattern}|.*\((?!PDF|ZIP|DOC|XLS|PPT|JPG|PNG|MP[34]|CSV)\p{{Lu}}{{3}}\).*\d)"
                        # (Each score may have its scorers, or the game a note, in brackets after it: "Eastern 2
                        # (Camargo 40, 81) Lee Man 1 (Cheng 14)", "Fubon Guardians 4, TSG Hawks 4 (12 innings)".)
                        # ... after the game's label ("Cup final: Fiji 19 New Zealand 12")
                        r"|\W{0,3}(?:\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}:\s*)?"
                        r"(?:\p{Lu}[\p{L}.'’&-]*\s+){1,4}\d{1,3}(?:\s*\([^()]{1,60}\))?\s*[-–,]?\s+"
                        r"(?:\p{Lu}[\p{L}.'’&-]*\s+){1,4}\d{1,3}(?:\s*\([^()]{1,60}\))?\W*$"
                        # a baseball line score: innings in threes, then runs, hits and errors ("SF 010 100 000 - 2 6 1")
                        r"|\W{0,3}\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,2}(?:\s+[\dxX]{3}){2,4}\s*[-–—]?\s*"
                        r"\d{1,2}\s+\d{1,2}\s+\d{1,2}\W*$"
                        # a game called off ("CTBC Brothers vs. Fubon Guardians, postponed (rain)")
                        r"|\W{0,3}(?:\p{Lu}[\p{L}.'’&-]*\s+){1,4}(?:vs?\.?|versus)\s+(?:\p{Lu}[\p{L}.'’&-]*\s*){1,4},?\s*"
                        r"(?:postponed|suspended|cancell?ed|called off)\b[^.!?]{0,30}$")
# A roster in a fact box: a label, then three names or more ("Guangdong: Hu Mingxuan, Xu Jie, Zhou Peng, ...").
_ROSTER_NAME = r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}"
_ROSTER = regex.compile(rf"\W{{0,3}}{_ROSTER_NAME}\s*:\s*{_ROSTER_NAME}(?:(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+){_ROSTER_NAME}){{2,}}\W*$")
# When a text was issued, in a bulletin's own line ("Bulletin issued at 10:45 HKT 14/Sep/2026").
_ISSUED_AT = regex.compile(r"\b(?:issued|updated|published|posted|released)\s+(?:at|on)\b[^.!?]{0,20}\d")
BLOCK_LINE_MAX_WORDS = 12
# What an official notice says of itself in its last paragraphs ("This announcement shall take effect on
# April 1, 2026", "... is hereby notified"), or how it addresses its readers in its own voice, not quoted ("We
# thank patients and their families for their understanding and cooperation.", a council's paper: "Members are
# invited to note ..."): the short lines under them are who issued it.
_NOTICE = regex.compile(r"\bhereby\b|\bshall (?:take|come into) (?:effect|force)\b", regex.IGNORECASE)
_READERS_ADDRESSED = regex.compile(
    r"\bmembers are invited to\b"
    r"|(?:\b(?:we|I) (?:would like to )?(?:thank|appreciate)\b[^.!?]{0,80}|\bthank you\b[^.!?]{0,20})"
    r"\bfor (?:your|their) (?:kind )?(?:understanding|co-?operation|patience)\b"
    r"|\b(?:we|I) (?:sincerely )?apologi[sz]e for any inconvenience\b", regex.IGNORECASE)
# A company's announcement signs off so, its signatory and the place and date under it.
_SIGN_OFF = regex.compile(r"\W*(?:by order of the board|for and on behalf of)\b", regex.IGNORECASE)
NOTICE_LAST_LINES = 3
_AUTHOR_NOTE = regex.compile(rf"{AUTHOR_IS}(?:\S+\s+){{3}}")
# A paper's note on its keywords, its funding or its author, under its abstract ("Keywords: typhoon track; deep
# learning", "Foundation item: National Natural Science Foundation of China (42277330)").
_PAPER_NOTE = regex.compile(r"\W*(?:key ?words|foundation(?: items?)?|fund(?:ing|s)?(?: programs?| projects?)?|funded by"
                            r"|corresponding authors?)\s*:\s*\S", regex.IGNORECASE)
# An obituary's closing line, its subject's name, work and dates ("Zhou Wenqing (周文清), translator, born 3 May
# 1938; died 21 February 2026").
_LIFE_DATES = regex.compile(r"\bborn\b[^;]{1,40}\d{4};\s*died\b[^;]{1,40}\d{4}\W*$")
# A row of a game's line score, the team or the heading and a figure or a letter an inning ("Team 1 2 3 4 5 6 7 8 9 R H
# E", "Lions 0 1 0 0 2 0 0 0 0 3 7 1"), a dash maybe before the runs, hits and errors ("... 0 0 0 — 7 11 0").
_LINE_SCORE_ROW = regex.compile(r"\p{L}[\p{L}\d .'’-]{0,30}?(?:\s+(?:\d{1,2}|[xXRHE])){9,}(?:\s+[—–-])?(?:\s+(?:\d{1,2}|[RHE])){0,3}\s*")
# A notice's signature, its signer's name and the office held, the name glossed in Chinese ("Lau Kwok-wing (劉國榮),
# Village Representative") or the office an official's ("Andrew Lai Chi-wah, Director of Lands").
_SIGNATURE = regex.compile(
    r"\p{Lu}[\p{L}'’-]+(?:[ -]\p{L}[\p{L}'’-]*){1,3}"
    r"(?:\s*\(\p{Han}{2,4}\),\s*\p{Lu}[\p{L} ,&'’-]{2,60}"
    r"|,\s*(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Director|Secretary|Commissioner|Chairman|Chairperson|Chief|Clerk|Registrar"
    r"|Representative|Head|President|Judge|Magistrate|Minister|Mayor|Principal|Dean|Consul)\b[\p{L} ,&'’-]{0,60})")
# A line of a paper's reference, as a press release gives it under the news ("Journal: Physical Review Applied").
_REFERENCE_DETAIL = regex.compile(r"\W*(?:title|journal|authors?|published in|publication|reference|citation|volume"
                                  r"|issue|pages)\s*:\s*\S", regex.IGNORECASE)
# A subhead: this many capitalised words at most, perhaps numbered ("03 Deadline"), ending in no stop nor colon.
SUBHEAD_MAX_WORDS = 5
_SUBHEAD = regex.compile(r"(?:\d{1,2}\.?\s+)?\p{Lu}[^.!?:;|]*[^\W_]")
# A footnote's mark at the start of a line ("* For identification purposes only").
_FOOTNOTE_MARK = regex.compile(r"([*†‡]+)\s*\p{L}")
_BYLINE_NAME = regex.compile(rf"(?:[Bb][Yy]\s+)?({PERSONS_NAME})\s*(?:$|[,|/(\d]|(?:and|in)\b)")
BYLINE_MAX_WORDS = 8
_JOURNALIST_BIO = regex.compile(
    # (Some boxes name the writer by the first name alone: "Fiona joined the Post in 2022 and covers housing ...".)
    rf"({PERSONS_NAME}|\p{{Lu}}\p{{Ll}}+)\s+(?:joined\b|covers\b|reports on\b|(?:is|was)\s+(?:a|an|the)\s+"
    # A writer or columnist may be a guest, whose note is the article's; a staff one is the site's. So is a
    # freelance's or a contributor's ("a Taipei-based freelance journalist and a regular contributor to ...").
    r"(?!(?:[\w-]+\s+){0,3}?(?:freelance|independent|guest|contributing)\b)"
    r"(?:[\w-]+\s+){0,3}?(?:reporter|correspondent|journalist|editor|(?:staff|senior) (?:writer|columnist)|producer"
    r"|photographer)\b)")
# A bio stands among the article's last lines not dropped, this many (the site's latest
# headlines may follow it).
BIO_LAST_LINES = 6
# What cuts left of a line is furniture's copy when one of this many lines under it repeats it.
REPEAT_LOOKAHEAD_LINES = 3
TABLE_MIN_ROWS = 3
# A short label and what it labels ("Cuisine: Cantonese", "Signature dish: roast goose").
_LABELLED = regex.compile(r"\W{0,3}\p{Lu}[\p{L}'’ -]{0,24}:\s*\S")
# An interviewer's question, labelled as the interview labels it ("Q: Which sectors ...?"): no headline.
_INTERVIEWERS_TURN = regex.compile(r"\W{0,3}(?:Q|Question)\s*:")
# Lines of furniture in a row that may stand among the article's lines after its last paragraph
# (a promotion, a rating widget): more end the article.
FURNITURE_GAP_MAX_LINES = 2
AFTER_ARTICLE = "context: short line after the end of the article"
# The built-in rule that takes the buttons and counters a social post copied onto a page brings with it.
EMBEDDED_POST_CHROME = "rule social-post-chrome"
# An institution's name, as a university's or a ministry's site puts it atop its pages.
_BODY_OF = regex.compile(r"\b(?:University|Institute|College|Academy|Ministry|Department|Bureau|Council|Museum|"
                         r"Observatory|Commission|Authority|Administration|Agency|Office|Federation|Association) of\b"
                         r"|\bCent(?:er|re)s? for\b"
                         # or of its state ("Ocean Affairs Council, Republic of China (Taiwan)")
                         r"|,\s*(?:the\s+)?(?:Republic of China|R\.\s?O\.\s?C\.|People[’']s Republic of China"
                         r"|Hong Kong Special Administrative Region|HKSAR)\b")


def apply_context(lines: list[LineAnalysis]) -> None:
    """Settle the short lines by their neighbours: a line dropped is replaced, in place, by its ``dropped`` copy.

    ``lines`` holds every line of one page, in order.
    """
    # The lines that are not blank: dropping a line never makes it blank, so one list serves every pass.
    content = [index for index, analysis in enumerate(lines) if analysis.verdict != BLANK]
    _drop_wrapped_furniture(lines, content)
    _apply_header_footer(lines, content)
    _cut_sites_own_name(lines, content)
    _drop_example_sentences(lines, content)
    _drop_links_between_paragraphs(lines, content)
    # Where the first paragraph stands in ``content`` (None: the page has none).
    first_body = next((position for position, index in enumerate(content) if lines[index].is_body), None)
    _drop_copies_of_lines_below(lines, content, first_body)
    _drop_sentences_quoted_again(lines, content)
    tables = _keep_tables(lines, content, first_body)
    _keep_announced_lists(lines, content, first_body)
    _drop_tables_of_contents(lines, content)
    _keep_questions_of_faqs(lines, content)
    asking = [index for index in content if "?" in lines[index].output]  # a dropped line has no output
    if asking:
        _drop_quiz_questions(lines, content, asking)
        _drop_closing_questions(lines, content, asking)
        _drop_polls(lines, content, asking)
    _drop_list_items(lines, content, first_body)
    _drop_mastheads(lines, content)
    if first_body is not None:
        _drop_menu_rows_printed_again(lines, content, first_body)
    _drop_author_bios(lines, content, first_body)
    last_body = _last_body(lines, content)
    untranslated = _without_translations_after(lines, content, last_body)
    introduced = (tables | _blocks_after_article(lines, untranslated, last_body)
                  | _issuers_under_notice(lines, content, last_body)
                  | _practical_details_after_article(lines, untranslated, last_body)
                  | _dialogue_after_article(lines, content, last_body)
                  | _closing_after_salutation(lines, content, last_body))
    _drop_lines_after_article(lines, last_body, introduced)
    _drop_menu_items(lines, content, last_body, introduced)


def _cut_sites_own_name(lines: list[LineAnalysis], content: list[int]) -> None:
    """The site's name after a title's bar or dash is the page's title bar, whatever the site: the page
    names itself in its copyright line ("Poll turnout falls to record low | The Harbourside Post" over
    "© 2026 The Harbourside Post. All rights reserved."). A byline's outlet is its credit, and stays."""
    # The words a title's bar may end in: each holder's name and its first words ("Harbourside Post" of
    # "Harbourside Post Media Ltd."), with the first copyright line that gives them.
    named: dict[tuple[str, ...], int] = {}
    for index in content:
        if lines[index].verdict == DROPPED:
            for words in _copyright_holders(lines[index].text):
                for end in range(1, len(words) + 1):
                    named.setdefault(tuple(words[:end]), index)
    if not named:
        return
    for index in content:
        analysis = lines[index]
        if analysis.verdict == DROPPED or analysis.rule_kept or analysis.is_body or analysis.is_byline:
            continue
        bar = _TITLE_BAR_NAME.search(analysis.output)
        if bar is None or analysis.output.count(" ", 0, bar.start()) < HEADLINE_MIN_SPACES:
            continue
        copyright_line = named.get(tuple(_name_words(bar.group("name"))))
        if copyright_line is not None:
            lines[index] = analysis.cut_from(bar.start(), f"context: the site's name, as its copyright line "
                                                          f"(line {copyright_line + 1}) gives it")


def _copyright_holders(text: str) -> list[list[str]]:
    """The words of the names a copyright line gives after its sign and year ("© 2026 Harbourside Post Media
    Ltd." -> harbourside, post, media, ltd)."""
    if "©" not in text and "opyright" not in text and "(c)" not in text and "(C)" not in text:
        return []  # most dropped lines: the test costs a fifteenth of the pattern's search
    return [words for words in map(_name_words, _COPYRIGHT_HOLDER.findall(text)) if words]


def _name_words(name: str) -> list[str]:
    """A name's words as they are compared: case-folded, without a leading "The" and stops."""
    words = name.casefold().replace(".", " ").split()
    return words[1:] if words[:1] == ["the"] else words


# A copyright line's holder: capitalised words after the sign or the word, and the year.
_COPYRIGHT_HOLDER = regex.compile(r"(?:©|\([cC]\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:[Bb]y\s+)?"
                                  r"(\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\d&'’.-]*){0,5})")
# A name after a title's last bar or spaced dash, at the line's end.
_TITLE_BAR_NAME = regex.compile(r"\s*(?:[|｜]|\s[-–—])\s*(?P<name>[^|｜\s][^|｜]{0,58}?)\s*$")


def _drop_wrapped_furniture(lines: list[LineAnalysis], content: list[int]) -> None:
    """The rest of a line of furniture that a hard wrap carried onto the next line goes with it: the
    rule's line ends in a comma or a word no sentence ends with, and a few words in lower case go on
    from it ("Subscribe to our English newsletter for the best of our reporting on Taiwan," over
    "delivered every Friday.")."""
    for above, index in zip(content, content[1:]):
        rest = lines[index]
        if (lines[above].verdict == DROPPED and lines[above].reason.startswith("rule ")
                and rest.verdict != DROPPED and not rest.rule_kept and 0 < rest.words <= WRAPPED_REST_MAX_WORDS
                and rest.output[:1].islower() and _GOES_ON.search(lines[above].text)):
            _drop(lines, index, f"context: the rest of the furniture on line {above + 1}, wrapped")


# The most words that a hard wrap carries of a line of furniture onto the next.
WRAPPED_REST_MAX_WORDS = 8


def _drop_example_sentences(lines: list[LineAnalysis], content: list[int]) -> None:
    """A sentence right under a vocabulary note (a word or two and their Chinese, dropped), translated,
    is the note's example: "griddle n. 煎鍋,鐵板" over "The cook flipped the pancakes on a hot griddle.
    廚師在熱鐵板上翻煎餅.", or over the sentence and its translation on a line of its own. A paragraph is
    longer than one sentence."""
    # (A note starts with its word in lower case, or its number: most dropped lines do not.)
    pairs = [(position, above) for position, (above, index) in enumerate(zip(content, content[1:]), 1)
             if lines[above].verdict == DROPPED and lines[index].verdict != DROPPED
             and _VOCABULARY_START.match(lines[above].text) is not None]
    for position, above in pairs:
        example = lines[content[position]]
        if example.words > EXAMPLE_MAX_WORDS:
            continue
        translated = (_is_glued_to_its_translation(example)
                      or (position + 1 < len(content) and _dropped_for_its_script(lines[content[position + 1]])))
        if (translated and example.is_sentence and not _SENTENCES_JOINED.search(example.output)
                and _is_vocabulary_note(lines[above]) and _uses_headword(example.output, lines[above].text)):
            _drop(lines, content[position], f"context: the example sentence of the vocabulary note on line {above + 1}")


def _is_glued_to_its_translation(analysis: LineAnalysis) -> bool:
    """The line's English was followed by a sentence in Chinese, cut: its translation ("Safety comes first.
    安全第一.")."""
    return (analysis.verdict == EDITED and bool(analysis.cuts) and analysis.cuts[-1][1] == CHINESE_AFTER
            and SENTENCE_END.search(analysis.cuts[-1][0]) is not None)


def _drop_links_between_paragraphs(lines: list[LineAnalysis], content: list[int]) -> None:
    """A headline behind an arrow, alone between two paragraphs, is a link to another story that the
    site inserts into the article ("► Taiwan drone makers win first large U.S. military order"); an item
    of a list has other items beside it, or a line that announces it above it."""
    for position in range(1, len(content) - 1):
        analysis = lines[content[position]]
        if analysis.verdict == DROPPED or analysis.output[:1] not in _ARROWS_BEFORE_LINK:
            continue
        above, below = lines[content[position - 1]], lines[content[position + 1]]
        if (above.is_body and below.verdict != DROPPED and below.output[:1] not in _ARROWS_BEFORE_LINK
                and not analysis.is_sentence and analysis.words <= LINKED_HEADLINE_MAX_WORDS
                and not _ANNOUNCES_LIST.search(above.output)):
            _drop(lines, content[position], "context: a link to another story behind an arrow, between paragraphs")


# The marks that sites put before a link to another story, and how long the story's headline is at most.
_ARROWS_BEFORE_LINK = frozenset("►▶▸➤➜→»")
LINKED_HEADLINE_MAX_WORDS = 16


def _uses_headword(sentence: str, note: str) -> bool:
    """The sentence uses the word that the note explains, in some form ("griddle" in "... on a hot griddle.",
    "swelter" in "... sweltered through July"): an example's does; the article's next paragraph need not."""
    headword = LATIN_WORD.search(LIST_NUMBER.sub("", note, count=1))
    if headword is None:
        return False
    word = headword.group().lower()
    stem = word[:max(len(word) - HEADWORD_ENDING_CHARS, HEADWORD_STEM_MIN_CHARS)]
    return stem in sentence.lower()


# An example may inflect the headword: its stem is the word less this many letters, and no shorter than this.
HEADWORD_ENDING_CHARS = 2
HEADWORD_STEM_MIN_CHARS = 3


def _is_vocabulary_note(analysis: LineAnalysis) -> bool:
    """A word or two in lower case and their Chinese ("griddle n. 煎鍋,鐵板", "1. swelter /ˈsweltə(r)/ v. 酷熱")."""
    text = LIST_NUMBER.sub("", analysis.text, count=1)
    script = profile(text)
    return script.has_cjk and script.latin_words > 0 and is_glossed_phrase(text, script)


def _drop_copies_of_lines_below(lines: list[LineAnalysis], content: list[int], first_body: int | None) -> None:
    """A line repeated by one of the lines right under it is the furniture's copy of it: what the cuts
    left of a breadcrumb trail that ends in the headline the page prints again under it ("Home » Hong
    Kong News » Lantau Trail section reopens ..." above "Lantau Trail section reopens ..."), or, above the
    first paragraph, the page's title, alone or in its bar with the site's name ("Matsu adds extra flights
    ... | Taiwan News | Mar. 5, 2026 17:40"). Where the page has no second copy, the first is the headline,
    and stays."""
    # Where the article's text starts: its first paragraph, or on a page whose paragraphs a hard wrap broke up, the
    # first line that ends a sentence.
    if first_body is None:
        first_body = next((position for position, index in enumerate(content) if lines[index].is_sentence), 0)
    words_of: dict[int, list[str]] = {}  # a line's words, each line's worked out once
    for position, index in enumerate(content):
        analysis = lines[index]
        if analysis.verdict == DROPPED or analysis.rule_kept or (analysis.verdict != EDITED and position >= first_body):
            continue
        words = analysis.output.casefold().split()
        # (A title stands atop the page, above its menus; the headline under them.)
        below = first_body if position < first_body else position + 1 + REPEAT_LOOKAHEAD_LINES
        for following in content[position + 1:below]:
            repeated = lines[following].output
            if not repeated:
                continue  # dropped
            if following not in words_of:
                words_of[following] = repeated.casefold().split()
            if words_of[following] == words or _is_title_bar_of(analysis.output, repeated):
                what = "what is left of furniture" if analysis.verdict == EDITED else "the page's title"
                _drop(lines, index, f"context: {what}, repeated on line {following + 1}")
                break


# How far above a note the paragraph it quotes may stand, in lines.
QUOTED_PARAGRAPH_MAX_LINES_ABOVE = 100


def _drop_sentences_quoted_again(lines: list[LineAnalysis], content: list[int]) -> None:
    """A sentence of a paragraph above, quoted again inside Chinese or under a Chinese label, is a note on it, a
    learning page's ("💡句子解析:They are not queueing for a bar — they are waiting to set off on a 5km run.
    破折号前后形成对比", "[原句] In states where salaries are low ..."), not the article's. A whole paragraph printed
    again is left alone: a page may print its article twice."""
    notes = [position for position, index in enumerate(content)
             if lines[index].verdict == EDITED and any(has_cjk(removed) for removed, _ in lines[index].cuts)
             and lines[index].words >= SENTENCE_MIN_WORDS and lines[index].is_sentence]
    if not notes:
        return  # most pages
    folded: dict[int, str] = {}  # a line's output, case-folded, each line's worked out once
    for position in notes:
        index = content[position]
        quoted = lines[index].output.casefold()
        # (A page's notes follow its article; a page flattened from many is looked back over this far only.)
        for above in content[max(position - QUOTED_PARAGRAPH_MAX_LINES_ABOVE, 0):position]:
            if lines[above].verdict == DROPPED:
                continue
            if above not in folded:
                folded[above] = lines[above].output.casefold()
            if quoted in folded[above] and len(folded[above]) > len(quoted):
                _drop(lines, index, f"context: a sentence of the paragraph on line {above + 1}, quoted again "
                                    f"in a note in Chinese")
                break


def _is_title_bar_of(line: str, headline: str) -> bool:
    """``line`` is ``headline`` in a title bar: a bar or a dash after it, then the site's name or a stamp."""
    return (len(headline) >= TITLE_BAR_MIN_CHARS and line.startswith(headline)
            and _TITLE_BAR_TAIL.fullmatch(line, len(headline)) is not None)


# A headline this long is told in a title bar, and what follows its bar is at most this long.
TITLE_BAR_MIN_CHARS = 20
_TITLE_BAR_TAIL = regex.compile(r"\s*[|｜\-–—_]\s*\S.{0,60}")

def _drop_menu_rows_printed_again(lines: list[LineAnalysis], content: list[int], first_body: int) -> None:
    """A row of section names among the paragraphs that the page also prints above them, where it
    went as furniture, is that menu again: a template's second copy ("News Taiwan Cross-Strait
    International Business Culture Podcasts")."""
    rows = [index for index in content[first_body + 1:]
            if MENU_ROW_MIN_WORDS <= lines[index].words <= BLOCK_LINE_MAX_WORDS and lines[index].verdict != DROPPED]
    if not rows:
        return
    above = {lines[index].text.strip().casefold(): index for index in content[:first_body]
             if lines[index].verdict == DROPPED}
    for index in rows:
        first_copy = above.get(lines[index].output.casefold())
        if first_copy is not None and _is_section_names(lines[index]):
            _drop(lines, index, f"context: a menu, printed on line {first_copy + 1} too")


def _keep_tables(lines: list[LineAnalysis], content: list[int], first_body: int | None) -> set[int]:
    """The indexes of the rows of the article's tables, flattened into lines of cells between
    bars ("Team | P | W | D | L | Pts", "Kitchee | 18 | 12 | 4 | 2 | 40", or two short cells, "Weekdays |
    8:30am–7pm"): after the first paragraph, this many lines in a row with as many cells, two of them with figures, and the
    table's title right above them. A row that a drop rule took for a menu or a market widget is
    the table's again."""
    rows = _keep_column_headings(lines, content)
    if first_body is None:
        return rows
    after = content[first_body + 1:]
    barred = [index for index in after if "|" in lines[index].output or "|" in lines[index].withheld]
    if len(barred) < TABLE_MIN_ROWS:
        return rows  # most pages
    run: list[int] = []
    cells = start = 0
    for position, index in enumerate(after + [None], first_body + 1):
        row = _kept_or_withheld(lines[index]) if index is not None else ""
        row_cells = _table_cells(row)
        if row_cells and row_cells == cells:
            run.append(index)
            continue
        announced = start > 0 and lines[content[start - 1]].output.endswith(":")
        if len(run) >= TABLE_MIN_ROWS and _is_table(lines, run, cells, content[position:], announced):
            rows.update(run, _title_above(lines, content, start))
        run, cells, start = ([index], row_cells, position) if row_cells else ([], 0, 0)
    for index in rows:
        # The rule under a markdown table's headings holds no words: it goes, as any such line does; so does a row
        # all in Chinese, the table's in the page's other language ("建築類型 | 屋齡 | 補助上限").
        withheld = lines[index].withheld
        if (lines[index].verdict == DROPPED and TABLE_RULE.fullmatch(withheld) is None
                and not (has_cjk(withheld) and LATIN_LETTER.search(withheld) is None)):
            _restore(lines, index, "a row of a table")
    return rows


def _is_table(lines: list[LineAnalysis], run: list[int], cells: int, below: list[int], announced: bool) -> bool:
    """Whether rows of as many cells, ``run``, are a table's: two of them with figures, or, with
    none, cells of a few words each under their headings ("Best Album | Lo Yi-ching | Meinong
    Mountain Songs"), where a menu's are a word or two ("About Us | Contact Us | Privacy"), or under a
    line that ``announced`` them ("Service status as of 2pm:"), or that the rules took for furniture
    in no more than half of them, and the article going on below them, where a footer's rows of links end
    the page."""
    rows = [_kept_or_withheld(lines[index]) for index in run]
    if sum(DIGIT.search(row) is not None for row in rows) >= 2:
        return True
    words = sum(len(LATIN_WORD.findall(row)) for row in rows[1:])
    half_kept = sum(lines[index].verdict != DROPPED for index in run) * 2 >= len(run)
    return (cells >= TABLE_MIN_CELLS
            and (announced or half_kept or words >= WORDED_TABLE_MIN_WORDS_A_CELL * cells * (len(rows) - 1))
            and any(lines[index].is_body for index in below))


# A table of words, not figures, holds this many words a cell on average (a menu's links a word or two).
WORDED_TABLE_MIN_WORDS_A_CELL = 2.5


def _table_cells(row: str) -> int:
    """How many cells ``row`` holds as a table's row, 0 if none: a row of two holds a few words in its first
    cell ("Saturdays (by appointment) | 9am–12pm", "Maternity leave | 14 weeks, after 40 weeks of continuous
    employment"), where a related story's headline, before its date or its site's name, holds more."""
    if "|" not in row:
        return 0
    cells = row.split("|")
    if len(cells) == 2 and len(LATIN_WORD.findall(cells[0])) > TWO_COLUMN_CELL_MAX_WORDS:
        return 0
    return len(cells)


# A table of two columns holds this many words in its first cell at most.
TWO_COLUMN_CELL_MAX_WORDS = 4


def _keep_column_headings(lines: list[LineAnalysis], content: list[int]) -> set[int]:
    """The indexes of the tables of two columns or more under a row of column headings that a drop
    rule took for a menu ("Monthly eligible spending | Cash rebate" over "HK$8,000 – HK$14,999 | 5%"
    and "HK$15,000 or above | 8%"), its columns parted by bars or lined up by spaces ("Team    W  L  T  GB"
    over "CTBC Brothers  39  21  0  —"): the headings have no figures, and the rows kept under them, as
    many cells each, do. The table goes on while its rows do, and a short line kept right above the
    headings is its title ("Overall results of day-school candidates")."""
    rows: set[int] = set()
    for position in [position for position, index in enumerate(content) if lines[index].withheld
                     and _columns(lines[index].withheld) > 1 and TABLE_RULE.fullmatch(lines[index].withheld) is None]:
        headings = lines[content[position]].withheld
        columns = _columns(headings)
        under = []
        for following in range(position + 1, len(content)):  # no copy of the rest of a page flattened long
            index = content[following]
            if not (lines[index].verdict in (KEPT, EDITED) and _fills_columns(lines[index].output, columns)
                    and DIGIT.search(lines[index].output) is not None):
                break
            under.append(index)
        # (Headings of three columns or more tell a table of one row: "Lot | Minimum GFA | Maximum GFA".)
        if ((len(under) >= TABLE_MIN_ROWS - 1 or under and columns >= 3)
                and not DIGIT.search(headings) and profile(headings).latin_words <= BLOCK_LINE_MAX_WORDS):
            # (Headings all in Chinese are the table's in the page's other language: "排名 | 剧名 | 频道".)
            if LATIN_LETTER.search(headings) is not None:
                _restore(lines, content[position], "the column headings of the table under it")
            rows.update([content[position], *under], _title_above(lines, content, position))
    return rows


def _columns(row: str) -> int:
    """How many columns ``row`` holds as a table's row: cells between bars, or lined up by runs of spaces
    or tabs; 1 for a line that is neither."""
    if "|" in row:
        return row.count("|") + 1
    return len(COLUMN_GAP.split(row.strip())) if COLUMN_GAP.search(row) else 1


def _fills_columns(row: str, columns: int) -> bool:
    """``row`` holds ``columns`` cells, or, lined up by spaces, a name and a figure for each of the other
    columns, one space after the name where the name is long ("Uni-President Lions 6  6  2.5" under
    "Team       W  L  GB")."""
    if _columns(row) == columns:
        return True
    if "|" in row or not COLUMN_GAP.search(row):
        return False
    cells = row.split()
    name = len(cells) - (columns - 1)
    return (name > 0 and LATIN_LETTER.match(cells[0]) is not None and _FIGURE_CELL.fullmatch(cells[name - 1]) is None
            and all(_FIGURE_CELL.fullmatch(cell) for cell in cells[name:]))


# A cell of a table's row that holds a figure: "6", "2.5", "—".
_FIGURE_CELL = regex.compile(r"\d[\d.,:/%]*|[—–-]")


def _title_above(lines: list[LineAnalysis], content: list[int], position: int) -> list[int]:
    """The index of the short line kept right above ``content[position]``, the first row of a table: its
    title ("Annex", "Overall results of day-school candidates"), with a label of a word or two above it
    ("Annex" over "Survey findings by district"); or none."""
    titles: list[int] = []
    for above in range(position - 1, max(position - 3, -1), -1):
        title = lines[content[above]]
        if (title.verdict == DROPPED or title.is_sentence
                or title.words > (BLOCK_LINE_MAX_WORDS if not titles else TABLE_LABEL_MAX_WORDS)):
            break
        titles.append(content[above])
    return titles


# A table's label above its title has this many words at most ("Annex", "Table 2").
TABLE_LABEL_MAX_WORDS = 2


def _keep_announced_lists(lines: list[LineAnalysis], content: list[int], first_body: int | None) -> None:
    """Lines of figures right under a line of the article that announces them with a colon, up
    to its next paragraph, are the list it announces ("The lowest temperatures recorded were:",
    "Ta Kwu Ling 2.9°C", "Sheung Shui 3.6°C", a paragraph): a drop rule that took them for a
    widget is overruled. The article has begun: the first paragraph stands above."""
    if first_body is None:
        return
    # Few lines hold a colon, and they are found in one pass; an output is stripped, so the colon ends it.
    for position in [position for position, index in enumerate(content[first_body:], first_body)
                     if ":" in lines[index].output]:
        index = content[position]
        analysis = lines[index]
        if not analysis.output.endswith(":") or analysis.words < SENTENCE_MIN_WORDS or analysis.names_only:
            continue
        items = []
        for following in content[position + 1:position + 1 + ANNOUNCED_LIST_MAX_LINES]:
            text = _kept_or_withheld(lines[following])
            if profile(text).latin_words > BLOCK_LINE_MAX_WORDS or not DIGIT.search(text):
                break
            items.append(following)
        after = content[bisect.bisect_right(content, items[-1])] if items and items[-1] != content[-1] else None
        if len(items) >= 2 and after is not None and lines[after].is_body:
            for item in items:
                if lines[item].verdict == DROPPED:
                    _restore(lines, item, f"an item of the list announced on line {index + 1}")


def _restore(lines: list[LineAnalysis], index: int, what: str) -> None:
    """Give back the line a drop rule withheld, as ``what`` the context shows it to be."""
    analysis = lines[index]
    lines[index] = replace(analysis, verdict=EDITED if analysis.cuts else KEPT, output=analysis.withheld, withheld="",
                           words=profile(analysis.withheld).latin_words,
                           reason=f"context: {what} ({analysis.reason} took it for furniture)")


def _kept_or_withheld(analysis: LineAnalysis) -> str:
    """The text of a line that may be a table's row or a list's item: what it outputs, or what a
    drop rule withheld."""
    return analysis.output if analysis.verdict != DROPPED else analysis.withheld


def _apply_header_footer(lines: list[LineAnalysis], content: list[int]) -> None:
    """Drop what stands before the last header marker and after the first footer marker.

    A marker on the far side of the article's body is not the article's edge
    but a menu item ("Quiz" in a learning site's menu above the article): a
    header counts only before the last paragraph, a footer only after the
    first, so that no marker can take the whole article with it.
    """
    headers = [i for i in content if lines[i].header]
    footers = [i for i in content if lines[i].footer]
    if headers:
        last_body = _last_body(lines, content)
        headers = [i for i in headers if last_body is None or i < last_body]
    if footers:
        first_body = next((index for index in content if lines[index].is_body), None)
        footers = [i for i in footers if (first_body is None or i > first_body)
                   and not _closes_embedded_post(lines, content, i)]
    if headers:
        marker = headers[-1]
        for index in range(marker):
            if lines[index].verdict in (KEPT, EDITED) and not lines[index].rule_kept:
                _drop(lines, index, f"context: before the header marker on line {marker + 1} "
                                    f"({lines[marker].reason})")
    if footers:
        marker = footers[0]
        for index in range(marker + 1, len(lines)):
            if lines[index].verdict in (KEPT, EDITED) and not lines[index].rule_kept:
                _drop(lines, index, f"context: after the footer marker on line {marker + 1} "
                                    f"({lines[marker].reason})")


def _closes_embedded_post(lines: list[LineAnalysis], content: list[int], index: int) -> bool:
    """The footer marker at ``index`` is an embedded post's comment box ("Add a comment...") right under the
    post's chrome: it ends the post, not the article."""
    position = bisect.bisect_left(content, index)
    return position > 0 and lines[content[position - 1]].reason == EMBEDDED_POST_CHROME


def _keep_questions_of_faqs(lines: list[LineAnalysis], content: list[int]) -> None:
    """A numbered question that the quiz rule dropped is an FAQ's when its answer follows in sentences,
    labelled ("Q1. Can foreign suppliers take part in tenders?" over "A: Yes. Under Article 17 ...") or, where
    the page asks two such questions or more, a paragraph of its own ("Q3. Can foreign residents apply?" over
    "Yes. Holders of an Alien Permanent Resident Certificate ... may apply ..."); a quiz's options are
    lettered, its answers in a key at its end."""
    labelled: list[tuple[int, regex.Match]] = []
    answered: list[tuple[int, regex.Match]] = []
    for position, index in enumerate(content[:-1]):
        analysis = lines[index]
        asked = _NUMBERED_QUESTION.match(analysis.text) if analysis.reason == QUIZ_RULE else None
        if asked is None:
            continue
        answer = lines[content[position + 1]]
        if answer.is_sentence and _LABELLED_ANSWER.match(answer.output) is not None:
            labelled.append((index, asked))
        # (An answer may announce the list it gives: "Applicants must meet all of the following conditions:".)
        elif (answer.verdict != DROPPED and _OPTION.match(answer.output) is None
              and (answer.is_body or (answer.words >= SENTENCE_MIN_WORDS and answer.output.endswith(":")))):
            answered.append((index, asked))
    for index, asked in labelled + (answered if len(labelled) + len(answered) >= FAQ_MIN_QUESTIONS else []):
        analysis = lines[index]
        question = asked.group().strip()
        # A page's link glued on after it goes ("Q3. Can I travel ...? 返回頁首").
        glued = analysis.text[asked.end():].strip()
        lines[index] = replace(analysis, verdict=EDITED if glued else KEPT, output=question,
                               words=profile(question).latin_words,
                               reason=f"context: the question of an FAQ, its answer under it "
                                      f"({analysis.reason} took it for a quiz's)",
                               cuts=((glued, "script: Chinese glued after the English"),) if glued else ())


# An FAQ whose answers are unlabelled asks this many numbered questions at least: one alone over a paragraph
# is a quiz's, set in the article.
FAQ_MIN_QUESTIONS = 2
QUIZ_RULE = "rule quiz"
_NUMBERED_QUESTION = regex.compile(r"\W*Q\d{1,2}\s*[.):]\s*\S[^?]*\?(?=\W*$|\s*\p{Han}+\W*$)")
_LABELLED_ANSWER = regex.compile(r"\W*A\d{0,2}\s*[.:]\s*\S")


def _drop_quiz_questions(lines: list[LineAnalysis], content: list[int], asking: list[int]) -> None:
    """A question followed by lettered options ("1. Why did Yang buy the projector?",
    "A. Because ...", "B. Because ...") is a learning page's quiz: the question and
    its options go, however much they read like the article's sentences. ``asking``
    holds the lines with a question mark."""
    for index in asking:
        if lines[index].verdict == DROPPED or not lines[index].is_question:
            continue
        options = list(_lettered_options(lines, content[bisect.bisect_right(content, index):]))
        if not options or (len(options) == 1 and not _OPTION_B.search(_text_of(lines[options[0]]))):
            continue
        for option in [index] + options:
            if lines[option].verdict != DROPPED:
                _drop(lines, option,
                      f"{QUIZ_QUESTION} and its options (lines {index + 1}-{options[-1] + 1})")


def _drop_closing_questions(lines: list[LineAnalysis], content: list[int], asking: list[int]) -> None:
    """Numbered questions, two or more in a row, after the article's last paragraph are a
    learning page's questions for its readers ("1. Where is the rice paddy?"); so is one beside what
    went as a quiz's, its options or its answers ("42. What is the author's attitude ...?" under "(A) ... (B)
    ... (C) ... (D) ...", over "参考答案:46. A 47. C")."""
    questions = {index for index in asking
                 if lines[index].verdict != DROPPED and lines[index].is_question and lines[index].is_numbered}
    if not questions:
        return  # most pages
    last_body = _last_body(lines, [index for index in content if not lines[index].is_numbered])
    if last_body is None:
        return
    run: list[int] = []
    announced = False  # the run's questions are the article's, which the line above announces
    for position in range(bisect.bisect_right(content, last_body), len(content) + 1):
        index = content[position] if position < len(content) else None
        if index is not None and index in questions:
            if not run:
                announced = _announces_questions(lines[content[position - 1]])
            run.append(index)
            continue
        beside_quiz = len(run) == 1 and (_went_as_quizs(lines[content[position - 2]])
                                         or index is not None and _went_as_quizs(lines[index]))
        if (len(run) >= 2 or beside_quiz) and not announced:
            for question in run:
                _drop(lines, question, f"context: questions for the reader after the article "
                                       f"(lines {run[0] + 1}-{run[-1] + 1})")
        run = []


def _went_as_quizs(analysis: LineAnalysis) -> bool:
    """A rule or the context dropped the line as a quiz's or an exam's: a question, its options, its answers."""
    return analysis.verdict == DROPPED and (analysis.reason in (QUIZ_RULE, EXAM_RULE)
                                            or analysis.reason.startswith(QUIZ_QUESTION))


EXAM_RULE = "rule exam-apparatus"
QUIZ_QUESTION = "context: a quiz question"


def _drop_polls(lines: list[LineAnalysis], content: list[int], asking: list[int]) -> None:
    """A question between furniture and two or more answers of a word or three, with furniture
    under them, is a reader poll ("READER POLL", "Should the government relocate ...?", "Yes",
    "No", "Not sure", "Vote"): the question and its answers go."""
    for index in asking:
        position = bisect.bisect_left(content, index)
        if (lines[index].verdict == DROPPED or not lines[index].is_question or position == 0
                or lines[content[position - 1]].verdict != DROPPED):
            continue
        answers = []
        for following in content[position + 1:position + 1 + POLL_MAX_ANSWERS + 1]:
            analysis = lines[following]
            if (analysis.verdict == DROPPED or analysis.words > POLL_ANSWER_MAX_WORDS
                    or SENTENCE_MARK.search(analysis.output)):
                break
            answers.append(following)
        ended = position + 1 + len(answers)
        if len(answers) >= 2 and (ended == len(content) or lines[content[ended]].verdict == DROPPED):
            for line in [index] + answers:
                _drop(lines, line,
                      f"context: a reader poll's question and its answers (lines {index + 1}-{answers[-1] + 1})")


def _announces_questions(analysis: LineAnalysis) -> bool:
    """A paragraph's worth of the article that ends with a colon announces the questions under it
    ("He advised users to ask themselves three questions before posting:"), where a quiz's
    instructions are short ("Answer the following questions:")."""
    return (analysis.verdict != DROPPED and analysis.words >= BODY_MIN_WORDS
            and _ANNOUNCES_LIST.search(analysis.output) is not None)


def _lettered_options(lines: list[LineAnalysis], following: Sequence[int]):
    """The indexes of the lines among ``following`` that are options A, B, C ... in turn."""
    letters = iter("ABCDEF")
    for index in following:
        found = _OPTION.match(_text_of(lines[index]))
        if found is None or found.group(1).upper() != next(letters):
            return
        yield index


def _text_of(analysis: LineAnalysis) -> str:
    """What a line says: its output, or the text it came as if it was dropped."""
    return analysis.output or analysis.text.strip()


def _drop_list_items(lines: list[LineAnalysis], content: list[int], first_body: int | None) -> None:
    """A related-stories heading takes the short English lines right under it.

    The list ends at the first line that is not such an item: a paragraph, a
    sentence, a credit, a label ending in a colon, a line already dropped (a list of Chinese titles, say,
    whose end is not known, must not swallow the headline of the article after
    it), an unnumbered line after numbered items, or a headline with its byline
    under it and a paragraph under that. An item's date, length or author on a
    line of its own goes with it, and an item may ask (see
    ``_is_question_among_headlines``); the items of a list of search terms are a word or two, and have
    no teasers. Above the article, a heading's one line over
    the first paragraph is the headline ("Latest News", a tab's label, over "Citi
    Lifts TENCENT TP to $520").
    """
    heading, numbered, items, search_terms = None, False, 0, False
    for position, index in enumerate(content):
        analysis = lines[index]
        if analysis.starts_list:
            # (A heading in Chinese heads a learning page's vocabulary notes, the article's glossary one in English.)
            if (position + 1 < len(content) and _is_glossary_entry(lines[content[position + 1]])
                    and not has_cjk(analysis.text)):
                heading = None  # the article's glossary, whose heading a list rule took for a list's
                if analysis.withheld:
                    _restore(lines, index, "the heading of a glossary of terms and their definitions")
                continue
            if (first_body is not None and first_body < position < len(content) - 2
                    and analysis.withheld.isalpha() and analysis.withheld.isascii()
                    and all(lines[content[position + under]].is_body and not lines[content[position + under]].is_question
                            for under in (1, 2))):
                # A section of the article, a word over its paragraphs ("Video" over the paragraphs of a camera's
                # review on its video): a list's items are headlines, some of them questions, a teaser under one.
                heading = None
                _restore(lines, index, "a subhead over a paragraph of the article")
                continue
            heading, numbered, items = index, False, 0
            search_terms = _LIST_OF_SEARCH_TERMS.search(analysis.text) is not None
            continue
        if heading is None:
            continue
        if items and _is_item_detail(analysis) and _item_goes_on_after(lines, content, position):
            if analysis.verdict != DROPPED:
                _drop(lines, index, f"context: the date or author of an item of the list under line {heading + 1}")
            continue
        if (items and not search_terms and lines[content[position - 1]].verdict == DROPPED
                and _is_teaser_of_item(lines, content, position, first_body)):
            _drop(lines, index, f"context: the teaser of an item of the list under line {heading + 1}")
            continue
        is_numbered = analysis.is_numbered
        if (analysis.verdict in (KEPT, EDITED) and not analysis.rule_kept
                and not analysis.output.endswith(":")  # a label, or a line that announces what follows ("Reply:")
                and (not (analysis.is_body or analysis.is_sentence) or _is_headline_question(analysis)
                     or _PAPERS_REFERENCE.match(analysis.output) is not None
                     or _is_question_among_headlines(lines, content, position, first_body)
                     or _is_learning_boxs_sentence(lines[heading], analysis))
                and not analysis.is_credit and (is_numbered or not numbered)
                and not (_has_byline_under(lines, content, position) and not _item_goes_on_after(lines, content, position + 1))
                and not (not items and (first_body is None or position < first_body)
                         and _has_body_under(lines, content, position))
                and (search_terms or not _is_subhead_ending_list(lines, content, position, items))
                and not _heads_fact_box(lines, content, position)):
            _drop(lines, index, f"context: item of the list under line {heading + 1} ({lines[heading].reason})")
            numbered = numbered or is_numbered
            items += 1
        else:
            heading = None


# A paper's reference, its first author's surname and initials first, then others or "et al.", and its year
# ("Zhou M., et al. Interfacial copper-zinc sites for CO2 electroreduction. J. Am. Chem. Soc. 2025, 147, 8812–8820."):
# a related paper in a research release's list.
_PAPERS_REFERENCE = regex.compile(r"\W*\p{Lu}[\p{L}'’-]+,?\s+(?:\p{Lu}\.\s?){1,3},?\s+(?:et al\.|\p{Lu}[\p{L}'’-]+,?\s+\p{Lu}\.)"
                                  r".*\b(?:19|20)\d{2}\b")


def _is_learning_boxs_sentence(heading: LineAnalysis, analysis: LineAnalysis) -> bool:
    """A short sentence with its translation glued on, under a heading in Chinese: a learning page's sentence
    of the day ("今日金句" over "Safety comes first. 安全第一.")."""
    return has_cjk(heading.text) and analysis.words <= BLOCK_LINE_MAX_WORDS and _is_glued_to_its_translation(analysis)


def _heads_fact_box(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """The line is the heading of the article's fact box, two facts or more under it ("Yunnan coffee at a glance"
    over "Planting area: about 1.3 million mu", "Annual output: ..."): a list's items are headlines."""
    under = content[position + 1:position + 3]
    return len(under) == 2 and all(lines[index].verdict != DROPPED and _is_fact(lines[index]) for index in under)


def _is_subhead_ending_list(lines: list[LineAnalysis], content: list[int], position: int, items: int) -> bool:
    """After a list's items, a word or two over a paragraph of the article is its subhead ("Concessions"):
    no headline of another story is that short."""
    return (items > 0 and lines[content[position]].words <= LIST_ENDING_SUBHEAD_MAX_WORDS
            and position + 1 < len(content) and _is_subhead_of(lines[content[position]], lines[content[position + 1]]))


# A subhead right under a list has at most this many words.
LIST_ENDING_SUBHEAD_MAX_WORDS = 2
# The heading of a list of search terms or topics, whose items are a word or two, and have no teasers.
_LIST_OF_SEARCH_TERMS = regex.compile(r"(?i:search|trending|hot topics|topics)|熱搜|热搜|搜尋|搜索|話題|话题|關鍵字|关键词")


def _is_glossary_entry(analysis: LineAnalysis) -> bool:
    """A term with its form in brackets and its definition in English after a colon ("Insulin (胰島素): a
    hormone that lowers blood sugar", "躺平 (tang ping): lying flat"): an entry of the article's glossary."""
    return analysis.verdict != DROPPED and _GLOSSARY_ENTRY.match(analysis.output) is not None


# (A part of speech in the brackets makes it a learning page's vocabulary note: "moored (adjective): tied up".)
_PART_OF_SPEECH = (r"(?:noun|verb|adjective|adverb|phrase|phrasal verb|idiom|preposition|conjunction"
                   r"|pronoun|n|v|vt|vi|adj|adv|phr|prep|conj)\.?")
_GLOSSARY_ENTRY = regex.compile(r"\W{0,3}[^\s:()]{1,20}(?:\s[^\s:()]{1,20}){0,3}\s*"
                                rf"\((?!{_PART_OF_SPEECH}(?:\s*[/,&]\s*{_PART_OF_SPEECH})*\))[^()]{{1,40}}\)\s*:\s*\p{{Ll}}")


def _is_item_detail(analysis: LineAnalysis) -> bool:
    """A line of a list's item under its headline: its date, time or length ("17 March 2026", "03:21"),
    or its author ("By Karen Lo")."""
    if analysis.verdict == DROPPED:
        return analysis.reason.startswith(NO_WORDS)
    return analysis.words <= DATE_LINE_MAX_WORDS and (analysis.is_byline or _is_fact_or_stamp(analysis))


def _item_goes_on_after(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """After ``content[position]`` and any more of the item's details, the list goes on or ends: the
    next line is furniture, or another headline, or there is none; no paragraph, as under a headline's
    byline."""
    for index in content[position + 1:position + 1 + ITEM_DETAILS_MAX]:
        below = lines[index]
        if below.verdict == DROPPED and not below.reason.startswith(NO_WORDS):
            return True
        if not _is_item_detail(below):
            return (not (below.is_body or below.is_sentence or below.is_credit)
                    or (below.is_question and below.words <= HEADLINE_QUESTION_MAX_WORDS))
    return position + 1 + ITEM_DETAILS_MAX >= len(content)


# An item's lines under its headline: a date, a time, an author.
ITEM_DETAILS_MAX = 3


def _is_teaser_of_item(lines: list[LineAnalysis], content: list[int], position: int, first_body: int | None) -> bool:
    """A sentence under an item of a list that sums its story up, before the next item ("Why do Hong Kong's
    hospitals struggle to keep doctors?" over "Authority says its recruitment drive has brought in 120 doctors.",
    then the next headline): one short sentence after the article's first paragraph (above it, it is that
    paragraph), and under it a headline that another teaser, furniture or the page's end follows, as no
    paragraph and its subhead do."""
    analysis = lines[content[position]]
    if (first_body is None or position <= first_body or analysis.verdict == DROPPED or analysis.rule_kept
            or not analysis.is_sentence or analysis.words > TEASER_MAX_WORDS
            or _SENTENCES_JOINED.search(analysis.output)):
        return False
    following = [lines[index] for index in content[position + 1:position + 3]]
    if not following or following[0].verdict == DROPPED:
        return False
    headline = following[0]
    if not ((headline.is_question and headline.words <= HEADLINE_QUESTION_MAX_WORDS)
            or not (headline.is_body or headline.is_sentence or headline.is_credit)):
        return False
    if headline.output.endswith(":") and has_function_words(headline.output):
        return False  # the article's line that announces what follows ("Here's how major benchmarks moved:")
    if len(following) == 1:
        return True
    after = following[1]
    return (after.verdict == DROPPED or not after.is_sentence
            or (after.words <= TEASER_MAX_WORDS and not _SENTENCES_JOINED.search(after.output)))


# The most words of a list item's teaser.
TEASER_MAX_WORDS = 30


def _is_question_among_headlines(lines: list[LineAnalysis], content: list[int], position: int,
                                 first_body: int | None) -> bool:
    """A headline that asks in sentence case ("Will Hong Kong's new housing target cut waiting times?"), of a
    list: the lines under it, up to furniture or the page's end, are headlines, asking or not, or their
    teasers (see ``_is_teaser_of_item``), no paragraph."""
    analysis = lines[content[position]]
    if not analysis.is_question or analysis.words > HEADLINE_QUESTION_MAX_WORDS:
        return False
    for at in range(position + 1, min(position + 1 + ASKING_HEADLINES_MAX, len(content))):
        below = lines[content[at]]
        if below.verdict == DROPPED:
            return True
        if not (below.is_question and below.words <= HEADLINE_QUESTION_MAX_WORDS
                or _is_teaser_of_item(lines, content, at, first_body)):
            return not (below.is_body or below.is_sentence or below.is_credit)
    return position + 1 + ASKING_HEADLINES_MAX >= len(content)


# Headlines that ask, in a row, that a list may hold before the look for its end gives up.
ASKING_HEADLINES_MAX = 8


# A run of short lines that this many of the lines below repeat, in order, is a table of contents.
CONTENTS_MIN_ENTRIES = 3
CONTENTS_ENTRY_MAX_WORDS = 8
_SECTION_NUMBER_CHARACTERS = "0123456789. "  # "3.1 Flora"


def _drop_tables_of_contents(lines: list[LineAnalysis], content: list[int]) -> None:
    """A table of contents, a run of short lines that the section headings below repeat in their
    order ("1 History" / "2 Architecture" ... then "History" over its paragraphs), is the page's
    navigation; so is a menu that a page prints at its top and again at its foot."""
    # A short line's words, without a section's number (a dropped line has no output).
    keys = {index: lines[index].output.lstrip(_SECTION_NUMBER_CHARACTERS).casefold() for index in content
            if lines[index].words <= CONTENTS_ENTRY_MAX_WORDS and lines[index].output}
    if len(set(keys.values())) == len(keys):
        return  # no short line is repeated: most pages
    keys = {index: key for index, key in keys.items() if not lines[index].is_sentence}
    where: dict[str, list[int]] = {}  # each key's lines, in order
    for index, key in keys.items():
        where.setdefault(key, []).append(index)
    position = 0
    while position < len(content):
        run, repeats = [], []  # the entries, and the lines below that repeat them
        for at in range(position, len(content)):
            index = content[at]
            key = keys.get(index)
            if key is None or (repeats and index >= repeats[0]):
                break
            same = where[key]
            after = bisect.bisect_right(same, repeats[-1] if repeats else index)
            if after == len(same):
                break
            run.append(index)
            repeats.append(same[after])
        if len(run) >= CONTENTS_MIN_ENTRIES:
            for index, repeat in zip(run, repeats):
                _drop(lines, index, f"context: an entry of a table of contents (line {repeat + 1} repeats it below)")
            position += len(run)
        else:
            position += 1


def _drop_mastheads(lines: list[LineAnalysis], content: list[int]) -> None:
    """Before the headline, short lines and rows of capitalised names ("SCMP Hong Kong China
    Asia World Comment Business Tech Lifestyle Sport Video", and atop the page an institution's
    name, "HKUST The Hong Kong University of Science and Technology") are the site's masthead and
    menus, and a line above its menu is its tagline."""
    headline = _headline(lines, content)
    first = True  # the first line not dropped, where an institution's name stands
    for position, index in enumerate(content):
        analysis = lines[index]
        if analysis.verdict == DROPPED:
            continue
        if index == headline or analysis.rule_kept:
            return
        names = (analysis.words <= MASTHEAD_MAX_WORDS
                 or has_no_lower_case_word(_ACCOUNT_BUTTONS.sub("", analysis.output))
                 or (first and analysis.names_only and _BODY_OF.search(analysis.output) is not None)
                 ) and len(_LABELLED_CODE.findall(analysis.output)) < DOCUMENT_HEADER_MIN_FIELDS
        first = False
        # Names with a full stop are no sentence ("Global Heritage Watch.", a reposted account's name), but
        # for a company's abbreviation's ("HUAXIN MICROELECTRONICS CO.,LTD.", over its announcement).
        if (names and not analysis.is_byline
                and (not analysis.is_sentence
                     or analysis.names_only and _COMPANY_ABBREVIATION_AT_END.search(analysis.output) is None)
                and not _is_kicker(lines, content, position, headline)
                and not _is_subject_of_definition(lines, content, position)
                and not _is_release_title(lines, content, position)
                and not _is_rubric_of_briefs(lines, content, position, headline)):
            _drop(lines, index, "context: a name above the headline (a masthead or menu)")
        elif _is_tagline(lines, content, position):
            _drop(lines, index, "context: a tagline above the site's menu")


# A company release's title broken over lines: the company, its stock code, then what it announces.
RELEASE_TITLE_MAX_LINES = 3
_RELEASE_VERB = regex.compile(r"\W*(?:Announces|Reports|Posts|Declares|Launches|Unveils|Completes|Achieves|Records)\b")
_STOCK_CODE = regex.compile(r"\W*(?:stock code|ticker|hkex|sehk|nasdaq|nyse|twse|tpex|sse|szse)\s*[:：]?\s*[\w.]{2,12}\W*",
                            regex.IGNORECASE)


_COMPANY_ABBREVIATION_AT_END = regex.compile(r"\b(?:co|ltd|inc|corp|plc|bhd|llc)\.\W*$", regex.IGNORECASE)
_CODE_IN_BRACKETS = regex.compile(r"\((?:stock code\s*:?\s*)?\d{4,6}(?:\.[A-Z]{2,3})?\)")
_COMPANY = regex.compile(r"\b(?:co\.|ltd\.?|limited|inc\.?|corp\.?|corporation|holdings|group|plc)(?!\w)",
                         regex.IGNORECASE)


def _is_release_title(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """A line of a company release's title broken over lines, the company's name and stock code over
    what it announces ("Yuanda Pharma Holdings Limited", "(Stock Code: 1873.HK)", "Announces 2025 Annual
    Results"), or on one line with its code in brackets ("Riseon Precision Co., Ltd. (6128) Material Information"):
    no masthead."""
    text = lines[content[position]].output
    if _CODE_IN_BRACKETS.search(text) is not None and _COMPANY.search(text) is not None:
        return True
    below = (lines[index].output for index in content[position:position + 2 * RELEASE_TITLE_MAX_LINES]
             if lines[index].verdict != DROPPED)
    for _, text in zip(range(RELEASE_TITLE_MAX_LINES), below):
        if _RELEASE_VERB.match(text):
            return True
        if _STOCK_CODE.fullmatch(text) is None and NAMED_KIND.search(text) is None:
            return False
    return False


# What follows a subject's name opening a reference work's lead, after its gloss ("Anping Fort (安平古堡) is
# a fortress", "The Mogao Caves, also known as ..."); a news story's subject does ("The National Palace
# Museum (國立故宮博物院) will open ...").
_DEFINITION_AFTER_SUBJECT = regex.compile(
    r"(?:\s*\([^()]*\))?(?:,?\s+(?:is|was|are|were|refers to)\b|,\s+(?:also|officially|formerly)\b)")


# How far below its title a reference page's lead may stand, past an infobox.
DEFINITION_MAX_LINES_BELOW = 30


def _is_subject_of_definition(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """The title of a reference page: the first paragraph below opens by defining it ("Anping Fort" over
    "Anping Fort (Chinese: 安平古堡) is a fortress in ...", "Mogao Caves" over "The Mogao Caves (莫高窟) are ...")."""
    title = lines[content[position]].output
    below = range(position + 1, min(position + 1 + DEFINITION_MAX_LINES_BELOW, len(content)))
    paragraph = next((lines[content[at]].output for at in below if lines[content[at]].is_body), None)
    if paragraph is None:
        return False
    opening = paragraph[4:] if paragraph.startswith("The ") else paragraph
    return opening.startswith(title) and _DEFINITION_AFTER_SUBJECT.match(opening, len(title)) is not None


# A field of a document's header, a label and a code or number ("Stock Code:603218", "Announcement
# No.:2026-017"); a line of this many is the document's, no menu's.
_LABELLED_CODE = regex.compile(r"\p{Lu}[\p{L}.]*(?: [\p{L}.]+){0,3}\s*:\s*\p{Lu}{0,4}\d[\d./-]*")
DOCUMENT_HEADER_MIN_FIELDS = 2
# A rubric over a brief has this many words at most ("TAIWAN IN BRIEF").
RUBRIC_MAX_WORDS = 3
# What a kicker holds none of: figures, a trail's or a menu's separators, a label's colon.
_NOT_IN_KICKER = regex.compile(r"[\d/|>»:]")
# Its function words: a section's name joins words with "and" ("Law and Crime"), and a body's with "of"
# ("Ministry of Education").
_KICKERS_FUNCTION_WORDS = ENGLISH_FUNCTION_WORDS - {"and", "of"}


def _is_rubric_of_briefs(lines: list[LineAnalysis], content: list[int], position: int, headline: int | None) -> bool:
    """A rubric in capitals right above the headline, or over another such rubric, on a page of
    briefs whose later items have one too ("SPORTS BRIEFS", "BASEBALL", the first brief's title;
    "TENNIS", a title and a paragraph later): the page's title and its first item's rubric, no masthead; furniture
    dropped between them parts nothing."""
    if headline is None or not _is_rubric(lines[content[position]]):
        return False
    at = content.index(headline)
    # (A stamp or a share bar dropped between them parts no rubric from the headline.)
    if not all(lines[index].verdict == DROPPED or _is_rubric(lines[index]) for index in content[position:at]):
        return False
    # A later brief: its rubric, its title, its paragraph (a subhead in capitals stands over a paragraph).
    kept = [index for index in content[at + 1:] if lines[index].verdict != DROPPED]
    return any(_is_rubric(lines[rubric]) and not lines[title].is_body and not _is_rubric(lines[title])
               and lines[paragraph].is_body for rubric, title, paragraph in zip(kept, kept[1:], kept[2:]))


def _is_rubric(analysis: LineAnalysis) -> bool:
    """A short line in capitals with no figures or separators ("BASEBALL", "TAIWAN IN BRIEF")."""
    output = analysis.output
    return (output.isupper() and analysis.words <= RUBRIC_MAX_WORDS and _NOT_IN_KICKER.search(output) is None
            and analysis.verdict != BLANK)


def _is_kicker(lines: list[LineAnalysis], content: list[int], position: int, headline: int | None) -> bool:
    """A short line right above the headline that reads as a phrase, its function words in lower case
    ("Aging in the Rust Belt", "Eye on the Market"), or names the story's kind ("EXHIBITION REVIEW",
    "Literary feature"): the story's kicker, where a menu or a site's name writes names only."""
    analysis = lines[content[position]]
    under = next((index for index in content[position + 1:] if lines[index].verdict != DROPPED), None)
    if headline is not None and under == headline and _STORY_KIND_WORD.fullmatch(analysis.output):
        return True  # the kind alone ("FEATURE", "Analysis", "EXPLAINER"), which no site's name or menu is
    if (headline is None or not 2 <= analysis.words <= MASTHEAD_MAX_WORDS or _NOT_IN_KICKER.search(analysis.output)
            or _BODY_OF.search(analysis.output) or _ACCOUNT_BUTTONS.search(analysis.output)):
        return False
    # In capitals, its function words are too ("TAIWAN IN PICTURES").
    output = analysis.output.lower() if analysis.output.isupper() else analysis.output
    return under == headline and (not _KICKERS_FUNCTION_WORDS.isdisjoint(LATIN_WORD.findall(output))
                                  or _STORYS_KIND.fullmatch(output) is not None)


# A kicker of one word that names the story's kind, which a menu's sections do not ("Opinion" and "Review" are
# sections too).
_STORY_KIND_WORD = regex.compile(r"\W*(?:feature|analysis|explainer|exclusive|interview|commentary|editorial|profile"
                                 r"|obituary|highlights?|spotlight|factcheck|fact check|in focus|q ?& ?a)\W*",
                                 regex.IGNORECASE)
# A kicker that names the story's kind: what is reviewed or featured, then the kind.
_STORYS_KIND = regex.compile(
    r"\W*(?:book|film|movie|theatre|theater|music|album|art|exhibition|restaurant|food|dance|concert|game|tv|drama|"
    r"literary|photo|travel|cover|weekend|special|opera|design|architecture)\s+"
    r"(?:review|feature|interview|essay|preview|profile|story|report)\W*", regex.IGNORECASE)


def _blocks_after_article(lines: list[LineAnalysis], content: list[int], last_body: int | None) -> set[int]:
    """The indexes of the short lines after the last paragraph that a line of the article, or that
    paragraph, introduces: a press release's contact block ("Media contact:" and the names, phone
    numbers and e-mail addresses under it), a list the article announces with a colon
    ("Key figures at midday:" and the figures under it), a review's pros and cons ("Pros",
    "+ Excellent battery life"), or a fact box, a short heading over labelled facts
    ("Timeline", "2019: ...", "2021: ..."). A dropped line ends a block."""
    block: set[int] = set()
    if last_body is None:
        return block
    heading, lines_left, is_item = None, 0, None
    if _ANNOUNCES_LIST.search(lines[last_body].output):  # the last paragraph announces the list ("... were:")
        heading, lines_left, is_item = last_body, ANNOUNCED_LIST_MAX_LINES, _is_list_item
    after = content[bisect.bisect_right(content, last_body):]
    dropped_in_a_row = 0
    outer_heading: dict[int, int] = {}  # a heading -> the heading right above it, which has nothing else under it
    for position, index in enumerate(after):
        analysis = lines[index]
        above = (heading if position and heading == after[position - 1] and heading not in block
                 and lines[heading].words <= OUTER_HEADING_MAX_WORDS else None)
        dropped_in_a_row = dropped_in_a_row + 1 if analysis.verdict == DROPPED else 0
        if dropped_in_a_row > FURNITURE_GAP_MAX_LINES:
            break  # the page's own furniture: a contact under it is the site's ("Membership enquiries: ...")
        if analysis.verdict == DROPPED or analysis.rule_kept:
            lines_left = 0
        elif lines_left and is_item(analysis):
            block.update((heading, index))  # a heading with nothing under it is no block
            if heading in outer_heading:
                block.add(outer_heading[heading])
            lines_left -= 1
            if is_item is _is_contact_detail and CONTACT_DETAIL.search(analysis.output):
                lines_left = CONTACT_BLOCK_MAX_LINES  # a block of several contacts goes on while they do
        elif _CONTACT_HEADING.search(analysis.output) and _gives_contact_details(lines, after[position:]):
            heading, lines_left, is_item = index, CONTACT_BLOCK_MAX_LINES, _is_contact_detail
            if CONTACT_DETAIL.search(analysis.output):  # "Media contact: Jonah Weller, press@..."
                block.add(index)
        elif position == 0 and _is_result(analysis) and not _SPAN_OF_DAYS.search(analysis.output):
            # A match's results right under the report's last paragraph, with no heading, and the facts under them
            # ("Kitchee 3 (Cleiton 38, 71) Eastern 1 (Ichikawa 12)", "Attendance: 2,318").
            block.add(index)
            heading, lines_left, is_item = index, ANNOUNCED_LIST_MAX_LINES, _is_fact_box_item
        elif ((_ANNOUNCES_LIST.search(analysis.output) and not analysis.names_only
               and (analysis.words >= SENTENCE_MIN_WORDS
                    # A shorter label announces numbered items ("Key measures:" over "1. Free refill stations ...").
                    or (analysis.words > 1 and position + 1 < len(after) and lines[after[position + 1]].is_numbered)))
              or _PROS_AND_CONS.fullmatch(analysis.output)):
            heading, lines_left, is_item = index, ANNOUNCED_LIST_MAX_LINES, _is_list_item
        elif _BOX_HEADING.fullmatch(analysis.output):  # whose short lines are all the box's ("Free of charge")
            heading, lines_left, is_item = index, ANNOUNCED_LIST_MAX_LINES, _is_box_line
        elif (analysis.words <= FACT_BOX_HEADING_MAX_WORDS and not analysis.is_sentence
              and not _is_fact(analysis)):
            heading, lines_left, is_item = index, ANNOUNCED_LIST_MAX_LINES, _is_fact_box_item
        else:
            lines_left = 0
        if above is not None and heading == index and analysis.output.endswith(":"):
            # A box's heading right over the label of its first part ("Results" over "Women's singles
            # quarter-finals:" over the results) goes with the part's items.
            outer_heading[index] = above
    return block


def _drop_author_bios(lines: list[LineAnalysis], content: list[int], first_body: int | None) -> None:
    """After the first paragraph, a line that starts with the byline's name and goes on as a
    journalist's bio does ("Kelly Ho joined the Post in 2021 and covers housing ...", "Hans Tse
    is a reporter at HKFP") is the site's author box. An op-ed's note on its author ("Yang
    Shu-hui is a professor of marine engineering ...") is the article's."""
    if first_body is None:
        return
    # A bio closes the article: it is among the last lines not dropped.
    bios: list[tuple[int, str]] = []
    examined = 0
    for index in reversed(content[first_body + 1:]):
        if lines[index].verdict == DROPPED:
            continue
        found = _JOURNALIST_BIO.match(lines[index].output)
        if found:
            bios.append((index, found.group(1)))
        examined += 1
        if examined == BIO_LAST_LINES:
            break
    if not bios:
        return  # most pages
    bylines = {}
    # The byline stands above the first paragraph, or under a standfirst that reads like one.
    for index in content[:first_body + 1 + BYLINE_LOOKAHEAD_LINES]:
        analysis = lines[index]
        if analysis.verdict != DROPPED and analysis.words <= BYLINE_MAX_WORDS:
            found = _BYLINE_NAME.match(analysis.output)
            if found:
                bylines[found.group(1)] = index
    full_names = {name.split()[0]: name for name in bylines}
    for index, name in bios:
        name = name if name in bylines else full_names.get(name)
        if name is not None:
            reason = f"context: the author's bio (the name in the byline on line {bylines[name] + 1})"
            _drop(lines, index, reason)
            # The box's heading: the name alone, right above the bio.
            above = content[bisect.bisect_left(content, index) - 1]
            if lines[above].verdict != DROPPED and lines[above].output == name:
                _drop(lines, above, reason)


def _practical_details_after_article(lines: list[LineAnalysis], content: list[int],
                                     last_body: int | None) -> set[int]:
    """The indexes of the practical details under the last paragraph of a review or a guide
    ("Address: 15 Haian Rd Sec 2, Tainan", "Rating: four and a half stars out of five", a film's
    credits under its title), among the article's sentences and a line or two of furniture; more
    furniture ends them."""
    details: set[int] = set()
    following = list(_kept_after_article(lines, content, last_body))
    for position, index in enumerate(following):
        if PRACTICAL_DETAIL.match(lines[index].output) or (
                position and following[position - 1] in details and _LABELLED.match(lines[index].output)
                and content[bisect.bisect_left(content, index) - 1] == following[position - 1]):
            details.add(index)  # a detail, or any labelled line right under one ("Cuisine: Cantonese", "Tel: ...")
        elif (lines[index].words <= DETAILS_TITLE_MAX_WORDS
              and _is_title_over_details(lines, content, following, position)):
            details.add(index)  # the title over the details ("Last Tram to Kennedy Town", "Director: ...")
        elif not lines[index].is_sentence:
            break
    return details


def _is_title_over_details(lines: list[LineAnalysis], content: list[int], following: list[int], position: int) -> bool:
    """The line ``following[position]`` stands right over practical details, or is a section's heading
    over the title of the first, no furniture between them ("Where to eat" over "Lu's Wonton House" over
    "Address: ...")."""
    index = following[position]
    if position + 1 >= len(following):
        return False
    title = following[position + 1]
    if PRACTICAL_DETAIL.match(lines[title].output):
        return True
    if position + 2 >= len(following) or not 1 < lines[title].words <= DETAILS_TITLE_MAX_WORDS or lines[title].is_sentence:
        return False
    detail = following[position + 2]
    at = bisect.bisect_left(content, index)
    return content[at + 1:at + 3] == [title, detail] and PRACTICAL_DETAIL.match(lines[detail].output) is not None


def _kept_after_article(lines: list[LineAnalysis], content: list[int], last_body: int | None) -> Iterator[int]:
    """The indexes of the lines not dropped after the last paragraph, in order, until more
    lines of furniture than a promotion or a widget stand in a row."""
    if last_body is None:
        return
    dropped_in_a_row = 0
    for index in content[bisect.bisect_right(content, last_body):]:
        if lines[index].verdict == DROPPED:
            dropped_in_a_row += 1
            if dropped_in_a_row > FURNITURE_GAP_MAX_LINES:
                return
            continue
        dropped_in_a_row = 0
        yield index


def _dialogue_after_article(lines: list[LineAnalysis], content: list[int], last_body: int | None) -> set[int]:
    """The indexes of the short lines after the last paragraph that go on the article's
    dialogue, a line or two of furniture among them: a line of a speaker who speaks twice
    or more ("Helen: Bye!" after a learning page's conversation, "A: No." in an interview's
    questions and answers)."""
    following: list[int] = []
    for index in _kept_after_article(lines, content, last_body):
        if lines[index].speaker is None:
            break
        following.append(index)
    if not following:
        return set()  # most pages
    after = bisect.bisect_right(content, last_body)
    spoken = Counter(lines[index].speaker for index in content[:after] + following if lines[index].verdict != DROPPED)
    dialogue: set[int] = set()
    for index in following:
        if spoken[lines[index].speaker] < 2:
            break
        dialogue.add(index)
    return dialogue


def _closing_after_salutation(lines: list[LineAnalysis], content: list[int], last_body: int | None) -> set[int]:
    """The indexes of the short lines right after the last paragraph of a letter or a speech,
    which opens with a salutation ("Dear Editor,", "Distinguished guests, ladies and
    gentlemen:") or a letter's label ("[讀者投書]", "LETTER: ..."): its close and signature
    ("Kenneth Lau", "Tin Shui Wai"; "Thank you.", "(Applause)"). A dropped line ends them.
    On a page of several letters, each letter's signature counts, before the furniture that
    parts it from the next."""
    if last_body is None:
        return set()
    after = bisect.bisect_right(content, last_body)
    while after < len(content) and lines[content[after]].is_sentence:
        after += 1  # the letter's last sentences, short ones too ("Nobody counts the people who stop going out.")
    closing = _short_lines_after(lines, content, after)
    if not closing:
        return set()  # most pages: furniture follows the article
    # The salutation opens the letter or the speech, which a report may introduce.
    if (not any(_is_salutation(lines[index].output) or _is_letter_label(lines[index]) for index in content[:after])
            and not _is_writers_signature(lines, content, after, closing)):
        return set()
    for position in range(after - 1):
        if lines[content[position]].is_body and not lines[content[position + 1]].is_body:
            signature = _short_lines_after(lines, content, position + 1)
            ended = position + 1 + len(signature)
            if signature and ended < after and lines[content[ended]].verdict == DROPPED:
                closing += signature
    return set(closing)


def _is_writers_signature(lines: list[LineAnalysis], content: list[int], after: int, closing: list[int]) -> bool:
    """The short lines ``closing``, right after the last paragraph (``content[after]`` on), are a letter's
    signature with no salutation nor label above it: a person's name, then maybe a place ("Peter Wu",
    "Taoyuan"; "Dr Wong Siu-ming, Discovery Bay"), under paragraphs written in the first person, or over
    the site's call for more letters ("Have something to say? Submit a letter to the editor.")."""
    if (len(closing) > SIGNATURE_MAX_LINES or not all(lines[index].names_only for index in closing)
            or _SIGNERS_NAME.fullmatch(lines[closing[0]].output) is None
            or NAMED_KIND.search(lines[closing[0]].output) or _MEDIA_WORD.search(lines[closing[0]].output)):
        return False
    ended = after + len(closing)
    if any(_CALL_FOR_LETTERS.search(lines[index].text) for index in content[ended:ended + CLOSING_MAX_LINES]):
        return True
    first_person = 0
    for index in content[:after]:
        if lines[index].is_body and _speaks_in_first_person(lines[index].output):
            first_person += 1
            if first_person == FIRST_PERSON_MIN_PARAGRAPHS:
                return True
    return False


def _speaks_in_first_person(text: str) -> bool:
    """``text`` says "I", "my" or "me" outside the quotations in it."""
    return _FIRST_PERSON.search(outside_spans(text, quotations(text))) is not None


# A letter's signature: the writer's name, on a line of its own or with the place, and the place on a line more.
SIGNATURE_MAX_LINES = 2
_SIGNERS_NAME = regex.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}"
                              r"(?:\s*,\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})?")
# A site's name, no writer's ("Taipei Times", "Island Daily").
_MEDIA_WORD = regex.compile(r"\b(?:Times|News|Daily|Post|Press|Herald|Journal|Magazine|Weekly|Online|Radio|TV|Agency"
                            r"|Review|Standard|Tribune|Network|Media)\b")
# A call for letters to the editor, as a letters page puts it after the last one.
_CALL_FOR_LETTERS = regex.compile(r"letters? to the editor|讀者投書|读者投书|讀者來函|读者来函", regex.IGNORECASE)
# A letter's writer speaks for themselves, outside any quotation, in this many paragraphs or more.
_FIRST_PERSON = regex.compile(r"\b(?:I|my|me)\b")
FIRST_PERSON_MIN_PARAGRAPHS = 2


def _issuers_under_notice(lines: list[LineAnalysis], content: list[int], last_body: int | None) -> set[int]:
    """The indexes of the short lines right after the last paragraph of an official notice, which
    says in its last lines that it takes effect or is hereby made, or thanks its readers: who issued
    it, and when ("Ministry of Commerce", "General Administration of Customs", "Department of Nursing"); or
    whatever its last words, a body's name over a date, its signature ("Taipei Water Department", "March 12,
    2026"), or alone under a headline that calls the text a notice; or under a company's sign-off ("By order of
    the Board", the company, the signatory, "Chairman"). A dropped line ends them."""
    if last_body is None:
        return set()
    after = bisect.bisect_right(content, last_body)
    while after < len(content) and lines[content[after]].is_sentence:
        after += 1  # the notice's last sentences, short ones too ("4. This announcement shall take effect ...")
    closing = _short_lines_after(lines, content, after, ISSUER_MAX_WORDS)
    if not closing:
        return set()
    if _SIGN_OFF.match(lines[closing[0]].output):
        # A sign-off's lines go on to the place and date.
        return set(closing + _short_lines_after(lines, content, after + len(closing)))
    issuer = lines[closing[0]]
    if (len(closing) > 1 and issuer.names_only and issuer.words <= ISSUER_MAX_WORDS
            and NAMED_KIND.search(issuer.output) is not None
            and DATE_IN_WORDS.search(lines[closing[1]].output) is not None):
        # A notice signed with its issuer's name over the date ("Taipei Water Department", "March 12, 2026").
        return set(closing[:2])
    if issuer.names_only and issuer.words <= ISSUER_MAX_WORDS and NAMED_KIND.search(issuer.output) is not None:
        # ... or with its name alone, under a headline that calls it a notice ("Typhoon Notice: Classes ...
        # Suspended", "Office of Student Affairs").
        headline = _headline(lines, content)
        if headline is not None and _NOTICE_HEADLINE.search(lines[headline].output):
            return {closing[0]}
    last_words = content[max(after - NOTICE_LAST_LINES, 0):after]
    if not any(_is_notices_last_word(lines[index].output) for index in last_words):
        return set()
    return set(closing)


# A body's name is this short ("Beijing Municipal Forestry and Parkland Bureau").
ISSUER_MAX_WORDS = 8
_NOTICE_HEADLINE = regex.compile(r"\b(?:notice|announcement|bulletin|notification)\b", regex.IGNORECASE)


def _is_notices_last_word(text: str) -> bool:
    lowered = text.lower()  # the words are looked for before the pattern, in either case ("Hereby notified")
    return ((("hereby" in lowered or "shall" in lowered) and _NOTICE.search(text) is not None)
            or ('"' not in text and "“" not in text and _READERS_ADDRESSED.search(text) is not None))


def _short_lines_after(lines: list[LineAnalysis], content: list[int], position: int,
                       max_words: int = CLOSING_LINE_MAX_WORDS) -> list[int]:
    """The lines of up to ``max_words`` from ``content[position]`` on, up to a dropped or a longer line: a
    letter's close, a notice's issuer."""
    short: list[int] = []
    for index in content[position:position + CLOSING_MAX_LINES]:
        if lines[index].verdict == DROPPED or lines[index].words > max_words:
            break
        short.append(index)
    return short


def _is_salutation(text: str) -> bool:
    # Asked of every line before the last paragraph of a page with short lines after it: what
    # a salutation ends with, or a literal, first.
    return ((text.endswith((",", ":")) and _SALUTATION.match(text) is not None)
            or ("entlemen" in text and _SPEECH_SALUTATION.search(text) is not None))


def _is_letter_label(analysis: LineAnalysis) -> bool:
    return (_LETTER_LABEL.fullmatch(analysis.text) is not None or _LETTER_KICKER.match(analysis.output) is not None
            or (bool(analysis.cuts) and any(_LETTER_LABEL.fullmatch(cut) or _LETTER_LABEL_GLUED.search(cut)
                                            or _LETTER_SECTION.search(cut) for cut, _ in analysis.cuts)))


def _gives_contact_details(lines: list[LineAnalysis], indexes: list[int]) -> bool:
    """A phone number or an e-mail address stands in the first lines of ``indexes``: a contact block
    gives one, a footer menu's "Contact" or "Investor Relations" over "Careers" and "Newsroom" none."""
    return any(CONTACT_DETAIL.search(lines[index].output) for index in indexes[:CONTACT_BLOCK_MAX_LINES + 1])


def _is_contact_detail(analysis: LineAnalysis) -> bool:
    """A name, a short detail under its label ("Contact department: Board Secretary's Office"), or a phone number
    or e-mail address with what the line says of it."""
    return ((analysis.words <= BLOCK_LINE_MAX_WORDS
             and (analysis.names_only or _SHORT_LABELLED_DETAIL.match(analysis.output) is not None))
            or CONTACT_DETAIL.search(analysis.output) is not None)


_SHORT_LABELLED_DETAIL = regex.compile(r"\W{0,3}\p{L}[\p{L} '’-]{1,30}:\s*\S")


def _is_fact(analysis: LineAnalysis) -> bool:
    """A year or a label, a colon and the fact, however long ("2024: A court orders ...")."""
    return _FACT.match(analysis.output) is not None


def _is_fact_or_result(analysis: LineAnalysis) -> bool:
    """A fact (see ``_is_fact``) but a telephone number or an e-mail address, a contact card's
    ("WhatsApp: +852 9876 5432"), a short line of a match's result ("Eastern 2 Kitchee 1") or a line of
    many results, or a team's roster ("Liaoning: Zhao Jiwei, Zhang Zhenlin, Fu Hao")."""
    return ((_is_fact(analysis) and not CONTACT_DETAIL.search(analysis.output)) or _is_result(analysis)
            or _ROSTER.match(analysis.output) is not None)


# Days of a month, which an event's listing gives as a score looks ("Feb 17-21 Longtan Lake Temple Fair").
_SPAN_OF_DAYS = regex.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s?[-–]\s?\d{1,2}\b")


def _is_result(analysis: LineAnalysis) -> bool:
    """A short line of a match's result ("Eastern 2 Kitchee 1", "SF 010 100 000 - 2 6 1"), or a line of many."""
    scores = len(SCORE.findall(analysis.output))
    beats = scores and _BEATS.search(analysis.output) is not None
    # (A winner's abbreviation is no sentence's end: "Chan Yi-ting (TPE) def. Marta Ruiz (ESP) 6-4, 3-6, 7-6".)
    return ((analysis.words <= BLOCK_LINE_MAX_WORDS or scores >= RESULTS_MIN_SCORES or beats)
            and (beats or not analysis.is_sentence) and _RESULT.match(analysis.output) is not None)


# A line of results, however long, has this many scores ("Men's doubles semifinals: Lin/Chiu (TPE) bt Tan/Lim
# (MAS) 21-18, 17-21, 21-15; Zhou/Xie (CHN) bt ..."), or a winner who beat a loser, each with a country
# ("Men's doubles: Lau Ka-chun/Yip Hon-lam (HKG) bt Kim Do-hyun/Lee Jae-won (KOR) 22-20, 21-17").
RESULTS_MIN_SCORES = 3
_BEATS = regex.compile(r"\(\p{Lu}{3}\)\s+(?:bt|beat|def\.?)\s+\p{Lu}[^()]*\(\p{Lu}{3}\)")


def _is_fact_box_item(analysis: LineAnalysis) -> bool:
    """A fact or a result (see ``_is_fact_or_result``), an award and its winner ("Best Director: Ruby Chan
    Hoi-yan, Bamboo Theater"), a year and what happened then ("2021 Driverless trucks enter service"), a
    table's row of cells between tabs ("Wan Chai<TAB>95"), a day of a calendar and its event ("Friday: US
    nonfarm payrolls"), an honour or a work and its year ("Honorary Citizen of Shaoxing (2001)"), a
    standings table's row or headings ("New Taipei Kings 24 6 .800", "Team W L Pct"), a line of a paper's
    reference ("Journal: Physical Review Applied", "DOI: 10.1103/..."), or a short item with its bullet ("- Drink
    water regularly"). (An
    item with a label and words is as likely another story's headline: "Explainer: why the MTR is raising
    fares".)"""
    return (_is_fact_or_result(analysis) or _CELLS.search(analysis.output) is not None
            or _AWARD_AND_WINNER.match(analysis.output) is not None
            or _REFERENCE_DETAIL.match(analysis.output) is not None or PAPER_IDENTIFIER.match(analysis.output) is not None
            or (_YEAR_AND_EVENT.match(analysis.output) is not None and not analysis.names_only)
            or _DAY_AND_EVENT.match(analysis.output) is not None or _TITLE_AND_YEAR.fullmatch(analysis.output) is not None
            or _NAME_AND_FIGURES.fullmatch(analysis.output) is not None
            or _COLUMN_HEADINGS.fullmatch(analysis.output) is not None
            or (analysis.words <= BLOCK_LINE_MAX_WORDS and _BULLET_OR_DASH.match(analysis.output) is not None
                and not CONTACT_DETAIL.search(analysis.output)))


def _is_box_line(analysis: LineAnalysis) -> bool:
    """A line of a box of facts under a heading that names it (see ``_BOX_HEADING``): short, or a fact; a
    credit under the box is the article's ("Source: SHINE"), and the box ends there."""
    return (analysis.words <= BLOCK_LINE_MAX_WORDS or _is_fact_box_item(analysis)) and not analysis.is_credit


# A box's heading over the label of its first part is a word or a few ("Results", "Final standings").
OUTER_HEADING_MAX_WORDS = 3
# The heading of a box of facts or practical details after the article, as papers name them.
_BOX_HEADING = regex.compile(r"\W*(?:by the numbers|in numbers|key (?:figures|facts|numbers)|(?:fast|quick) facts|fact ?box"
                             r"|if you go|getting there|at a glance|need to know|know before you go|the details"
                             r"|practical information|visitor information"
                             # an episode's chapters under its show notes ("Chapters", "00:00 Cold open", ...)
                             r"|chapters|episode chapters|timestamps|in this episode)\W*", regex.IGNORECASE)


def _is_list_item(analysis: LineAnalysis) -> bool:
    """A short line, or a bulleted one of twice as many words ("• Premier Cho Jung-tai (卓榮泰) promises
    to speed up flood control projects in southern Taiwan"), that announces no list of its own."""
    limit = BLOCK_LINE_MAX_WORDS * 2 if _BULLETED.match(analysis.output) else BLOCK_LINE_MAX_WORDS
    return analysis.words <= limit and not _ANNOUNCES_LIST.search(analysis.output)


def _drop_lines_after_article(lines: list[LineAnalysis], last_body: int | None, introduced: set[int]) -> None:
    """After the last paragraph, a short line that is neither a sentence nor a credit nor a note on the
    author is furniture; but for the subhead of a short last paragraph, right
    under it ("Next phase" over "A rail line will follow in 2029."), or of a glossary or a line score ("Line
    score" over "Team 1 2 3 4 5 6 7 8 9 R H E")."""
    if last_body is None:
        return
    closing = True  # the article's last lines, short sentences that go on from its last paragraph
    following = [index for index in range(last_body + 1, len(lines)) if lines[index].verdict != BLANK]
    for position, index in enumerate(following):
        analysis = lines[index]
        closing = closing and _is_short_closing_sentence(analysis)
        if (analysis.verdict in (KEPT, EDITED) and not analysis.rule_kept and index not in introduced
                and not closing and not analysis.is_sentence and not _is_unstopped_paragraph(analysis)
                and not _is_glossary_entry(analysis)
                and (not analysis.is_credit or _is_byline_of_headline_above(lines, following, position))
                and _AUTHOR_NOTE.match(analysis.output) is None and _PAPER_NOTE.match(analysis.output) is None
                and _REFERENCE_DETAIL.match(analysis.output) is None  # "Journal: JAMA Ophthalmology, ... doi:..."
                and _LIFE_DATES.search(analysis.output) is None
                and _LINE_SCORE_ROW.fullmatch(analysis.output) is None and _SIGNATURE.fullmatch(analysis.output) is None
                and not _is_footnote(lines, index)
                and not _is_caption(analysis)
                and not (position + 1 < len(following)
                         and (_is_subhead_of(analysis, lines[following[position + 1]])
                              or _is_caption_of(analysis, lines[following[position + 1]])
                              or (analysis.words <= SUBHEAD_MAX_WORDS
                                  and (_is_glossary_entry(lines[following[position + 1]])
                                       or _LINE_SCORE_ROW.fullmatch(lines[following[position + 1]].output)))))):
            _drop(lines, index, AFTER_ARTICLE)


def _is_unstopped_paragraph(analysis: LineAnalysis) -> bool:
    """A paragraph that a mark or a symbol after it keeps from ending like a sentence: as long as no headline
    is, and written with English function words."""
    return analysis.words >= UNSTOPPED_PARAGRAPH_MIN_WORDS and has_function_words(analysis.output)


# More words than a headline or a menu has.
UNSTOPPED_PARAGRAPH_MIN_WORDS = 25


def _is_byline_of_headline_above(lines: list[LineAnalysis], following: list[int], position: int) -> bool:
    """A byline under a headline that was dropped after the article: a widget of other stories, each with
    its author ("Rural towns need people, not just museums", "By Hsu Chih-wei"). The article's own closing
    credit is in brackets ("(By Wu Po-wei and Sharon Lin)")."""
    byline, above = lines[following[position]], lines[following[position - 1]] if position else None
    return (above is not None and above.reason == AFTER_ARTICLE and above.text.count(" ") >= HEADLINE_MIN_SPACES
            and byline.words <= BYLINE_MAX_WORDS and _BY_NAME.match(byline.output) is not None
            and not byline.output.lstrip().startswith("("))


# What numbers an item of a list before its text ("1. ", "2) ").
_ITEMS_NUMBER = "0123456789.) "


def _is_subhead_of(line: LineAnalysis, below: LineAnalysis) -> bool:
    """``line`` is a short heading over ``below``, a paragraph of a sentence or two that the page keeps, or
    the sentence that announces a list ("Events" over "Other commemorations held on Saturday included:"), or
    the first of its numbered steps ("How to claim" over "1. Log in to RedeemSG with Singpass."):
    capitalised, of a few words, with no stop nor colon at its end."""
    return (below.verdict != DROPPED and below.output.lstrip(_ITEMS_NUMBER)[:1].isupper()
            and (below.is_sentence
                 or (below.words >= SENTENCE_MIN_WORDS and _ANNOUNCES_LIST.search(below.output) is not None))
            and has_function_words(below.output)
            and 0 < line.words <= SUBHEAD_MAX_WORDS and _SUBHEAD.fullmatch(line.output) is not None)


def _is_caption_of(line: LineAnalysis, below: LineAnalysis) -> bool:
    """``line`` is the caption of a picture that ``below`` credits ("The retired diesel ferry at a shipyard in
    Pudong" over "Ti Gong"): a few words of the article's English over the picture's credit, kept, or the site's
    own in Chinese, dropped ("圖片來源:台灣百科網資料庫")."""
    return (line.words >= CAPTION_MIN_WORDS and has_function_words(line.output)
            and (below.verdict != DROPPED and _PICTURE_CREDIT.match(below.output) is not None
                 or _PICTURE_CREDIT_IN_CHINESE.match(below.text) is not None))


def _is_caption(analysis: LineAnalysis) -> bool:
    """A photo's caption by what only captions say: where the people stand in it ("Atayal artist Yuma Taru
    (left) with a model of the main lantern at her studio in Miaoli County")."""
    return (analysis.words >= CAPTION_MIN_WORDS and has_function_words(analysis.output)
            and _PLACE_IN_PICTURE.search(analysis.output) is not None)


# A caption has more words than a menu's row of names.
CAPTION_MIN_WORDS = 4
# Where someone stands in a picture: "(left)", "(second from right)", "(front row, centre)", "(L)", or the order
# its people are named in ("(From left) Ho Ka-chun, Yip Sum-yi ...", "From left: ...", "(L-R)").
_PLACE_IN_PICTURE = regex.compile(
    r"\((?:(?:front|back|top|bottom|middle) row,?\s?)?(?:(?:far\s)?(?:left|right|centre|center|middle)"
    r"|(?:first|second|third|fourth|fifth|sixth|\d(?:st|nd|rd|th))\sfrom\s(?:left|right)|[LR])\)"
    r"|^\W*(?i:from (?:left|right)(?: to (?:right|left))?|l-r|left to right)\W")
# A picture's credit on a line of its own: its label, or an agency's name alone.
_PICTURE_CREDIT = regex.compile(
    r"\W*(?:photos?|images?|pictures?|file photo|photo credit|image credit)\s*(?::|/|by\b|courtesy\b)"
    r"|[\s(—–=/-]*(?:getty images|imaginechina|vcg|cfp|epa|ti gong|china news service|xinhua|afp|reuters|ap|cna)\W*$",
    regex.IGNORECASE)


_PICTURE_CREDIT_IN_CHINESE = regex.compile(r"\W*(?:(?:圖片|图片|照片)(?:來源|来源|提供)|圖源|图源|攝影|摄影|[圖图])\s*[:：/／]")


def _is_footnote(lines: list[LineAnalysis], index: int) -> bool:
    """The line opens with a footnote's mark that a word of the article above carries ("* For
    identification purposes only" under "Huarui Holdings Limited*")."""
    mark = _FOOTNOTE_MARK.match(lines[index].output)
    if mark is None:
        return False
    marked = regex.compile(rf"[\p{{L}}\d)]{regex.escape(mark.group(1))}(?![*†‡])")
    return any(lines[above].verdict in (KEPT, EDITED) and marked.search(lines[above].output)
               for above in range(index))


def _is_short_closing_sentence(analysis: LineAnalysis) -> bool:
    """A sentence of two words and a figure, or of two words, one of them a pronoun or a verb
    that few menus hold ("He was 84.", "She laughs.")."""
    return (analysis.verdict != DROPPED and analysis.words >= CLOSING_SENTENCE_MIN_WORDS
            and analysis.output[:1].isupper() and analysis.sentence_shaped
            and has_function_words(analysis.output))


def _ends_wrapped_sentence(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """The line is the last word of a sentence that a hard wrap carried onto it: in lower case, or the
    rest of a name the wrap broke, with the sentence's stop, under a line of the article that ends in
    none ("... before the summer" over "recess.", "... said project director Ho" over "Ka-wai.")."""
    text = lines[content[position]].output
    if not position or SENTENCE_END.search(text) is None:
        return False
    above = lines[content[position - 1]]
    return (above.verdict != DROPPED and above.words >= SENTENCE_MIN_WORDS and SENTENCE_END.search(above.output) is None
            and (text[:1].islower() or _ENDS_IN_NAME.search(above.output) is not None))


# A line's last word capitalised: a name, whose rest a hard wrap may carry onto the next line.
_ENDS_IN_NAME = regex.compile(r"\b\p{Lu}[\p{L}'’-]*$")


# A word's label and its figure or stars, a detail's line, not a word alone ("Rating: ★★★★☆ (4/5)", "Episodes: 36",
# "Rating: ★★★★☆").
_LABEL_AND_FIGURE = regex.compile(r"\W*\p{L}+\s*:\s*(?:\D{0,12}\d|[★☆]{3})")


def _drop_menu_items(lines: list[LineAnalysis], content: list[int], last_body: int | None,
                     introduced: set[int]) -> None:
    """A lone word, or a name among dropped lines, is a menu item or section label.

    Not between the headline and the last paragraph, where a name alone is a
    byline ("Winnie Ho") and a word alone before a line of the article is a
    subhead ("Privacy"), nor in a block that a line of the article introduces after it.
    """
    headline = _headline(lines, content)
    for position, index in enumerate(content):
        analysis = lines[index]
        # A credit stays; is_credit is a costly search, so it is asked last.
        if analysis.verdict not in (KEPT, EDITED) or analysis.rule_kept or index in introduced:
            continue
        if index == headline and (analysis.words > MENU_MAX_WORDS or _has_body_under(lines, content, position)):
            # a title among lines of Chinese chrome ("My Grandmother's Recipe Notebook"), or a short one
            # over its paragraph, past a stamp ("Water woes" over "Sat, Apr 25, 2026 - page 8")
            continue
        # (The last paragraph's last wrapped piece may be a word: "markets.")
        inside_article = headline is not None and last_body is not None and headline < index <= last_body
        if (analysis.words == 1 and not analysis.is_sentence and not _QUOTED_SENTENCE.fullmatch(analysis.output)
                and _LABEL_AND_FIGURE.match(analysis.output) is None and _LINE_SCORE_ROW.fullmatch(analysis.output) is None
                and PRACTICAL_DETAIL.match(analysis.output) is None):  # a listing's price by its icon: "💰 NT$80"
            subhead = (inside_article and (lines[content[position + 1]].verdict != DROPPED
                                           or _line_under_translation_is_kept(lines, content, position)
                                           or _paragraph_under_inserted_furniture(lines, content, position))
                       # over the article's short last paragraph ("Deadline", "Applications ... by Dec 31.")
                       or (last_body is not None and index > last_body and position + 1 < len(content)
                           and (_is_subhead_of(analysis, lines[content[position + 1]])
                                or _is_glossary_entry(lines[content[position + 1]])))
                       # over a list of results, wherever it stands ("Doubles" over "Lee/Wu bt Tan/Ong 21-19, 21-18")
                       or (position + 1 < len(content) and lines[content[position + 1]].verdict != DROPPED
                           and _is_result(lines[content[position + 1]])))
            if (not subhead and not analysis.is_credit and not _has_byline_under(lines, content, position)
                    and not _ends_wrapped_sentence(lines, content, position)
                    and not _is_rubric_of_briefs(lines, content, position, headline)
                    and not _is_kicker(lines, content, position, headline)
                    and not _is_subject_of_definition(lines, content, position)):
                _drop(lines, index, "context: a lone word (a section label or menu item)")
            continue
        if inside_article:
            continue
        short = analysis.words <= MENU_MAX_WORDS or (
            analysis.words <= NAME_LINE_MAX_WORDS and analysis.names_only)
        if not short or analysis.is_sentence:  # a sentence names no menu ("I'm Rachel Moore.")
            continue
        neighbours = content[max(position - 1, 0):position] + content[position + 1:position + 2]
        if (neighbours and all(lines[i].verdict == DROPPED for i in neighbours) and not analysis.is_credit
                and not _has_byline_under(lines, content, position)
                and not _is_subject_of_definition(lines, content, position)
                and not _is_rubric_of_briefs(lines, content, position, headline)):
            _drop(lines, index, "context: a name among dropped lines (a masthead or menu item)")


def _paragraph_under_inserted_furniture(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """The line under ``content[position]`` is furniture a rule dropped, which an app inserts
    between a subhead and its paragraph ("Outages", "廣告", a paragraph)."""
    under = lines[content[position + 1]]
    return (under.reason.startswith("rule ") and position + 2 < len(content)
            and lines[content[position + 2]].is_body)


def _line_under_translation_is_kept(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """On a bilingual page, the line under ``content[position]`` is its translation, and the one
    under that is kept: the line is a subhead ("Recycling", "回收", a paragraph)."""
    return (_dropped_for_its_script(lines[content[position + 1]]) and position + 2 < len(content)
            and lines[content[position + 2]].verdict != DROPPED and _is_bilingual(lines, content))


def _without_translations_after(lines: list[LineAnalysis], content: list[int], last_body: int | None) -> list[int]:
    """``content``, less the translations that a bilingual page puts under the lines after its last
    paragraph: a list or a box of details goes on past each ("Tea tasting set: NT$350 per person"
    under "品茗套餐：每人新台幣350元")."""
    if last_body is None:
        return content
    # (Most pages: no line kept after a translation after the last paragraph, and nothing to go on past.)
    translated = False
    for index in content[bisect.bisect_right(content, last_body):]:
        if _dropped_for_its_script(lines[index]):
            translated = True
        elif translated and lines[index].verdict != DROPPED:
            break
    else:
        return content
    if not _is_bilingual(lines, content):
        return content
    return [index for index in content if index < last_body or not _dropped_for_its_script(lines[index])]


def _is_bilingual(lines: list[LineAnalysis], content: list[int]) -> bool:
    """The page follows each paragraph with its translation, which the script stage dropped:
    BILINGUAL_MIN_TRANSLATIONS paragraphs or more have one right under them."""
    translated = 0
    for position, index in enumerate(content[:-1]):
        if lines[index].is_body and _dropped_for_its_script(lines[content[position + 1]]):
            translated += 1
            if translated == BILINGUAL_MIN_TRANSLATIONS:
                return True
    return False


def _dropped_for_its_script(analysis: LineAnalysis) -> bool:
    return analysis.verdict == DROPPED and analysis.reason.startswith("script:")


def _headline(lines: list[LineAnalysis], content: list[int]) -> int | None:
    """The index of the headline: the first line not dropped with an ordinary lower-case
    word in it, or with a byline under it (a headline in title case, "Tiny Homes, Big Ideas").

    When that line is a paragraph, the page has no such headline, and the line not
    dropped right above the paragraph, if more than a word, is its title in title case
    ("Why I Still Send Postcards"); so is the line above a report's facts or a bulletin's
    stamp (see ``_opens_a_report``). A short line above a row of section names is the
    site's tagline, still in its chrome ("Fresh voices from today's China").
    """
    above = None  # the line not dropped above the one looked at
    higher = None  # ... and the one above that
    for position, index in enumerate(content):
        if lines[index].verdict == DROPPED:
            continue
        if above is not None and lines[index].names_only and _details_run_into_text(lines, content, position):
            # An event's details in capitals ("Speaker: Professor Alfred Chan", "Date: 8 May 2026 (Friday)"),
            # then its text: the title stands above them, in title case too.
            title = _title_over_facts(lines, content, position)
            if title is not None:
                return title
        if _is_tagline(lines, content, position):
            higher, above = above, index
            continue
        if not lines[index].names_only or lines[index].is_title or _has_byline_under(lines, content, position):
            # A headline of two sentences has a byline under it; a standfirst, longer than a headline, may too.
            # A headline that asks after its label ("Hong Kong waste charge: what changes ...?") is no paragraph
            # under the site's name; a rubric in capitals over it is its kicker ("COVER STORY").
            if lines[index].is_body and higher is not None and _is_first_of_subheads(lines, content, above, index):
                # A roundup's first subhead over its paragraph ("Politics"): the title stands above it.
                above = higher
            if (lines[index].is_body and above is not None and lines[above].words > 1 and not lines[above].is_sentence
                    and (lines[above].output.isupper() or not _is_headline_question(lines[index]))
                    and (lines[index].words >= STANDFIRST_MIN_WORDS or not _has_byline_under(lines, content, position))):
                # Details between the title and the paragraph ("Exhibition Period: 2026/04/01 - 2026/09/27",
                # "Gallery: Northern Branch, Gallery 305") are the page's own: the title stands above them.
                if _is_fact_or_stamp(lines[above]):
                    return _title_over_facts(lines, content, position) or above
                return above
            if (above is not None and above == content[position - 1] and lines[above].words > 1
                    and lines[above].names_only and not lines[above].is_sentence
                    and ((lines[index].words >= STANDFIRST_UNDER_TITLE_MIN_WORDS
                          and _has_writers_byline_under(lines, content, position))
                         or _OPENS_BOX.match(lines[index].output) is not None)):
                # A title in title case, right above a standfirst too long for a headline, over the byline
                # ("Small Towns, Big Museums", "County-level museums are multiplying across China, but ..."),
                # or above the first question, box or item that the page opens with ("Seasonal Influenza:
                # Frequently Asked Questions" over "Q1: What is seasonal influenza?").
                return above
            if above is not None and _opens_a_report(lines, content, position):
                title = _title_over_facts(lines, content, position)
                if title is not None:
                    return title
            return index
        higher, above = above, index
    return None


def _is_first_of_subheads(lines: list[LineAnalysis], content: list[int], subhead: int | None, paragraph: int) -> bool:
    """``subhead``, right above ``paragraph``, is the first of the page's subheads: a word or two over it, as
    another line is over a paragraph further on ("Politics", ..., "Weather", ...)."""
    if subhead is None or lines[subhead].words > FIRST_SUBHEAD_MAX_WORDS or not _is_subhead_of(lines[subhead], lines[paragraph]):
        return False
    following = content[bisect.bisect_right(content, paragraph):]
    return any(lines[index].words <= FIRST_SUBHEAD_MAX_WORDS and _is_subhead_of(lines[index], lines[below])
               for index, below in zip(following, following[1:]) if lines[index].verdict != DROPPED)


# A roundup's subheads, which stand over its paragraphs, have this many words at most ("Politics", "Weather").
FIRST_SUBHEAD_MAX_WORDS = 2


def _details_run_into_text(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """From ``content[position]`` on, facts and stamps run into a sentence, the lines not dropped
    counted (see ``_is_fact_or_stamp``)."""
    facts = 0
    for index in content[position:]:
        analysis = lines[index]
        if analysis.verdict == DROPPED:
            continue
        if not _is_fact_or_stamp(analysis):
            return facts > 0 and (analysis.is_body or analysis.is_sentence)
        facts += 1
    return False


def _title_over_facts(lines: list[LineAnalysis], content: list[int], position: int) -> int | None:
    """The index of the line not dropped above the facts and stamps over ``content[position]``,
    if it may be a title: more than a word, and no sentence."""
    for index in reversed(content[:position]):
        analysis = lines[index]
        if analysis.verdict == DROPPED or _is_fact_or_stamp(analysis):
            continue
        return index if analysis.words > 1 and not analysis.is_sentence else None
    return None


def _opens_a_report(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """The line is a fact or a stamp with a sentence or another fact under it: the start of a
    bulletin's, a report's or an event page's text, whose title stands above ("Tropical Cyclone
    Warning Bulletin" over "Bulletin issued at 10:45 HKT 14/Sep/2026" and its sentences;
    "Earthquake Report No. 115027" over "Origin Time: ...", "Epicenter: ..."; a show's title over
    "Date: ...", "Running time: ..."). A stamp over a headline is the site's."""
    analysis = lines[content[position]]
    if analysis.words > BLOCK_LINE_MAX_WORDS or not _is_fact_or_stamp(analysis):
        return False
    under = next((lines[index] for index in content[position + 1:] if lines[index].verdict != DROPPED), None)
    return under is not None and (under.is_sentence or _is_fact_or_stamp(under))


def _is_fact_or_stamp(analysis: LineAnalysis) -> bool:
    """A labelled figure ("Origin Time: 2026-04-03 07:58:09") or an event's detail ("Running time:
    approximately 3 hours"), or a stamp of when the text was issued ("Bulletin issued at 10:45 HKT
    14/Sep/2026", a date alone: "March 03, 2026")."""
    output = analysis.output
    return ((":" in output and (_FACT.match(output) is not None or PRACTICAL_DETAIL.match(output) is not None))
            or _ISSUED_AT.search(output) is not None
            or (analysis.words <= DATE_LINE_MAX_WORDS and analysis.names_only and DATE_IN_WORDS.search(output) is not None))


def _is_tagline(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """A short line above the site's menu is its tagline, in its chrome ("Fresh voices from today's China"),
    also when it ends in a stop ("The online magazine of the Taiwan Studies Programme, University of
    Nottingham.")."""
    analysis = lines[content[position]]
    if not analysis.is_sentence and analysis.words <= TAGLINE_MAX_WORDS and _has_barred_menu_under(lines, content, position):
        return True
    if analysis.is_sentence:  # a statement in words, not a company's name in capitals, nor a title that asks
        limit = (TAGLINE_SENTENCE_MAX_WORDS if analysis.output.endswith(".")
                 and not has_no_lower_case_word(analysis.output) else 0)
    else:
        limit = TAGLINE_MAX_WORDS
    return analysis.words <= limit and _has_menu_under(lines, content, position)


def _has_barred_menu_under(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """The next line is a row between bars that a rule took for a menu ("Home | Level 1 | Level 2 | Quiz"), not
    the toolbar a headline stands over ("收藏 Save | 打印 Print | 字号 Text size A+ A-")."""
    if position + 1 >= len(content) or lines[content[position + 1]].verdict != DROPPED:
        return False
    row = lines[content[position + 1]].withheld
    return "|" in row and _TOOLBAR_BUTTON.search(row) is None


# A button of an article's toolbar, which a site's menu does not hold.
_TOOLBAR_BUTTON = regex.compile(r"\b(?:print|text size|font size|e-?mail this)\b", regex.IGNORECASE)


def _has_menu_under(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """The next line not dropped is a row of section names ("News Features Voices Podcasts"),
    or starts a column of them, one to a line ("About", "Hiking", "Travel Tips"): what stands
    above it is still the site's chrome, no headline."""
    following = content[position + 1:position + 1 + 2 * MENU_COLUMN_MIN_LINES]
    under = [lines[index] for index in following if lines[index].verdict != DROPPED][:MENU_COLUMN_MIN_LINES]
    if not under:
        return False
    if under[0].words >= MENU_ROW_MIN_WORDS:
        return _is_section_names(under[0])
    return (len(under) == MENU_COLUMN_MIN_LINES
            and all(item.words <= MENU_MAX_WORDS and _is_section_names(item) and not DIGIT.search(item.output)
                    for item in under))


def _is_section_names(analysis: LineAnalysis) -> bool:
    """Names and no sentence, credit or word in lower case: section names ("Travel Tips"). Commas part
    a byline's names, no menu's ("Frank Kung, DIGITIMES Research, Taipei")."""
    return (analysis.names_only and not analysis.is_sentence and has_no_lower_case_word(analysis.output)
            and not analysis.is_credit and "," not in analysis.output)


def _has_byline_under(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """The first line not dropped under ``content[position]``, within a few lines, is a
    byline: the line is a headline.

    A date alone ("Wed, Mar 18, 2026") is no byline: it stands under a masthead as well.
    """
    under = _byline_place_under(lines, content, position)
    return under is not None and under.is_byline


def _has_writers_byline_under(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """The byline under ``content[position]`` (see ``_has_byline_under``) names its writer ("By Ginny Xu"),
    no source ("Source: Information Bureau")."""
    under = _byline_place_under(lines, content, position)
    return under is not None and under.is_byline and _BY_NAME.match(under.output) is not None


def _byline_place_under(lines: list[LineAnalysis], content: list[int], position: int) -> LineAnalysis | None:
    """The first line not dropped under ``content[position]``, within a few lines, or None."""
    return next((lines[i] for i in content[position + 1:position + 1 + BYLINE_LOOKAHEAD_LINES]
                 if lines[i].verdict != DROPPED), None)


def _is_headline_question(analysis: LineAnalysis) -> bool:
    """A headline that asks, in title case or after its label ("Can Cantonese Survive the Next Generation?",
    "Explainer: What happens when a typhoon signal is raised?"): a list's item, though it ends like a sentence."""
    return (analysis.words <= HEADLINE_QUESTION_MAX_WORDS and analysis.is_question
            and (analysis.names_only or (_LABELLED.match(analysis.output) is not None
                                         and _INTERVIEWERS_TURN.match(analysis.output) is None)))


def _has_body_under(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """The next line not dropped after ``content[position]`` is a paragraph (a stamp or a credit may stand
    between), or one as long that announces what follows ("Following is a question by the Hon Chan Hoi-yan
    and a written reply by the Secretary for Health ... today:")."""
    under = next((lines[index] for index in content[position + 1:]
                  if lines[index].verdict != DROPPED and not lines[index].is_credit), None)
    return under is not None and (under.is_body or (under.words >= BODY_MIN_WORDS and under.verdict != DROPPED
                                                     and _ANNOUNCES_LIST.search(under.output) is not None))


def _drop(lines: list[LineAnalysis], index: int, reason: str) -> None:
    lines[index] = lines[index].dropped(reason)


def _last_body(lines: list[LineAnalysis], indexes: Sequence[int]) -> int | None:
    """The index of the last paragraph among ``indexes``, searched for from the end, where it
    usually is: a long line that ends like a sentence, or the last line of a paragraph
    hard-wrapped onto several ("... will have to" / "install solar panels ..." / "... by 2035.")."""
    for position in range(len(indexes) - 1, -1, -1):
        analysis = lines[indexes[position]]
        if analysis.is_body or (analysis.verdict != DROPPED and analysis.sentence_shaped
                                and _wrapped_words(lines, indexes, position) >= BODY_MIN_WORDS):
            return indexes[position]
    return None


def _wrapped_words(lines: list[LineAnalysis], indexes: Sequence[int], position: int) -> int:
    """The words of the lines that the line at ``position`` goes on from, each from the one
    above it: that one ends like no sentence, and either it ends in a word or comma that no
    sentence ends with, or the line under it starts in lower case."""
    words = lines[indexes[position]].words
    while position > 0:
        above = lines[indexes[position - 1]]
        if (above.verdict == DROPPED or above.sentence_shaped
                or not (lines[indexes[position]].output[:1].islower() or _GOES_ON.search(above.output))):
            break
        words += above.words
        position -= 1
    return words
