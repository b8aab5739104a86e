"""Mojibake repair: UTF-8 that was read as Windows-1252 or Latin-1.

Scrapers often decode UTF-8 pages with the wrong single-byte codec, turning
"it’s" into "itâ€™s" and "首頁" into "é¦–é\\xa0\\x81". ftfy undoes that, but
it is slow (a few MB/s) and also does many unrelated "fixes" (uncurling
quotes, NFC, width folding, HTML unescaping) that would alter legitimate
text. So this stage runs ftfy with only its encoding repairs switched on,
and only on the lines that carry the signature of mojibake; every other
line, and any text without the signature, is returned untouched.
"""

import re
from functools import lru_cache

from .memo import remember

# What a continuation byte 0x80..0xBF turns into when UTF-8 is misread: the
# same code point under Latin-1, or one of the Windows-1252 specials. The
# bytes 0x81 0x8D 0x8F 0x90 0x9D, undefined in cp1252, are already covered by
# the Latin-1 range, hence errors="ignore".
_CONTINUATION = "\u0080-\u00bf" + re.escape(
    bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
)

# A UTF-8 lead byte (0xC2..0xF4) read as Latin-1/cp1252, directly followed by
# a misread continuation byte. Clean Latin text rarely has that pair: "café "
# and "Señor" do not match, though "café—" does (ftfy then leaves it alone).
# A no-break space (C2 A0) misread is "Â\xa0", and "Â " once the scraper made a space of its
# second half: no language ends a word in "Â", so after a word it is that ("MOPÂ 80"); so is "Ã "
# inside a word in lower case, an "à" (C3 A0) so broken ("xiÃ ngzi").
# (One class first, where the search looks for it: an alternation would halve its speed.)
MOJIBAKE_SIGNATURE = re.compile(f"[\u00c2-\u00f4](?:[{_CONTINUATION}]|(?<=\\S\u00c2) |(?<=[a-z]\u00c3) (?=[a-z]))")
_COLLAPSED_NO_BREAK_SPACE = re.compile("\u00c2(?<=\\S\u00c2) ")


