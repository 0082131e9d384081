"""Turn the bytes of a document into text.

Order of evidence: a byte-order mark, then a declared charset (HTTP header, HTML
``<meta charset>``), then strict UTF-8, then statistical detection.  Detection tools
confuse the Western single-byte code pages with one another (short French or German text
in Windows-1252 is often labelled Windows-1250), so when detection says "some Latin
code page" we decode as Windows-1252, the code page most Western web text uses, and keep
the detector's answer only for other scripts (Cyrillic, Greek, CJK, ...).
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from dateline.read.errors import ReadError

# UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# Signatures of common binary formats, so a rejection can say what the file is.
_MAGIC: list[tuple[bytes, str]] = [
    (b"%PDF-", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
]

# Code pages that write Latin script; detectors cannot tell these apart reliably.
_LATIN_CODEPAGES = re.compile(
    r"^(ascii|latin_?\d*|iso8859_(1|2|3|4|9|10|13|14|15|16)|cp(037|437|500|850|852|858|"
    r"1140|1250|1252|1254|1257|1258)|mac_(roman|latin2|iceland|turkish)|hp_roman8|"
    r"windows_125[0247])$"
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)

_CONTROL_BYTES = bytes(sorted(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B} | {0x7F}))
_C1_CHARS = re.compile(r"[\x80-\x9f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def detect_bom(data: bytes) -> str | None:
    """The encoding named by a byte-order mark at the start of ``data``, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def binary_kind(data: bytes) -> str | None:
    """Describe ``data`` if it is binary rather than text, else None.

    Call only on data without a UTF-16/32 byte-order mark (those contain NUL bytes).
    """
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:8192]
    if not head:
        return None
    nuls = head.count(0)
    if nuls and nuls / len(head) > 0.002 or nuls > 8:  # a stray NUL in text is tolerated
        return "binary data (contains NUL bytes)"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls / len(head) > 0.05:
        return "binary data (mostly control characters)"
    return None


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in ``<meta charset>`` or ``http-equiv``."""
    match = _META_CHARSET.search(data[:16384])
    return match.group(1).decode("ascii", "ignore") if match else None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of an HTTP Content-Type header, if any."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def decode_bytes(data: bytes, *, declared: str | None = None, markup: bool = False) -> str:
    """Decode a whole document; raise ReadError with a reason when it is not text.

    ``declared`` is a charset stated outside the bytes (an HTTP header); ``markup`` says
    the bytes are HTML, whose ``<meta charset>`` is then honoured.
    """
    if not data:
        raise ReadError("empty file")
    bom = detect_bom(data)
    if bom:
        try:
            text = data[len(codecs.BOM_UTF8) if bom == "utf-8" else 0 :].decode(bom)
        except UnicodeDecodeError as exc:
            raise ReadError(f"bytes are not valid {bom} although they start with its byte-order mark "
                            f"(bad byte at offset {exc.start})") from None
        return _check_text(text.lstrip("\ufeff"))
    utf16 = _bomless_utf16(data)
    if utf16:
        try:
            return _check_text(data.decode(utf16))
        except UnicodeDecodeError:
            pass
    kind = binary_kind(data)
    if kind:
        raise ReadError(f"not a text document: {kind}")
    for charset in (declared, meta_charset(data) if markup else None):
        decoded = _decode_declared(data, charset)
        if decoded is not None:
            return _check_text(decoded)
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _check_text(data.decode("utf-8", errors=_STRAY_BYTES))
    return _check_text(_decode_detected(data))


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_STRAY_BYTES = "dateline-stray-bytes"


def _stray_byte_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Decode one byte that is not UTF-8 as Windows-1252 (Latin-1 where that has none)."""
    assert isinstance(error, UnicodeDecodeError)
    byte = error.object[error.start : error.start + 1]
    try:
        return byte.decode("cp1252"), error.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), error.start + 1


