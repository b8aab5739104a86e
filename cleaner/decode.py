"""Bytes to text: the first stage of the pipeline.

Scraped pages arrive as bytes in whatever encoding the site used. Almost all
of them are UTF-8, so that is the fast path: one strict decode. Pages that are
not valid UTF-8 are nearly always Big5 (Taiwanese sites, decoded as its
Windows superset cp950), GB18030 (mainland sites) or Windows-1252 (English
sites that never moved to UTF-8), so detection is restricted to those three
first and only widened to every charset charset-normalizer knows when none of
them fits.

Nothing here repairs mojibake (see `cleaner.fix`) or touches newlines.
"""

import codecs

# Checked before the UTF-8 BOM, and UTF-32-LE before UTF-16-LE because its BOM
# starts with the UTF-16-LE one. Python's "utf-16"/"utf-32" codecs read the
# byte order from the BOM and drop it.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The legacy encodings real pages in this corpus use, in charset-normalizer's
# names. cp950 rather than big5: it decodes everything big5 does plus the
# Microsoft additions (the euro sign, extra hanzi) that Taiwanese sites use.
_PREFERRED_ENCODINGS = ("cp950", "gb18030", "cp1252")


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode a scraped page to text without ever failing on its bytes.

    With `encoding`, decode with it, replacing undecodable bytes with U+FFFD;
    a name that is not a usable text codec raises LookupError. Without it,
    honour a UTF-8/16/32 BOM, else use strict UTF-8, else guess the charset
    (see `detect_encoding`).
    """
    if encoding is None:
        return _decode(data)[0]
    try:
        return data.decode(encoding, errors="replace")
    except LookupError as exc:
        raise LookupError(f"{encoding!r} is not a known text encoding") from exc
    except UnicodeError as exc:
        # Only pseudo-encodings such as "idna" and "punycode" get here: they
        # refuse errors="replace", so they cannot decode arbitrary pages.
        raise LookupError(f"{encoding!r} cannot decode arbitrary bytes") from exc


# File signatures of the binary formats a scrape directory tends to hold.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "executable"),
)
# Text has next to no control bytes but tab, line ends and form feed; binary data has many.
_CONTROL_BYTES = bytes(set(range(0x20)) - set(b"\t\n\r\x0c\x1b"))
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.1


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` looks like ("PNG image", ...), or None for text.

    Known file signatures are recognised, and so is any data whose first 8 KB
    are more than a tenth control bytes. Text in UTF-16 or UTF-32 counts as
    text only behind its byte-order mark.
    """
    if any(data.startswith(bom) for bom, _ in _WIDE_BOMS):
        return None
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        return "WebP image"
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    head = data[:_SNIFF_BYTES]
    if head and len(head) - len(head.translate(None, _CONTROL_BYTES)) > _MAX_CONTROL_SHARE * len(head):
        return "mostly control bytes"
    return None


def detect_encoding(data: bytes) -> str:
    """Return the Python codec name `decode(data)` would use.

    "utf-8-sig" means UTF-8 behind a byte order mark; "utf-8" is also the
    answer when the bytes fit no charset and are decoded with replacement.
    """
    return _decode(data)[1]


def _decode(data: bytes) -> tuple[str, str]:
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    name = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        name = "utf-8-sig"
    try:
        return data.decode("utf-8"), name
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # a page cut off at a byte limit, inside a character
            return data[:error.start].decode("utf-8") + "\ufffd", name
    mixed = _decode_mostly_utf8(data)
    if mixed is not None:
        return mixed, name
    name = _guess_legacy_encoding(data)
    return data.decode(name, errors="replace"), name


def _decode_mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few lines in a legacy charset, or None if UTF-8 is not the main encoding.

    Scraped pages get assembled from pieces: a UTF-8 page with one pasted
    Windows-1252 quote or one Big5 footer line is common. Decoding it all as
    the legacy charset would garble every UTF-8 line, so when at least half
    the non-ASCII lines are valid UTF-8 (by chance, Big5 or GB18030 lines
    hardly ever are) they stay UTF-8 and only the others are decoded, with
    the charset guessed from them alone. A line broken in a place or two
    among many valid characters stays UTF-8, its broken bytes as U+FFFD.
    """
    lines = data.splitlines(keepends=True)
    utf8 = [_as_utf8(line) for line in lines]
    bad = utf8.count(None)
    good = sum(1 for line, text in zip(lines, utf8) if text is not None and not line.isascii())
    if good < bad:
        return None
    if not bad:
        return "".join(utf8)
    legacy = _guess_legacy_encoding(b"\n".join(line for line, text in zip(lines, utf8) if text is None))
    return "".join(line.decode(legacy, errors="replace") if text is None else text
                   for line, text in zip(lines, utf8))


def _as_utf8(line: bytes) -> str | None:
    """The line as UTF-8, its few broken sequences as U+FFFD ("台北 … \\x9d"), or None when it reads
    as a legacy charset: Big5 or GB18030 text makes a valid UTF-8 character only now and then, by
    chance, and a broken sequence at almost every other character."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = line.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - line.count("\ufffd".encode())
    valid = sum(1 for char in text if char > "\x7f") - broken
    return text if valid >= UTF8_CHARACTERS_PER_BROKEN_SEQUENCE * broken else None


# How many valid UTF-8 characters beyond ASCII make a line with one broken sequence UTF-8.
UTF8_CHARACTERS_PER_BROKEN_SEQUENCE = 2


def _guess_legacy_encoding(data: bytes) -> str:
    # Only lines with non-ASCII bytes say anything about the charset, so only
    # they are sampled. On a mostly English page with a few lines of Chinese
    # furniture, the English would otherwise make charset-normalizer's language
    # coherence favour cp1252 over the real Big5/GB18030, and beyond 2.5 KB it
    # reads just five 512-byte chunks, which can miss the Chinese lines.
    from charset_normalizer import from_bytes  # a fifth of the package's import time, and UTF-8 needs none of it

    sample = b"\n".join(line for line in data.split(b"\n") if not line.isascii())
    match = (
        from_bytes(sample, cp_isolation=list(_PREFERRED_ENCODINGS)).best()
        or from_bytes(sample).best()
    )
    return match.encoding if match is not None else "utf-8"
