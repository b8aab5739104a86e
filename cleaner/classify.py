"""Classification: decide, for each line and each span in it, whether it is article or furniture.

Evidence is weighed in a fixed order, the cheapest and surest first:

1. the rules (a keep rule wins outright; drop, list, footer and header rules
   drop; cut rules remove a span);
2. script analysis: a line whose East Asian text outweighs its English is not
   part of an English article; Chinese glued at the start or end of an English
   line is cut off, while glosses in brackets stay;
3. language detection, only for long Latin-script lines that show no English
   function words but do show a word in lower case (a row of names or menu
   items is left to context: no model can tell its language).

Then, once every line of a page is classified, the ``context`` module
decides by the neighbours. Every decision carries its reason, so a user can
ask why a line went.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
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
SENTENCE_MIN_WORDS = 3
# Chinese shorter than this, inside or at the edge of an English sentence, is a term.
TERM_MAX_CHARS = 4
# ... or this long, when the sentence goes on or ends right after it.
TERM_IN_SENTENCE_MAX_CHARS = 12
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
# and by migrant workers: Tagalog, Indonesian and Malay, Vietnamese; and on Macau's, Portuguese. None is
# an English word.
# Each as written at the start of a sentence too, so that a line is looked at without lower-casing it.
_OTHER_LANGUAGES_MARKERS = frozenset(
    form for word in (
        "ang ng mga sa ay para namin natin kami tayo hindi ito iyon kanilang nila niya siya nang kung dahil lamang "
        "mo ba po ko ka na lang din rin naman kayo ninyo ako "
        "yang dan untuk dengan ini itu dari tidak akan dalam pada atau juga bisa anda silakan lebih lanjut hubungi "
        "adalah oleh karena sudah telah "
        "của và các những được cho người không là có một này với trong theo đã sẽ để tại từ phải cũng về khi "
        "os de e entre dos das uma com não em pela pelo pelos nas ao aos à às que foi são está estão também mais"
    ).split()
    for form in (word, word.capitalize()))
# A word in lower case with a letter that only Vietnamese writes ("dây", "miễn"): a name has a capital
# ("Nguyễn Thị Lan"), and a word of Vietnamese beside English is a gloss's.
_VIETNAMESE_LETTERS = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_VIETNAMESE_WORD = regex.compile(rf"(?<!\p{{L}})\p{{Ll}}*[{_VIETNAMESE_LETTERS}]\p{{Ll}}*(?!\p{{L}})")
# English's commonest words, none of them another language's function word ("a" is Portuguese's too).
_COMMON_ENGLISH_WORD = re.compile(r" (?:the|of|and|to|in|for|is|on|with) ")
# A line of this many Latin words or more is looked at for them, and sent to the language model when
# it holds this many of them.
OTHER_LANGUAGE_MIN_WORDS = 4
OTHER_LANGUAGE_MIN_MARKERS = 2
# A headline in title case has this many words, one of them a function word that names of
# bodies do without ("Ministry of Ecology and Environment of the People's Republic of China").
TITLE_MIN_WORDS = 5
_TITLE_FUNCTION_WORDS = ENGLISH_FUNCTION_WORDS - {"of", "and", "the"}
# A title and its subtitle after a colon, in title case ("Threads of Memory: Atayal Weavers Revive ...").
_TITLE_AND_SUBTITLE = regex.compile(r"\W*\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|the|\p{Lu}[\p{L}'’-]*)){0,5}:\s+\p{Lu}\p{Ll}+"
                                    r"(?:\s+\p{Lu}[\p{L}'’-]*){2}")
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
# Words after a cut that may be furniture glued on after it, looked at again once the cut is made.
TRAILING_WORDS_MAX = 3
# An English phrase this short, in lower case, beside its Chinese gloss is a vocabulary note.
GLOSSED_PHRASE_MAX_WORDS = 4
# ... and this long with a dictionary's placeholder for a person or a thing ("sb.", "sth.", "one's"), or the
# Chinese one's ("……", "某人", "某事").
GLOSSED_IDIOM_MAX_WORDS = 8
_PLACEHOLDER = regex.compile(r"\b(?:sb|sth|smb|smth)\b\.?|\bone['’]s\b|……|某人|某事|某物")
# A line this short that only names something ("The Standard", "Ministry of
# Environment") is a masthead or menu item when dropped lines surround it.
NAME_LINE_MAX_WORDS = 4
# Above the headline, a row of names this long is a masthead or menu ("Menu Search Subscribe Sign in").
MASTHEAD_MAX_WORDS = 6

# A sentence that ends inside the line, a caption's credit after it:
# "... on Sunday. (Island Ledger photo)", "... on Wednesday. REUTERS/Lin", "... March 9, 2026. /CFP)".
# (The abbreviations are looked behind from the stop, which few letters stand before.)
# (A caption's credit may follow the sentence after a slash or a dash: "... Yuyuan Road. —Ti Gong".)
# ... or its score after it, a review's verdict ("Predictable, but the fight alone is worth the hour. 3.5/5").
_SENTENCE_INSIDE = regex.compile(rf"[\p{{Ll}}\p{{N}}][.!?](?<!{ABBREVIATIONS}.)[\"”’')\]]*\s+"
                                 rf"(?:(?:/|[—–]\s?)?[(\[\p{{Lu}}]|\d(?:\.\d)?\s?/\s?(?:5|10)\W*$|[★☆])")
# The number of a list item ("1. Taipei MRT to run ...") ends no sentence: it is searched for after it.
LIST_NUMBER = regex.compile(r"\W*\d{0,3}")
_NUMBERED = regex.compile(r"^\W*\d{1,2}(\s|[.)、]\s*)\D")
# A term's English in round brackets after it, and what closes the sentence after that.
_ENGLISH_GLOSS = regex.compile(r"\s*\((?=[^()]*\p{Latin})[^()\p{Han}]{1,60}\)")
_ENGLISH_GLOSS_CLOSING = regex.compile(_ENGLISH_GLOSS.pattern + r"[\"”’')]*[,.;!?]?[\s\"”’')]*")
_TERM_CLOSE = regex.compile(r"[\"”’')]*[,.;!?][\s\"”’')]*")
# A quiz question, and the lettered option that starts a line under it ("A. Because ...", "(B) Shy").
_QUESTION = regex.compile(r"\?[\s\"”’')]*$", regex.REVERSE)
# A line of dialogue: a name of up to three capitalised words, a colon, what is said.
# (A media label is no speaker: "Video: Skiing booms in Altay" links to another story.)
_SPEAKER = regex.compile(r"(?!(?:Videos?|Photos?|Gallery|Audio|Podcast|Watch|Listen)\s*:)"
                         r"(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})\s*:\s*\S")
_WORDLESS = regex.compile(r"[\W_]*")
SENTENCE_MARK = regex.compile(r"[.!?…]")
# An English possessive ("Hong Kong’s"), or a past participle ("reported"), which headlines with
# no function word still have, and which neither pinyin nor the other languages of these pages write.
_POSSESSIVE_OR_PARTICIPLE = regex.compile(r"\p{L}['’]s\b|\b\p{Ll}{3,}ed\b")
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
# Icons and their counters after a sentence's end, with no letter ("! ❤️ 86 💬 24"), or with a brand's name or two
# ("... investigation. 🛵 foodpanda 新客首單享85折").
_AFTER_SENTENCE = regex.compile(r"[.!?…][\"”’')\]]*((?:\s\P{L}*)?[\p{So}\p{Sm}]\P{L}*(?:\p{Latin}[\p{Latin}\d&'.-]*\P{L}*){0,2})$")
# ... or after any line's last word, spaced off it ("Hosted by Old Taipei Walks ❤ 236 人有興趣").
_ICONS_AFTER_WORD = regex.compile(r"\s(\p{So}\P{L}*)$")
# A space before a run, with or without a button's mark ("+", "▶") or the digits written onto it ("2026年").
_SPACE_OR_MARK = regex.compile(r"\s+(?:[\p{So}\p{Sm}]\s*|\d{1,4})?")
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
# A hashtag's chip set inside a sentence ("... to run #空污 gas-fired units"); a hashtag that the sentence
# names is its own ("the hashtag #躺平", "trended as #上影节抢票#", a Weibo topic closed by its mark).
_HASHTAG_CHIP = regex.compile(r"(?<!\b(?:hashtags?|tags?|topics?|as|under)\s)#$", regex.IGNORECASE)
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
    r"interview(?:ed|s)? (?:conducted )?by|as told to|story by|produced by|text(?: and photos?)? by|words by|"
    # a programme's guests and hosts ("Guests: Chen Pei-ju (陳佩如), registered nurse; ...", "Hosted by ...")
    r"guests?|hosts?|hosted by|"
    # a fashion shoot's ("Styling: Cheuk Wing-sze / Hair and makeup: Jojo Lam / Model: Irene So")
    r"styling|styled by|stylist|hair and make-?up|make-?up|art direction|creative direction|"
    # ... its model, among the shoot's other credits ("Model: Amy Chou; hair and make-up: Celine Ho")
    r"models?(?=\s?:[^;|/]{1,40}[;|/][^;|/]{1,40}:)|"
    # a news service's source of a story ("Provided by Chinese Academy of Sciences"), a summary's writer
    r"provided by|summary by|summari[sz]ed by|"
    # a statement's signers ("Signatories: Taiwan Migrant Workers Support Network; ...", "Endorsed by ...")
    r"signatories|signatory organi[sz]ations|(?:co-)?signed by|endorsed by|jointly (?:issued|signed) by|"
    # a chart's or a table's source, under its label ("Data: Immigration Department", "Graphic: Taipei Times")
    r"(?:data|graphics?|charts?)(?=\s?:)|"
    # a video's makers, names only ("Video: Zhang Ruoxi, Hu Bin"): a video's title is no credit ("Video: Typhoon hits")
    r"(?:videos?|camera|videography)(?=\s?:\s*(?:\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}(?:\s*(?:,|and)\s*|\W*$))+$)|"
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
DATE_IN_WORDS = regex.compile(
    r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?)\b\.?,?\s*\d(?!\d?\s*[-–]\s*\d)|\d\s+(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|"
    r"may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b",
    regex.IGNORECASE)
DATE_LINE_MAX_WORDS = 6
# A match's score, in a line of results.
SCORE = regex.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")
# A street's or an opening time's word, in a listing's line ("Lok Yuen: 8 Nelson Street, Mong Kok; noon-11pm daily"),
# or a player's figures, in a box score's ("Liaoning: Zhao Jiwei 24 pts, 9 ast; Fu Hao 18 pts, 11 reb"), or a price,
# in a list's item ("1. Golden Horse Bonanza — NT$2,000 per card, top prize NT$20 million").
_LISTING_OR_STATS = regex.compile(r"\b(?:Street|Road|Avenue|Lane|Boulevard|St|Rd|Ave)\b|\d\s?[ap]\.?m\b|\bnoon\b"
                                  r"|\d\s?(?:pts|reb|ast|stl|blk|rbi|hr|ip|so)\b|\$\s?\d")
# (A DOI's or an address's digits are no telephone number: "10.1038/s41477-026-01987-2".)
CONTACT_DETAIL = regex.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+|(?<![\w./-])\+?\d[\d ()-]{6,}\d")
# A phone number in international form alone on a line, which no date or counter looks like.
_PHONE_NUMBER = regex.compile(r"\s*\+\d[\d ()-]{6,}\d\s*")
# The rule under a markdown table's column headings ("| --- | ---: | :---: |").
TABLE_RULE = regex.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")
# A court case's name: the parties, capitalised, either side of "v" ("HKSAR v Leung Ka-wai", "Chan Tai-man v
# Secretary for Justice").
_CASE_NAME = regex.compile(r"(?:\p{Lu}[\p{L}.'’&-]*\s+){1,5}v\.?(?:\s+\p{Lu}[\p{L}.'’&-]*|\s+(?:for|of|and)){1,6}"
                           r"(?:\s*\(\p{Han}{1,6}\))?")  # a party's name glossed in Chinese ("HKSAR v LAM Ka-chun (林嘉俊)")
# A byline's name ("By Kelly Ho", "Frank Chen in Shanghai", "By Hans Tse 10 March 2026"), and what a staff
# writer's bio says after it.
PERSONS_NAME = r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}"
# A note on an op-ed's author, which some sites print with no full stop ("Dr Winnie Tam Suk-yin is a senior
# lecturer in social work at Hong Kong Baptist University"); a staff journalist's bio is dropped before.
AUTHOR_IS = rf"\W*(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Miss)\.?\s+)?{PERSONS_NAME}\s+(?:is|was|has been)\s+(?:a|an|the)\s+"
# ... as one sentence, however short ("Kelly Ng is a Hong Kong-based writer."), of a person, not of the site
# ("Harbour Herald is an independent news site.").
_AUTHOR_NOTE_SENTENCE = regex.compile(rf"(?!.*\b(?:site|website|platform|newspaper|outlet|publication|magazine|channel"
                                      rf"|non-?profit|organi[sz]ation|company|service)\b){AUTHOR_IS}\S+(?:\s+\S+)+?[.!]\s*")
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
PAPER_IDENTIFIER = regex.compile(r"\W*(?:doi|pmid|pmcid|arxiv)\s*:?\s*[\d(]|\W*(?:doi|arxiv)\s*:\s*\S",
                                  regex.IGNORECASE)
# A news service's note of the paper a story reports ("More information: Han Yuting et al, ..., Nature Cities (2026).
# DOI: 10.1038/s44284-026-00417-2").
_CITATION = regex.compile(r"\W*more information\s*:.*\bdoi\s*:?\s*10\.\d", regex.IGNORECASE)
# A table flattened into lines of cells between bars, as the language check sees it: at least this many
# cells a row; and rows in a run of them that the context pass finds a table (see _table_cells).
TABLE_MIN_CELLS = 3
DIGIT = regex.compile(r"\d")
# Between two cells of a table's row flattened onto a line: a tab, a bar (spaced or not), or a run of spaces.
_CELL_BREAK = regex.compile(r"\t|\|| {3,}")
LATIN_LETTER = regex.compile(r"\p{Latin}")
# A Hong Kong share's class, written onto the company's Chinese name in a quote ("小米集團-W", "美團-SW").
_SHARE_CLASS = regex.compile(r"(?<=\p{Han})-[A-Z]{1,2}\b")
_DOMAIN_NAME = regex.compile(r"\b(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:com|net|org|cn|tw|hk|mo|gov|edu)\b(?:\.[a-z]{2}\b)?")
# The practical details that close a review or a guide, under a label of their own.
PRACTICAL_DETAIL = regex.compile(
    r"\W{0,3}(address|getting there|how to get there|opening hours|hours|open|admission|tickets?|how much|"
    r"(?:average )?(?:prices?|costs?|spend|meal)(?: per [\w ]{1,15}| as (?:reviewed|tested))?|on the net|details|check-?in|check-?out|"
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
    r"|\W{0,3}(?:tickets?|admission|entry|entrance)\s+(?:are|is|costs?|priced at|starts? at|range from)\s+\S"
    # a listing's details by their icons, with a number ("📍 G/F, 188 Fuk Wing Street", "💰 NT$80", "🕒 11am-9pm");
    # a map's link is none ("📍 Google"), nor is an agent's telephone ("📞 0912-345-678")
    r"|\s*(?:📍|🗺|🕒|🕘|⏰|💰|💲|🎫|🎟)\ufe0f?\s*(?=.*\d)\S",
    regex.IGNORECASE)
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
# ... or a mark that opens what the Chinese is: a cashtag's dollar sign ("... analysts. $星河互娱(09688)$"), a
# forwarded post's "//@" ("... this year.//@投资者小王:...").
_MARK_ON_CHINESE = regex.compile(r"(?:(?<=\s)\$|//@)$")
# One bracketed stretch, and nothing else.
# A Chinese term in round brackets after the English word it glosses ("lottery (統一發票抽獎)").
# (A note on the article itself, "(本文由天下雜誌授權轉載)", "this article is reprinted with ...", glosses no word.)
_GLOSS_OF_WORD = regex.compile(r"(?<=[\p{Latin}\d]\s?)\((?!本文)\p{Han}{2,12}\)")
# A rule's phrase this long, all that is in the brackets, glosses no word.
PROMPT_IN_BRACKETS_MIN_CHARS = 3
_BRACKETED_ONLY = regex.compile(r"\s*\([^()]*\)[.!?;,]?\s*")
# A quotation that opens a line, to its closing quote.
_OPENING_QUOTATION = regex.compile(r"[\"“][^\"“”]+[\"”]")
# A Chinese sentence's words for who says what follows ("他补充说:", "市長表示：").
_CHINESE_SAYS = regex.compile(r"(?:說|说|表示|指出|寫道|写道|稱|称|強調|强调)\s*[:：]\s*$")
# A byline whose name the Chinese after it writes in characters, one to a syllable.
_HAN_NAME = regex.compile(r"\s*(\p{Han}{2,4})\s*")
# A body's or a company's name in English, then the same name in Chinese, alone at the end of the line: each
# names its kind ("EVERSUN NEW ENERGY HOLDINGS LIMITED 恒日新能源控股有限公司", "School of Chinese Medicine, HKU
# 香港大學中醫藥學院", "Faculty of Medicine 醫學院"). A site's masthead ("AASTOCKS.com 阿思達克財經網") names no kind.
NAMED_KIND = regex.compile(
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
_REPORTER_WORD = regex.compile(r"記者|记者|編輯|编辑|報導|报道|攝|摄|撰|譯|译|整理|綜合|综合|追蹤|追踪|關注|关注|發布|发布|發佈|發表|发表")
# Why Chinese before the English part of a line is cut.
CHINESE_BEFORE = "script: Chinese glued before the English"
CHINESE_AFTER = "script: Chinese glued after the English"
NO_WORDS = "no words"
# The end of a body's Chinese name: a ministry, an agency, a bureau, a council, a university,
# a museum, a government, a company, a newspaper or a news agency.
_BODYS_NAME = regex.compile(r"(?:部|署|局|處|处|院|會|会|館|馆|中心|大學|大学|政府|公司|銀行|银行|協會|协会|報|报|社)\W*$")
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
                or _SENTENCE_INSIDE.search(output, LIST_NUMBER.match(output).end()) is not None
                # A paragraph or a sentence that ends in a web address ("... are listed on the council's Web site
                # at https://...", "For more information, please visit: ir.qilinauto.com").
                or (_ENDS_IN_WEB_ADDRESS.search(output) is not None
                    and (self.words >= BODY_MIN_WORDS or has_function_words(output))))

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
            self.words <= DATE_LINE_MAX_WORDS and (DATE_IN_WORDS.search(self.output) is not None
                                                   or PAPER_IDENTIFIER.match(self.output) is not None))

    @once_property
    def has_credit_words(self) -> bool:
        """A credit by its words ("By Winnie Ho", "Photo: CNA"), not a long row of section
        names that ends in one ("CHINA SOURCE OPINION WORLD LIFE ARTS SPORT PHOTO"), nor a gallery's
        headline under its label ("Photos: Cheung Chau Bun Festival draws record crowds")."""
        found = _find_credit(self.output)
        if found is None:
            return False
        if found.start() > 0 and self.words > MASTHEAD_MAX_WORDS and has_no_lower_case_word(self.output):
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
        if TABLE_RULE.fullmatch(line):
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
        if len(cuts) > cut_before and is_glossed_phrase(line, script, with_chinese):
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
        # A line with a name's Chinese form beside it is the article's, whose romanised names a model takes for
        # Tagalog ("Lungtan Baking Supply (龍潭烘焙材料) chili oil base, 1kg"): another language's words tell.
        if (other or (script.latin_words >= LANGUAGE_CHECK_MIN_WORDS and not script.has_cjk
                        and not _has_english_words(line)
                        and _is_judged_by_its_words(line) and not CONTACT_DETAIL.search(line)
                        and _LABELLED_ITEM.match(line) is None
                        and not SCORE.search(line) and not _LISTING_OR_STATS.search(line)
                        and _CREDIT_AT_START.match(line) is None)):
            language, probability, english = langid.detect(line)
            # On a few words with none of either language's function words the model's first guess is
            # shaky ("Foldable phone maker Lumora unveils lighter flagship, targets iPhone users": Norwegian
            # 0.57, English 0.43); English close behind it is English, on pages written in English.
            if language != "en" and (other or (english < ENGLISH_RUNNER_UP_MIN_PROBABILITY
                                               and language in LANGUAGES_BELIEVED_ON_NO_FUNCTION_WORDS)):
                evidence = f"words of another language: {', '.join(other)}" if other else "no English function words"
                return dropped(f"language: {language} (p={probability:.2f}), {evidence}")
    if cuts:
        return LineAnalysis(text, EDITED, "; ".join(reason for _, reason in cuts), line, tuple(cuts),
                            script.latin_words, rule_kept=own)
    return LineAnalysis(text, KEPT, f"English ({script.describe()})", line, words=script.latin_words,
                        rule_kept=own)


# With no function words of any language to go on, the model's guess is believed only for the languages that
# these pages print beside English: the region's (Tagalog; Indonesian, as it calls Malay too; Vietnamese;
# Portuguese) and Europe's main ones. On a headline of English it guesses Norwegian, Italian or Catalan
# ("Lumo Buds 3 review: strong noise cancelling, so-so call quality": Italian, 1.00).
LANGUAGES_BELIEVED_ON_NO_FUNCTION_WORDS = frozenset({"tl", "id", "vi", "pt", "fr", "es", "de"})
# English this likely, second to another language, keeps a line of Latin words with no function words:
# about two of langdetect's seven trials. A line of another language gets none.
ENGLISH_RUNNER_UP_MIN_PROBABILITY = 0.25
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
           and has_no_lower_case_word(line[parts[at - 1].start:parts[at - 1].end])):
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
    outside = outside_spans(line, spans)
    if profile(outside).latin_words < SENTENCE_MIN_WORDS or not _has_content_word(outside):
        return hits
    return rules.scan(line, skip=spans)


def outside_spans(line: str, spans: list[tuple[int, int]]) -> str:
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
            or not has_function_words(text)):
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
    start = drop.start if LATIN_LETTER.search(between) and has_cjk(between) else end
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
        if profile(article).latin_words < GLUED_SENTENCE_MIN_WORDS or not has_function_words(article):
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
    if not LATIN_LETTER.search(_SHARE_CLASS.sub("", line[:drop.end])):
        start = english_text_start(line, drop.end)
        if (start is not None and not LATIN_LETTER.search(line, drop.end, start)
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
                            withheld=line if "|" in line or DIGIT.search(line) or COLUMN_GAP.search(line) else "")
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
    if (line[next_end:].strip() or len(LATIN_WORD.findall(gap)) > BRIDGED_MAX_WORDS or SENTENCE_MARK.search(gap)
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
    E-Bike Plant in Hungary", "Threads of Memory: Atayal Weavers Revive Ancestral Patterns"), not a row
    of names or codes beside the Chinese.

    "APP iOS Android", "MLB NBA" and the English half of a bilingual masthead,
    "環境部 Ministry of Environment", have no lower-case word but function words, and a site's
    address has no words at all ("中国网 china.org.cn").
    """
    text = _DOMAIN_NAME.sub(" ", line)
    words = [word.lower() for word in LATIN_WORD.findall(text)]
    return (_has_content_word(text) or not _CREDIT_WORDS.isdisjoint(words)
            or (len(words) >= TITLE_MIN_WORDS and (not _TITLE_FUNCTION_WORDS.isdisjoint(words)
                                                  or _TITLE_AND_SUBTITLE.match(text) is not None))
            or (line.startswith("(") and _find_credit(line) is not None)  # "(Agencies)", not a masthead's "CNA"
            or (len(words) > 1 and _NUMBERED.match(line) is not None)  # a list's item: "5. Tamsui Fisherman's Wharf"
            or PRACTICAL_DETAIL.match(line) is not None  # a guide's detail: "Address: 11 Gage Street, Central"
            or _BULLETED_FIGURE.match(line) is not None)  # a fact box's item: "■ Units: 138"


