"""Classification: decide, for each line and each span in it, whether it is article or furniture.

Evidence is weighed in a fixed order, the cheapest and surest first:

1. the rules (a keep rule wins outright; drop, list, footer and header rules
   drop; cut rules remove a span);
2. script analysis: a line whose East Asian text outweighs its English is not
   part of an English article; Chinese glued at the start or end of an English
   line is cut off, while glosses in brackets stay;
3. language detection, only for long Latin-script lines that show no English
   function words but do show a word in lower case (a row of names or menu
   items is left to context: no model can tell its language);
4. context: short lines after a related-stories heading, after the article's
   last paragraph, or alone among dropped lines go with them.

Every decision carries its reason, so a user can ask why a line went.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import regex

from . import langid
from .memo import once_property
from .rules import Hit, LineHits, RuleSet, inside
from .script import (ABBREVIATIONS, ENGLISH_FUNCTION_WORDS, LATIN_WORD, SENTENCE_END, TEMPERATURE_UNIT,
                     ScriptProfile, english_text_start, has_cjk, latin_word_pattern, profile)
from .segment import Run, has_cjk_run, quotations, runs

KEPT, DROPPED, EDITED, BLANK = "kept", "dropped", "edited", "blank"

# A paragraph of the article body, as opposed to a headline, byline or menu item.
BODY_MIN_WORDS = 10
# A page with this many paragraphs each followed by its translation is a bilingual page.
BILINGUAL_MIN_TRANSLATIONS = 2
SENTENCE_MIN_WORDS = 3
# Chinese shorter than this, inside or at the edge of an English sentence, is a term.
TERM_MAX_CHARS = 4
# ... or this long, when the sentence goes on or ends right after it.
TERM_IN_SENTENCE_MAX_CHARS = 12
# A sentence right after the last paragraph may be this short, with a function word ("He was 84.").
CLOSING_SENTENCE_MIN_WORDS = 2
LANGUAGE_CHECK_MIN_WORDS = 8
# ... of which this many are content words, no names: a language model reads names as German or Dutch.
LANGUAGE_CHECK_MIN_COMMON_WORDS = 2
# English prepositions and adverbs of headlines, besides the function words: a line with one
# is not asked of the language model.
_ENGLISH_MARKERS = ENGLISH_FUNCTION_WORDS | frozenset(
    "near into amid up down out off about against under across through between during without within "
    "than over new says how why what when where vs vs. "
    # a conversation's: a question or an answer in a transcript ("Do you use AI yourself?")
    "you your we our does did "
    # words of headlines that no other language on these pages writes ("Later school start helps teens get
    # more sleep, study finds", which a language model calls Dutch)
    "more get gets helps finds shows makes takes".split())
# Function words of the other languages written in Latin letters on Taiwan's and Hong Kong's pages, for
# and by migrant workers: Tagalog, Indonesian and Malay, Vietnamese. None is an English word.
# Each as written at the start of a sentence too, so that a line is looked at without lower-casing it.
_OTHER_LANGUAGES_MARKERS = frozenset(
    form for word in (
        "ang ng mga sa ay para namin natin kami tayo hindi ito iyon kanilang nila niya siya nang kung dahil lamang "
        "yang dan untuk dengan ini itu dari tidak akan dalam pada atau juga bisa anda silakan lebih lanjut hubungi "
        "adalah oleh karena sudah telah "
        "của và các những được cho người không là có một này với trong theo đã sẽ để tại từ phải cũng về khi").split()
    for form in (word, word.capitalize()))
# English's commonest words, none of them another language's function word.
_COMMON_ENGLISH_WORD = re.compile(r" (?:the|of|and|to|in|for|is|on|with|a) ")
# A line of this many Latin words or more is looked at for them, and sent to the language model when
# it holds this many of them.
OTHER_LANGUAGE_MIN_WORDS = 4
OTHER_LANGUAGE_MIN_MARKERS = 2
# A headline in title case has this many words, one of them a function word that names of
# bodies do without ("Ministry of Ecology and Environment of the People's Republic of China").
TITLE_MIN_WORDS = 5
_TITLE_FUNCTION_WORDS = ENGLISH_FUNCTION_WORDS - {"of", "and", "the"}
# Words of a headline in title case that a row of section names has not: not "In", "Up",
# "Out" or "About" ("Sign In", "Sign Up", "Log Out", "About Us"), nor "New" ("What's New");
# and the verbs of company news, but those a menu names ("Press Releases", "Annual Reports").
_HEADLINE_WORDS = frozenset(
    "to for with at from by as on under over after amid into against across through between during "
    "without within than says is are was were has have will its this which who not but be "
    "announces launches unveils completes signs wins appoints receives introduces expands acquires "
    "celebrates debuts achieves secures joins raises warns urges approves reaches".split())
# The "for" of a body's name, no headline's word ("Centers for Disease Control", "Council for Economic Planning").
_BODYS_FOR = regex.compile(r"(?<=\b(?:Cent(?:er|re)s?|Council|Institute|Commission|Agency|Administration|Foundation"
                           r"|Alliance|Association|Society|Office|Fund|Committee))\s+for\b")
# What cuts leave of a line is scanned again when this short: a label or a button.
RESCANNED_MAX_WORDS = 8
# A detail's label before its value ("Original title:", "Place of origin:") has at most this many words.
LABEL_MAX_WORDS = 3
# What furniture glued after it leaves of an article's line: a paragraph's worth of words,
# more than a site's one-line blurb before its appeal ("HKFP is an impartial platform ...").
GLUED_SENTENCE_MIN_WORDS = 12
# Words that furniture on both sides takes with it after an article's last sentence: a brand's name.
BRIDGED_MAX_WORDS = 2
# A headline of another story has more words than a label has (a dropped line keeps only its text).
HEADLINE_MIN_SPACES = 3
_BY_NAME = regex.compile(r"\W*[Bb]y\s+\p{Lu}")
# An example sentence of a vocabulary note is no longer than this; one sentence after another is a paragraph.
EXAMPLE_MAX_WORDS = 20
_SENTENCES_JOINED = regex.compile(r"[.!?][\"”’)]*\s+\p{Lu}")
_VOCABULARY_START = re.compile(r"\W*(?:\d{1,3}\W*)?[a-z]")
# Words after a cut that may be furniture glued on after it, looked at again once the cut is made.
TRAILING_WORDS_MAX = 3
# An English phrase this short, in lower case, beside its Chinese gloss is a vocabulary note.
GLOSSED_PHRASE_MAX_WORDS = 4
# ... and this long with a dictionary's placeholder for a person or a thing ("sb.", "sth.", "one's"), or the
# Chinese one's ("……", "某人", "某事").
GLOSSED_IDIOM_MAX_WORDS = 8
_PLACEHOLDER = regex.compile(r"\b(?:sb|sth|smb|smth)\b\.?|\bone['’]s\b|……|某人|某事|某物")
# A menu item: this short and alone among dropped lines.
MENU_MAX_WORDS = 2
# A line this short that only names something ("The Standard", "Ministry of
# Environment") is a masthead or menu item when dropped lines surround it.
NAME_LINE_MAX_WORDS = 4
# Above the headline, a row of names this long is a masthead or menu ("Menu Search Subscribe Sign in").
MASTHEAD_MAX_WORDS = 6
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

# A sentence that ends inside the line, a caption's credit after it:
# "... on Sunday. (Island Ledger photo)", "... on Wednesday. REUTERS/Lin", "... March 9, 2026. /CFP)".
# (The abbreviations are looked behind from the stop, which few letters stand before.)
# (A caption's credit may follow the sentence after a slash or a dash: "... Yuyuan Road. —Ti Gong".)
_SENTENCE_INSIDE = regex.compile(rf"[\p{{Ll}}\p{{N}}][.!?](?<!{ABBREVIATIONS}.)[\"”’')\]]*\s+(?:/|[—–]\s?)?[(\[\p{{Lu}}]")
# The number of a list item ("1. Taipei MRT to run ...") ends no sentence: it is searched for after it.
_LIST_NUMBER = regex.compile(r"\W*\d{0,3}")
_NUMBERED = regex.compile(r"^\W*\d{1,2}(\s|[.)、]\s*)\D")
# A term's English in round brackets after it, and what closes the sentence after that.
_ENGLISH_GLOSS = regex.compile(r"\s*\((?=[^()]*\p{Latin})[^()\p{Han}]{1,60}\)")
_ENGLISH_GLOSS_CLOSING = regex.compile(_ENGLISH_GLOSS.pattern + r"[\"”’')]*[,.;!?]?[\s\"”’')]*")
_TERM_CLOSE = regex.compile(r"[\"”’')]*[,.;!?][\s\"”’')]*")
# A quiz question, and the lettered option that starts a line under it ("A. Because ...", "(B) Shy").
_QUESTION = regex.compile(r"\?[\s\"”’')]*$", regex.REVERSE)
_OPTION = regex.compile(r"\W*\(?([A-Fa-f])\s*[.)、]\s*\S")
_OPTION_B = regex.compile(r"\s\(?[Bb]\s*[.)、]\s*\S")  # the second option, on the line of the first
# A line of dialogue: a name of up to three capitalised words, a colon, what is said.
# (A media label is no speaker: "Video: Skiing booms in Altay" links to another story.)
_SPEAKER = regex.compile(r"(?!(?:Videos?|Photos?|Gallery|Audio|Podcast|Watch|Listen)\s*:)"
                         r"(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})\s*:\s*\S")
_WORDLESS = regex.compile(r"[\W_]*")
_SENTENCE_MARK = regex.compile(r"[.!?…]")
# An English possessive ("Hong Kong’s"), or a past participle ("reported"), which headlines with
# no function word still have, and which neither pinyin nor the other languages of these pages write.
_POSSESSIVE_OR_PARTICIPLE = regex.compile(r"\p{L}['’]s\b|\b\p{Ll}{3,}ed\b")
# A sentence in quotes, however short: speech, no menu item ("“Home.”").
_QUOTED_SENTENCE = regex.compile(r"[\"“‘].*[.!?…][\"”’]")
# Two stretches of text run together with no space: a small letter, then a capital ("AcceptShenzhen"), in a word
# with no capital inside it before: a brand's inner capitals join nothing ("HKStockNet accepts ...").
_CAMEL_JOIN = regex.compile(r"(?<=(?:^|\P{L})\p{Lu}?\p{Ll}*)\p{Ll}\p{Lu}")
# The article's line glued after a banner holds this many words, a headline's or a sentence's;
# the banner's button before it, at most this many ("Accept all").
GLUED_LINE_MIN_WORDS = 6
BUTTON_MAX_WORDS = 3
# A prompt glued onto a paragraph is among its last sentences (the end of the line is one of them).
GLUED_SENTENCES_TRIED = 4
# Furniture of figures, a ticker or a time stamp, glued before a headline, holds this many.
GLUED_FIGURES_MIN = 2
_FIGURE = regex.compile(r"\d[\d,.:]*")
# The end of the last sentence in a stretch of text (searched for backwards), and furniture
# may follow it with no space: a label in brackets or Chinese ("... in Europe.[免責聲明] ...",
# "... on the local market.(本文不代表本網立場 ...").
# So may the next sentence, with no space ("... food.Get the Daily Wire newsletter ...").
_SENTENCE_END_BEFORE_MORE = r"[.!?…][\"”’')\]]*(?=\s|$|[\p{Lu}\[【(（\p{Han}])"
_LAST_SENTENCE_END = regex.compile(_SENTENCE_END_BEFORE_MORE, regex.REVERSE)
_SENTENCE_END_INSIDE = regex.compile(_SENTENCE_END_BEFORE_MORE)
# The end of a line that a sentence goes on from: a comma, or a word no sentence ends with.
_GOES_ON = regex.compile(r"(,[\"”’')\]]*|\b(the|a|an|of|to|and|or|but|in|on|at|by|for|with|from|that|which|who|as|than"
                         r"|will|would|was|were|is|are|has|have|had))\s*$", regex.IGNORECASE)
# Icons and their counters after a sentence's end, with no letter ("! ❤️ 86 💬 24"), or with a brand's name or two
# ("... investigation. 🛵 foodpanda 新客首單享85折").
_AFTER_SENTENCE = regex.compile(r"[.!?…][\"”’')\]]*((?:\s\P{L}*)?[\p{So}\p{Sm}]\P{L}*(?:\p{Latin}[\p{Latin}\d&'.-]*\P{L}*){0,2})$")
# ... or after any line's last word, spaced off it ("Hosted by Old Taipei Walks ❤ 236 人有興趣").
_ICONS_AFTER_WORD = regex.compile(r"\s(\p{So}\P{L}*)$")
# A space before a run, with or without a button's mark ("+", "▶").
_SPACE_OR_MARK = regex.compile(r"\s+(?:[\p{So}\p{Sm}]\s*)?")
_LETTER = regex.compile(r"\p{L}")
# What digits written onto a word make one word with: a suffix ("21st"), or a letter alone ("5G", "3D").
_WORD_AFTER_DIGITS = regex.compile(r"\p{Ll}|(?![AI]\s)\p{Lu}(?!\p{L})")
# The number of a section in Chinese, opening its heading ("一、", "(二)").
_CHINESE_ENUMERATOR = regex.compile(r"\W*(?:[一二三四五六七八九十]{1,3}\s*[、.,]|[(（][一二三四五六七八九十]{1,3}[)）])")
# A year or a span of years, between a label in brackets or before a colon and a title's first word;
# a section's number after its Chinese heading ("二、主要類別變動 2. Changes by major category").
_NUMBER_OPENING_TITLE = regex.compile(r"(?<=[\]】:]\s*)\d{4}(?:[-–]\d{2,4})?\s+$|(?<=\s)(?:\d{1,2}|[IVX]{1,4})[.)]\s*$")
# A name written onto the Chinese after a bar, inside its bracket or after the last sentence ("... damage
# reported|ETtoday生活新聞", "... the test results.[ETtoday新聞雲]", "... items 【Temu新客專屬】", "... cost of
# living. Yahoo奇摩新聞 >>", "... on Wednesday. PDD 拼多多 US$112.40"), or
# a brand of a few capitalised words, after an icon ("... 3.3 percent.👉[LINE TODAY 台股專區]", "... in 2018. 🛒 Yahoo購物中心");
# or a vocabulary note's term, in lower case after the last sentence ("... in distant waters. far-seas training 远海训练").
_BARRED_NAME = regex.compile(r'\s*(?:[|｜]\s*|[\[【]|(?<=[.!?”"]\s*)\(|(?<=[.!?”"])\s+)[\p{Latin}\d]+\s*$'
                             r'|(?<=[.!?”"])\s*[\p{So}\p{Sk}\uFE0F]+\s*[\[(【]?\p{Lu}[\p{Latin}\d]*(?:\s\p{Lu}[\p{Latin}\d]*){0,2}\s*$'
                             r"|(?<=[.!?”\"])\s+\p{Ll}[\p{Latin}’'-]*(?:\s\p{Ll}[\p{Latin}’'-]*){0,4}(?:\s(?:n|v|adj|adv|phr)\.)?\s*$",
                             regex.REVERSE)
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
# A recipe's quantity before its ingredient ("500g", "2 tbsp", "1/2 cup"), not a list's number ("2. pick up").
_QUANTITY = regex.compile(r"\d[\d,/]*(?:\.\d+)?\s?\p{L}")
# The lower-case words of names in Portuguese, Spanish, French, Italian, Dutch and German
# ("Gabinete de Comunicação Social", "Largo do Senado"): a name's, not a content word.
_NAME_PARTICLES = frozenset("de da do das dos du des del della di la le van von der den y e".split())
# A fixture's "vs" between two teams is no content word of a sentence ("NYK vs MIL 10:30").
_NO_CONTENT_WORDS = ENGLISH_FUNCTION_WORDS | _ORDINAL_SUFFIXES | _NAME_PARTICLES | {"vs"}
# A sentence pattern whose gap, an ellipsis, the Chinese explains right after it
# ("Have you seen...? 現在完成式,...", "I have a reservation under the name... 我用……的名字预订了").
_PATTERN_GLOSSED = regex.compile(r"\p{Latin}\s?(\.{3}|…)[?!.]?\s*[\p{Han}]")
# What ends a link's text ("立即购买 >>", "看更多 »").
_LINK_ARROWS = regex.compile(r"\s*(>>|»|→|›)")
_GLUED_ACRONYM = regex.compile(r"\p{Lu}{2,4}\b")
# "APP" written onto the start of Chinese inside a sentence is a promotion's ("said, APP专享直播 adding"); a
# company's name written onto its Chinese name ("The TSMC台積電 plant") is the sentence's.
_APP_BEFORE = regex.compile(r"(?<![\p{L}\d])APP$", regex.IGNORECASE)
_STRUCTURE = regex.compile(r"[:/|>｜／]")
_SPACES = regex.compile(r"[ \t]{2,}")
_GOES_ON_PUNCTUATION = frozenset(",.;:!?)]”’")
# What a cut takes with it on either side. Only unambiguous openers before it:
# a straight quote there may close the English sentence.
_CUT_LEADERS = frozenset(" \t([{【〔《》〈〉“‘|｜/-–—_:•·・･…⋯+.#*※")
_CUT_TRAILERS = frozenset(" \t)]}】〕《》〈〉”’.…⋯>»›≫!#∨˅⌄▾▼")
_SENTENCE_CLOSERS = frozenset(".!?”\"")
_FOOTNOTE_MARKS = frozenset("*※†‡")
_LEADERS_BUT_FOOTNOTE_MARKS = _CUT_LEADERS - _FOOTNOTE_MARKS
_OPENERS = frozenset("\"“‘([")
# The article's own credits and time stamps, which may stand after its last paragraph
# ("Additional reporting by Reuters", "The author is a research fellow at ..."): by their start,
# or by words anywhere (see _find_credit). Two patterns, since one alternation would try the
# alternatives anchored at the start at every character, three times the cost of both.
_CREDIT_AT_START = regex.compile(
    r"^\W*(by|photo|photos|photograph|source|sources|additional reporting|reporting by|"
    r"staff (?:writers?|reporters?|correspondents?)|with|edited by|editing by|"
    r"writing by|written by|reported by|translated (?:from \w+ )?by|translation by|english version by|shot by|filmed by|"
    r"subtitles by|subtitled by|"
    r"compiled by|published|updated|posted|first published|courtesy|issued|ends|"
    # an interview's or a feature's maker ("Interview by Jason Yuen", "As told to Li Qing", "Produced by ...")
    r"interview(?:ed|s)? (?:conducted )?by|as told to|story by|produced by|text and photos? by|"
    # a programme's guests and hosts ("Guests: Chen Pei-ju (陳佩如), registered nurse; ...", "Hosted by ...")
    r"guests?|hosts?|hosted by|"
    # a fashion shoot's ("Styling: Cheuk Wing-sze / Hair and makeup: Jojo Lam / Model: Irene So")
    r"styling|styled by|stylist|hair and make-?up|make-?up|art direction|creative direction|"
    # a news service's source of a story ("Provided by Chinese Academy of Sciences"), a summary's writer
    r"provided by|summary by|summari[sz]ed by|"
    # a statement's signers ("Signatories: Taiwan Migrant Workers Support Network; ...", "Endorsed by ...")
    r"signatories|signatory organi[sz]ations|(?:co-)?signed by|endorsed by|jointly (?:issued|signed) by|"
    # a chart's or a table's source, under its label ("Data: Immigration Department", "Graphic: Taipei Times")
    r"(?:data|graphics?|charts?)(?=\s?:)|"
    r"(web |copy |managing )?editor|the (author|writer)s? (is|are))\b"
    # a gallery's link, or a widget's heading ("Photo of the Day"), is no credit
    r"(?!\s+(?:gallery|galleries|story|stories|essay|album|of the (?:day|week|month|year))\b)\W*\w"
    r"|^\W*(?:our (?:own )?reporters?|staff and agencies|staff (?:writers?|reporters?|correspondents?))\W*$"
    r"|^\W*\(?[\p{L} .'’-]{2,40},\s*(translated|compiled|adapted) by\b"  # "(Liberty Times, translated by ...)"
    r"|^\W*\(?(adapted|excerpted|abridged) from\b"  # "(Adapted from China Daily)"
    r"|^\W*(writers?|authors?|reporters?|photographers?|correspondents?|translators?|reporting|translation|text|words|"
    r"photography|interpretation|illustrations?|maps?|(?:(?:photo|image|picture|cover image|top image) )?credits?|"
    # a video's crew ("Videographer: Wang Jian", "Camera: Tsai Ming-hung", "Presenter: Amy Lo")
    r"videographers?|camera(?:man|men|person|operators?)?|presenters?|narrators?|designers?|drone footage)"
    r"\s*:\s*\p{L}"  # "Writer: Zhang Yiran", "Reporting: Chiang Yi-ching", "Image credit: CMSA", "Map: MND"
    # the writers' addresses alone, as China Daily ends a story with them ("huangzhiling@chinadaily.com.cn"),
    # not a desk's ("press@...")
    r"|^\W*(?!(?:press|info|service|contact|news|newsroom|editors?|media|enquiries|inquiries|support|admin|webmaster"
    r"|feedback|tips|letters|opinions?|ir|hr|sales|ads|advertising|marketing|subscriptions?|business|partnerships?"
    r"|cooperation|collab(?:oration)?|hello|team|office|customerservice|cs)@)[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*(?:,|;|and)\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\W*$"
    # "Contact the writer at ...@...", "Contact reporter Guo Yingzhe (...@caixin.com) and editor ..."
    r"|^\W*(contact|email|e-mail|reach) (the )?(writer|reporter|author|editor)s?\b"
    r"|^[\s(—–=-]*(afp|reuters|ap|cna|xinhua|kyodo|bloomberg|dpa|efe|yonhap|bernama|agencies|"
    # a picture agency's, under the caption it credits ("Imaginechina", "VCG", "Ti Gong": SHINE's "provided")
    r"getty images|imaginechina|vcg|cfp|epa|china news service|ti gong)"
    r"(\s*/\s*\p{L}[\p{L} .'’-]*)?[\s.)]*$"  # and a photographer: "(Xinhua/Ji Chunpeng)"
    # a publication's name in brackets, the source of what a learning page reprints: "(Taipei Times)", or of
    # its own leader: "(China Daily editorial)" (one word is as often a stage direction: "(Applause)")
    r"|^\s*\((?-i:\p{Lu}\p{Ll}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){1,3})(?:\s+(?:editorial|commentary))?\)\s*$"
    # a broadcast's sign-off, the name first: "Wong Ka-yan reports", "— Lee Ming reporting from Beijing"
    r"|^[\s—–-]*(?-i:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+report(?:s|ing)"
    r"(?:\s+from\s+(?-i:\p{Lu})[\p{L} ]{1,30})?\W*$"
    # a magazine's credits after the writer's name, by slashes: "Lee Shan-wei /photos Jimmy Lin /tr. by Scott Williams"
    r"|^\W*(?-i:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*/\s*(?:photos?|tr\.|translat(?:ed|ion)|text)\b"
    # a photographer and the outlet in capitals: "Wang Rongjiang / SHINE"
    r"|^\W*(?-i:\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}\s*/\s*[A-Z][A-Z&.]{1,11})\W*$"
    # a wire's note of the exchange rate it used: "($1 = 32.1500 Taiwan dollars)"
    r"|^\W*\(\s*(?:us|hk|nt)?\$\s?1\s*=\s*[^()]{2,40}\)\s*$"
    # a clip's maker or source: "Trailer courtesy of Game Science", "Video by Chen Yu-fu", "Footage: Reuters"
    r"|^\W*(?:video|trailer|footage|clip|music|audio|animation|filming)\s+(?:courtesy of|(?:provided |supplied )?by)"
    r"\s+\p{L}|^\W*footage\s*:\s*\p{L}"
    # ... or its source alone after its label, as a broadcaster credits its clip ("Video: FTV News")
    r"|^\W*(?:video|clip)\s*:\s*(?-i:\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\W*$"
    # a museum's or a lender's: "Collection of the Hong Kong Museum of Art"
    r"|^\W*(?:collection of|courtesy of)\b"
    # where a picture was taken from ("Image taken from Taipei City Department of Transportation website")
    r"|^\W*(?:image|photo|screengrab|screenshot|screen grab|video grab|still) (?:taken )?(?:from|via)\b"
    # a figure's caption, whose label a report puts beside its download links ("Figure 1: Flight paths ...")
    r"|^\W*(?:figure|fig\.|chart|map|table|graphic|infographic)\s*\d{1,3}\s*[:.]\s*\p{L}"
    # a reader's signature: "— Zhou Hao, 16, Beijing"
    r"|^\s*[—–]\s*(?-i:\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,2})\s*(,|$)"
    # a release's contact or spokesperson by name ("Media contact: Sophia Chang, Public Relations Division",
    # "Spokesperson: Wang Chih-ming, Chief Financial Officer")
    r"|^\W*(?:(?:media|press|investor|news) )?(?:contacts?|enquiries|inquiries)\s*:\s*"
    r"(?-i:(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?\p{Lu}[\p{Ll}\p{Lu}]+\s+\p{Lu})"  # "LIU Jianguo", "Ms. Huang Yi-chen"
    r"|^\W*(?:deputy |acting )?spokes(?:person|man|woman)\s*:\s*(?-i:\p{Lu}\p{Ll}+\s+\p{Lu})"
    # a wire's note on its story: "(This story has been corrected to fix the Topix closing level in paragraph 2)"
    r"|^\W*(?:this|the) (?:story|article|report) (?:has been|was) (?:corrected|updated|refiled|amended|clarified)\b",
    regex.IGNORECASE)
_CREDIT_ANYWHERE = regex.compile(
    r"\b(staff (?:writers?|reporters?)|with (cna|afp|reuters|ap|agencies|xinhua)|"
    r"contributed to this (report|story)|photo\)?)\W*$"
    r"|\b(photo|photos|photograph|image|images|picture|file photo|graphics?|chart|infographic|illustration)"
    r"\s*(:|/|by\b|courtesy\b|via\b)"
    r"|\b(?:museum|gallery|library|archives?|private) collection\W*$"  # "National Palace Museum collection"
    # a caption's source after its sentence, as CGTN writes it ("... in Qinghai Province. /Xinhua")
    r"|(?<=[.!?]\s?)/\s?(?-i:\p{Lu}[\p{L}&-]+(?: \p{Lu}[\p{L}&-]+){0,2})\s*$",
    regex.IGNORECASE)
# A time stamp written in words ("14 March 2026", "Mar. 22, 2026 09:18 AM").
# A span of days is a calendar's, no stamp ("Feb 17-21 Longtan Lake Temple Fair").
_DATE_IN_WORDS = regex.compile(
    r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?)\b\.?,?\s*\d(?!\d?\s*[-–]\s*\d)|\d\s+(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|"
    r"may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b",
    regex.IGNORECASE)
DATE_LINE_MAX_WORDS = 6
# The heading of a press release's contact block, and what the lines under it hold.
_CONTACT_HEADING = regex.compile(
    # A company's name may stand before it ("TSMC Acting Spokesperson:").
    # ... or two audiences ("Investor and Media Contact").
    # ... or its number, as a notice numbers its sections ("5. Contact").
    r"^\W*(?:\d{1,2}\.\s+)?(?-i:\p{Lu}[\p{L}&.'’-]*\s+){0,3}((acting|deputy) )?"
    r"((media|press|investor|news|public)( relations)?( (and|&) (media|press|investor|news|public)( relations)?)? )?"
    r"(contacts?|contact (?:persons?|officers?)|corresponding authors?|press office|enquiries|inquiries|spokes(person|man|woman))"
    r"\b\W*(:|$)"
    r"|^\W*(media|press|investor|public) relations\W*(:|$)"
    r"|^\W*for (media|press|further|more) (enquiries|inquiries|information)\b", regex.IGNORECASE)
# A match's score, in a line of results.
_SCORE = regex.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")
# A street's or an opening time's word, in a listing's line ("Lok Yuen: 8 Nelson Street, Mong Kok; noon-11pm daily"),
# or a player's figures, in a box score's ("Liaoning: Zhao Jiwei 24 pts, 9 ast; Fu Hao 18 pts, 11 reb"), or a price,
# in a list's item ("1. Golden Horse Bonanza — NT$2,000 per card, top prize NT$20 million").
_LISTING_OR_STATS = regex.compile(r"\b(?:Street|Road|Avenue|Lane|Boulevard|St|Rd|Ave)\b|\d\s?[ap]\.?m\b|\bnoon\b"
                                  r"|\d\s?(?:pts|reb|ast|stl|blk|rbi|hr|ip|so)\b|\$\s?\d")
# (A DOI's or an address's digits are no telephone number: "10.1038/s41477-026-01987-2".)
_CONTACT_DETAIL = regex.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+|(?<![\w./-])\+?\d[\d ()-]{6,}\d")
# A phone number in international form alone on a line, which no date or counter looks like.
_PHONE_NUMBER = regex.compile(r"\s*\+\d[\d ()-]{6,}\d\s*")
# The rule under a markdown table's column headings ("| --- | ---: | :---: |").
_TABLE_RULE = regex.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")
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
_BULLET_OR_DASH = regex.compile(r"\s*[•▪●◦‣*–-]\s+\S")
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
# A result in a fact box, whatever its label ("Men's singles final: Wang Chuqin (CHN) bt Hugo Calderano (BRA)
# 4-2", "Japan 1-0"): a score or a country's code in brackets beside a name (a file's type is none: "Press
# release (PDF) | Photos (ZIP, 8.2 MB)"); or two names, each with its goals ("Eastern 2 Kitchee 1").
_RESULT = regex.compile(rf"(?=.*\p{{Lu}})(?:.*{_SCORE.pattern}|.*\((?!PDF|ZIP|DOC|XLS|PPT|JPG|PNG|MP[34]|CSV)\p{{Lu}}{{3}}\).*\d)"
                        # (Each score may have its scorers, or the game a note, in brackets after it: "Eastern 2
                        # (Camargo 40, 81) Lee Man 1 (Cheng 14)", "Fubon Guardians 4, TSG Hawks 4 (12 innings)".)
                        r"|\W{0,3}(?:\p{Lu}[\p{L}.'’&-]*\s+){1,4}\d{1,3}(?:\s*\([^()]{1,60}\))?\s*[-–,]?\s+"
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
# A court case's name: the parties, capitalised, either side of "v" ("HKSAR v Leung Ka-wai", "Chan Tai-man v
# Secretary for Justice").
_CASE_NAME = regex.compile(r"(?:\p{Lu}[\p{L}.'’&-]*\s+){1,5}v\.?(?:\s+\p{Lu}[\p{L}.'’&-]*|\s+(?:for|of|and)){1,6}"
                           r"(?:\s*\(\p{Han}{1,6}\))?")  # a party's name glossed in Chinese ("HKSAR v LAM Ka-chun (林嘉俊)")
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
# A byline's name ("By Kelly Ho", "Frank Chen in Shanghai", "By Hans Tse 10 March 2026"), and what a staff
# writer's bio says after it.
_PERSONS_NAME = r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}"
# A note on an op-ed's author, which some sites print with no full stop ("Dr Winnie Tam Suk-yin is a senior
# lecturer in social work at Hong Kong Baptist University"); a staff journalist's bio is dropped before.
_AUTHOR_IS = rf"\W*(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Miss)\.?\s+)?{_PERSONS_NAME}\s+(?:is|was|has been)\s+(?:a|an|the)\s+"
_AUTHOR_NOTE = regex.compile(rf"{_AUTHOR_IS}(?:\S+\s+){{3}}")
# ... as one sentence, however short ("Kelly Ng is a Hong Kong-based writer."), of a person, not of the site
# ("Harbour Herald is an independent news site.").
_AUTHOR_NOTE_SENTENCE = regex.compile(rf"(?!.*\b(?:site|website|platform|newspaper|outlet|publication|magazine|channel"
                                      rf"|non-?profit|organi[sz]ation|company|service)\b){_AUTHOR_IS}\S+(?:\s+\S+)+?[.!]\s*")
# A model's code, figures with or without letters, written onto its Chinese name ("乐道L90", "小米SU7").
# (A single figure is as often a translation's: "... rise 6% 綠色小巴下月起加價6%".)
_MODEL_CODE = regex.compile(r"(?:[A-Za-z]{1,3}\d{1,4}[A-Za-z]{0,3}|\d{2,4}[A-Za-z]{0,3})(?=$|[\s)/|,])")
# A gallery's headline under its label, in sentence case and this long ("Photos: Cheung Chau Bun Festival
# draws record crowds"); a credit says where the pictures come from ("Photos: courtesy of the artist").
_GALLERY_LABEL = regex.compile(r"\W*(?:photos|in pictures|pictures)\s*:\s*", regex.IGNORECASE)
GALLERY_HEADLINE_MIN_WORDS = 6
_PICTURES_SOURCE = regex.compile(r"\b(?:by|courtesy|supplied|handout|file|via|from)\b", regex.IGNORECASE)
# A research paper's identifier under its citation ("DOI: 10.1136/gutjnl-2025-334112", "PMID: 39912345").
# (A book's ISBN is as often a shop's detail of it.)
_PAPER_IDENTIFIER = regex.compile(r"\W*(?:doi|pmid|pmcid|arxiv)\s*:?\s*[\d(]|\W*(?:doi|arxiv)\s*:\s*\S",
                                  regex.IGNORECASE)
# A paper's note on its keywords, its funding or its author, under its abstract ("Keywords: typhoon track; deep
# learning", "Foundation item: National Natural Science Foundation of China (42277330)").
_PAPER_NOTE = regex.compile(r"\W*(?:key ?words|foundation(?: items?)?|fund(?:ing|s)?(?: programs?| projects?)?|funded by"
                            r"|corresponding authors?)\s*:\s*\S", regex.IGNORECASE)
# A row of a game's line score, the team or the heading and a figure or a letter an inning ("Team 1 2 3 4 5 6 7 8 9 R H
# E", "Lions 0 1 0 0 2 0 0 0 0 3 7 1").
_LINE_SCORE_ROW = regex.compile(r"\p{L}[\p{L}\d .'’-]{0,30}?(?:\s+(?:\d{1,2}|[xXRHE])){9,}\s*")
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
# A news service's note of the paper a story reports ("More information: Han Yuting et al, ..., Nature Cities (2026).
# DOI: 10.1038/s44284-026-00417-2").
_CITATION = regex.compile(r"\W*more information\s*:.*\bdoi\s*:?\s*10\.\d", regex.IGNORECASE)
# A subhead: this many capitalised words at most, perhaps numbered ("03 Deadline"), ending in no stop nor colon.
SUBHEAD_MAX_WORDS = 5
_SUBHEAD = regex.compile(r"(?:\d{1,2}\.?\s+)?\p{Lu}[^.!?:;|]*[^\W_]")
# A footnote's mark at the start of a line ("* For identification purposes only").
_FOOTNOTE_MARK = regex.compile(r"([*†‡]+)\s*\p{L}")
_BYLINE_NAME = regex.compile(rf"(?:[Bb][Yy]\s+)?({_PERSONS_NAME})\s*(?:$|[,|/(\d]|(?:and|in)\b)")
BYLINE_MAX_WORDS = 8
_JOURNALIST_BIO = regex.compile(
    # (Some boxes name the writer by the first name alone: "Fiona joined the Post in 2022 and covers housing ...".)
    rf"({_PERSONS_NAME}|\p{{Lu}}\p{{Ll}}+)\s+(?:joined\b|covers\b|reports on\b|(?:is|was)\s+(?:a|an|the)\s+"
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
# A table flattened into lines of cells between bars, as the language check sees it: at least this many
# cells a row; and rows in a run of them that the context pass finds a table (see _table_cells).
TABLE_MIN_CELLS = 3
TABLE_MIN_ROWS = 3
_DIGIT = regex.compile(r"\d")
# Between two cells of a table's row flattened onto a line: a tab, a bar (spaced or not), or a run of spaces.
_CELL_BREAK = regex.compile(r"\t|\|| {3,}")
_LATIN_LETTER = regex.compile(r"\p{Latin}")
# A Hong Kong share's class, written onto the company's Chinese name in a quote ("小米集團-W", "美團-SW").
_SHARE_CLASS = regex.compile(r"(?<=\p{Han})-[A-Z]{1,2}\b")
_DOMAIN_NAME = regex.compile(r"\b(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:com|net|org|cn|tw|hk|mo|gov|edu)\b(?:\.[a-z]{2}\b)?")
# The practical details that close a review or a guide, under a label of their own.
_PRACTICAL_DETAIL = regex.compile(
    r"\W{0,3}(address|getting there|how to get there|opening hours|hours|open|admission|tickets?|how much|"
    r"(?:average )?(?:prices?|costs?|spend|meal)(?: per [\w ]{1,15})?|on the net|details|check-?in|check-?out|"
    # an event's ("Organiser: School of Chinese Medicine, HKU", "Speaker: ...")
    r"event|time|(?:co-)?organi[sz]ers?|hosts?|speakers?|lecturer|moderator|location|sponsors?|(?:target )?audience|"
    r"mode|format|language|medium|"
    r"rating|verdict|distance|duration|difficulty|venue|dates?|what|when|where|running time|fees?|"
    # a notice's or a tender's terms
    r"deadline(?: for [\w ]{1,20})?|closing date|bid opening|registration|application period|eligibility|quota|"
    r"amount|enquiries|inquiries|served|boarding points?|reservations?|bookings?|parking|price range|"
    # a review's credits ("Director: Ivy Tsang", "Cast: ...", "Created by: ...")
    r"directors?|directed by|cast|starring|written by|screenplay|created by|producers?|produced by|music|"
    r"choreography|set design|author|publisher|translat(?:or|ed by)|genre|runtime|release date|episodes)\s*:\s*\S"
    # a review's scores ("Food: 4.5/5 | Service: 2.5/5 | Value: 4/5")
    r"|\W{0,3}\p{L}[\p{L} ]{0,20}:\s*\d(?:\.\d)?\s*/\s*\d+\b"
    # a listing's price, written out with no stop ("Tickets are NT$400 to NT$1,000, available through OPENTIX")
    r"|\W{0,3}(?:tickets?|admission|entry|entrance)\s+(?:are|is|costs?|priced at|starts? at|range from)\s+\S",
    regex.IGNORECASE)
# A short label and what it labels ("Cuisine: Cantonese", "Signature dish: roast goose").
_LABELLED = regex.compile(r"\W{0,3}\p{Lu}[\p{L}'’ -]{0,24}:\s*\S")
# An interviewer's question, labelled as the interview labels it ("Q: Which sectors ...?"): no headline.
_INTERVIEWERS_TURN = regex.compile(r"\W{0,3}(?:Q|Question)\s*:")
# Lines of furniture in a row that may stand among the article's lines after its last paragraph
# (a promotion, a rating widget): more end the article.
FURNITURE_GAP_MAX_LINES = 2
# An address in English as Taiwan writes it: the number first, then the road.
# (Searched for from the end, where it can only be.)
# A site's bare name is an address where a sentence leads to it ("... please visit: ir.qilinauto.com"), not
# a booking button's ("Check rates on Booking.com").
_ENDS_IN_WEB_ADDRESS = regex.compile(r"\s(?:https?://|www\.)\S+$|(?:\b(?:visit|at|see)\s*:?|:)\s*[\w-]+(?:\.[\w-]+)*"
                                     r"\.(?:com|cn|tw|hk|mo|org|net|gov|edu)\b\S*$", regex.REVERSE)
# An address's label before it ("Address: No. 2, Sihwei 3rd Rd., ..."), or the name of the body at it, before a bar
# ("Taipei City Government | No. 1, ..."), within this many characters.
_ADDRESS_LABEL = regex.compile(r"(?:(?:Address|Add|Addr\.?|Location)\s*:\s*|[^|.!?]{2,50}\|\s*)?")
NO_AFTER_LABEL_MAX_CHARS = 60
_LABELLED_ADDRESS = regex.compile(r"\W*(?:Address|Addr\.?)\s*:")
_ADDRESS = regex.compile(r"No\.\s?\d+[-\d]*,.{0,40}?\b(?:Rd|Road|St|Street|Ave|Avenue|Blvd|Boulevard|Ln|Lane|Aly|Alley|"
                         r"Sec|Section|Dist|District)\b")
# A menu's item in Chinese, and how many items a menu run onto a headline has at least.
_HAN_ITEM = regex.compile(r"\p{Han}+")
MENU_MIN_ITEMS = 3
# A number, or a range or date of numbers, written onto the Chinese after it.
_NUMBER_ON_CHINESE = regex.compile(r"\d+(?:[-–~～/.:]\d+)*$")
# One bracketed stretch, and nothing else.
# A Chinese term in round brackets after the English word it glosses ("lottery (統一發票抽獎)").
# (A note on the article itself, "(本文由天下雜誌授權轉載)", "this article is reprinted with ...", glosses no word.)
_GLOSS_OF_WORD = regex.compile(r"(?<=[\p{Latin}\d]\s?)\((?!本文)\p{Han}{2,12}\)")
# A rule's phrase this long, all that is in the brackets, glosses no word.
PROMPT_IN_BRACKETS_MIN_CHARS = 3
_BRACKETED_ONLY = regex.compile(r"\s*\([^()]*\)[.!?;,]?\s*")
# A quotation that opens a line, to its closing quote.
_OPENING_QUOTATION = regex.compile(r"[\"“][^\"“”]+[\"”]")
# A byline whose name the Chinese after it writes in characters, one to a syllable.
_HAN_NAME = regex.compile(r"\s*(\p{Han}{2,4})\s*")
# A body's or a company's name in English, then the same name in Chinese, alone at the end of the line: each
# names its kind ("EVERSUN NEW ENERGY HOLDINGS LIMITED 恒日新能源控股有限公司", "School of Chinese Medicine, HKU
# 香港大學中醫藥學院", "Faculty of Medicine 醫學院"). A site's masthead ("AASTOCKS.com 阿思達克財經網") names no kind.
_NAMED_KIND = regex.compile(
    r"\b(?:limited|ltd\.?|company|co\.?|group|holdings|corporation|corp\.?|inc\.?|university|college|school|"
    r"faculty|academy|hospital|bank|association|foundation|council|committee|commission|bureau|department|office|"
    r"authority|museum|library|cent(?:re|er)|institute|society|gymnasium|stadium|hall|theatre|theater|auditorium|"
    # a place's ("Changhua Nanyao Temple 彰化南瑤宮")
    r"temple|shrine|church|station|market|park|"
    # an address's street, with the part of it a compass point or "M" (middle) names ("Address: 218
    # Fangbang Rd M 方浜中路218号")
    r"road|rd\.?|street|st\.?|avenue|ave\.?|lane|ln\.?|alley|boulevard|blvd\.?)(?:\s+[nsewm]\.?)?"
    r"(?: of [\p{L} &'’-]{2,40})?(?:,\s*\p{Lu}{2,6})?\s*$",
    regex.IGNORECASE)
_CHINESE_KIND = (r"\p{Han}{1,20}(?:有限公司|公司|集團|集团|控股|大學|大学|學院|学院|學校|学校|書院|书院|醫院|医院|銀行|银行|"
                 r"協會|协会|學會|学会|基金會|基金会|委員會|委员会|局|署|處|处|部|館|馆|中心|研究所|研究院|場|场|堂|廳|厅|"
                 r"宮|宫|廟|庙|寺|站|市場|市场|公園|公园|"
                 # an address's numbers after its street: of the lane, the alley, the house, the floor ("武康路200弄")
                 r"路|街|大道|巷|弄)(?:\d{1,4}[巷弄號号樓楼室])*")
_CHINESE_FORM_AT_END = regex.compile(rf"(?<=\S)\s+{_CHINESE_KIND}\s*$")
# A detail's label, then a name in Chinese and in English, in brackets or not ("Venue: 综合体育馆
# (Comprehensive Gymnasium)", "Organizer: 職涯發展中心 Office of Career Development").
# A line that opens with the gloss in round brackets of the name a hard wrap left at the end of the line
# before, the sentence going on in lower case without more Chinese ("(周家明) said.").
_GLOSS_OPENING_WRAPPED_LINE = regex.compile(rf"\(\s*\p{{Han}}{{2,{TERM_IN_SENTENCE_MAX_CHARS}}}\s*\)\s+\p{{Ll}}[^\p{{Han}}]*")
_LABEL_THEN_CHINESE_FORM = regex.compile(rf"\W{{0,3}}\p{{Latin}}[\p{{Latin}} ]{{0,24}}:\s*{_CHINESE_KIND}\s*\(?")
_BYLINE_BEFORE_HAN_NAME = regex.compile(r"\W*(?:[Bb][Yy]\s+)?\p{Lu}\p{Ll}+(?:[- ]\p{L}\p{Ll}+){1,3}\s*$")
# The longest syllable of a Chinese name in pinyin or Wade-Giles ("Zhuang", "Hsiung"); "Natalie" is longer.
ROMANISED_SYLLABLE_MAX_LETTERS = 6
# A romanised name of as many syllables as its Chinese form has characters (2 to 4), right before it:
# "Hsieh Kuo-liang" before "謝國樑".
_SYLLABLE = rf"\p{{L}}\p{{Ll}}{{0,{ROMANISED_SYLLABLE_MAX_LETTERS - 1}}}"
_ROMANISED_NAME_OF_LENGTH = {
    length: regex.compile(rf"(?<![\p{{L}}-])(?=\p{{Lu}})(?![Bb][Yy]\s){_SYLLABLE}(?:[- ]{_SYLLABLE}){{{length - 1}}}\s*$")
    for length in (2, 3, 4)}
# ... or right after it, as officials sign their posts ("賴清德Lai Ching-te (@ChingteLai)"): a three-character
# name, its given name's two syllables joined by a hyphen, as Taiwan and Hong Kong write them.
_ROMANISED_NAME_AFTER = regex.compile(rf"\s?\p{{Lu}}\p{{Ll}}{{0,{ROMANISED_SYLLABLE_MAX_LETTERS - 1}}} "
                                      rf"\p{{Lu}}\p{{Ll}}{{0,{ROMANISED_SYLLABLE_MAX_LETTERS - 1}}}"
                                      rf"-\p{{Ll}}{{1,{ROMANISED_SYLLABLE_MAX_LETTERS}}}(?![\p{{L}}-])")
# A reporter's title or work after the name, no name of its own ("記者", "報導").
_REPORTER_WORD = regex.compile(r"記者|记者|編輯|编辑|報導|报道|攝|摄|撰|譯|译|整理|綜合|综合|追蹤|追踪|關注|关注")
# Why Chinese before the English part of a line is cut.
CHINESE_BEFORE = "script: Chinese glued before the English"
CHINESE_AFTER = "script: Chinese glued after the English"
NO_WORDS = "no words"
AFTER_ARTICLE = "context: short line after the end of the article"
# The built-in rule that takes the buttons and counters a social post copied onto a page brings with it.
EMBEDDED_POST_CHROME = "rule social-post-chrome"
# The end of a body's Chinese name: a ministry, an agency, a bureau, a council, a university,
# a museum, a government, a company, a newspaper or a news agency.
_BODYS_NAME = regex.compile(r"(?:部|署|局|處|处|院|會|会|館|馆|中心|大學|大学|政府|公司|銀行|银行|協會|协会|報|报|社)\W*$")
# An institution's name, as a university's or a ministry's site puts it atop its pages.
_BODY_OF = regex.compile(r"\b(?:University|Institute|College|Academy|Ministry|Department|Bureau|Council|Museum|"
                         r"Observatory|Commission|Authority|Administration|Agency|Office|Federation|Association) of\b"
                         r"|\bCent(?:er|re)s? for\b"
                         # or of its state ("Ocean Affairs Council, Republic of China (Taiwan)")
                         r"|,\s*(?:the\s+)?(?:Republic of China|R\.\s?O\.\s?C\.|People[’']s Republic of China"
                         r"|Hong Kong Special Administrative Region|HKSAR)\b")
# A masthead's English name is this short.
NAME_ROW_MAX_WORDS = 8
# A reporter's title in Chinese, at the end of what is cut after a name.
_REPORTER_TITLE = regex.compile(r"(記者|记者|特派員|特派员|通訊員|通讯员|撰稿人|特約作者|特约作者)"
                                r"\W*$")
# Words that show a credit line: a byline, a caption's photo credit.
_CREDIT_WORDS = frozenset({"by", "photo", "photos", "source", "staff", "reporter", "writer"})


@dataclass(frozen=True)
class LineAnalysis:
    """What one line holds, before its neighbours are considered.

    Never changed once made, so the analysis of a repeated line is shared by
    every page it appears on (see ``cleaner.cache``); the context pass puts a
    ``dropped`` copy in the place of a line it drops. A line's number is its
    place in the page's list of analyses, counting from 1.
    """

    text: str
    verdict: str
    reason: str
    output: str
    cuts: tuple[tuple[str, str], ...]  # (removed text, reason)
    words: int
    starts_list: bool
    footer: bool
    header: bool
    rule_kept: bool  # by a keep or an article rule: the context pass leaves the line alone
    # A row of cells between bars that a drop rule took for a menu, or the script stage for a name's
    # Latin, or a line of figures a rule took for a widget: the context pass may find it a table's row
    # or the item of a list the article announces.
    withheld: str

    def __init__(self, text: str, verdict: str, reason: str = "", output: str = "",
                 cuts: tuple[tuple[str, str], ...] = (), words: int = 0, starts_list: bool = False,
                 footer: bool = False, header: bool = False, rule_kept: bool = False, withheld: str = ""):
        # Every new line gets one: a frozen dataclass's own __init__ sets each field with a call
        # of object.__setattr__, and one update of the instance's dict costs a third as much.
        self.__dict__.update(text=text, verdict=verdict, reason=reason, output=output, cuts=cuts, words=words,
                             starts_list=starts_list, footer=footer, header=header, rule_kept=rule_kept,
                             withheld=withheld)

    @property
    def is_body(self) -> bool:
        """A paragraph: long and ending like a sentence (a long headline does not)."""
        return self.words >= BODY_MIN_WORDS and self.is_sentence

    @property
    def is_sentence(self) -> bool:
        """Ends like a sentence, or holds one and a caption's credit after it."""
        return self.verdict != DROPPED and self.words >= SENTENCE_MIN_WORDS and self.sentence_shaped

    # The context pass asks these of the same lines over and over, and a
    # repeated line's analysis is shared by every page it is on: each is worked
    # out once, when first asked for (once_property stores it in the
    # instance's __dict__ directly, which a frozen dataclass allows).
    @once_property
    def sentence_shaped(self) -> bool:
        """The text ends like a sentence, or holds one and a caption's credit after it, or is a
        paragraph, or a sentence of function words, that ends in a web address; an address ends in no
        sentence ("No. 145, Xingda Rd., South Dist., Taichung City 402202, Taiwan (R.O.C.)", "Taipei City
        Government | No. 1, City Hall Rd., ..."), and holds none after its label ("Address: 17th Floor,
        ..., Jl. Jend. Sudirman Kav. 52-53, Jakarta 12190")."""
        output = self.output
        if ("No" in output[:NO_AFTER_LABEL_MAX_CHARS] and _ADDRESS.match(output, _ADDRESS_LABEL.match(output).end())
                or _LABELLED_ADDRESS.match(output)):
            return False
        return (SENTENCE_END.search(output) is not None
                or _SENTENCE_INSIDE.search(output, _LIST_NUMBER.match(output).end()) is not None
                # A paragraph or a sentence that ends in a web address ("... are listed on the council's Web site
                # at https://...", "For more information, please visit: ir.qilinauto.com").
                or (_ENDS_IN_WEB_ADDRESS.search(output) is not None
                    and (self.words >= BODY_MIN_WORDS or _has_function_words(output))))

    # Cheap enough to be asked afresh.
    @property
    def is_question(self) -> bool:
        """Ends with a question mark."""
        return "?" in self.output and _QUESTION.search(self.output) is not None

    @property
    def is_numbered(self) -> bool:
        """Starts with an item's number ("1. Bring cash")."""
        return _NUMBERED.match(self.output) is not None

    @property
    def speaker(self) -> str | None:
        """The name before the colon of a line of dialogue ("Helen: So why ...?"), or None."""
        found = _SPEAKER.match(self.output)
        return found.group(1) if found else None

    @once_property
    def is_title(self) -> bool:
        """A headline in title case ("Zhiyuan Medical's AI Software Receives CE Mark Under EU MDR"):
        long, with a word that headlines have and rows of section names do not, but in a body's name
        ("Taiwan Centers for Disease Control"); or a court case's name, the title of its judgment ("HKSAR v
        Leung Ka-wai")."""
        if self.words >= TITLE_MIN_WORDS:
            words = (_BODYS_FOR.sub(" ", self.output) if " for " in self.output else self.output).lower().split()
            if not _HEADLINE_WORDS.isdisjoint(words):
                return True
        return " v" in self.output and _CASE_NAME.fullmatch(self.output) is not None

    @once_property
    def names_only(self) -> bool:
        """Only names: no lower-case word but function words ("People's Daily Online")."""
        return not _has_content_word(self.output)

    @once_property
    def is_credit(self) -> bool:
        """The article's own credit or time stamp ("Additional reporting by Reuters", "14 March 2026"), or
        its paper's identifier ("DOI: 10.1136/gutjnl-2025-334112") or citation ("More information: ...")."""
        return self.has_credit_words or _CITATION.match(self.output) is not None or (
            self.words <= DATE_LINE_MAX_WORDS and (_DATE_IN_WORDS.search(self.output) is not None
                                                   or _PAPER_IDENTIFIER.match(self.output) is not None))

    @once_property
    def has_credit_words(self) -> bool:
        """A credit by its words ("By Winnie Ho", "Photo: CNA"), not a long row of section
        names that ends in one ("CHINA SOURCE OPINION WORLD LIFE ARTS SPORT PHOTO"), nor a gallery's
        headline under its label ("Photos: Cheung Chau Bun Festival draws record crowds")."""
        found = _find_credit(self.output)
        if found is None:
            return False
        if found.start() > 0 and self.words > MASTHEAD_MAX_WORDS and _has_no_lower_case_word(self.output):
            return False
        gallery = _GALLERY_LABEL.match(self.output)
        return gallery is None or not (self.words >= GALLERY_HEADLINE_MIN_WORDS
                                       and _has_content_word(self.output[gallery.end():])
                                       and _PICTURES_SOURCE.search(self.output) is None)

    @property
    def is_byline(self) -> bool:
        """A credit by its words, of more than a word: a credit's word alone is a menu's item
        ("Photo") or a site's name ("Xinhua") above the headline."""
        return self.words > 1 and self.has_credit_words

    def dropped(self, reason: str) -> LineAnalysis:
        """A copy of this analysis with the line dropped for ``reason``."""
        return replace(self, verdict=DROPPED, reason=reason, output="", withheld="")

    def cut_from(self, end: int, reason: str) -> LineAnalysis:
        """A copy of this analysis with its output cut at ``end``, what went out noted with ``reason``."""
        kept = self.output[:end].rstrip()
        return replace(self, verdict=EDITED, reason=f"{self.reason}; {reason}" if self.verdict == EDITED else reason,
                       output=kept, cuts=(*self.cuts, (self.output[end:].strip(), reason)),
                       words=profile(kept).latin_words)


