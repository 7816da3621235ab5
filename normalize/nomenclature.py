"""The official nomenclature registry: loading, the generic support program, printed codes.

The registry file (``data/nomenklatur.csv``) lists urusan > bidang urusan > program >
kegiatan > sub kegiatan with dotted codes. Two facts of the national coding shape this
module (both are properties of the regulation, not of one region):

* Program number ``01`` of every bidang is the generic support program ("PROGRAM PENUNJANG
  URUSAN PEMERINTAHAN DAERAH ..."); the file stores it once (under ``1.06.01``) and it applies
  to every bidang by prefix. :class:`Registry` expands it to every bidang the file lists, so
  a printed ``2.08.01.2.06.0001`` resolves, while name matching searches the stored copy only
  (one name must not become three candidates).
* Printed codes come in spellings (``1.06.04.02.01.0001``, two-digit sub numbers) and with
  OCR damage (``1.O6.04.2.0l.0001``). :meth:`Registry.lookup_code` accepts the spelling
  variants and repairs damage only when exactly one registry code fits.

Adding another urusan is a data change: append its rows to the CSV.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import combinations, product
from pathlib import Path

import pandas as pd

from rencana.normalize.codes import parse_code

LEVELS: tuple[str, ...] = ("program", "kegiatan", "sub_kegiatan")
"""Levels a planning name can have (urusan and bidang rows are structure, not names)."""

GENERIC_PROGRAM_NO = "01"
"""Program number of the support program every bidang carries (Permendagri 90/2019)."""

_OLD_CODE = re.compile(r"^\d{5,6}(?:[.\-]\d{5,6})?[.\-]\d{1,2}(?:[.\-]\d{3,4})?$")
ZERO_LOOK_ALIKES = frozenset("689")
"""Digits a blotted "0" reads as (:meth:`Registry.look_alike_code`)."""
MAX_DIGIT_SWAPS = 2
_OCR_DIGITS = str.maketrans(
    {
        "O": "0",
        "o": "0",
        "D": "0",
        "l": "1",
        "I": "1",
        "|": "1",
        "i": "1",
        "S": "5",
        "s": "5",
        "B": "8",
        "Z": "2",
        "z": "2",
    }
)
_SEPARATORS = re.compile(r"[\s.,;:\-_/]+")


@dataclass(frozen=True)
class Entry:
    """One nomenclature item. ``template_id`` is the stored row an expanded entry copies."""

    canonical_id: str
    level: str
    name: str
    parent_id: str | None
    source: str = "official"
    template_id: str | None = None

    @property
    def stored_id(self) -> str:
        """The code under which the name is stored in the registry file."""
        return self.template_id or self.canonical_id


def is_old_code(code: str | None) -> bool:
    """True for pre-2021 codes such as ``110600.110601.16.017`` (also OCR-garbled ones)."""
    return bool(code) and bool(_OLD_CODE.match(code.strip()))


def _interpretations(digits: str) -> Iterator[str]:
    """Every dotted code a run of digits can spell (authority digit ``2``/``02``, sub 2 or 4)."""
    if len(digits) < 5:
        return
    head = f"{digits[0]}.{digits[1:3]}.{digits[3:5]}"
    rest = digits[5:]
    if not rest:
        yield head
    for authority, sub_width in product(("2", "02"), (0, 2, 4)):
        kk_end = len(authority) + 2
        if not rest.startswith(authority) or len(rest) != kk_end + sub_width:
            continue
        kegiatan = f"{head}.2.{rest[len(authority) : kk_end]}"
        yield kegiatan if sub_width == 0 else f"{kegiatan}.{rest[kk_end:].zfill(4)}"


class Registry:
    """Official entries by code, with the generic support program expanded to every bidang."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.stored: dict[str, Entry] = {}
        bidang: list[str] = []
        for row in rows:
            level = row["level"].strip()
            if level == "bidang_urusan":
                bidang.append(row["code"].strip())
            if level in LEVELS:
                entry = Entry(
                    row["code"].strip(),
                    level,
                    row["name"].strip(),
                    row["parent_code"].strip() or None,
                )
                self.stored[entry.canonical_id] = entry
        self.by_code: dict[str, Entry] = dict(self.stored)
        for entry in list(self.stored.values()):
            template_bidang = self.generic_bidang(entry.canonical_id)
            if template_bidang is None:
                continue
            for other in bidang:
                if other != template_bidang:
                    copy = self._rebased(entry, template_bidang, other)
                    self.by_code.setdefault(copy.canonical_id, copy)

    @classmethod
    def load(cls, path: Path | None = None) -> Registry:
        """The shipped registry, or the CSV at ``path``."""
        if path is None:
            text = resources.files("rencana.normalize").joinpath("data/nomenklatur.csv")
            return cls(list(csv.DictReader(text.read_text(encoding="utf-8").splitlines())))
        with open(path, encoding="utf-8", newline="") as handle:
            return cls(list(csv.DictReader(handle)))

    @staticmethod
    def generic_bidang(code: str) -> str | None:
        """The bidang prefix when ``code`` lies in a bidang's generic support program."""
        parts = code.split(".")
        if len(parts) >= 3 and parts[2] == GENERIC_PROGRAM_NO:
            return ".".join(parts[:2])
        return None

    @staticmethod
    def _rebased(entry: Entry, old: str, new: str) -> Entry:
        def swap(code: str | None) -> str | None:
            return new + code[len(old) :] if code and code.startswith(old + ".") else code

        parent = new if entry.level == "program" else swap(entry.parent_id)
        return Entry(
            swap(entry.canonical_id) or "",
            entry.level,
            entry.name,
            parent,
            template_id=entry.canonical_id,
        )

    def template_of(self, code: str) -> str:
        """The stored code whose names an expanded code uses (itself when stored)."""
        entry = self.by_code.get(code)
        return entry.stored_id if entry else code

    def rebase_like(self, stored_code: str, printed_code: str | None) -> str:
        """``stored_code`` moved to the bidang of ``printed_code`` when both are generic.

        A sub kegiatan found under parent ``2.08.01.2.06`` is ``2.08.01.2.06.000x``, not the
        stored ``1.06.01...`` copy: the parent says which bidang's support program it is.
        """
        if not printed_code:
            return stored_code
        stored_bidang = self.generic_bidang(stored_code)
        printed_bidang = self.generic_bidang(printed_code)
        if stored_bidang and printed_bidang and stored_bidang != printed_bidang:
            candidate = printed_bidang + stored_code[len(stored_bidang) :]
            if candidate in self.by_code:
                return candidate
        return stored_code

    def lookup_code(self, code: str | None) -> tuple[Entry | None, bool]:
        """The entry a printed code names, and whether it was read without repair.

        Spelling variants (``02`` authority digit, 2-digit sub numbers) count as read
        without repair. OCR look-alikes and broken separators are repaired only when the
        repair leads to exactly one registry code; otherwise ``(None, False)``.
        """
        if not code or is_old_code(code):
            return None, False
        direct = parse_code(code)
        if direct in self.by_code:
            return self.by_code[direct], True
        text = code.strip().strip(".")
        digits = "".join(_SEPARATORS.split(text.translate(_OCR_DIGITS)))
        if not digits.isdigit():
            return None, False
        hits = {c for c in _interpretations(digits) if c in self.by_code}
        if len(hits) == 1:
            return self.by_code[hits.pop()], False
        return None, False

    def look_alike_code(self, text: str) -> str | None:
        """The printed code with up to MAX_DIGIT_SWAPS of its digits read for a "0"
        (:data:`ZERO_LOOK_ALIKES`) put back, when the code as read names no entry and
        exactly one such reading does ("1.06.64.2.02" → "1.06.04.2.02"); else None.

        A scan's blot turns the closed "0" into a "6", "8" or "9" without doubt to the
        engine. Codes of the registry are never changed, nor are codes of an urusan it
        does not hold (no reading of theirs names an entry)."""
        code = parse_code(text)
        if code is None or code in self.by_code or is_old_code(code):
            return None
        sites = [k for k, ch in enumerate(text) if ch in ZERO_LOOK_ALIKES]
        for count in range(1, MAX_DIGIT_SWAPS + 1):
            hits = set()
            for chosen in combinations(sites, count):
                swapped = "".join("0" if k in chosen else ch for k, ch in enumerate(text))
                if parse_code(swapped) in self.by_code:
                    hits.add(swapped)
            if hits:
                return hits.pop() if len(hits) == 1 else None
        return None

    def entries(self, level: str | None = None) -> list[Entry]:
        """Stored (not expanded) entries, optionally of one level: the name-search space."""
        return [e for e in self.stored.values() if level is None or e.level == level]

    def frame(self) -> pd.DataFrame:
        """The contract ``nomenclature`` table of every official entry, expansion included."""
        rows = [
            {
                "canonical_id": e.canonical_id,
                "level": e.level,
                "name": e.name,
                "parent_id": e.parent_id if e.parent_id and e.parent_id.count(".") >= 2 else None,
                "source": "official",
            }
            for e in sorted(self.by_code.values(), key=lambda e: e.canonical_id)
        ]
        frame = pd.DataFrame(rows, columns=["canonical_id", "level", "name", "parent_id",
                                            "source"])
        return frame.astype({"canonical_id": "string", "name": "string", "parent_id": "string"})


@cache
def shipped_registry() -> Registry:
    """The shipped registry, loaded once per process (value repair asks per cell)."""
    return Registry.load()
