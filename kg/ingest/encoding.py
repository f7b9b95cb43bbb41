"""Turn the bytes of a file into text: BOMs, UTF-8, GB18030/GBK, Big5, UTF-16.

Order of trust: a BOM; strict UTF-8; UTF-16 without BOM when NUL bytes sit on one parity;
then GB18030, Big5 and charset-normalizer's guess, scored by how much of the decoded text is
common Chinese. A file cut inside its last UTF-8 character keeps its text: the broken tail
is dropped and reported as a warning (an analyst prefers the article to an error).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import opencc

from kg.errors import InputError

from ._common_chars import COMMON_HAN

_SAMPLE = 200_000  # characters scored per candidate decoding; keeps scoring linear and cheap
_t2s = opencc.OpenCC("t2s").convert


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the codec that did it and what went wrong on the way."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()
    line_warnings: tuple[tuple[int, str], ...] = ()  # (1-based line, message)


def is_han(ch: str) -> bool:
    """True for a CJK unified ideograph (basic block, extension A, compatibility)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FFFF


_HAN_RX = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def count_han(text: str) -> int:
    """Number of Han characters in ``text``."""
    return len(_HAN_RX.findall(text))


def has_han(text: str) -> bool:
    """True when ``text`` holds at least one Han character (fast on huge texts)."""
    return _HAN_RX.search(text) is not None