def analyse(text: str, rules: RuleSet, detect_language: bool = True) -> LineAnalysis:
    """Weigh the rules, the script and, where needed, the language of one line."""
    line = text.strip()
    if not line:
        return LineAnalysis(text, BLANK)
    hits = rules.scan(line)
    if hits:  # most lines match no rule
        hits = _cutting_glued_furniture(line, _passing_over_glosses(line, _passing_over_quotations(line, hits, rules),
                                                                    rules), rules)
        hits = _cutting_furniture_glued_before(line, hits, rules)
        if hits.keep:
            return LineAnalysis(text, KEPT, _rule_reason(hits.keep), line, words=profile(line).latin_words,
                                rule_kept=True)
        structural = _structural_rule(text, line, hits)
        if structural is not None:
            return structural
    # An article rule vouches for the line: it is the article's English, whatever its words
    # look like to the checks below and to the context pass; rules and script weight still count.
    own = hits.article is not None
    cuts: list[tuple[str, str]] = []

    def dropped(reason: str, withheld: str = "") -> LineAnalysis:
        return LineAnalysis(text, DROPPED, reason, cuts=tuple(cuts), withheld=withheld)

    if hits.cuts:
        spans = [(*_span_of_cut(line, h), _rule_reason(h)) for h in hits.cuts]
        # A cut at the line's end, or before its last few words.
        trailer_cut = any(h.end == len(line) or len(LATIN_WORD.findall(line, h.end)) <= TRAILING_WORDS_MAX
                          for h in hits.cuts)
        line = _remove(line, spans, cuts)
        for _ in range(TRAILER_PASSES if trailer_cut else 0):
            # Furniture glued on in a row: what the last went from now ends the line, or is now glued on
            # after its sentence, where the rules for a line's end look for it ("... Yeh) Enditem/ls | 3 min
            # read Share", "... said. 廣告 Advertisement", "... Staff Writer E-mail this story | Print | 字級 大 中 小").
            trailers = [(h.start, h.end, _rule_reason(h))
                        for h in _passing_over_quotations(line, rules.scan(line), rules).cuts]
            if not trailers:
                break
            spans += trailers
            line = _remove(line, trailers, cuts)
    script = profile(line)
    if not script.has_words:
        if hits.cuts:
            return dropped("; ".join(dict.fromkeys(reason for _, _, reason in spans)))
        if _PHONE_NUMBER.fullmatch(line):
            # A press release's contact block holds one ("+86 512 6258 3190"); elsewhere context drops it.
            return LineAnalysis(text, KEPT, "a phone number, left to context", line)
        if _TABLE_RULE.fullmatch(line):
            # A markdown table's rule under its column headings, withheld: it tells the table's rows.
            return LineAnalysis(text, DROPPED, f"{NO_WORDS}: the rule of a table", withheld=line)
        # Figures between bars, withheld: context gives back a table's row ("2023/24 | 12,480 | 10,560").
        return LineAnalysis(text, DROPPED, f"{NO_WORDS}: only digits, punctuation or symbols",
                            withheld=line if "|" in line else "")
    if not script.latin_words:
        return dropped(f"script: {script.main_cjk_script}, no English ({script.describe()})")
    if script.has_cjk and has_cjk_run(line):
        cut_before = len(cuts)
        with_chinese = line
        line = _cut_glued_cjk(line, cuts)
        # English furniture glued on before the Chinese now ends the line, where the cut
        # rules look for it ("... Consultant 📱 WhatsApp 查詢：9123 4567").
        uncovered = rules.scan(line).cuts if len(cuts) > cut_before else None
        if uncovered:
            line = _remove(line, [(hit.start, hit.end, _rule_reason(hit)) for hit in uncovered], cuts)
        if _is_gloss_in_chinese_sentence(line, cuts[cut_before:]):
            return dropped("script: the English gloss of a name or term inside a Chinese sentence (a translation's)")
        if _is_term_in_chinese_sentence(line, cuts[cut_before:]):
            return dropped("script: an English term inside a Chinese sentence (a translation's)")
        if _is_quotation_in_chinese_sentence(line, cuts[cut_before:]):
            return dropped("script: English quoted inside a Chinese sentence")
        labelled = _is_label_of_chinese_value(line, cuts[cut_before:])
        if labelled and _CREDIT_AT_START.match(f"{line}: {with_chinese}") is not None:
            return dropped("script: a credit in Chinese after its English label")
        if labelled:  # a detail's value in Chinese, the name of what it labels ("Original title: 夏の幽霊列車")
            line = with_chinese
            del cuts[cut_before:]
        script = profile(line)
        # A name with its Chinese form weighs as the English name it is.
        named = labelled or len(cuts) == cut_before and (_ends_in_names_chinese_form(line)
                                             or _ends_in_credited_agency_in_chinese(line)
                                             or _GLOSS_OPENING_WRAPPED_LINE.fullmatch(line) is not None
                                             or _is_detail_named_in_both_scripts(line)
                                             or _names_all_chinese_forms_of_romanised(line))
        if not named and not _latin_outweighs(line, script):
            return dropped(f"script: mostly {script.main_cjk_script} ({script.describe()})")
        if (not own and not named and not _looks_english(line) and not _is_reporters_name(script, cuts[cut_before:])
                and not _CHINESE_ENUMERATOR.match(with_chinese)  # a numbered heading's ("一、申請資格 Eligibility")
                # ... nor a credit or stamp of the article's own ("Published: Apr 21, 2026 09:12 PM | 阅读 3,482")
                and not (len(cuts) > cut_before and script.latin_words >= SENTENCE_MIN_WORDS
                         and _CREDIT_AT_START.match(line))):
            # ... but for a table's row of names between bars ("Ho Siu-man (何少文)|DAB|21,480"), withheld.
            return dropped(f"script: the Latin beside the Chinese is not English text ({script.describe()})",
                           withheld=line if "|" in line else "")
        if not own and _is_bodys_english_name(line, script, cuts[cut_before:]):
            return dropped(f"script: the English name of the body that the Chinese before it names, a masthead "
                           f"({script.describe()})")
        if len(cuts) > cut_before and _is_glossed_phrase(line, script, with_chinese):
            return dropped(f"script: a short English phrase glossed in Chinese, a vocabulary note "
                           f"({script.describe()})")
        if (len(cuts) > cut_before and script.latin_words <= GLOSSED_PHRASE_MAX_WORDS * 2
                and _PATTERN_GLOSSED.search(with_chinese)):
            return dropped(f"script: a sentence pattern with a gap, explained in Chinese, a grammar note "
                           f"({script.describe()})")
    if cuts and script.latin_words <= RESCANNED_MAX_WORDS:
        # What the cuts leave may be furniture of its own ("廣告 Advertisement" leaves "Advertisement"),
        # which the rules that look at a whole line, or at its start, could not see before.
        rest = _structural_rule(text, line, _passing_over_quotations(line, rules.scan(line), rules))
        if rest is not None:
            return replace(rest, cuts=tuple(cuts))
    if detect_language and not own and script.latin_words >= OTHER_LANGUAGE_MIN_WORDS:
        other = _other_languages_words(line)
        # Names, units, contacts, results, listings, box scores and credits ("Men's singles: Lin Yu-hsiang (TPE) bt Kenta Mori (JPN)
        # 21-17, 18-21, 21-15", "Sun Kee Noodles: 8 Nelson Street, Mong Kok; noon-11pm daily"): no model can
        # tell their language.
        if (other or (script.latin_words >= LANGUAGE_CHECK_MIN_WORDS and not _has_english_words(line)
                        and _is_judged_by_its_words(line) and not _CONTACT_DETAIL.search(line)
                        and not _SCORE.search(line) and not _LISTING_OR_STATS.search(line)
                        and _CREDIT_AT_START.match(line) is None)):
            language, probability = langid.detect(line)
            if language != "en":
                evidence = f"words of another language: {', '.join(other)}" if other else "no English function words"
                return dropped(f"language: {language} (p={probability:.2f}), {evidence}")
    if cuts:
        return LineAnalysis(text, EDITED, "; ".join(reason for _, reason in cuts), line, tuple(cuts),
                            script.latin_words, rule_kept=own)
    return LineAnalysis(text, KEPT, f"English ({script.describe()})", line, words=script.latin_words,
                        rule_kept=own)