codecs.register_error(_STRAY_BYTES, _stray_byte_as_cp1252)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 text with a few stray single-byte characters (text pasted from elsewhere):
    its valid multi-byte sequences clearly outnumber the bytes that fit none."""
    sample = data[:262144]
    sequences = _UTF8_SEQUENCE.findall(sample)
    if not sequences:
        return False
    high_bytes = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    stray = high_bytes - sum(len(seq) for seq in sequences)
    return len(sequences) >= 2 * max(stray, 1)


def _normalise(charset: str) -> str | None:
    try:
        return codecs.lookup(charset.strip().lower()).name
    except LookupError:
        return None


def _decode_declared(data: bytes, charset: str | None) -> str | None:
    if not charset:
        return None
    name = _normalise(charset)
    if name is None or name.startswith(("utf-16", "utf-32")):
        # Unknown names, and UTF-16 declared in bytes readable as ASCII, are wrong labels.
        return None
    if name in ("ascii", "latin-1", "iso8859-1", "iso8859-15") or _LATIN_CODEPAGES.match(
        name.replace("-", "_")
    ):
        # Pages labelled Latin-1 are often UTF-8 in fact; valid UTF-8 with non-ASCII
        # bytes is almost never an accident, so it wins over a single-byte label.
        try:
            if any(byte > 0x7F for byte in data):
                return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        if name in ("ascii", "latin-1", "iso8859-1"):
            name = "cp1252"  # as browsers do: Latin-1 labels mean Windows-1252
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _decode_detected(data: bytes) -> str:
    """Decode bytes that are not UTF-8 and declare nothing.

    Text in a non-Latin alphabet is mostly bytes above 0x7F; there the detector is
    trusted.  Latin-script text has few such bytes, and the detector cannot tell its code
    pages apart, so a few candidates are compared on how word-like their letters come out.
    """
    sample = data[:65536]
    high = (len(sample) - len(sample.translate(None, _HIGH_BYTES))) / len(sample)
    if high > 0.3 and len(data) >= 64:  # short samples mislead the detector
        best = charset_normalizer.from_bytes(data[:262144]).best()
        if best is not None and not _LATIN_CODEPAGES.match(best.encoding.replace("-", "_")) \
                and not best.encoding.startswith(_EBCDIC):
            try:
                return data.decode(best.encoding)
            except (UnicodeDecodeError, LookupError):
                pass
    return _decode_latin(data)


_EBCDIC = ("cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140")
# Latin code pages tried in order of preference; a later one must fit clearly better.
_LATIN_CANDIDATES = ("cp1252", "cp1250", "iso8859_2")
# Symbols that do stand next to letters in real text (quotes, dashes, currency, ...).
_WORD_NEIGHBOURS = frozenset("“”„‘’‚«»‹›–—…°€£¥¢§©®™·¿¡\u00a0\u00ad")
_BESIDE_LETTER = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f]|[^\x00-\x7f](?=[^\W\d_])")


def _decode_latin(data: bytes) -> str:
    best_text: str | None = None
    best_misfits = 0
    for encoding in _LATIN_CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        misfits = _misfits(text[:65536])
        if best_text is None or misfits < best_misfits:
            best_text, best_misfits = text, misfits
    # Latin-1 maps every byte, so it is the last resort.
    return best_text if best_text is not None else data.decode("latin-1")


def _misfits(text: str) -> int:
    """Signs of a wrong code page: symbols stuck to letters ("Ko³o" for "Koło"), C1 controls."""
    inside = sum(1 for match in _BESIDE_LETTER.finditer(text)
                 if not match.group().isalpha() and match.group() not in _WORD_NEIGHBOURS)
    controls = len(_C1_CHARS.findall(text))
    return inside + 2 * controls


def _bomless_utf16(data: bytes) -> str | None:
    """Guess UTF-16 without a byte-order mark from where the NUL bytes fall."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _check_text(text: str) -> str:
    """Reject decoded text that is really binary or mis-decoded (control characters)."""
    if "\x00" in text:
        text = text.replace("\x00", "")  # rare stray NULs (binary data was refused earlier)
    sample = text[:8192]
    if sample:
        controls = len(_CONTROL_CHARS.findall(sample))
        if controls / len(sample) > 0.05:
            raise ReadError("not a text document: decoded text is mostly control characters "
                            "(binary data or an unknown encoding)")
    if not text.strip():
        raise ReadError("file has no text (only whitespace)")
    return text
