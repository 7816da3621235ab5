"""Months in a plan's schedule: column labels ("Jan … Des") and schedules written out.

A Rencana Aksi may give its schedule by month instead of quarter: twelve month columns,
or one "Waktu Pelaksanaan" column naming months ("Januari - Maret", "April, Oktober",
"Agustus"). The contract's tw1–tw4 are quarters: a quarter is planned when any of its
months is.
"""

from __future__ import annotations

import re

MONTHS = ("jan", "feb|peb", "mar", "apr", "mei|may", "jun", "jul", "agu|agt|aug", "sep",
          "okt|oct", "nov|nop", "des|dec")
"""Each month's spellings, as the start of its name (Indonesian and English)."""
_RANGE = re.compile(r"^(-|–|—|s/d|s\.?d\.?|sd|sampai|hingga|to)$")
_TOKEN = re.compile(r"[a-z]+|s/d|s\.d\.?|[-–—]")


def month_number(word: str) -> int | None:
    """1–12 for a word naming a month ("Januari", "Agt", "Des"), else None."""
    word = word.lower()
    for number, spellings in enumerate(MONTHS, start=1):
        if re.fullmatch(rf"(?:{spellings})\w*", word):
            return number
    return None


def scheduled_quarters(text: str | None) -> tuple[bool, bool, bool, bool] | None:
    """The quarters a written-out schedule plans, or None when it names no month.

    Months listed ("April, Oktober") or spanned ("Januari - Maret", "Juli s.d.
    Desember") plan the quarters they fall in."""
    months: set[int] = set()
    spanning = False
    last: int | None = None
    for token in _TOKEN.findall((text or "").lower()):
        if _RANGE.match(token):
            spanning = last is not None
            continue
        month = month_number(token) if len(token) >= 3 else None
        if month is None:
            spanning = False
            continue
        if spanning and last is not None and month >= last:
            months.update(range(last, month + 1))
        months.add(month)
        last, spanning = month, False
    if not months:
        return None
    quarters = {(m - 1) // 3 for m in months}
    return (0 in quarters, 1 in quarters, 2 in quarters, 3 in quarters)