# How many more pieces of furniture glued on in a row after the first a line's end is looked at for.
TRAILER_PASSES = 3


def _span_of_cut(line: str, hit: Hit) -> tuple[int, int]:
    """What a rule's cut takes: its match, from where the Chinese after the sentence starts (see
    ``_start_of_chinese_tail``), and the whole of the Chinese inserted into a sentence that the match
    lies in ("... pumping station, 更多精彩内容,请下载上海日报APP officials said", whose rule knows the
    prompt's end): what the rule leaves of it would pass for a term of the sentence."""
    start = _start_of_chinese_tail(line, hit)
    if start != hit.start or hit.end == len(line) or not has_cjk(line[hit.start:hit.start + 1]):
        return start, hit.end
    parts = runs(line)
    at = _run_at(parts, hit.start)
    if at is None or at == 0 or at == len(parts) - 1 or parts[at].kind != "cjk" or parts[at - 1].kind != "latin":
        return hit.start, hit.end
    return parts[at].start, max(hit.end, parts[at].end)


def _run_at(parts: Sequence[Run], position: int) -> int | None:
    """The index of the run that holds ``position`` (None: it falls between runs)."""
    index = bisect.bisect_right(parts, position, key=_run_start) - 1
    return index if index >= 0 and position < parts[index].end else None