# The bullets of a list's items, before a space (the hyphen last: in a character class it is one); a fact
# box's marks too, before its item or glued on.
LIST_BULLETS = "•▪●◦‣*–-"
_FACT_MARKS = "■□○◆◇▶►✅✔" + LIST_BULLETS
# An item of a list of facts: its bullet, its label and its figure.
_BULLETED_FIGURE = regex.compile(rf"\s*[{_FACT_MARKS}]\ufe0f?\s*\p{{L}}[\p{{L}} ]{{0,24}}:\s*\S{{0,4}}\d")


# A list's item by its bullet and its label, which a model cannot tell the language of on no function words
# ("• Vaccine: nine-valent HPV vaccine, two doses given six months apart": French).
_LABELLED_ITEM = regex.compile(rf"\s*[{LIST_BULLETS}]\s+\p{{Lu}}[\p{{L}} ]{{0,24}}:\s")


def _is_bodys_english_name(line: str, script: ScriptProfile, cuts: list[tuple[str, str]]) -> bool:
    """The English half of a bilingual masthead, a name after the Chinese name of a body
    ("衛生福利部疾病管制署 Taiwan Centers for Disease Control", "臺北市政府 Taipei City Government")."""
    return (bool(cuts) and cuts[0][1] == CHINESE_BEFORE and script.latin_words <= NAME_ROW_MAX_WORDS
            and _BODYS_NAME.search(cuts[0][0]) is not None and not _has_content_word(line))


