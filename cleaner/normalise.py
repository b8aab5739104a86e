"""Full-width forms and CJK punctuation to ASCII; invisible characters out.

Text scraped from Chinese-language sites writes English with full-width forms
("ＮＴ＄１．２ billion", "Times（sister paper）") and CJK punctuation
("limited。"). This stage maps exactly those characters to their ASCII
counterparts, turns no-break and ideographic spaces into plain spaces,
deletes zero-width characters, stray BOMs, soft hyphens and control
characters (NUL and the rest of C0 but tab and line ends; DEL), and replaces
lone surrogates, which no UTF-8 output can hold, with U+FFFD. Nothing else
changes: this is deliberately not NFKC, so ™, ½, ligatures, accents,
combining marks, curly quotes, dashes, 《》 and Chinese text all survive.

The one contextual rule is spacing around converted brackets, so that
"Times（sister paper）said" reads "Times (sister paper) said".
"""

import re

NORMALISE_TABLE: dict[int, str | None] = str.maketrans(
    {
        # Full-width ASCII: U+FF01 ！ .. U+FF5E ～ map onto U+0021 .. U+007E.
        **{chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)},
        "\uff5f": "(",  # ｟ full-width white parentheses
        "\uff60": ")",  # ｠
        "\u3000": " ",  # ideographic space
        "\u3001": ",",  # 、
        "\u3002": ".",  # 。
        "\u300c": '"',  # 「
        "\u300d": '"',  # 」
        "\u300e": '"',  # 『
        "\u300f": '"',  # 』
        "\u3010": "[",  # 【
        "\u3011": "]",  # 】
        "\u3014": "[",  # 〔
        "\u3015": "]",  # 〕
        "\uff61": ".",  # ｡ half-width CJK punctuation
        "\uff62": '"',  # ｢
        "\uff63": '"',  # ｣
        "\uff64": ",",  # ､
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space
        "\u2007": " ",  # figure space
        "\u200b": None,  # zero width space
        "\u200c": None,  # zero width non-joiner
        "\u200d": None,  # zero width joiner
        "\u2060": None,  # word joiner
        "\u2061": None,  # function application
        "\u2062": None,  # invisible times
        "\u2063": None,  # invisible separator
        "\u2064": None,  # invisible plus
        "\ufeff": None,  # BOM / zero width no-break space
        "\u00ad": None,  # soft hyphen
        # Controls are never article text, and NUL breaks C strings and
        # databases downstream; vertical tab and form feed separate words.
        **{chr(cp): None for cp in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F]},
        "\u000b": " ",
        "\u000c": " ",
        # Lone surrogates (from surrogateescape decoding, or "unicode_escape")
        # would make the output invalid UTF-8: mark the spot as decoding does.
        **{chr(cp): "\ufffd" for cp in range(0xD800, 0xE000)},
    }
)

# Matches any character `normalise` would still change; finds nothing in its
# output.
RESIDUE = re.compile("[" + "".join(map(chr, sorted(NORMALISE_TABLE))) + "]")

# str.translate with a dict raises and swallows a KeyError for every character
# it does not map, which makes it ~20 Mchar/s on CJK text. Indexing a list is
# 2-3x faster; characters past its end raise IndexError, a LookupError, which
# translate documents as "leave unchanged".
_DENSE_TABLE = [NORMALISE_TABLE.get(cp, cp) for cp in range(max(NORMALISE_TABLE) + 1)]
# Fewer than one character in this many to change, and they are replaced one by one.
_SPARSE_RESIDUE = 40
_REPLACEMENTS = {chr(cp): value or "" for cp, value in NORMALISE_TABLE.items()}


def _replacement(found: re.Match) -> str:
    return _REPLACEMENTS[found[0]]

# The deletions that can never be part of mojibake (the soft hyphen can: "í"
# misread is "Ã\u00ad"). They go before mojibake repair too, or deleting one
# afterwards could join the halves of a misread character that repair had
# already passed over, and cleaning the output again would change it.
_INVISIBLE = re.compile("[" + "".join(chr(cp) for cp, value in sorted(NORMALISE_TABLE.items())
                                      if value is None and cp != 0xAD) + "]")

_OPENING_BRACKETS = "\uff08\uff3b\uff5b\uff5f\u3010\u3014"  # （［｛｟【〔
_CLOSING_BRACKETS = "\uff09\uff3d\uff5d\uff60\u3011\u3015"  # ）］｝｠】〕
_BRACKETS = _OPENING_BRACKETS + _CLOSING_BRACKETS
# Closing punctuation after which an opening bracket gets a space:
# ASCII and converted closers, plus 」』｣〉》.
_CLOSERS = re.escape(")]}" + _CLOSING_BRACKETS + "\u300d\u300f\uff63\u3009\u300b")

# A full-width closing bracket touching a letter or digit ([^\W_]: a letter
# or digit in any script), and a full-width opening bracket touched by a
# letter, digit or closing punctuation. Each pattern starts with the bracket,
# which the regex engine scans for cheaply; zero-width patterns starting with
# the lookbehind were several times slower.
_CLOSE_THEN_WORD = re.compile(f"[{_CLOSING_BRACKETS}](?=[^\\W_])")
_WORD_THEN_OPEN = re.compile(
    f"[{_OPENING_BRACKETS}](?:(?<=[^\\W_].)|(?<=[{_CLOSERS}].))"
)


# The only characters of ASCII that normalisation changes (the controls).
_ASCII_CONTROLS = re.compile("[" + "".join(chr(cp) for cp in sorted(NORMALISE_TABLE) if cp < 128) + "]")


def is_plain_ascii(text: str) -> bool:
    """True for ASCII without control characters (tab and line ends aside): text that
    neither mojibake repair nor normalisation changes."""
    # isprintable() is the quick answer: it is False for a tab too, and then the search tells.
    return text.isascii() and (text.isprintable() or _ASCII_CONTROLS.search(text) is None)


def remove_invisibles(text: str) -> str:
    """Delete the zero-width and control characters `normalise` deletes, but the soft hyphen.

    Run before mojibake repair; text with none is returned as is.
    """
    return _INVISIBLE.sub("", text)


def normalise(text: str) -> str:
    """Map full-width forms and CJK punctuation to ASCII, drop invisibles.

    Applies NORMALISE_TABLE, first spacing converted full-width brackets off
    adjacent words. Text with nothing to change is returned as is.
    """
    residue = RESIDUE.findall(text)
    if not residue:
        return text
    if any(bracket in text for bracket in _BRACKETS):
        text = _CLOSE_THEN_WORD.sub(lambda m: m[0] + " ", text)
        text = _WORD_THEN_OPEN.sub(lambda m: " " + m[0], text)
    if len(residue) * _SPARSE_RESIDUE < len(text):
        # A few characters to change in a long text: replacing just them beats
        # translate, which looks up every character.
        return RESIDUE.sub(_replacement, text)
    return text.translate(_DENSE_TABLE)
