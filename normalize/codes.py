"""Program / kegiatan / sub kegiatan codes: canonical form, level, and splitting from names.

Two code systems occur in the documents:

* the national nomenclature in force since 2021 (Permendagri 90/2019 and its updates):
  ``urusan.bidang.program[.authority.kegiatan[.sub]]``, e.g. ``1.06.04.2.01.0001``. Printed
  variants write the authority digit as ``02`` and use the 2-digit sub codes of the 2019
  text; both are rewritten to the canonical form ``nomenklatur.csv`` uses.
* the older codes (pre-2021), which have no official mapping to the new ones and are
  kept in their own form: regional ones with a 6-digit unit code, optionally a 6-digit
  sub-unit, a 2-digit program and a 3-digit kegiatan (``110600.110601.16.017``), and the
  Permendagri 13/2006 ones: urusan, bidang, optionally the unit's own urusan and bidang,
  the unit, a 2-digit program and a 3-digit kegiatan (``1.06.1.06.01.16.017``,
  ``1.06.01.16.017``), often printed with spaces between the groups.

Anything else (OCR-garbled codes like ``116000-110001-30-0416``) is not parsed: repairing it
needs the document's other codes and belongs to the normalizer.
"""

from __future__ import annotations

import re

_NEW = re.compile(
    r"(?P<urusan>\d)\.(?P<bidang>\d{2})\.(?P<program>\d{2})"
    r"(?:\.(?P<authority>0?[1-9])\.(?P<kegiatan>\d{2})(?:\.(?P<sub>\d{1,4}))?)?",
    re.ASCII,
)
_OLD = re.compile(
    r"(?P<unit>\d{6})(?:\.(?P<subunit>\d{6}))?\.(?P<program>\d{2})(?:\.(?P<kegiatan>\d{3}))?",
    re.ASCII,
)

_OLD_FORM = re.compile(
    r"\d\.\d{2}(?:\.\d\.\d{2})?\.(?P<unit>\d{2})\.(?P<program>\d{2})(?:\.(?P<kegiatan>\d{3}))?",
    re.ASCII,
)
"""Permendagri 13/2006 codes: urusan.bidang[.urusan.bidang].unit.program[.kegiatan]."""

_SPACED_DOT = re.compile(r"\s*\.\s*")
_DOT_LOOK_ALIKE = re.compile(r"(?<=\d)[,:;](?=\d)")
"""A code's dot read as a comma, a colon or a semicolon (OCR)."""
_LEADING_SPECKS = "\"'“”‘’`.,"
"""Marks a speck before a code is read as (a code opens with a digit)."""
_SPACED_GROUPS = re.compile(r"\d{1,6}(?:[ .]\d{1,6}){3,}")
"""Digit groups printed with single spaces instead of dots ("1 06 01 16 017"), or some of
their dots lost in a scan ("2 08.02.2.02 0001")."""

_CODE_TOKEN = r"[0-9]+(?:\s*[.\-]\s*[0-9]+)+"
"""Digit groups joined by dots or hyphens (hyphens occur in OCR-garbled codes)."""

_LEADING_CODE = re.compile(
    rf"\s*(?P<code>{_CODE_TOKEN})\.?(?:\s+|$)(?:[-\u2013\u2014:]\s*)?(?P<rest>.*)", re.DOTALL
)
"""A code token at the start of a cell, an optional separator, then the rest of the cell."""

_GROUP_SEPARATOR = re.compile(r"\s*[.\-]\s*")

_MIN_GARBLED_DIGITS = 8
"""A code-shaped token that does not parse counts as a (garbled) code only with this many
digits and at least three groups: that rules out outline numbering ("1.2.1"), year ranges
("2019-2024") and short numbers, while every code system here has at least 8 digits."""