def _is_reporters_name(script: ScriptProfile, cuts: list[tuple[str, str]]) -> bool:
    """A name that the Chinese cut after it calls a reporter ("Tang Yiwen 上海日报记者"): a byline."""
    return (script.latin_words <= NAME_LINE_MAX_WORDS and bool(cuts)
            and _REPORTER_TITLE.search(cuts[-1][0]) is not None)


def is_glossed_phrase(line: str, script: ScriptProfile, glossed: str | None = None) -> bool:
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
        # But the label's bracket and colon are the label's ("先放原文 (BBC):Hundreds more UK employers ...").
        bracket = _BRACKET_BEFORE_COLON.match(line, parts[head - 1].end)
        if bracket is not None and bracket.end() < len(line):
            english_start = bracket.end()
        spans.append((0, english_start, CHINESE_BEFORE))
    if tail < len(parts):
        # A number written onto the Chinese is the Chinese's ("... designer. 27岁的设计师", a range: "... first
        # two months 1-2月全国339个城市 ..."), and so
        # are icons and counters between the last sentence or word and it ("... reading! ❤️ 86 💬 24 收藏").
        chinese_start = parts[tail].start
        number = _NUMBER_ON_CHINESE.search(line, 0, chinese_start) or _MARK_ON_CHINESE.search(line, 0, chinese_start)
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
    went, or it said who is quoted: the English is what a Chinese report quotes."""
    reasons = {reason for _, reason in cuts}
    quoted = _OPENING_QUOTATION.match(line) if CHINESE_BEFORE in reasons else None
    if quoted is None:
        return False
    rest = line[quoted.end():]
    # (The gloss of the speaker's name is the English sentence's: "..." said union director Lu Chiao-chun (盧巧君).)
    return has_cjk(_GLOSS_OF_WORD.sub("", rest)) or (_WORDLESS.fullmatch(rest) is not None and (
        CHINESE_AFTER in reasons
        # ... or the Chinese before says who said it ("他还用英文补充说:“We are still supply constrained.”").
        or any(reason == CHINESE_BEFORE and _CHINESE_SAYS.search(text) for text, reason in cuts)))


def _is_label_of_chinese_value(line: str, cuts: list[tuple[str, str]]) -> bool:
    """All the cut of Chinese left is a short label, whose colon went with its value in Chinese
    ("Photo: 翻攝自IU IG" left "Photo")."""
    return (len(cuts) == 1 and cuts[0][1] == CHINESE_AFTER and (cuts[0][0].startswith(":") or line.endswith(":"))
            and len(LATIN_WORD.findall(line)) <= LABEL_MAX_WORDS and not SENTENCE_MARK.search(line))


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
    place they name (see ``NAMED_KIND``)."""
    chinese = _CHINESE_FORM_AT_END.search(line)
    return chinese is not None and NAMED_KIND.search(line, 0, chinese.start()) is not None