def _score(text: str) -> float:
    """Plausibility of a decoding as Chinese news text; higher is better."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    han = [ch for ch in sample if is_han(ch)]
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    odd = sum(1 for ch in sample if 0xE000 <= ord(ch) <= 0xF8FF or 0xAC00 <= ord(ch) <= 0xD7AF)
    common = sum(1 for ch in _t2s("".join(han)) if ch in COMMON_HAN) if han else 0
    return (common + 0.2 * len(han) - 5 * bad - 2 * odd) / len(sample)


def _control_ratio(text: str) -> float:
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f") / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: the endianness whose decoding reads as Chinese, if any."""
    if len(data) % 2:
        return None
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) > 0.01 or count_han(text[:_SAMPLE]) == 0:
            continue
        score = _score(text)
        if score > 0 and (best is None or score > best[0]):
            best = (score, text)
    return best[1] if best else None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, path: str = "<bytes>") -> Decoded:
    """Decode file bytes to text, or raise InputError saying why they are not text."""
    fix_enc = "save the file as UTF-8, or convert it with iconv -f <encoding> -t UTF-8"
    if not data.strip():
        raise InputError(path, "empty file", "give a file that holds article text")
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return Decoded(body.decode(codec), codec + "-bom")
            except UnicodeDecodeError as e:
                if codec == "utf-8":
                    return _utf8_prefix(body, e, path, "utf-8-bom", offset=len(bom))
                raise InputError(path, f"invalid {codec} after its BOM at byte {e.start + len(bom)}", fix_enc) from e
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return Decoded(text, "utf-16-nobom")
        if data.count(b"\x00") > max(1, len(data) // 1000) or not data.replace(b"\x00", b"").strip():
            raise InputError(path, "binary file (NUL bytes)", "give a text, Markdown, HTML or JSONL file")
        return _without_nul_bytes(data, path)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.end == len(data) and len(data) - e.start < 4:
            return _utf8_prefix(data, e, path, "utf-8")
        first_error = e
    mixed = _by_line(data)
    if mixed is not None:
        return mixed
    candidates: list[tuple[str, str]] = []
    for codec in ("gb18030", "big5", "big5hkscs"):
        text = _strict(data, codec)
        if text is not None:
            candidates.append((codec, text))
    if not candidates:
        guess = _charset_normalizer_guess(data)
        if guess is not None:
            candidates.append(guess)
    # mostly-UTF-8 with a few bad bytes: keep it, with replacement characters, if nothing else fits
    candidates.append(("utf-8-replace", data.decode("utf-8", errors="replace")))
    best_codec, best_text = max(candidates, key=lambda c: _score(c[1]))
    if _control_ratio(best_text) > 0.05 or _score(best_text) <= 0:
        raise InputError(
            path,
            f"binary or undecodable file (not UTF-8: invalid byte at {first_error.start})",
            fix_enc,
        )
    warnings: tuple[str, ...] = ()
    if best_codec == "utf-8-replace":
        bad = best_text.count("\ufffd")
        warnings = (f"invalid UTF-8 at byte {first_error.start}: {bad} character(s) replaced with U+FFFD",)
    return Decoded(best_text, best_codec, warnings)


def _utf8_prefix(body: bytes, e: UnicodeDecodeError, path: str, codec: str, offset: int = 0) -> Decoded:
    if e.reason != "unexpected end of data" or e.end != len(body):
        raise InputError(
            path, f"invalid UTF-8 at byte {e.start + offset}", "fix the file's encoding, e.g. with iconv"
        ) from e
    text = body[: e.start].decode("utf-8")
    return Decoded(
        text,
        codec,
        (f"truncated UTF-8 at byte {e.start + offset}: dropped the incomplete last character",),
    )


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        return None
    try:
        return best.encoding, data.decode(best.encoding, errors="replace")
    except LookupError:
        return None


_LINE_CODECS = ("utf-8", "gb18030", "big5")
_MAX_LINE_WARNINGS = 20  # per file; a file with more odd lines says how many in the last one


def _without_nul_bytes(data: bytes, path: str) -> Decoded:
    """A text file with a few stray NUL bytes: decoded without them, each line named."""
    lines = sorted({data.count(b"\n", 0, i) + 1 for i in _positions(data, b"\x00")})
    decoded = decode_bytes(data.replace(b"\x00", b""), path)
    named = [(n, "NUL byte(s) removed; the rest of the line kept") for n in lines[:_MAX_LINE_WARNINGS]]
    if len(lines) > _MAX_LINE_WARNINGS:
        named.append((lines[_MAX_LINE_WARNINGS], f"and {len(lines) - _MAX_LINE_WARNINGS} more line(s) with NUL bytes"))
    return Decoded(decoded.text, decoded.encoding, decoded.warnings, tuple(named) + decoded.line_warnings)


def _positions(data: bytes, needle: bytes) -> list[int]:
    found, i = [], data.find(needle)
    while i != -1:
        found.append(i)
        i = data.find(needle, i + 1)
    return found


def _by_line(data: bytes) -> Decoded | None:
    """A file mostly in one encoding with some lines in another (a GBK paragraph pasted into a
    UTF-8 page): each line in the codec that reads it, the odd ones named. None when every
    line reads in one legacy codec (the whole-file guess then decides, as for any GBK file)."""
    lines = data.split(b"\n")
    wide = [ln for ln in lines if not ln.isascii()]
    reads = {c: sum(1 for ln in wide if _strict(ln, c) is not None) for c in _LINE_CODECS}
    main = max(_LINE_CODECS, key=lambda c: reads[c])  # utf-8 wins ties: it is the most specific
    if main != "utf-8" and reads[main] == len(wide):
        return None
    if reads[main] * 2 < len(wide):  # no codec reads most lines: leave it to the whole-file guess
        return None
    out: list[str] = []
    odd: list[tuple[int, str]] = []
    for n, line in enumerate(lines, start=1):
        text = _strict(line, main)
        if text is None:
            tries = [(c, t) for c in _LINE_CODECS if c != main and (t := _strict(line, c)) is not None]
            replaced = line.decode(main, errors="replace")
            best = max(tries, key=lambda ct: _score(ct[1]), default=None)
            if best is not None and _score(best[1]) > max(0.0, _score(replaced)):
                text = best[1]
                odd.append((n, f"not {main}: read as {best[0]}"))
            else:
                text = replaced
                odd.append((n, f"invalid {main}: {text.count(chr(0xFFFD))} character(s) replaced with U+FFFD"))
        out.append(text)
    named = odd[:_MAX_LINE_WARNINGS]
    if len(odd) > _MAX_LINE_WARNINGS:
        named.append((odd[_MAX_LINE_WARNINGS][0], f"and {len(odd) - _MAX_LINE_WARNINGS} more line(s) not {main}"))
    return Decoded("\n".join(out), main + "-by-line", (), tuple(named))