def _run_start(run: Run) -> int:
    return run.start


def _start_of_chinese_tail(line: str, hit: Hit) -> int:
    """Where a cut to the line's end starts: where the match starts, or, inside Chinese after the
    English sentence, where the Chinese starts, the notice's first clause with it ("... the increase.
    (本文由港車網編輯部撰寫,未經許可不得轉載)", whose rule knows the second), and a brand's name in
    Latin letters between its words ("... a home there. 下载 China Daily 客户端 阅读更多")."""
    if hit.end != len(line) or not has_cjk(line[hit.start:hit.start + 1]):
        return hit.start
    parts = runs(line)
    at = _run_at(parts, hit.start)
    if at is None or parts[at].kind == "latin":
        return hit.start
    while (at >= 2 and parts[at - 1].kind == "latin" and parts[at - 2].kind != "latin"
           and parts[at - 1].weight <= BRIDGED_MAX_WORDS
           and _has_no_lower_case_word(line[parts[at - 1].start:parts[at - 1].end])):
        at -= 2
    before = line[:parts[at].start].rstrip().rstrip("([【").rstrip()  # its opening bracket goes with it
    return parts[at].start if before[-1:] in _SENTENCE_CLOSERS else hit.start


def _passing_over_glosses(line: str, hits: LineHits, rules: RuleSet) -> LineHits:
    """The hits of the rules, less those inside the Chinese gloss of an English word: a term's
    characters may spell a prompt's word ("lottery (統一發票抽獎)", "lao zi hao (老字號)")."""
    if not hits or "(" not in line:
        return hits
    found_hits = hits.found()
    matched = {(hit.start, hit.end) for hit in found_hits}
    glosses = [(found.start() + 1, found.end() - 1) for found in _GLOSS_OF_WORD.finditer(line)
               if not _is_prompt_in_brackets(found.start() + 1, found.end() - 1, matched)]
    if not glosses or not any(inside(hit.start, glosses) for hit in found_hits):
        return hits
    return rules.scan(line, skip=glosses)


def _is_prompt_in_brackets(start: int, end: int, matched: set[tuple[int, int]]) -> bool:
    """The Chinese in brackets between ``start`` and ``end`` is a rule's phrase, whole (``matched`` holds
    the spans of the rules' hits): a prompt glued into the sentence ("... HA Go app (按此繼續閱讀) or by
    calling ..."), not the gloss of the word before it ("lottery (統一發票抽獎)")."""
    return end - start >= PROMPT_IN_BRACKETS_MIN_CHARS and (start, end) in matched