@lru_cache(maxsize=1)
def _ftfy_config():
    # ftfy takes a while to import and most pages have no mojibake: imported on first need.
    import ftfy

    return ftfy.TextFixerConfig(
        # The repairs this stage exists for. With explain=False, ftfy 6.3 runs
        # fix_encoding with its default config, ignoring the four options below
        # it; harmless only because those defaults are all on too.
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        # Lone surrogates are never legitimate text.
        fix_surrogates=True,
        # Everything else would change legitimate text: entities may be the
        # article's own content, width folding belongs to cleaner.normalise,
        # curly quotes, ligatures, ™ and ½ must survive, and line breaks are
        # never this stage's business.
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


# ftfy only puts back a no-break space lost to an ASCII space after the lead
# bytes 0xE0..0xE3. A three-byte CJK character whose second or third byte is
# 0xA0 (頁 is E9 A0 81) is left broken when a scraper collapsed U+00A0 to a
# space, so such spaces after the other three-byte leads are offered to ftfy
# as U+00A0 in a second attempt.
_LOST_NBSP = re.compile(
    f"(?<=[\u00e4-\u00ef]) (?=[{_CONTINUATION}])"
    f"|(?<=[\u00e4-\u00ef][{_CONTINUATION}]) "
)
# ... and after the lead of a two-byte "à" (C3 A0) inside a word ("xiÃ ngzi" for "xiàngzi"), which
# ftfy repairs leaving the space: it is offered as U+00A0 from the start.
_LOST_A_GRAVE_BYTE = re.compile("(?<=[a-z]\u00c3) (?=[a-z])")


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 mojibake line by line; text without any is returned as is.

    Only lines matching MOJIBAKE_SIGNATURE are handed to ftfy; newlines and
    all other lines are left exactly as they were.
    """
    return _repair(text, None)


def fix_and_explain(text: str) -> tuple[str, list[tuple[int, str, str]]]:
    """Like `fix_mojibake`, also listing each changed line.

    Returns the fixed text and a list of (line index, line before, line
    after), line indexes counting from 0 over "\\n"-separated lines.
    """
    changes: list[tuple[int, str, str]] = []
    return _repair(text, changes), changes


def _repair(text: str, changes: list[tuple[int, str, str]] | None) -> str:
    if text.isascii():
        return text
    pieces = []
    done = 0  # end of the part of text already copied into pieces
    line_index = 0
    match = MOJIBAKE_SIGNATURE.search(text)
    while match is not None:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        if end < 0:
            end = len(text)
        line = text[start:end]
        fixed = _fix_line(line)
        if fixed != line:
            if changes is not None:
                line_index += text.count("\n", done, start)
                changes.append((line_index, line, fixed))
            pieces.extend((text[done:start], fixed))
            done = end
        match = MOJIBAKE_SIGNATURE.search(text, end)
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


# A mojibake site garbles its furniture the same way on every page, and ftfy is
# slow: repairs of recent lines are remembered.
@remember(maxsize=4096, max_length=2000)
def _fix_line(line: str) -> str:
    line = _COLLAPSED_NO_BREAK_SPACE.sub(" ", line)
    if MOJIBAKE_SIGNATURE.search(line) is None:
        return line
    restored = _LOST_A_GRAVE_BYTE.sub("\u00a0", line)
    if restored != line:
        # Accepted only where every space so restored was repaired: no no-break space is left for one.
        fixed = _repaired_line(restored)
        if fixed.count("\u00a0") <= line.count("\u00a0"):
            return fixed
    return _repaired_line(line)


def _repaired_line(line: str) -> str:
    if _OPENING_QUOTE.search(line):
        restored = _LOST_CLOSING_QUOTE.sub("\u00e2\u20ac\u009d", line)
    else:
        restored = _LOST_QUOTE_CLOSING_SPEECH.sub("\u00e2\u20ac\u009d", line)
    if restored != line:
        # Accepted only where it decodes: no undefined byte may be left in the text.
        fixed = _repaired(restored)
        if "\u009d" not in fixed:
            return _repaired_again(fixed)
    return _repaired_again(_repaired(line))


# Text misread twice is repaired a layer a round ("Ã¢â€žÂ¢" is "â„¢", then "™"): while what is left
# still looks misread, up to this many rounds more.
REPAIR_ROUNDS = 2


def _repaired_again(fixed: str) -> str:
    for _ in range(REPAIR_ROUNDS):
        if MOJIBAKE_SIGNATURE.search(fixed) is None:
            break
        again = _repaired(fixed)
        if again == fixed:
            break
        fixed = again
    return fixed


def _repaired(line: str) -> str:
    wholly = _wholly_misread(line)
    return wholly if wholly is not None else _repaired_by_ftfy(line)


# ” is E2 80 9D, and 0x9D is undefined in Windows-1252: a scraper that drops what it cannot
# decode leaves "â€" where a closing quote was, and one that replaces it leaves "â€\ufffd". In a
# line with an opening quote (“, misread "â€œ"), "â€" after a word or a stop and before no byte
# of its own is that quote; ftfy would read the space after it as a lost no-break space and make a
# dagger of it ("terms,† he said"). So is "â€" between a stop and a space, where speech that
# opened on the line before ends ("were the real highlights,â€ said Zhang"): no dagger stands there.
_LOST_CLOSING_QUOTE = re.compile(f"(?<=\\S)\u00e2\u20ac(?:\ufffd|(?![{_CONTINUATION}]))")
_LOST_QUOTE_CLOSING_SPEECH = re.compile("(?<=[,.!?])\u00e2\u20ac\ufffd?(?=\\s)")
_OPENING_QUOTE = re.compile("\u00e2\u20ac\u0153|\u201c")


def _repaired_by_ftfy(line: str) -> str:
    fixed = _ftfy(line)
    if fixed == line:
        fixed = _replayed(line)
    # A character whose byte A0 the scraper made a space of leaves what ftfy cannot decode (場 is E5 A0 B4).
    residue = len(MOJIBAKE_SIGNATURE.findall(fixed))
    if residue:
        restored = _LOST_NBSP.sub("\u00a0", line)
        if restored != line:
            retry = _ftfy(restored)
            # Accept only if it helped and every space turned back into
            # U+00A0 was consumed by a repaired character, so no no-break
            # space is left where the line had a plain space.
            if (
                len(MOJIBAKE_SIGNATURE.findall(retry)) < residue
                and retry.count("\u00a0") <= fixed.count("\u00a0")
            ):
                return retry
        if _NEVER_MISREAD.search(fixed):
            return _repaired_between(fixed)
    return fixed


# Characters that no misreading of UTF-8 as Windows-1252 or Latin-1 gives: the page's own Chinese.
_NEVER_MISREAD = re.compile("[^\x00-\xff" + re.escape(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")) + "]+")


def _repaired_between(line: str) -> str:
    """``line`` with each stretch between the characters no misreading gives repaired on its own: a line
    that the page's own Chinese interrupts cannot be decoded back whole, and ftfy leaves a misread
    symbol in it ("... costs about Â¥40. 【广告】春季新茶")."""
    pieces = []
    done = 0
    for never in _NEVER_MISREAD.finditer(line):
        pieces += [_repaired_piece(line[done:never.start()]), never.group()]
        done = never.end()
    pieces.append(_repaired_piece(line[done:]))
    return "".join(pieces)


def _repaired_piece(piece: str) -> str:
    if MOJIBAKE_SIGNATURE.search(piece) is None:
        return piece
    fixed = _ftfy(piece)
    return fixed if fixed != piece else _replayed(piece)


# ftfy repairs what looks bad enough, and one garbled letter in a short line ("Há»™i An limits
# lantern boats") does not; but a line that reads as UTF-8 once encoded back into the codec
# it was misread with is mojibake, which clean text almost never does ("The café—the best"
# does not). So ftfy's own plans for the two misreadings are replayed on the whole line.
_MISREADINGS = ([("encode", "sloppy-windows-1252"), ("decode", "utf-8")],
                [("encode", "latin-1"), ("decode", "utf-8")])


# Bytes after which ftfy's repair of a misread line is more than decoding it: the byte it
# makes of U+FFFD (a lossy sequence) and the leads of UTF-8's variants (CESU-8, Java's NUL).
_BYTES_FTFY_TREATS_APART = re.compile(b"[\x1a\xc0\xed]")


def _wholly_misread(line: str) -> str | None:
    """``line`` decoded back from UTF-8 misread as Windows-1252, where that is what ftfy's
    repair gives, or None: the common case, settled without ftfy's search for a plan.

    When the whole line, encoded back, is UTF-8 that decodes into text ftfy finds nothing
    to repair in, ftfy's first step would find this very plan (where Latin-1 can encode the
    line, it gives the same bytes: the only C1 controls Windows-1252's sloppy form encodes
    are its five undefined bytes), and its later steps start from that text; and when ftfy
    would leave the line as it is, the line is replayed by this plan anyway (see
    ``_replayed``). Only ftfy's check of the decoded text is paid for.
    """
    import ftfy.bad_codecs  # noqa: F401 (registers the "sloppy" codecs)

    try:
        data = line.encode("sloppy-windows-1252")
        if _BYTES_FTFY_TREATS_APART.search(data):
            return None
        decoded = data.decode("utf-8")
    except UnicodeError:
        return None
    if MOJIBAKE_SIGNATURE.search(decoded) or _ftfy(decoded) != decoded:
        return None
    return decoded


def _replayed(line: str) -> str:
    """``line`` decoded back from a misreading that it wholly fits, or as it is."""
    import ftfy

    for plan in _MISREADINGS:
        try:
            return ftfy.apply_plan(line, plan)
        except UnicodeError:
            continue
    return line


def _ftfy(line: str) -> str:
    """``ftfy.fix_text`` with this stage's config, without its second pass where that cannot change anything.

    fix_text repeats its steps until the text stops changing, so every
    repaired line is repaired twice. Its encoding repair already repeats
    itself until nothing changes: only when the C1 or surrogate fixes after
    it change the text can another round find more to do.
    """
    import ftfy
    from ftfy import fixes

    config = _ftfy_config()
    if len(line) > config.max_decode_length or "\n" in line:
        return ftfy.fix_text(line, config)  # fix_text works through such text in pieces
    # fix_encoding leaves text that ftfy finds no badness in as it is.
    fixed = ftfy.fix_encoding(line, config) if _looks_bad(line) else line
    if fixes.fix_surrogates(fixes.fix_c1_controls(fixed)) != fixed:
        return ftfy.fix_text(line, config)
    return fixed


# ftfy's test for mojibake (ftfy.badness.is_bad) tries some forty alternatives at every
# character: on a line of English it costs more than the rest of the line's cleaning. Each
# alternative matches a character beyond ASCII, at most BADNESS_LEAD characters after the
# match's start and at most BADNESS_SPAN characters in all (the tests check this of the
# installed ftfy), so the pattern is only tried around such characters.
BADNESS_LEAD = 2
BADNESS_SPAN = 7
_BEYOND_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _looks_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``, searched for around the characters beyond ASCII only."""
    from ftfy.badness import BADNESS_RE

    for run in _BEYOND_ASCII_RUN.finditer(text):
        if BADNESS_RE.search(text, max(run.start() - BADNESS_LEAD, 0), run.end() + BADNESS_SPAN):
            return True
    return False
