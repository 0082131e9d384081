"""Decoding bytes into text: BOMs, declared charsets, UTF-8, Windows-1252, detection."""

from __future__ import annotations

import codecs

import pytest

from dateline.read.decode import charset_from_content_type, decode_bytes, meta_charset
from dateline.read.errors import ReadError

SAMPLE = "Le ministre a dit: café – “quoted” à Genève."


def test_utf8_passes_through() -> None:
    assert decode_bytes(SAMPLE.encode("utf-8")) == SAMPLE


def test_utf8_bom_is_removed() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + SAMPLE.encode("utf-8")) == SAMPLE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding: str) -> None:
    data = SAMPLE.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    elif encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode_bytes(data) == SAMPLE


def test_utf16_without_bom_is_recognised_from_nul_pattern() -> None:
    assert decode_bytes(SAMPLE.encode("utf-16-le")) == SAMPLE


def test_windows_1252_with_smart_quotes_and_dash() -> None:
    assert decode_bytes(SAMPLE.encode("cp1252")) == SAMPLE


def test_windows_1252_german_is_not_taken_for_central_european() -> None:
    text = "Der Präsident traf den Außenminister; „Wir sind zufrieden“, sagte er – naïve Zürich."
    assert decode_bytes(text.encode("cp1252")) == text


def test_latin1_text() -> None:
    text = "Réunion à Genève: déjà vu, naïve Zürich ½ £5"
    assert decode_bytes(text.encode("latin-1")) == text


def test_cyrillic_windows_1251_is_detected() -> None:
    text = ("Министр иностранных дел России встретился с коллегой из Китая. "
            "Стороны обсудили сотрудничество и ситуацию в регионе.")
    assert decode_bytes(text.encode("cp1251")) == text


def test_html_meta_charset_is_honoured() -> None:
    page = "<html><head><meta charset='windows-1252'></head><body>café – “x”</body></html>"
    assert decode_bytes(page.encode("cp1252"), markup=True) == page


def test_http_equiv_meta_charset_is_found() -> None:
    page = b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    assert meta_charset(page) == "ISO-8859-1"


def test_meta_latin1_label_on_utf8_bytes_keeps_utf8() -> None:
    page = "<html><head><meta charset='iso-8859-1'></head><body>café – “x”</body></html>"
    assert decode_bytes(page.encode("utf-8"), markup=True) == page


def test_latin1_label_means_windows_1252() -> None:
    # Browsers read "iso-8859-1" as Windows-1252, where 0x93/0x94 are curly quotes.
    assert decode_bytes(b"\x93quoted\x94 text", declared="iso-8859-1") == "“quoted” text"


def test_declared_charset_from_content_type() -> None:
    assert charset_from_content_type("text/html; charset=\"Shift_JIS\"") == "Shift_JIS"
    assert charset_from_content_type("text/html") is None
    text = "日本の外相が会談した。"
    assert decode_bytes(text.encode("shift_jis"), declared="Shift_JIS") == text


def test_wrong_declared_charset_falls_back_to_detection() -> None:
    # Bytes that are not valid in the declared encoding: the label is ignored.
    assert decode_bytes(SAMPLE.encode("utf-8"), declared="ascii") == SAMPLE


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty file"),
        (b"   \n\t  \n", "no text"),
        (b"abc\x00\x00\x01def\x00" * 20, "NUL"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (bytes(range(1, 9)) * 50, "control"),
    ],
)
def test_non_text_is_rejected_with_a_reason(data: bytes, expected: str) -> None:
    with pytest.raises(ReadError) as caught:
        decode_bytes(data)
    assert expected in caught.value.reason


@pytest.mark.parametrize("text", ["été à Genève", "naïve", "He said “no” – and left."])
def test_short_windows_1252_is_not_taken_for_another_script(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize("encoding", ["cp1250", "iso8859-2"])
def test_central_european_code_pages(encoding: str) -> None:
    text = ("Prezydent spotkał się w środę z kanclerzem. Rozmowy dotyczyły bezpieczeństwa "
            "oraz współpracy; źródła twierdzą, że obie strony są zadowolone.")
    assert decode_bytes(text.encode(encoding)) == text


def test_greek_windows_1253_is_detected() -> None:
    text = ("Ο υπουργός Εξωτερικών συναντήθηκε με τον ομόλογό του στην Αθήνα. "
            "Οι δύο πλευρές συζήτησαν τη συνεργασία και την ασφάλεια στην περιοχή.")
    assert decode_bytes(text.encode("cp1253")) == text


def test_utf8_with_a_stray_windows_1252_byte() -> None:
    data = "Le café “ouvert” à Genève – ".encode() + b"na\xefve \x93quoted\x94"
    assert decode_bytes(data) == "Le café “ouvert” à Genève – naïve “quoted”"


def test_a_stray_nul_in_long_text_is_dropped_not_fatal() -> None:
    text = "A long article line about the talks.\n" * 200
    assert decode_bytes(text.encode()[:100] + b"\x00" + text.encode()[100:]) == text