def _passing_over_quotations(line: str, hits: LineHits, rules: RuleSet) -> LineHits:
    """The hits of the rules, less those inside the quotations of an English sentence: what
    the article quotes ("a notice such as "All rights reserved"") is the article's."""
    if not hits:
        return hits  # most lines: nothing to pass over
    spans = quotations(line)
    # Chinese furniture inside an English quotation was glued there by the scraper ("... “wasteful
    # propaganda and 請繼續往下閱讀... slush funds,” ..."): no speaker quotes it; but a quoted Chinese term
    # that the sentence glosses is the article's ("... a blunt “禁止轉載” (“no reprinting”) under each photo").
    glossed = [span for span in spans if _ENGLISH_GLOSS.match(line, span[1])]
    if not spans or not any(inside(hit.start, spans) and (not has_cjk(line[hit.start:hit.end]) or inside(hit.start, glossed))
                            for hit in hits.found()):
        return hits
    outside = _outside_spans(line, spans)
    if profile(outside).latin_words < SENTENCE_MIN_WORDS or not _has_content_word(outside):
        return hits
    return rules.scan(line, skip=spans)


def _outside_spans(line: str, spans: list[tuple[int, int]]) -> str:
    """The parts of ``line`` outside ``spans`` ((start, end), in order), joined by spaces."""
    return " ".join(line[end:start] for (_, end), (start, _) in zip([(0, 0)] + spans, spans + [(len(line), 0)]))


def _cutting_glued_furniture(line: str, hits: LineHits, rules: RuleSet) -> LineHits:
    """A drop rule's match that starts after a paragraph's worth of the article's text is
    furniture glued onto it ("... if it matters, share it. Support our journalism. Become a
    member ..."): it is cut from there to the end of the line, and the text stays. Chinese
    furniture between the last sentence and the match goes with it ("... in offshore wind. 分享
    相關新聞 ... Copyright © 2026 udn.com"), and so do the brackets around the match's label
    ("... in Europe.[免責聲明] 本文僅代表 ...", "... market.(本文不代表本網立場，投資人應審慎判斷)").
    A match inside an English sentence takes the sentence with it ("... (劏房). Sign up for our
    Hong Kong Briefing newsletter and get the day's top stories in your inbox"), and so does a
    rule that reads the line from its start (see ``_cutting_glued_sentences``). Text that a drop
    rule drops on its own before the match is no article's."""
    drop = hits.drop
    if drop is None:
        return hits
    if drop.start == 0:
        return _cutting_glued_sentences(line, hits, rules)
    ended = _LAST_SENTENCE_END.search(line, 0, drop.start)
    end = ended.end() if ended is not None else _end_of_latin_before_chinese(line, drop.start)
    if end is None:
        return hits
    article, between = line[:end], line[end:drop.start]
    # A menu's bars before the text are the menu's: what follows the last of them must be a paragraph.
    text = article[article.rfind("|") + 1:]
    # ... or a note on the author, however short ("Kelly Ng is a Hong Kong-based writer. 本文轉載自 ..."), or any
    # sentence or credit that Chinese furniture follows: the scripts part them ("Applications will open on
    # September 8. 本網站使用cookies ...", "(Reporting by Yimou Lee; Editing by Gerry Doyle) 提醒您:禁止酒駕 ...").
    words = profile(text).latin_words
    if ((words < GLUED_SENTENCE_MIN_WORDS and _AUTHOR_NOTE_SENTENCE.fullmatch(text) is None
         and not (words >= SENTENCE_MIN_WORDS and has_cjk(line[end:].lstrip(" [【(（")[:1])
                  and not text.endswith(("..", "…"))))  # a gap of a grammar note's pattern ends no sentence
            or not _has_function_words(text)):
        return hits
    # Furniture of its own before the match ("The views expressed ... do not reflect the position of
    # Harbour Herald. © 2026 Harbour Herald Media Limited."): the line goes, for what starts it.
    own_drop = rules.scan(article).drop
    if own_drop is not None:
        # ... unless a paragraph stands before that too: furniture glued on in a row ("... to the bureau. Sign up for
        # our newsletter ... For more SCMP stories, please explore ...").
        if own_drop.start > 0:
            return _cutting_glued_furniture(line, replace(hits, drop=own_drop), rules)
        return replace(hits, drop=own_drop)
    # Chinese and English between the sentence and the match are left to the script stage.
    start = drop.start if _LATIN_LETTER.search(between) and has_cjk(between) else end
    return replace(hits, drop=None, cuts=hits.cuts + [Hit(drop.rule, start, len(line))])


def _end_of_latin_before_chinese(line: str, start: int) -> int | None:
    """Where the Latin text before the Chinese furniture that starts at ``start`` ends, when no sentence's
    stop ends it: a credit's ("Staff writer, with CNA 提醒您:禁止酒駕 ...", "(By Huang Li-yun) 隱私權政策 ...")."""
    if not has_cjk(line[start:start + 1]):
        return None
    found = _LAST_LATIN.search(line, 0, start)
    return found.end() if found is not None else None


# The last Latin letter, figure or closing bracket before a point.
_LAST_LATIN = regex.compile(r"[\p{Latin}\d)\]]", regex.REVERSE)


def _cutting_glued_sentences(line: str, hits: LineHits, rules: RuleSet) -> LineHits:
    """A drop rule that reads the line from its start matched a paragraph with furniture glued
    on ("... a few kilograms. Sign up for the Taiwan News newsletter and get ... your inbox."):
    the furniture starts at the first sentence after a paragraph's worth of text that a drop
    rule drops on its own, where none drops the text before it."""
    if profile(line).latin_words <= GLUED_SENTENCE_MIN_WORDS:
        return hits  # most dropped lines: too short to hold a paragraph and furniture
    # Furniture ends the paragraph: only its last few sentences are tried, which keeps a page
    # run onto one line from being scanned once for each of its sentences.
    for ended in list(_SENTENCE_END_INSIDE.finditer(line))[-GLUED_SENTENCES_TRIED:]:
        article = line[:ended.end()]
        if profile(article).latin_words < GLUED_SENTENCE_MIN_WORDS or not _has_function_words(article):
            continue
        furniture = rules.scan(line[ended.end():].strip()).drop
        if furniture is not None and rules.scan(article).drop is None:
            return replace(hits, drop=None, cuts=hits.cuts + [Hit(furniture.rule, ended.end(), len(line))])
    return hits


def _cutting_furniture_glued_before(line: str, hits: LineHits, rules: RuleSet) -> LineHits:
    """Furniture that a drop rule matches, glued onto the article's next line, a headline or
    sentence of its own: it is cut up to where that line starts, and the line stays."""
    if hits.drop is None:
        return hits
    start = _glued_line_start(line, hits.drop, rules)
    if start is None:
        return hits
    return replace(hits, drop=None, cuts=hits.cuts + [Hit(hits.drop.rule, 0, start)])


def _glued_line_start(line: str, drop: Hit, rules: RuleSet) -> int | None:
    """Where the article's line starts after the furniture: after figures with no Latin among
    them but a share's class, a ticker or a time stamp ("加權指數 22,318.45 ▼102.33 -0.46% Taiwan ETF
    investors top ...", "小米集團-W (01810) 52.350 ▲1.150 (+2.25%) 成交額 68.2億Xiaomi Launches ..."), or
    after a banner, its sentences and then its button, with no space ("... you agree to our cookie
    policy. AcceptShenzhen opens drone delivery routes to ..."), a capital right after the button's
    small letter. After a label, the English is what it labels ("例句：We
    will ...", "標題 [新聞] Taipei to ..."), and a brand written in one word ("Subscribe to
    TechLedger Daily") follows no sentence."""
    # Most dropped lines hold Latin in the furniture itself: figures alone are not looked for,
    # and a Chinese menu only where Chinese follows.
    if not _LATIN_LETTER.search(_SHARE_CLASS.sub("", line[:drop.end])):
        start = english_text_start(line, drop.end)
        if (start is not None and not _LATIN_LETTER.search(line, drop.end, start)
                and len(_FIGURE.findall(line, 0, start)) >= GLUED_FIGURES_MIN
                and _is_glued_line(line[start:], rules)):
            return start
    elif has_cjk(line[drop.end:]):
        start = _headline_after_chinese_menu(line, drop.end, rules)
        if start is not None:
            return start
    join = _CAMEL_JOIN.search(line, drop.end)  # the banner's button is the first thing glued on
    if join is None:
        return None
    start = join.start() + 1
    ended = _LAST_SENTENCE_END.search(line, drop.start, start)
    if (ended is not None and profile(line[ended.end():start]).latin_words <= BUTTON_MAX_WORDS
            and english_text_start(line, start) == start and _is_glued_line(line[start:], rules)):
        return start
    return None


def _headline_after_chinese_menu(line: str, position: int, rules: RuleSet) -> int | None:
    """Where a headline starts after a menu of Chinese items run onto it, from ``position`` in
    the menu ("... 聯絡我們 English ::: 首頁 > 最新消息 列印 2026 Community Arts Grants now open for
    applications 發布日期：..."): items of Chinese, outweighing the Latin among them, then a capital,
    and on to the line's end no sentence's stop (a disclaimer's English translation has one; a
    vocabulary note's definition, "品种;a type of plant ...", follows one word)."""
    start = english_text_start(line, position)
    if start is None or not line[start].isupper():
        return None
    menu = line[position:start]
    if profile(menu).latin_dominant or len(_HAN_ITEM.findall(menu)) < MENU_MIN_ITEMS:
        return None
    rest = line[start:]
    return start if SENTENCE_END.search(rest) is None and _is_glued_line(rest, rules) else None


def _is_glued_line(text: str, rules: RuleSet) -> bool:
    """``text``, glued after furniture, is a headline or sentence of the article's own: a word in
    lower case that is not a name's, or a headline's function word in title case ("Xiaomi Launches
    Xiaomi 17 Ultra Globally, Brings Xiaomi HyperOS 3 to More Devices"), where a row of names has none."""
    words = LATIN_WORD.findall(text)
    return (len(words) >= GLUED_LINE_MIN_WORDS
            and (any(map(_is_content_word, words)) or not ENGLISH_FUNCTION_WORDS.isdisjoint(words))
            and rules.scan(text).drop is None)


def _rule_reason(hit) -> str:
    return f"rule {hit.rule.id}"


def _structural_rule(text: str, line: str, hits: LineHits) -> LineAnalysis | None:
    """Drop, list, footer and header rules drop the line; the analysis says so and keeps the role."""
    for hit, role in ((hits.header, "header"), (hits.footer, "footer")):
        if hit:
            return LineAnalysis(text, DROPPED, _rule_reason(hit), **{role: True})
    if hits.list_heading:  # (withheld: the context may find it heads a glossary of the article's)
        return LineAnalysis(text, DROPPED, _rule_reason(hits.list_heading), starts_list=True, withheld=line)
    if hits.drop:
        return LineAnalysis(text, DROPPED, _rule_reason(hits.drop),
                            withheld=line if "|" in line or _DIGIT.search(line) or _COLUMN_GAP.search(line) else "")
    return None