def _is_detail_named_in_both_scripts(line: str) -> bool:
    """A detail's label, then a name in Chinese and in English, both ending in the kind of body
    or place they name ("Venue: 综合体育馆 (Comprehensive Gymnasium)")."""
    labelled = _LABEL_THEN_CHINESE_FORM.match(line)
    return labelled is not None and NAMED_KIND.search(line.rstrip(" )"), labelled.end()) is not None


def _is_romanised_names_chinese_form(line: str, run: Run) -> bool:
    """The run is a person's name in Chinese, a character for each syllable of the romanised name
    right before it ("No. 1 Hsieh Kuo-liang 謝國樑 (KMT)", "Chan Yung 陳勇 – 1,362 votes"); a word with
    Latin letters written onto it is a prompt's ("... by Chang Wen-chuan 更多NOWnews今日新聞報導")."""
    name = _HAN_NAME.fullmatch(line, run.start, run.end)
    return (name is not None and not _REPORTER_WORD.search(name.group(1))
            and not LATIN_LETTER.match(line, run.end)
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
    if code is None or SENTENCE_MARK.search(line):
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
    ..."), or one after a bar, or a hashtag's chip. An acronym written onto its end ("APP") goes with it."""
    spans = []
    for index in range(1, len(parts) - 1):
        run = parts[index]
        if (run.kind != "cjk" or parts[index - 1].kind != "latin" or parts[index + 1].kind != "latin"
                or _is_glossed_term(line, run)):
            continue
        link = _LINK_ARROWS.match(line, run.end)
        app_before = _APP_BEFORE.search(line, 0, run.start)
        hashtag = _HASHTAG_CHIP.search(line, 0, run.start) if not line.startswith("#", run.end) else None
        # Icons between the sentence before and the run are the run's ("... said.▶ 收聽完整報導").
        icons = _AFTER_SENTENCE.search(line, 0, run.start)
        if (run.end - run.start > TERM_IN_SENTENCE_MAX_CHARS or link is not None
                or app_before is not None or _between_sentences(line, run, parts[index + 1], icons is not None)
                or _has_bar_before(line, run) or hashtag is not None):
            end = link.end() if link is not None else run.end
            acronym_after = _GLUED_ACRONYM.match(line, end)
            start = (app_before.start() if app_before is not None else hashtag.start() if hashtag is not None
                     else icons.start(1) if icons is not None else run.start)
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


def _between_sentences(line: str, run: Run, following: Run, after_icons: bool) -> bool:
    """``run`` stands after the end of one sentence, or after icons there (``after_icons``: "... Wu
    said.▶ 精彩好球看這裡"The crowd ..."), and the next starts with a capital after it."""
    return line[following.start].isupper() and (after_icons or SENTENCE_END.search(line, 0, run.start) is not None)


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
        elif run.weight >= BODY_MIN_WORDS and has_function_words(line[run.start:run.end]):
            break
        elif (step < 0 and index > 0 and line[run.start].islower() and has_function_words(line[run.start:run.end])
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
    or without a button's mark ("... | Harbor Lights (港都微光) +加入行事曆") or the digits written onto it
    ("... Chan Kar Mun (陈嘉雯) 2026年1月6日 下午4:15")."""
    neighbour = parts[index + step]
    if neighbour.kind == "latin":
        return True
    if step > 0 or neighbour.kind != "gloss":
        return False
    between = line[neighbour.end:parts[index].start]
    return (SENTENCE_MARK.search(between) is not None
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


# A label's bracket, a name in it, then its colon or bar and a capital ("先放原文 (BBC):Hundreds ..."); a glossary's
# term has its romanisation and its meaning ("躺平 (tang ping): lying flat").
_BRACKET_BEFORE_COLON = regex.compile(r"\s*\((?=\p{Lu})[^()]{1,30}\)\s*[:|｜]\s*(?=\p{Lu})")


def _is_leading_term(line: str, run: Run, following: Run) -> bool:
    """A Chinese word opening an English sentence ("母湯 is slang for ..."), not a label; or, in
    round brackets, the gloss of the name that a hard wrap left at the end of the line before
    ("(衛生福利部) said it would review the proposals ...")."""
    between = line[run.end:following.start]
    first_letter = line[following.start]
    opening = line[:run.start].rstrip()
    gloss = opening == "(" and between.strip() == ")" and first_letter.islower()
    bracketed = between.strip().startswith("(")
    # A word in square brackets is a label ("[懶人包]date 2026-07-28 Pedestrians ..."), and so is a word with
    # its bracket before a colon ("先放原文 (BBC):Hundreds more UK employers ...").
    return (run.end - run.start <= (TERM_IN_SENTENCE_MAX_CHARS if gloss else TERM_MAX_CHARS)
            and not _STRUCTURE.search(line[:following.start]) and not opening.endswith(("[", "【"))
            and (first_letter.islower() or bracketed)
            and not (bracketed and _BRACKET_BEFORE_COLON.match(line, run.end) is not None))


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
            and LATIN_LETTER.search(line, opened, run.start) is not None)


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
    # the run is a caption's translation ("... Photo: Sam Tsang 深水埗一個劏房單位."), and after the
    # sentence's end, in a bracket of its own, the sentence's ("Q: Why a night market? (問:為什麼是夜市?)").
    words = LATIN_WORD.findall(line, previous.start, previous.end)
    return (not SENTENCE_END.search(line[:run.start].rstrip("".join(_OPENERS) + " "))
            and _TERM_CLOSE.fullmatch(after) is not None
            and bool(words) and words[-1].islower())


def has_function_words(line: str) -> bool:
    return not ENGLISH_FUNCTION_WORDS.isdisjoint(line.lower().split())


def _other_languages_words(line: str) -> list[str]:
    """The function words of another language in the line, when they are as many as its English
    ones, and enough for a language model to be asked ("at", "an" and "to" are Tagalog's and
    Vietnamese's too); else none."""
    if _COMMON_ENGLISH_WORD.search(line):  # most English lines: one search, no split
        return []
    words = line.split()
    vietnamese = _VIETNAMESE_WORD.findall(line) if not line.isascii() else []
    if not vietnamese and _OTHER_LANGUAGES_MARKERS.isdisjoint(words):  # nearly every other line: one pass
        return []
    lowered = [word.lower() for word in words]
    other = sorted(_OTHER_LANGUAGES_MARKERS.intersection(lowered).union(vietnamese))
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


# Between the columns of a table lined up by spaces: a tab, or more than one space.
COLUMN_GAP = regex.compile(r"\s*\t\s*|\s{2,}")


def has_no_lower_case_word(line: str) -> bool:
    """No word in lower case, not even a function word ("e-Paper" has a capital): a row of
    menu items, or of names, whose language no model can tell."""
    return not any(word.islower() for word in latin_word_pattern(line).findall(line))