def parse_code(text: str | None) -> str | None:
    """The canonical dotted form of a code, or None when ``text`` is not a whole code.

    Spaces around dots ("1. 06. 04"), spaces for dots ("1 06 01 16 017", or for some of
    them: a scan loses a small dot now and then) and trailing dots are tolerated, as PDF
    text layers and scans produce them; nothing else is repaired. The result must still
    be a whole code of one of the systems.
    """
    if text is None:
        return None
    compact = text.strip()
    if _SPACED_GROUPS.fullmatch(compact):
        compact = compact.replace(" ", ".")
    compact = _SPACED_DOT.sub(".", compact).rstrip(".")
    new = _NEW.fullmatch(compact)
    if new:
        parts = [new["urusan"], new["bidang"], new["program"]]
        if new["authority"]:
            parts += [str(int(new["authority"])), new["kegiatan"]]
        if new["sub"]:
            parts.append(new["sub"].zfill(4))
        return ".".join(parts)
    if _OLD.fullmatch(compact) or _OLD_FORM.fullmatch(compact):
        return compact
    return None


def rejoin_code(text: str) -> str | None:
    """A code read with some of its dots lost, read as spaces ("2 08.02.2.02 0001") or as
    a comma or colon ("1,06.02.02.03.0004", "110600:02"), or with a speck read as a stop
    after it or as a quote before it ("“1.06.07.02.01.0003"), with its dots back, as
    printed, when that makes a whole code; else None. A code never prints a comma, a
    colon or a quote, so the repair guesses nothing."""
    compact = (_DOT_LOOK_ALIKE.sub(".", " ".join(text.split()))
               .rstrip(".,:;").lstrip(_LEADING_SPECKS))
    if " " in compact:
        if not _SPACED_GROUPS.fullmatch(compact):
            return None
        compact = compact.replace(" ", ".")
    return compact if compact != text.strip() and parse_code(compact) else None


def code_level(code: str) -> str | None:
    """``program``, ``kegiatan`` or ``sub_kegiatan`` for a new or old code, else None.

    Old codes have no sub kegiatan: ``110600.06`` and ``110600.110601.06`` are programs,
    ``110600.110601.06.033`` (and ``110600.06.033``) kegiatan.
    """
    canonical = parse_code(code)
    if canonical is None:
        return None
    new = _NEW.fullmatch(canonical)
    if new:
        if new["sub"]:
            return "sub_kegiatan"
        return "kegiatan" if new["kegiatan"] else "program"
    old = _OLD.fullmatch(canonical) or _OLD_FORM.fullmatch(canonical)
    return "kegiatan" if old and old["kegiatan"] else "program"


def looks_like_code(text: str | None) -> bool:
    """True for a parseable code and for a code-shaped token that is garbled.

    Used to tell code cells from other cells; a garbled code is still a code cell whose
    raw text the normalizer may repair.
    """
    if text is None:
        return False
    token = text.strip().rstrip(".")
    return parse_code(token) is not None or _is_garbled_code(token)


def split_leading_code(text: str) -> tuple[str | None, str]:
    """Split "1.06.04 Program X" into ("1.06.04", "Program X").

    The code is returned as printed (the contract's ``code_raw``; pass it to
    :func:`parse_code` for ``code``), so a garbled code is split off too and can be
    repaired later. Outline numbering ("1.2 Tujuan") is not a code and stays in the text.
    """
    match = _LEADING_CODE.match(text)
    if match and looks_like_code(match["code"]):
        return match["code"], match["rest"].strip()
    return None, text.strip()


def _is_garbled_code(token: str) -> bool:
    """Code-shaped but unparseable: digit groups, not a thousands-grouped number."""
    if not re.fullmatch(_CODE_TOKEN, token):
        return False
    groups = _GROUP_SEPARATOR.split(token)
    is_grouped_number = all(len(group) == 3 for group in groups[1:])
    return (
        len(groups) >= 3
        and sum(len(group) for group in groups) >= _MIN_GARBLED_DIGITS
        and not is_grouped_number
    )