def _merge(line: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Widen each cut over its decorations, then sort and join the cuts that overlap or
    that only punctuation parts ("返回搜狐，查看更多": the comma goes with them), giving
    the joined cut the reasons of both."""
    merged: list[tuple[int, int, str]] = []
    for start, end, reason in sorted(_widen(line, start, end) + (reason,) for start, end, reason in spans):
        if merged and (start <= merged[-1][1] or _WORDLESS.fullmatch(line, merged[-1][1], start)):
            last = merged[-1]
            reasons = last[2] if reason in last[2].split("; ") else f"{last[2]}; {reason}"
            merged[-1] = (last[0], max(last[1], end), reasons)
        else:
            merged.append((start, end, reason))
    return merged


# A line in brackets whole, a wire's credit ("(Reporting by Kiyoshi Takenaka; Editing by Jamie Freed)").
_WHOLLY_BRACKETED = regex.compile(r"\s*\([^()]*\)\s*")


def _bridged(line: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The merged ``spans``, and a few words between the last two when furniture on both
    sides holds them after the sentence, or the credit in brackets, has ended ("... said Wednesday.
    看更多 Yahoo 新聞 下載APP ▶": a brand between a prompt and a promotion)."""
    if len(spans) < 2:
        return spans
    (start, end, _), (next_start, next_end, _) = spans[-2], spans[-1]
    gap = line[end:next_start]
    if (line[next_end:].strip() or len(LATIN_WORD.findall(gap)) > BRIDGED_MAX_WORDS or _SENTENCE_MARK.search(gap)
            or (SENTENCE_END.search(line, 0, start) is None and _WHOLLY_BRACKETED.fullmatch(line, 0, start) is None)):
        return spans
    return spans[:-1] + [(end, next_start, "between furniture after the last sentence"), spans[-1]]


def _widen(line: str, start: int, end: int) -> tuple[int, int]:
    """Take in what belonged to the cut part: the brackets, arrows, emoji, dots and
    separators around it ("（點我看更多）", "▶閱讀全文", "...看更多", "Headline | 自由時報").

    A sentence's own full stop before the cut stays, and so does the colon of a sentence
    that announces what follows ("... gave a one-word answer: 👉點我看更多"), not a label's
    ("Photo: 記者王小明攝"); so does the full stop after a cut from a comma.
    """
    matched = start
    while start > 0 and (line[start - 1] in _CUT_LEADERS or _is_symbol(line[start - 1])):
        start -= 1
    # A footnote's mark on the sentence's last word is the word's ("... reward points*. Apply now >").
    if start > 0 and line[start - 1].isalnum():
        while start < matched and line[start] in _FOOTNOTE_MARKS:
            start += 1
    if start > 0 and line[start - 1] not in _LEADERS_BUT_FOOTNOTE_MARKS and (
            line.startswith(".", start)
            or (line.startswith(":", start) and len(LATIN_WORD.findall(line, 0, start)) >= SENTENCE_MIN_WORDS)):
        start += 1
    while end < len(line) and (line[end] in _CUT_TRAILERS or _is_symbol(line[end])):
        end += 1
    if end == len(line) and line.startswith(",", start) and line[-1] in ".!?":
        end -= 1  # a cut from a comma is inside a sentence, which ends after it ("..., opens new tab.")
    return start, end


def _is_symbol(char: str) -> bool:
    # (The plain arrows, "↓↓↓ 請繼續往下閱讀 ↓↓↓", are maths symbols to Unicode.)
    return unicodedata.category(char) in ("So", "Sk") or char in "\ufe0f\u20e3\u200d" or "\u2190" <= char <= "\u21ff"


def _remove(line: str, spans: list[tuple[int, int, str]], cuts: list[tuple[str, str]]) -> str:
    """``line`` without the spans, each widened over its decorations; what went is added to ``cuts``."""
    spans = _bridged(line, _merge(line, spans))
    pieces, position = [], 0
    for start, end, reason in spans:
        pieces.append(line[position:start])
        cuts.append((line[start:end].strip(), reason))
        position = end
    pieces.append(line[position:])
    joined = ""
    for piece in (p.strip(" \t") for p in pieces):
        if piece:
            joined += piece if not joined or _goes_on(piece) else " " + piece
    return _SPACES.sub(" ", joined).strip()


def _goes_on(piece: str) -> bool:
    """``piece`` starts with the punctuation of the sentence before the cut ("(0050)[cut], had"):
    no space comes back before it. A label's colon before more furniture is no sentence's."""
    return piece[0] in _GOES_ON_PUNCTUATION and (len(piece) == 1 or piece[1].isspace())


def _latin_outweighs(line: str, script: ScriptProfile) -> bool:
    """Latin words outweigh East Asian text, not counting glosses in brackets."""
    if script.latin_dominant or not script.has_cjk:
        return script.latin_words > 0
    cjk = sum(r.weight for r in runs(line) if r.kind == "cjk")
    return script.latin_words > cjk


def _looks_english(line: str) -> bool:
    """English text, a credit or a headline in title case ("Velorex Cycles Opens European
    E-Bike Plant in Hungary"), not a row of names or codes beside the Chinese.

    "APP iOS Android", "MLB NBA" and the English half of a bilingual masthead,
    "環境部 Ministry of Environment", have no lower-case word but function words, and a site's
    address has no words at all ("中国网 china.org.cn").
    """
    text = _DOMAIN_NAME.sub(" ", line)
    words = [word.lower() for word in LATIN_WORD.findall(text)]
    return (_has_content_word(text) or not _CREDIT_WORDS.isdisjoint(words)
            or (len(words) >= TITLE_MIN_WORDS and not _TITLE_FUNCTION_WORDS.isdisjoint(words))
            or (line.startswith("(") and _find_credit(line) is not None)  # "(Agencies)", not a masthead's "CNA"
            or (len(words) > 1 and _NUMBERED.match(line) is not None)  # a list's item: "5. Tamsui Fisherman's Wharf"
            or _PRACTICAL_DETAIL.match(line) is not None)  # a guide's detail: "Address: 11 Gage Street, Central"


def _is_bodys_english_name(line: str, script: ScriptProfile, cuts: list[tuple[str, str]]) -> bool:
    """The English half of a bilingual masthead, a name after the Chinese name of a body
    ("衛生福利部疾病管制署 Taiwan Centers for Disease Control", "臺北市政府 Taipei City Government")."""
    return (bool(cuts) and cuts[0][1] == CHINESE_BEFORE and script.latin_words <= NAME_ROW_MAX_WORDS
            and _BODYS_NAME.search(cuts[0][0]) is not None and not _has_content_word(line))


def _is_reporters_name(script: ScriptProfile, cuts: list[tuple[str, str]]) -> bool:
    """A name that the Chinese cut after it calls a reporter ("Tang Yiwen 上海日报记者"): a byline."""
    return (script.latin_words <= NAME_LINE_MAX_WORDS and bool(cuts)
            and _REPORTER_TITLE.search(cuts[-1][0]) is not None)


def _is_glossed_phrase(line: str, script: ScriptProfile, glossed: str | None = None) -> bool:
    """What is left of a vocabulary note once its Chinese is cut: "walk off with", "takeout", or a longer
    idiom with a dictionary's placeholder ("account for a large share of sth.", "take a toll on sb.").

    A byline, headline or caption starts with a capital; a word list does not; a recipe's
    ingredient starts with its quantity ("500g all-purpose flour"). ``glossed``: the line with its Chinese,
    if that was cut.
    """
    longest = GLOSSED_IDIOM_MAX_WORDS if _PLACEHOLDER.search(glossed or line) else GLOSSED_PHRASE_MAX_WORDS
    if script.latin_words > longest or _QUANTITY.match(line):
        return False
    first_letter = _LETTER.search(line)
    return first_letter is not None and first_letter.group().islower()


def _is_judged_by_its_words(line: str) -> bool:
    """Enough words of a language, not names nor units, for a language model to judge the line by:
    "CPBL names Chen Tzu-hao, Liu Chih-wei March-April MVPs" has one, and "Rear cameras: 50MP main +
    50MP ultra-wide + 200MP periscope" has five words beside its three units, and "Chek Lap Kok: 61 km/h,
    gusts 94 km/h" four. A table's row is
    cells of names and figures, whose words run on from cell to cell into no language's sentence
    ("Age group<tab>Week ending March 14<tab>Week ending March 7")."""
    if len(_CELL_BREAK.findall(line)) >= TABLE_MIN_CELLS - 1:
        return False
    line = _UNIT_AFTER_FIGURE.sub(" ", line)
    words = [found.group() for found in LATIN_WORD.finditer(line)
             if not line[max(found.start() - 1, 0):found.start()].isdigit()]
    return (len(words) >= LANGUAGE_CHECK_MIN_WORDS
            and sum(map(_is_content_word, words)) >= LANGUAGE_CHECK_MIN_COMMON_WORDS)


# A unit spaced off its figure ("61 km/h", "94 mm", "1,008 hPa").
_UNIT_AFTER_FIGURE = regex.compile(r"(?<=\d\s?)(?:km/h|kph|mph|m/s|km|kg|mm|cm|hpa|knots?|kwh|mw|gw|ml|sq ft|m)\b",
                                   regex.IGNORECASE)


def _has_content_word(line: str) -> bool:
    return any(map(_is_content_word, LATIN_WORD.findall(line)))


def _is_content_word(word: str) -> bool:
    # An ordinal's letters ("21st") are no word of their own.
    return word.islower() and len(word) > 1 and word not in _NO_CONTENT_WORDS


def _cut_glued_cjk(line: str, cuts: list[tuple[str, str]]) -> str:
    """Cut Chinese furniture glued before or after the English part of a line; a table's row with a
    column in Chinese ("Oyster omelette | 蚵仔煎 | NT$80") is left whole, to be weighed as it is."""
    parts = runs(line)
    if "|" in line and all(run.kind != "cjk" or _is_cell(line, run) for run in parts):
        return line
    head = _glued_head(line, parts)
    tail = head + _glued_tail(line, parts[head:])
    if tail == len(parts) - 1 and (_is_bylines_name_in_chinese(line, parts[tail])
                                   or _ends_in_names_chinese_form(line)
                                   or _ends_in_credited_agency_in_chinese(line)):
        tail += 1
    elif tail < len(parts) and _is_detail_named_in_both_scripts(line):
        tail = len(parts)
    spans = []
    if head:
        # The English sentence's opening quote or bracket stays with it, and so do the digits
        # written onto its first word ("21st Century ...", "5G"), but not a counter's ("圖 1/5Bioluminescent").
        english_start = parts[head].start
        # A temperature's unit is its reading's, a weather widget's ("天氣 22°C Northern Metropolis ...").
        unit = TEMPERATURE_UNIT.match(line, english_start)
        if unit is not None and unit.end() < len(line):
            english_start = unit.end()
        digits_belong = _WORD_AFTER_DIGITS.match(line, english_start) is not None
        while english_start > parts[head - 1].end and (line[english_start - 1] in _OPENERS
                                                       or (digits_belong and line[english_start - 1].isdigit())):
            english_start -= 1
        # So does the year that opens a title after a label ("【招生】2026 Summer AI Camp ..."), or its number.
        number = _NUMBER_OPENING_TITLE.search(line, parts[head - 1].end, english_start)
        if number is not None:
            english_start = number.start()
        spans.append((0, english_start, CHINESE_BEFORE))
    if tail < len(parts):
        # A number written onto the Chinese is the Chinese's ("... designer. 27岁的设计师", a range: "... first
        # two months 1-2月全国339个城市 ..."), and so
        # are icons and counters between the last sentence or word and it ("... reading! ❤️ 86 💬 24 收藏").
        chinese_start = parts[tail].start
        number = _NUMBER_ON_CHINESE.search(line, 0, chinese_start)
        if number is not None:
            chinese_start = number.start()
        # So is a name written onto it after a bar or in its bracket (see _BARRED_NAME).
        barred_name = _BARRED_NAME.search(line, 0, chinese_start)
        if barred_name is not None:
            chinese_start = barred_name.start()
        icons = _AFTER_SENTENCE.search(line, 0, chinese_start) or _ICONS_AFTER_WORD.search(line, 0, chinese_start)
        if icons is not None:
            chinese_start = icons.start(1)
        spans.append((chinese_start, len(line), CHINESE_AFTER))
    spans += _inserted_runs(line, parts[head:tail])
    return _remove(line, spans, cuts) if spans else line


def _is_quotation_in_chinese_sentence(line: str, cuts: list[tuple[str, str]]) -> bool:
    """What the Chinese before left opens a quotation, and the Chinese sentence goes on after it
    ("美國總統在社群媒體上寫道:"We will never give up on our farmers",隨後又刪除該貼文."), or all of it
    went: the English is what a Chinese report quotes."""
    reasons = {reason for _, reason in cuts}
    quoted = _OPENING_QUOTATION.match(line) if CHINESE_BEFORE in reasons else None
    if quoted is None:
        return False
    rest = line[quoted.end():]
    # (The gloss of the speaker's name is the English sentence's: "..." said union director Lu Chiao-chun (盧巧君).)
    return has_cjk(_GLOSS_OF_WORD.sub("", rest)) or (CHINESE_AFTER in reasons and _WORDLESS.fullmatch(rest) is not None)


def _is_label_of_chinese_value(line: str, cuts: list[tuple[str, str]]) -> bool:
    """All the cut of Chinese left is a short label, whose colon went with its value in Chinese
    ("Photo: 翻攝自IU IG" left "Photo")."""
    return (len(cuts) == 1 and cuts[0][1] == CHINESE_AFTER and (cuts[0][0].startswith(":") or line.endswith(":"))
            and len(LATIN_WORD.findall(line)) <= LABEL_MAX_WORDS and not _SENTENCE_MARK.search(line))


def _is_gloss_in_chinese_sentence(line: str, cuts: list[tuple[str, str]]) -> bool:
    """All that the Chinese before left is one bracketed gloss, with the Chinese sentence going on after it
    ("總統賴清德(Lai Ching-te)今天表示 ..." leaves "(Lai Ching-te)") or ending there ("...伺服器出口強勁(AI
    servers)." leaves "(AI servers)."): a name's or a term's English in a Chinese sentence, no English line
    of its own."""
    return CHINESE_BEFORE in {reason for _, reason in cuts} and _BRACKETED_ONLY.fullmatch(line) is not None


def _is_term_in_chinese_sentence(line: str, cuts: list[tuple[str, str]]) -> bool:
    """What the Chinese before left, with Chinese after it, is a term of a few words, one in lower case and
    none a function word ("...許多攤位在菜單旁貼著QR code,顧客只要..." leaves "QR code,"): a loanword in a
    Chinese sentence, no English line of its own."""
    if CHINESE_BEFORE not in {reason for _, reason in cuts}:
        return False
    words = LATIN_WORD.findall(line)
    return (0 < len(words) <= CHINESE_SENTENCE_TERM_MAX_WORDS and any(word.islower() for word in words)
            and ENGLISH_FUNCTION_WORDS.isdisjoint(word.lower() for word in words)
            and (CHINESE_AFTER in {reason for _, reason in cuts} or has_cjk(line)))


# The most words of an English term inside a Chinese sentence ("QR code", "AI agent").
CHINESE_SENTENCE_TERM_MAX_WORDS = 3


def _ends_in_names_chinese_form(line: str) -> bool:
    """The line ends in the Chinese form of the name before it: both end in the kind of body or
    place they name (see ``_NAMED_KIND``)."""
    chinese = _CHINESE_FORM_AT_END.search(line)
    return chinese is not None and _NAMED_KIND.search(line, 0, chinese.start()) is not None


def _is_detail_named_in_both_scripts(line: str) -> bool:
    """A detail's label, then a name in Chinese and in English, both ending in the kind of body
    or place they name ("Venue: 综合体育馆 (Comprehensive Gymnasium)")."""
    labelled = _LABEL_THEN_CHINESE_FORM.match(line)
    return labelled is not None and _NAMED_KIND.search(line.rstrip(" )"), labelled.end()) is not None


def _is_romanised_names_chinese_form(line: str, run: Run) -> bool:
    """The run is a person's name in Chinese, a character for each syllable of the romanised name
    right before it ("No. 1 Hsieh Kuo-liang 謝國樑 (KMT)", "Chan Yung 陳勇 – 1,362 votes"); a word with
    Latin letters written onto it is a prompt's ("... by Chang Wen-chuan 更多NOWnews今日新聞報導")."""
    name = _HAN_NAME.fullmatch(line, run.start, run.end)
    return (name is not None and not _REPORTER_WORD.search(name.group(1))
            and not _LATIN_LETTER.match(line, run.end)
            and _ROMANISED_NAME_OF_LENGTH[len(name.group(1))].search(line, 0, run.start) is not None)


def _is_chinese_form_before_romanised_name(line: str, run: Run) -> bool:
    """The run is a person's name in three characters, and the same name romanised follows right
    after it ("— 賴清德Lai Ching-te (@ChingteLai) April 2, 2026")."""
    return (run.end - run.start == 3 and _HAN_NAME.fullmatch(line, run.start, run.end) is not None
            and _ROMANISED_NAME_AFTER.match(line, run.end) is not None)


def _shares_models_code(line: str, run: Run) -> bool:
    """The Chinese run has a model's code written onto it, letters and figures, that the English
    before it holds too, and the line is a name, no sentence: the model's Chinese name ("Onvo L90 /
    乐道L90", "BYD Sealion 06 / 比亚迪海狮06")."""
    code = _MODEL_CODE.match(line, run.end)
    if code is None or _SENTENCE_MARK.search(line):
        return False
    return regex.search(rf"(?<![\p{{L}}\d]){regex.escape(code.group())}(?![\p{{L}}\d])", line, endpos=run.start) is not None


def _names_all_chinese_forms_of_romanised(line: str) -> bool:
    """Every Chinese run of the line is the Chinese form of the name before it: a byline's ("By Hsieh
    Ming-yuan 謝明遠"), a list's row of names ("No. 1 Hsieh Kuo-liang 謝國樑 (KMT)"), a model's
    ("Onvo L90 / 乐道L90"); or of the name after it ("— 賴清德Lai Ching-te (@ChingteLai)")."""
    names = [run for run in runs(line) if run.kind == "cjk"]
    return bool(names) and all(_is_romanised_names_chinese_form(line, run) or _shares_models_code(line, run)
                               or _is_chinese_form_before_romanised_name(line, run) for run in names)


def _is_bylines_name_in_chinese(line: str, run: Run) -> bool:
    """The last run of a byline, or of a signature, is the author's name in Chinese, a character for
    each syllable of the name before it ("By Hsieh Ming-yuan 謝明遠", "Chang Yu-ting 張育婷"), which the
    article gives."""
    return (_BYLINE_BEFORE_HAN_NAME.match(line, 0, run.start) is not None
            and _is_romanised_names_chinese_form(line, run))


# A photo credit that ends in the Chinese name of an agency after a slash ("Photo Credit: Reuters / 達志影像").
_PHOTO_CREDIT_TO_AGENCY_IN_CHINESE = regex.compile(
    r"\W*(?:photo|image|picture)s?(?: credit)?\s*:\s*[^/:]{2,40}/\s*\p{Han}{2,6}\s*$", regex.IGNORECASE)


def _ends_in_credited_agency_in_chinese(line: str) -> bool:
    """A photo credit ends in the Chinese name of the agency it credits after a slash, as Taiwanese
    sites credit the agency that distributes a wire's photos ("Photo Credit: Reuters / 達志影像"):
    the credit's own, not furniture."""
    return _PHOTO_CREDIT_TO_AGENCY_IN_CHINESE.match(line) is not None


def _inserted_runs(line: str, parts: list[Run]) -> list[tuple[int, int, str]]:
    """Chinese furniture inserted between two stretches of English ("... a disused pumping
    station, 更多精彩内容,请下载上海日报APP officials said"): a run too long for a term in
    the sentence ("The full saying, 塞翁失马,焉知非福, asks ..." is not), a link, with its
    arrows, a run with "APP" written onto its start ("APP专享直播"), or one between two
    sentences, where no term of theirs stands ("... Lanzhou Group.下载中国日报 Engineers had
    ..."), or one after a bar. An acronym written onto its end ("APP") goes with it."""
    spans = []
    for index in range(1, len(parts) - 1):
        run = parts[index]
        if (run.kind != "cjk" or parts[index - 1].kind != "latin" or parts[index + 1].kind != "latin"
                or _is_glossed_term(line, run)):
            continue
        link = _LINK_ARROWS.match(line, run.end)
        app_before = _APP_BEFORE.search(line, 0, run.start)
        if (run.end - run.start > TERM_IN_SENTENCE_MAX_CHARS or link is not None
                or app_before is not None or _between_sentences(line, run, parts[index + 1])
                or _has_bar_before(line, run)):
            end = link.end() if link is not None else run.end
            acronym_after = _GLUED_ACRONYM.match(line, end)
            start = app_before.start() if app_before is not None else run.start
            spans.append((start, acronym_after.end() if acronym_after else end,
                          "script: Chinese inserted into the English"))
    return spans


def _is_cell(line: str, run: Run) -> bool:
    """``run`` fills a cell of a table's row, between two bars, or ends one after the cell's English ("3125 |
    Qianlong white jade seal, 乾隆御筆之寶 | 30m–50m | Unsold")."""
    return _BAR_AFTER.match(line, run.end) is not None and (
        _has_bar_before(line, run) or _BAR_BEFORE_CELL.search(line, 0, run.start) is not None)


# A bar somewhere before a run, after which the run's cell begins.
_BAR_BEFORE_CELL = regex.compile(r"[|｜][^|｜]*$")


def _has_bar_before(line: str, run: Run) -> bool:
    """A bar stands right before ``run``, a few spaces at most between."""
    return _BAR_BEFORE.search(line, max(run.start - BAR_BEFORE_MAX_CHARS, 0), run.start) is not None


_BAR_AFTER = regex.compile(r"\s*[|｜]")


# A bar between a headline and a credit in Chinese run onto it ("... reusable tableware|文/林曉婷 By Lin Hsiao-ting"):
# no sentence runs into a term across one.
_BAR_BEFORE = regex.compile(r"[|｜]\s*$")
BAR_BEFORE_MAX_CHARS = 3


def _between_sentences(line: str, run: Run, following: Run) -> bool:
    """``run`` stands after the end of one sentence, and the next starts with a capital after it."""
    return line[following.start].isupper() and SENTENCE_END.search(line, 0, run.start) is not None


def _glued_head(line: str, parts: list[Run]) -> int:
    """How many runs at the start of the line are furniture (0 if none)."""
    last = _furthest_furniture_run(line, parts, range(len(parts) - 1), step=1)
    if last is None or parts[0].kind != "cjk":
        return 0
    best = last + 1
    if best == 1 and (_is_leading_term(line, parts[0], parts[1]) or _is_chinese_form_before_romanised_name(line, parts[0])
                      or _is_verse_before_translation(line, parts[0], parts[1])):
        return 0
    if _joined_leading_terms(line, parts) >= best:
        return 0
    return best if any(r.kind == "latin" for r in parts[best:]) else 0


def _is_verse_before_translation(line: str, verse: Run, translation: Run) -> bool:
    """A line of classical verse, five or seven characters, before its translation after a dash, as an article
    quotes a poem ("床前明月光 — Before my bed, the moonlight gleams,")."""
    return (verse.start == 0 and verse.end - verse.start in VERSE_LINE_CHARS and translation.kind == "latin"
            and translation.weight >= VERSE_TRANSLATION_MIN_WORDS
            and _VERSE_DASH.fullmatch(line, verse.end, translation.start) is not None)


# A line of classical verse has five or seven characters; its translation, this many words at least.
VERSE_LINE_CHARS = (5, 7)
VERSE_TRANSLATION_MIN_WORDS = 4
_VERSE_DASH = regex.compile(r"[，,。.]?\s*[—–-]{1,2}\s*")


def _joined_leading_terms(line: str, parts: list[Run]) -> int:
    """How many runs at the start of the line are Chinese terms that English joins into a sentence's subject
    ("滷肉飯 or 魯肉飯? The spelling debate ...", "躺平, 内卷 and 摆烂 (bǎi làn) dominated ..."): short terms with
    commas or slashes between them, and "or", "and" or "vs" between two of them; a menu's items have none."""
    index, coordinated = 0, False
    while (index + 2 < len(parts) and parts[index].kind == "cjk" and parts[index + 2].kind == "cjk"
           and _SHORT_TERMS.fullmatch(line, parts[index].start, parts[index].end)):
        joiner = _TERMS_JOINER.fullmatch(line, parts[index].end, parts[index + 2].start)
        if joiner is None:
            break
        coordinated = coordinated or joiner.group("word") is not None
        index += 2
    if not coordinated or not _SHORT_TERMS.fullmatch(line, parts[index].start, parts[index].end):
        return 0
    return index + 1


# Short Chinese terms, one or a few with commas or slashes between them ("躺平, 内卷").
_SHORT_TERMS = regex.compile(rf"\p{{Han}}{{1,{TERM_MAX_CHARS}}}(?:\s*[,/、]\s*\p{{Han}}{{1,{TERM_MAX_CHARS}}})*")
# What joins two terms of a sentence's subject: a comma or a slash, or a conjunction ("or", "and", "vs").
_TERMS_JOINER = regex.compile(r"\s*(?:[,/、]\s*)?(?:(?P<word>or|and|vs\.?|nor)\s+)?")


def _furthest_furniture_run(line: str, parts: list[Run], indices: range, step: int) -> int | None:
    """Walking in from one end of the line, the furthest Chinese run that has English
    next to it (``step`` further on) and closes a stretch whose Chinese outweighs its English.

    A gloss, or a Chinese term inside an English sentence, stops the walk: what lies
    beyond it belongs to the sentence. So does a paragraph's worth of English text: a
    translation glued before it, however long, takes nothing past it; and, from the end,
    English that goes on in lower case, a sentence's rest after furniture put inside it.
    """
    furthest = None
    cjk = latin = 0.0
    for index in indices:
        run = parts[index]
        if run.kind == "gloss" or _is_term_in_sentence(line, parts, index) or _shares_models_code(line, run) or (
                index < len(parts) - 1 and _is_romanised_names_chinese_form(line, run)) or _is_glossed_term(line, run):
            break
        if run.kind == "cjk":
            cjk += run.weight
            if _beside_english(line, parts, index, step) and cjk >= latin:
                furthest = index
        elif run.weight >= BODY_MIN_WORDS and _has_function_words(line[run.start:run.end]):
            break
        elif (step < 0 and index > 0 and line[run.start].islower() and _has_function_words(line[run.start:run.end])
              and _STOP_BEFORE.search(line, 0, parts[index - 1].start) is None):
            break  # a sentence that goes on in lower case after the Chinese ("... NT$280 [運彩] 立即下注 and a pass ...")
        elif not (index == len(parts) - 1 and _is_codes_and_figures(line[run.start:])):
            latin += run.weight
    return furthest


# A sentence's stop, with its closing quote or bracket, where the text before a run ends.
_STOP_BEFORE = regex.compile(r"[.!?][\"”’')\]]*[\s\W]*$")


def _is_glossed_term(line: str, run: Run) -> bool:
    """A Chinese term with its English in brackets after it, that a sentence runs into from a word in lower
    case or a comma, not from a name ("... slogans of the Xi era, including 共同富裕 (common prosperity), 高质量发展
    (high-quality development) and 中国式现代化 (Chinese-style modernisation)."), or that opens a sentence going
    on in lower case after the brackets ("... campaigns. 绿水青山就是金山银山 ("Lucid waters ...") appears on walls");
    or a slogan or a verse with its translation in quotes after a dash, that a sentence runs into ("... messages
    such as 计划生育 人人有责 — "Family planning is everyone's responsibility."")."""
    if run.kind != "cjk":
        return False
    if run.end - run.start <= QUOTED_VERSE_MAX_CHARS and _TRANSLATION_AFTER_DASH.match(line, run.end):
        return _RUNS_INTO_TERM.search(line, 0, run.start) is not None
    gloss = _ENGLISH_GLOSS.match(line, run.end) if run.end - run.start <= TERM_IN_SENTENCE_MAX_CHARS else None
    return gloss is not None and (_RUNS_INTO_TERM.search(line, 0, run.start) is not None
                                  or _GOES_ON_IN_LOWER_CASE.match(line, gloss.end()) is not None)


# How a sentence runs into a term, and goes on after it and its gloss.
_RUNS_INTO_TERM = regex.compile(r"(?:\b\p{Ll}+|,)\s*$")
_GOES_ON_IN_LOWER_CASE = regex.compile(r"\s*\p{Ll}+\s")
# A translation in quotes after a dash, and the longest verse or slogan it translates (a couplet with its slash).
_TRANSLATION_AFTER_DASH = regex.compile(r"\s*[—–]\s*[\"“]")
QUOTED_VERSE_MAX_CHARS = 24


def _is_codes_and_figures(text: str) -> bool:
    """Codes in capitals among figures, a stock quote's ("-W 09918.HK HK$41.250 -1.990(-4.60%)"):
    no English to weigh against the Chinese name before them."""
    return not any(char.islower() for char in text) and any(char.isdigit() for char in text)


def _beside_english(line: str, parts: list[Run], index: int, step: int) -> bool:
    """The run ``step`` further on from ``parts[index]`` is English: Latin words, or the gloss
    that ends a sentence before it ("... and Chihkan Tower (赤崁樓).涵蓋的古蹟包括 ..."), or that ends
    the English before the line's last run, a space apart ("... Taipei (台北市迪化街一段) 不用抽籤 搶先"), with
    or without a button's mark ("... | Harbor Lights (港都微光) +加入行事曆")."""
    neighbour = parts[index + step]
    if neighbour.kind == "latin":
        return True
    if step > 0 or neighbour.kind != "gloss":
        return False
    between = line[neighbour.end:parts[index].start]
    return (_SENTENCE_MARK.search(between) is not None
            or (index == len(parts) - 1 and _SPACE_OR_MARK.fullmatch(between) is not None))


def _is_term_in_sentence(line: str, parts: list[Run], index: int) -> bool:
    """A short Chinese run that an English sentence runs into and on from ("The term 厭世
    (yanshi) ...", "a dish called 滷肉飯 and"): right after a lower-case word, with a gloss
    or a lower-case word after it. A hashtag ("trended as #上影节抢票#, with ..."), or a phrase
    the sentence goes on from to its end ("trended as 上影节开票, with 300 million views."),
    may be longer than a word."""
    run = parts[index]
    if run.kind != "cjk" or not 0 < index < len(parts) - 1 or run.end - run.start > TERM_IN_SENTENCE_MAX_CHARS:
        return False
    before, after = parts[index - 1], parts[index + 1]
    hashtag = _is_hashtag(line, run)
    gap = line[before.end:run.start].strip()
    words_before = LATIN_WORD.findall(line, before.start, before.end)
    if not (before.kind == "latin" and (not gap or (hashtag and gap == "#"))
            and bool(words_before) and words_before[-1].islower()
            and (after.kind == "gloss" or (after.kind == "latin" and line[after.start].islower()))
            and not _STRUCTURE.search(line, run.end, after.start)):
        return False
    return (run.end - run.start <= TERM_MAX_CHARS or hashtag
            or (index + 1 == len(parts) - 1 and SENTENCE_END.search(line, after.end) is not None))


def _is_hashtag(line: str, run: Run) -> bool:
    """The run is between the two marks of a hashtag, as Weibo writes them ("#上影节抢票#")."""
    return line[run.start - 1:run.start] == "#" and line[run.end:run.end + 1] == "#"


def _is_leading_term(line: str, run: Run, following: Run) -> bool:
    """A Chinese word opening an English sentence ("母湯 is slang for ..."), not a label; or, in
    round brackets, the gloss of the name that a hard wrap left at the end of the line before
    ("(衛生福利部) said it would review the proposals ...")."""
    between = line[run.end:following.start]
    first_letter = line[following.start]
    opening = line[:run.start].rstrip()
    gloss = opening == "(" and between.strip() == ")" and first_letter.islower()
    # A word in square brackets is a label ("[懶人包]date 2026-07-28 Pedestrians ...").
    return (run.end - run.start <= (TERM_IN_SENTENCE_MAX_CHARS if gloss else TERM_MAX_CHARS)
            and not _STRUCTURE.search(line[:following.start]) and not opening.endswith(("[", "【"))
            and (first_letter.islower() or between.strip().startswith("(")))


def _glued_tail(line: str, parts: list[Run]) -> int:
    """Index of the first run of the furniture at the end of the line (len(parts) if none)."""
    best = _furthest_furniture_run(line, parts, range(len(parts) - 1, 0, -1), step=-1)
    if best is None:
        return len(parts)
    # The term may have its English in brackets after it ("... a term for such seniors: 银发族 (silver-haired
    # generation).").
    glossed = best == len(parts) - 2 and _ENGLISH_GLOSS_CLOSING.fullmatch(line, parts[best].end) is not None
    if (best == len(parts) - 1 or glossed) and _is_trailing_term(line, parts[best - 1], parts[best]):
        return len(parts)
    if best == len(parts) - 1 and _is_inside_closing_bracket(line, parts[best]):
        return len(parts)
    return best


def _is_inside_closing_bracket(line: str, run: Run) -> bool:
    """The run lies inside a bracket that closes the line and that opens with English, a caption's credit with
    a name in Chinese ("... on Tuesday night. (Facebook/沙田友)"): the bracket is the line's, and a cut inside it
    would leave it open. (A bracket that opens with Chinese is the Chinese's: "(責任編輯:陳佳琳)".)"""
    opened = line.rfind("(", 0, run.start)
    return (opened > line.rfind(")", 0, run.start) and line.rstrip().endswith(")")
            and _LATIN_LETTER.search(line, opened, run.start) is not None)


def _is_trailing_term(line: str, previous: Run, run: Run) -> bool:
    """A Chinese word closing an English sentence ("a dish called 滷肉飯."), not a label.

    The sentence must go on or end after it: a bare name at the end of a line
    ("By Staff Writer 自由時報") is a credit.
    """
    before = line[previous.end:run.start]
    after = line[run.end:]
    if _is_hashtag(line, run):
        before, after = before[:-1], after[1:]
    gloss = _ENGLISH_GLOSS.match(after)
    if gloss is not None:
        after = after[gloss.end():]
    # A sentence's colon leads to the term it names ("... picked its word of the year: 班味."), a label's
    # to its value ("Source: 新華社").
    if before.strip() == ":" and len(LATIN_WORD.findall(line, previous.start, previous.end)) >= SENTENCE_MIN_WORDS:
        before = ""
    if run.end - run.start > TERM_IN_SENTENCE_MAX_CHARS or _STRUCTURE.search(before + after):
        return False
    if not after.strip():
        # A headline ends without a full stop: its last word is the term's, when a preposition
        # or an article leads to it ("In search of Taipei's perfect bowl of 牛肉麵"); a short
        # phrase is a vocabulary note's ("walk off with 順手牽羊").
        words = LATIN_WORD.findall(line, 0, run.start)
        return (not before.strip() and len(words) > GLOSSED_PHRASE_MAX_WORDS
                and words[-1] in ENGLISH_FUNCTION_WORDS)
    # The sentence runs into it from a word in lower case ("called", "the hashtag"); after a name
    # the run is a caption's translation ("... Photo: Sam Tsang 深水埗一個劏房單位.").
    words = LATIN_WORD.findall(line, previous.start, previous.end)
    return (not SENTENCE_END.search(line[:run.start]) and _TERM_CLOSE.fullmatch(after) is not None
            and bool(words) and words[-1].islower())


def _has_function_words(line: str) -> bool:
    return not ENGLISH_FUNCTION_WORDS.isdisjoint(line.lower().split())


def _other_languages_words(line: str) -> list[str]:
    """The function words of another language in the line, when they are as many as its English
    ones, and enough for a language model to be asked ("at", "an" and "to" are Tagalog's and
    Vietnamese's too); else none."""
    if _COMMON_ENGLISH_WORD.search(line):  # most English lines: one search, no split
        return []
    words = line.split()
    if _OTHER_LANGUAGES_MARKERS.isdisjoint(words):  # nearly every other line: one pass, no lower-casing
        return []
    lowered = [word.lower() for word in words]
    other = sorted(_OTHER_LANGUAGES_MARKERS.intersection(lowered))
    if len(other) < OTHER_LANGUAGE_MIN_MARKERS or len(other) < len(_ENGLISH_MARKERS.intersection(lowered)):
        return []
    return other


def _has_english_words(line: str) -> bool:
    """A function word, another word few languages but English write, a possessive or a past
    participle: a headline has few function words ("Yunshan opens 48-villa lakeside resort near
    Dali's Xizhou village", "Five dai pai dong keeping Hong Kong’s open-air kitchens alive",
    "Magnitude 5.9 quake rattles Hualien, no major damage reported"), and on so few words a
    language model is easily wrong (it says Norwegian, or Indonesian, or French)."""
    return (not _ENGLISH_MARKERS.isdisjoint(line.lower().split())
            or _POSSESSIVE_OR_PARTICIPLE.search(line) is not None)


def _find_credit(text: str):
    """The match of a credit's words in ``text`` (see _CREDIT_AT_START), or None."""
    return _CREDIT_AT_START.match(text) or _CREDIT_ANYWHERE.search(text)


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
    tables = _keep_tables(lines, content, first_body)
    _keep_announced_lists(lines, content, first_body)
    _drop_tables_of_contents(lines, content)
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
    headword = LATIN_WORD.search(_LIST_NUMBER.sub("", note, count=1))
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
    text = _LIST_NUMBER.sub("", analysis.text, count=1)
    script = profile(text)
    return script.has_cjk and script.latin_words > 0 and _is_glossed_phrase(text, script)


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
        if (lines[index].verdict == DROPPED and _TABLE_RULE.fullmatch(withheld) is None
                and not (has_cjk(withheld) and _LATIN_LETTER.search(withheld) is None)):
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
    if sum(_DIGIT.search(row) is not None for row in rows) >= 2:
        return True
    words = sum(len(LATIN_WORD.findall(row)) for row in rows[1:])
    half_kept = sum(lines[index].verdict != DROPPED for index in run) * 2 >= len(run)
    return (cells >= TABLE_MIN_CELLS
            and (announced or half_kept or words >= WORDED_TABLE_MIN_WORDS_A_CELL * cells * (len(rows) - 1))
            and any(lines[index].is_body for index in below))


# A table of words, not figures, holds this many words a cell on average (a menu's links a word or two).
WORDED_TABLE_MIN_WORDS_A_CELL = 2.5


def _table_cells(row: str) -> int:
    """How many cells ``row`` holds as a table's row, 0 if none: a row of two holds a few words a cell
    ("Saturdays (by appointment) | 9am–12pm"), where a related story's headline and its date do not."""
    if "|" not in row:
        return 0
    cells = row.split("|")
    if len(cells) == 2 and any(len(LATIN_WORD.findall(cell)) > TWO_COLUMN_CELL_MAX_WORDS for cell in cells):
        return 0
    return len(cells)


# A table of two columns holds this many words a cell at most.
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
                     and _columns(lines[index].withheld) > 1 and _TABLE_RULE.fullmatch(lines[index].withheld) is None]:
        headings = lines[content[position]].withheld
        columns = _columns(headings)
        under = []
        for following in range(position + 1, len(content)):  # no copy of the rest of a page flattened long
            index = content[following]
            if not (lines[index].verdict in (KEPT, EDITED) and _columns(lines[index].output) == columns
                    and _DIGIT.search(lines[index].output) is not None):
                break
            under.append(index)
        # (Headings of three columns or more tell a table of one row: "Lot | Minimum GFA | Maximum GFA".)
        if ((len(under) >= TABLE_MIN_ROWS - 1 or under and columns >= 3)
                and not _DIGIT.search(headings) and profile(headings).latin_words <= BLOCK_LINE_MAX_WORDS):
            _restore(lines, content[position], "the column headings of the table under it")
            rows.update([content[position], *under], _title_above(lines, content, position))
    return rows


