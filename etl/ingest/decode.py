"""Bytes -> text in the one normal form that all offsets index into."""

from __future__ import annotations

import codecs
import re
import unicodedata

# Invisible characters that break name and number matching and carry no meaning in news
# text: zero-width space, word joiner, BOM, bidi embeddings/isolates/marks, and C0/C1
# control characters other than tab and newline. ZWJ/ZWNJ stay (emoji sequences, scripts).
_INVISIBLE = re.compile(
    "[\u200b\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)


def decode_bytes(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16/32 with BOM; legacy encodings by detection.

    Raises:
        UnicodeDecodeError: binary data, or no encoding fits.

    Examples:
        >>> decode_bytes("Moscou".encode("utf-16"))
        'Moscou'
        >>> decode_bytes(codecs.BOM_UTF8 + "Kiev".encode())
        'Kiev'
        >>> decode_bytes("Bras\\xedlia é a capital".encode("cp1252"))
        'Brasília é a capital'
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(data)


# Windows-1252 (the superset of ISO 8859-1 that HTML5 reads "latin1" as) is the legacy
# encoding of Portuguese, Spanish and English text. Read that way, a text in these
# languages has few letters outside ASCII ("não", "niño"); a Cyrillic or Greek legacy text
# read that way is nearly all accented Latin letters ("Âëàäèìèð"), and goes to detection.
_MAX_NON_ASCII_LETTERS = 0.3


def _decode_legacy(data: bytes) -> str:
    """Windows-1252 when the text reads as pt/es/en in it, else charset detection.

    Detection alone misread short texts: "O presidente disse que não." in Latin-1 came out
    as "O presidente disse que n緌." (a Chinese encoding), "Ação" as "Açăo" (Central European).
    """
    from charset_normalizer import from_bytes

    if b"\x00" in data:
        raise UnicodeDecodeError("utf-8", data, 0, 1, "binary data (NUL bytes)")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined
        pass
    else:
        letters = [c for c in text if c.isalpha()]
        if sum(c > "\x7f" for c in letters) <= _MAX_NON_ASCII_LETTERS * len(letters):
            return text
    best = from_bytes(data).best()
    if best is None:
        raise UnicodeDecodeError("utf-8", data, 0, 1, "no text encoding fits")
    return str(best)


def normalise_text(text: str) -> str:
    """NFC, Unix line ends, no invisible control characters.

    Examples:
        >>> normalise_text("Sa\\u0303o\\u200b Paulo\\r\\n")
        'São Paulo\\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
