"""Reading a value cell that came from OCR, against what its column must contain.

The families parse targets, amounts and marks the same way for both paths; for OCR'd
tables the cell text is first passed through :func:`rencana.extract.ocr.repair.repair_numeric`
(O/0, l/1, "Yo" → "%" …, only where the result is unambiguous). A cell that cannot be
read with certainty is left as the engine read it, with a warning; the value parsers then
refuse what is not a well-formed number, so a wrong number is not invented.
"""

from __future__ import annotations

import re

from rencana.extract.ocr.amounts import DISAGREE, NUMBER, PERCENT, SIGNS, digits_of, disputed
from rencana.extract.ocr.repair import repair_numeric
from rencana.normalize.codes import rejoin_code
from rencana.normalize.nomenclature import shipped_registry

_SPACED_SIGN = re.compile(r"\d\s+\S{1,3}$")
_PERCENT_AS_96 = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)96")
_PERCENT_AS_9 = re.compile(r"(\d{1,3})9")
"""A percentage whose "%" both readers read as a "9" ("100%" → "1009")."""
_PERCENT_ALONE = re.compile(r"%|Yo|yo|y6|Y6|9o|%o|o/o|0/0|°/o|96|9")
"""What a lone "%" reads as; a unit column never holds a bare number."""
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_GROUPS = re.compile(r"(?:Rp\.? ?)?\d{1,3}((?:[.,:;]\d{3})+)", re.I)
_SIGN_READ_APART = re.compile(r"(?:^|(?<=\s))\S\s*$")
"""A one-glyph word right before a figure: a comparison sign read as a letter ("S 14,590")."""


def reread(text: str, kind: str, percent_column: bool = False, in_rupiah: bool = True
           ) -> tuple[str, str | None]:
    """The cell text to parse, and a warning when it could not be read with certainty
    (then the text stays as the engine read it, and the parsers see it unrepaired).

    ``kind``: "money", "mark", "unit" (a Satuan cell), "code" (a Kode cell) or "target" (a
    percentage, a count with its unit, or a qualitative word such as "Madya", which is
    left alone).
    ``percent_column``: most of the column's numbers are percentages, so a number ending
    in "96" with a percentage before it is a "%" the engine misread ("10096" → "100%").
    ``in_rupiah``: a money column's amounts are whole rupiah, not thousands or millions,
    so an amount grouped by dots and commas both ("29.157,500", "50:000.000") has no
    decimals: three digits after a comma are no cents, a colon parts nothing, and a
    blurred dot was misread. (In thousands, "984.182,575" prints its decimals.)
    """
    if kind == "unit":  # a Satuan cell: a unit word, or "%" that the engine misread
        return ("%", None) if _PERCENT_ALONE.fullmatch(text.strip()) else (text, None)
    if kind == "code":  # a small dot lost ("2 08.02.2.02 0001"), a "0" blotted to a "6"
        code = rejoin_code(text) or text
        return shipped_registry().look_alike_code(code) or code, None
    if not text or (kind == "target" and not any(ch.isdigit() for ch in text)):
        return text, None
    grouped = _THOUSANDS.fullmatch(text.strip())  # "1.096" is a count, not "1.0%"
    misread = _PERCENT_AS_96.fullmatch(text.strip()) if percent_column and not grouped else None
    if kind == "target" and misread and float(misread.group(1).replace(",", ".")) <= 100:
        return misread.group(1) + "%", None
    as_nine = _PERCENT_AS_9.fullmatch(text.strip()) if percent_column else None
    if kind == "target" and as_nine and int(text) > 100 >= int(as_nine.group(1)):
        # "1009" among percentages: 1009, or 100% with its "%" read "9"? Neither is sure.
        return (f"{text.strip()}{DISAGREE}{as_nine.group(1)}%",
                f"target {text!r} in a column of percentages may be {as_nine.group(1)}% "
                "(OCR); not kept")
    warning = None
    if disputed(text):
        second = _second_reading_taken(text, percent_column) if kind == "target" else None
        if second is None:
            return text, f"OCR readers disagree on a {kind} ({text}); not kept"
        warning = f"OCR readers disagree on a target ({text}); the second reader's {second!r} kept"
        text = second
    if kind == "target":
        for candidate in ("percent", "quantity"):
            repaired, _ = repair_numeric(text, candidate)
            if repaired is not None:
                if candidate == "percent" and _SPACED_SIGN.search(text):
                    repaired = repaired[:-1] + " %"  # as printed: "48.10 %"
                return repaired, warning
        return text, warning or f"target {text!r} not read with certainty (OCR)"
    if kind == "money" and in_rupiah and _mixed_groups(text):
        text = re.sub(r"(?<=\d)[,:;](?=\d{3})", ".", text)
    repaired, warning = repair_numeric(text, kind)
    if repaired is None:
        return text, f"{warning} (OCR)"
    return repaired, None


def _mixed_groups(text: str) -> bool:
    """Is the text an amount whose thousand groups are parted by more than one kind of
    mark ("29.157,500")?"""
    match = _GROUPS.fullmatch(text.strip())
    return bool(match) and len(set(match.group(1)[::4])) > 1


def _second_reading_taken(text: str, percent_column: bool) -> str | None:
    """A target the two readers read differently, as the second reader read it, where
    that is a clean percentage (or, outside a column of percentages, a number), else None.

    Measured on the scanned sets, the second reader (PP-OCR) read the right figure in
    every such dispute on a target ("86% ≠ 80%", "31% ≠ 91%", "79 ≠ 70", "860 ≠ 60",
    "14,590 ≠ ≤ 14,5%"), while Tesseract's digit slips keep their confidence. Amounts
    stay disputed: a wrong amount is worse than a missing one, and the printed sums may
    still settle them; so does a target whose second reading is no clean figure. A
    bare number among percentages may be a "%" read as a digit by either ("802 ≠ 809"
    for "80%"), so there it stays disputed; and where the readings hold the same digits,
    a decimal comma one reader lost or took a speck for ("95% ≠ 9,5%") is no digit slip
    and either may be right."""
    match = re.search(rf"(\S+){re.escape(DISAGREE)}((?:[{SIGNS}] )?\S+)", text)
    if match is None:
        return None
    first, second = match.groups()
    clean = PERCENT.match(second.replace(" ", "")) or (
        NUMBER.match(second) and not percent_column)
    if not clean or digits_of(first) == digits_of(second):
        return None
    before = text[:match.start()]
    if second[0] in SIGNS:  # Tesseract's word for the sign the second reader read
        before = _SIGN_READ_APART.sub("", before)
    return before + second + text[match.end():]