def _columns(row: str) -> int:
    """How many columns ``row`` holds as a table's row: cells between bars, or lined up by runs of spaces
    or tabs; 1 for a line that is neither."""
    if "|" in row:
        return row.count("|") + 1
    return len(_COLUMN_GAP.split(row.strip())) if _COLUMN_GAP.search(row) else 1


# Between the columns of a table lined up by spaces: a tab, or more than one space.
_COLUMN_GAP = regex.compile(r"\s*\t\s*|\s{2,}")


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
            if profile(text).latin_words > BLOCK_LINE_MAX_WORDS or not _DIGIT.search(text):
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
                      f"context: a quiz question and its options (lines {index + 1}-{options[-1] + 1})")


def _drop_closing_questions(lines: list[LineAnalysis], content: list[int], asking: list[int]) -> None:
    """Numbered questions, two or more in a row, after the article's last paragraph are a
    learning page's questions for its readers ("1. Where is the rice paddy?")."""
    questions = [index for index in asking
                 if lines[index].verdict != DROPPED and lines[index].is_question and lines[index].is_numbered]
    if len(questions) < 2:
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
        if len(run) >= 2 and not announced:
            for question in run:
                _drop(lines, question, f"context: questions for the reader after the article "
                                       f"(lines {run[0] + 1}-{run[-1] + 1})")
        run = []


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
                    or _SENTENCE_MARK.search(analysis.output)):
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
                     or _is_question_among_headlines(lines, content, position, first_body)
                     or _is_learning_boxs_sentence(lines[heading], analysis))
                and not analysis.is_credit and (is_numbered or not numbered)
                and not (_has_byline_under(lines, content, position) and not _item_goes_on_after(lines, content, position + 1))
                and not (not items and (first_body is None or position < first_body)
                         and _has_body_under(lines, content, position))
                and (search_terms or not _is_subhead_ending_list(lines, content, position, items))):
            _drop(lines, index, f"context: item of the list under line {heading + 1} ({lines[heading].reason})")
            numbered = numbered or is_numbered
            items += 1
        else:
            heading = None


def _is_learning_boxs_sentence(heading: LineAnalysis, analysis: LineAnalysis) -> bool:
    """A short sentence with its translation glued on, under a heading in Chinese: a learning page's sentence
    of the day ("今日金句" over "Safety comes first. 安全第一.")."""
    return has_cjk(heading.text) and analysis.words <= BLOCK_LINE_MAX_WORDS and _is_glued_to_its_translation(analysis)


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
    if headline.output.endswith(":") and _has_function_words(headline.output):
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
                 or _has_no_lower_case_word(_ACCOUNT_BUTTONS.sub("", analysis.output))
                 or (first and analysis.names_only and _BODY_OF.search(analysis.output) is not None)
                 ) and len(_LABELLED_CODE.findall(analysis.output)) < DOCUMENT_HEADER_MIN_FIELDS
        first = False
        if (names and not analysis.is_byline and not analysis.is_sentence
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
        if _STOCK_CODE.fullmatch(text) is None and _NAMED_KIND.search(text) is None:
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
    if (headline is None or not 2 <= analysis.words <= MASTHEAD_MAX_WORDS or _NOT_IN_KICKER.search(analysis.output)
            or _BODY_OF.search(analysis.output) or _ACCOUNT_BUTTONS.search(analysis.output)):
        return False
    under = next((index for index in content[position + 1:] if lines[index].verdict != DROPPED), None)
    # In capitals, its function words are too ("TAIWAN IN PICTURES").
    output = analysis.output.lower() if analysis.output.isupper() else analysis.output
    return under == headline and (not _KICKERS_FUNCTION_WORDS.isdisjoint(LATIN_WORD.findall(output))
                                  or _STORYS_KIND.fullmatch(output) is not None)


# A kicker that names the story's kind: what is reviewed or featured, then the kind.
_STORYS_KIND = regex.compile(
    r"\W*(?:book|film|movie|theatre|theater|music|album|art|exhibition|restaurant|food|dance|concert|game|tv|drama|"
    r"literary|photo|travel|cover|weekend|special|opera|design|architecture)\s+"
    r"(?:review|feature|interview|essay|preview|profile|story|report)\W*", regex.IGNORECASE)


def _has_no_lower_case_word(line: str) -> bool:
    """No word in lower case, not even a function word ("e-Paper" has a capital): a row of
    menu items, or of names, whose language no model can tell."""
    return not any(word.islower() for word in latin_word_pattern(line).findall(line))


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
    for position, index in enumerate(after):
        analysis = lines[index]
        if analysis.verdict == DROPPED or analysis.rule_kept:
            lines_left = 0
        elif lines_left and is_item(analysis):
            block.update((heading, index))  # a heading with nothing under it is no block
            lines_left -= 1
            if is_item is _is_contact_detail and _CONTACT_DETAIL.search(analysis.output):
                lines_left = CONTACT_BLOCK_MAX_LINES  # a block of several contacts goes on while they do
        elif _CONTACT_HEADING.search(analysis.output) and _gives_contact_details(lines, after[position:]):
            heading, lines_left, is_item = index, CONTACT_BLOCK_MAX_LINES, _is_contact_detail
            if _CONTACT_DETAIL.search(analysis.output):  # "Media contact: Jonah Weller, press@..."
                block.add(index)
        elif position == 0 and _is_result(analysis) and not _SPAN_OF_DAYS.search(analysis.output):
            # A match's results right under the report's last paragraph, with no heading, and the facts under them
            # ("Kitchee 3 (Cleiton 38, 71) Eastern 1 (Ichikawa 12)", "Attendance: 2,318").
            block.add(index)
            heading, lines_left, is_item = index, ANNOUNCED_LIST_MAX_LINES, _is_fact_box_item
        elif ((_ANNOUNCES_LIST.search(analysis.output) and analysis.words >= SENTENCE_MIN_WORDS
               and not analysis.names_only) or _PROS_AND_CONS.fullmatch(analysis.output)):
            heading, lines_left, is_item = index, ANNOUNCED_LIST_MAX_LINES, _is_list_item
        elif _BOX_HEADING.fullmatch(analysis.output):  # whose short lines are all the box's ("Free of charge")
            heading, lines_left, is_item = index, ANNOUNCED_LIST_MAX_LINES, _is_box_line
        elif (analysis.words <= FACT_BOX_HEADING_MAX_WORDS and not analysis.is_sentence
              and not _is_fact(analysis)):
            heading, lines_left, is_item = index, ANNOUNCED_LIST_MAX_LINES, _is_fact_box_item
        else:
            lines_left = 0
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
        if _PRACTICAL_DETAIL.match(lines[index].output) or (
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
    if _PRACTICAL_DETAIL.match(lines[title].output):
        return True
    if position + 2 >= len(following) or not 1 < lines[title].words <= DETAILS_TITLE_MAX_WORDS or lines[title].is_sentence:
        return False
    detail = following[position + 2]
    at = bisect.bisect_left(content, index)
    return content[at + 1:at + 3] == [title, detail] and _PRACTICAL_DETAIL.match(lines[detail].output) is not None


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
            or _NAMED_KIND.search(lines[closing[0]].output) or _MEDIA_WORD.search(lines[closing[0]].output)):
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
    return _FIRST_PERSON.search(_outside_spans(text, quotations(text))) is not None


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
            and _NAMED_KIND.search(issuer.output) is not None
            and _DATE_IN_WORDS.search(lines[closing[1]].output) is not None):
        # A notice signed with its issuer's name over the date ("Taipei Water Department", "March 12, 2026").
        return set(closing[:2])
    if issuer.names_only and issuer.words <= ISSUER_MAX_WORDS and _NAMED_KIND.search(issuer.output) is not None:
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
    return any(_CONTACT_DETAIL.search(lines[index].output) for index in indexes[:CONTACT_BLOCK_MAX_LINES + 1])


def _is_contact_detail(analysis: LineAnalysis) -> bool:
    """A name, or a phone number or e-mail address with what the line says of it."""
    return ((analysis.names_only and analysis.words <= BLOCK_LINE_MAX_WORDS)
            or _CONTACT_DETAIL.search(analysis.output) is not None)


def _is_fact(analysis: LineAnalysis) -> bool:
    """A year or a label, a colon and the fact, however long ("2024: A court orders ...")."""
    return _FACT.match(analysis.output) is not None


def _is_fact_or_result(analysis: LineAnalysis) -> bool:
    """A fact (see ``_is_fact``) but a telephone number or an e-mail address, a contact card's
    ("WhatsApp: +852 9876 5432"), a short line of a match's result ("Eastern 2 Kitchee 1") or a line of
    many results, or a team's roster ("Liaoning: Zhao Jiwei, Zhang Zhenlin, Fu Hao")."""
    return ((_is_fact(analysis) and not _CONTACT_DETAIL.search(analysis.output)) or _is_result(analysis)
            or _ROSTER.match(analysis.output) is not None)


# Days of a month, which an event's listing gives as a score looks ("Feb 17-21 Longtan Lake Temple Fair").
_SPAN_OF_DAYS = regex.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s?[-–]\s?\d{1,2}\b")


def _is_result(analysis: LineAnalysis) -> bool:
    """A short line of a match's result ("Eastern 2 Kitchee 1", "SF 010 100 000 - 2 6 1"), or a line of many."""
    scores = len(_SCORE.findall(analysis.output))
    return ((analysis.words <= BLOCK_LINE_MAX_WORDS or scores >= RESULTS_MIN_SCORES
             or scores and _BEATS.search(analysis.output) is not None)
            and not analysis.is_sentence and _RESULT.match(analysis.output) is not None)


# A line of results, however long, has this many scores ("Men's doubles semifinals: Lin/Chiu (TPE) bt Tan/Lim
# (MAS) 21-18, 17-21, 21-15; Zhou/Xie (CHN) bt ..."), or a winner who beat a loser, each with a country
# ("Men's doubles: Lau Ka-chun/Yip Hon-lam (HKG) bt Kim Do-hyun/Lee Jae-won (KOR) 22-20, 21-17").
RESULTS_MIN_SCORES = 3
_BEATS = regex.compile(r"\(\p{Lu}{3}\)\s+(?:bt|beat|def\.?)\s+\p{Lu}[^()]*\(\p{Lu}{3}\)")


def _is_fact_box_item(analysis: LineAnalysis) -> bool:
    """A fact or a result (see ``_is_fact_or_result``), an award and its winner ("Best Director: Ruby Chan
    Hoi-yan, Bamboo Theater"), a year and what happened then ("2021 Driverless trucks enter service"), a
    table's row of cells between tabs ("Wan Chai<TAB>95"), a line of a paper's reference ("Journal: Physical
    Review Applied", "DOI: 10.1103/..."), or a short item with its bullet ("- Drink water regularly"). (An
    item with a label and words is as likely another story's headline: "Explainer: why the MTR is raising
    fares".)"""
    return (_is_fact_or_result(analysis) or _CELLS.search(analysis.output) is not None
            or _AWARD_AND_WINNER.match(analysis.output) is not None
            or _REFERENCE_DETAIL.match(analysis.output) is not None or _PAPER_IDENTIFIER.match(analysis.output) is not None
            or (_YEAR_AND_EVENT.match(analysis.output) is not None and not analysis.names_only)
            or (analysis.words <= BLOCK_LINE_MAX_WORDS and _BULLET_OR_DASH.match(analysis.output) is not None
                and not _CONTACT_DETAIL.search(analysis.output)))


def _is_box_line(analysis: LineAnalysis) -> bool:
    """A line of a box of facts under a heading that names it (see ``_BOX_HEADING``): short, or a fact; a
    credit under the box is the article's ("Source: SHINE"), and the box ends there."""
    return (analysis.words <= BLOCK_LINE_MAX_WORDS or _is_fact_box_item(analysis)) and not analysis.is_credit


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
    under it ("Next phase" over "A rail line will follow in 2029.")."""
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
                and _LINE_SCORE_ROW.fullmatch(analysis.output) is None and _SIGNATURE.fullmatch(analysis.output) is None
                and not _is_footnote(lines, index)
                and not _is_caption(analysis)
                and not (position + 1 < len(following)
                         and (_is_subhead_of(analysis, lines[following[position + 1]])
                              or _is_caption_of(analysis, lines[following[position + 1]])
                              or (analysis.words <= SUBHEAD_MAX_WORDS
                                  and _is_glossary_entry(lines[following[position + 1]]))))):
            _drop(lines, index, AFTER_ARTICLE)


def _is_unstopped_paragraph(analysis: LineAnalysis) -> bool:
    """A paragraph that a mark or a symbol after it keeps from ending like a sentence: as long as no headline
    is, and written with English function words."""
    return analysis.words >= UNSTOPPED_PARAGRAPH_MIN_WORDS and _has_function_words(analysis.output)


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


def _is_subhead_of(line: LineAnalysis, below: LineAnalysis) -> bool:
    """``line`` is a short heading over ``below``, a paragraph of a sentence or two that the page keeps, or
    the sentence that announces a list ("Events" over "Other commemorations held on Saturday included:"):
    capitalised, of a few words, with no stop nor colon at its end."""
    return (below.verdict != DROPPED and below.output[:1].isupper()
            and (below.is_sentence
                 or (below.words >= SENTENCE_MIN_WORDS and _ANNOUNCES_LIST.search(below.output) is not None))
            and _has_function_words(below.output)
            and 0 < line.words <= SUBHEAD_MAX_WORDS and _SUBHEAD.fullmatch(line.output) is not None)


def _is_caption_of(line: LineAnalysis, below: LineAnalysis) -> bool:
    """``line`` is the caption of a picture that ``below`` credits ("The retired diesel ferry at a shipyard in
    Pudong" over "Ti Gong"): a few words of the article's English over the picture's credit, kept, or the site's
    own in Chinese, dropped ("圖片來源:台灣百科網資料庫")."""
    return (line.words >= CAPTION_MIN_WORDS and _has_function_words(line.output)
            and (below.verdict != DROPPED and _PICTURE_CREDIT.match(below.output) is not None
                 or _PICTURE_CREDIT_IN_CHINESE.match(below.text) is not None))


def _is_caption(analysis: LineAnalysis) -> bool:
    """A photo's caption by what only captions say: where the people stand in it ("Atayal artist Yuma Taru
    (left) with a model of the main lantern at her studio in Miaoli County")."""
    return (analysis.words >= CAPTION_MIN_WORDS and _has_function_words(analysis.output)
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
            and _has_function_words(analysis.output))


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


# A word's label and its figure, a detail's line, not a word alone ("Rating: ★★★★☆ (4/5)", "Episodes: 36").
_LABEL_AND_FIGURE = regex.compile(r"\W*\p{L}+\s*:\s*\D{0,12}\d")


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
                and _LABEL_AND_FIGURE.match(analysis.output) is None and _LINE_SCORE_ROW.fullmatch(analysis.output) is None):
            subhead = (inside_article and (lines[content[position + 1]].verdict != DROPPED
                                           or _line_under_translation_is_kept(lines, content, position)
                                           or _paragraph_under_inserted_furniture(lines, content, position))
                       # over the article's short last paragraph ("Deadline", "Applications ... by Dec 31.")
                       or (last_body is not None and index > last_body and position + 1 < len(content)
                           and (_is_subhead_of(analysis, lines[content[position + 1]])
                                or _is_glossary_entry(lines[content[position + 1]]))))
            if (not subhead and not analysis.is_credit and not _has_byline_under(lines, content, position)
                    and not _ends_wrapped_sentence(lines, content, position)
                    and not _is_rubric_of_briefs(lines, content, position, headline)
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
    return ((":" in output and (_FACT.match(output) is not None or _PRACTICAL_DETAIL.match(output) is not None))
            or _ISSUED_AT.search(output) is not None
            or (analysis.words <= DATE_LINE_MAX_WORDS and analysis.names_only and _DATE_IN_WORDS.search(output) is not None))


def _is_tagline(lines: list[LineAnalysis], content: list[int], position: int) -> bool:
    """A short line above the site's menu is its tagline, in its chrome ("Fresh voices from today's China"),
    also when it ends in a stop ("The online magazine of the Taiwan Studies Programme, University of
    Nottingham.")."""
    analysis = lines[content[position]]
    if not analysis.is_sentence and analysis.words <= TAGLINE_MAX_WORDS and _has_barred_menu_under(lines, content, position):
        return True
    if analysis.is_sentence:  # a statement in words, not a company's name in capitals, nor a title that asks
        limit = (TAGLINE_SENTENCE_MAX_WORDS if analysis.output.endswith(".")
                 and not _has_no_lower_case_word(analysis.output) else 0)
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
            and all(item.words <= MENU_MAX_WORDS and _is_section_names(item) and not _DIGIT.search(item.output)
                    for item in under))


def _is_section_names(analysis: LineAnalysis) -> bool:
    """Names and no sentence, credit or word in lower case: section names ("Travel Tips"). Commas part
    a byline's names, no menu's ("Frank Kung, DIGITIMES Research, Taipei")."""
    return (analysis.names_only and not analysis.is_sentence and _has_no_lower_case_word(analysis.output)
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
