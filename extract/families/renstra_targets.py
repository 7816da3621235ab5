"""Renstra targets: tujuan → sasaran → indikator × yearly targets (Tabel 4.x, Matriks
Renstra, Tabel 7.2), written long: one row per indicator per year with a printed target."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from rencana.extract.families.base import Column, Row, TableContext, TableFamily, label_year
from rencana.extract.header import Header
from rencana.normalize.numbers import parse_quantity, unit_or_satuan
from rencana.records import FamilyRows, RawTable

_NOT_A_TARGET = r"kondisi|akhir|realisasi|capaian|anggaran|pagu|\brp\b|dana|baseline|awal"
_END_OF_PERIOD = r"akhir\s+(periode|renstra|rpjmd|tahun rencana)"
"""The "kondisi kinerja pada akhir periode" column: the target of the plan's last year."""


_ORDINAL_YEAR = re.compile(r"\btahun ke ?(\d{1,2})\b")
_FIRST_YEAR_NOTE = re.compile(r"tahun ke\W*1\s*[=:]\s*((?:19|20)\d\d)", re.IGNORECASE)
MIN_CALENDAR_YEAR = 1900
DOCUMENT_YEAR = 0
"""Key of a yearless target column, read as the year of a one-year document (a
Perjanjian Kinerja: "Sasaran Strategis | Indikator Kinerja | Target"), else not at all."""
_PLAIN_TARGET = re.compile(r"\btarget\b")


def _first_plan_year(ctx: TableContext) -> int | None:
    """The calendar year of "Tahun ke-1": a note above the table ("Tahun ke-1 = 2026"),
    else the first year of the document's period."""
    for line in reversed(ctx.lines_above):
        note = _FIRST_YEAR_NOTE.search(line)
        if note:
            return int(note.group(1))
    return ctx.doc.year_start


class RenstraTargets(TableFamily):
    name = "renstra_targets"
    table = "renstra_targets"
    columns = (
        Column("_end_period", _END_OF_PERIOD),
        Column("satuan", r"\bsatuan\b"),
        Column("indikator", r"indikator|\biku\b|ukuran kinerja|kinerja utama"),
        Column("sasaran", r"\bsasaran\b"),
        Column("tujuan", r"\btujuan\b"),
        Column("_plan", r"\bprogram\b|\bkegiatan\b|\bkode\b|anggaran|pagu"),
    )
    required = frozenset({"indikator"})
    levels = (("tujuan",), ("sasaran",))
    _fields: dict[int, str]
    """year → row field holding its target."""

    def year_columns(self, header: Header) -> dict[int, int]:
        """year → column of its target (columns whose label carries a year). A plan year
        counted from the start ("Tahun ke-1") is keyed by its ordinal (1, 2, …) until the
        table is read and the calendar year is known."""
        years: dict[int, int] = {}
        for col, label in enumerate(header.labels):
            ordinal = _ORDINAL_YEAR.search(label)
            year = label_year(label) or (int(ordinal.group(1)) if ordinal else None)
            if year and ("target" in label or not re.search(_NOT_A_TARGET, label)):
                years.setdefault(year, col)
        if not years:  # one target column, no year: the year of a one-year document
            plain = [c for c, label in enumerate(header.labels)
                     if _PLAIN_TARGET.search(label) and not re.search(_NOT_A_TARGET, label)]
            if len(plain) == 1:
                years[DOCUMENT_YEAR] = plain[0]
        return years

    def score(self, header: Header, headings: Sequence[list[tuple[str, str]]] = ()) -> float:
        found = self.map_columns(header)
        years = self.year_columns(header)
        # One yearless target column is a sasaran's yearly target (a Perjanjian Kinerja)
        # only beside a sasaran column; "Indikator | Target" alone is any table's.
        one_year = list(years) == [DOCUMENT_YEAR] and "sasaran" in found
        if "_plan" in found or (len(years) < 2 and not one_year):
            return 0.0
        return super().score(header, headings)

    def map_columns(self, header: Header) -> dict[str, list[int]]:
        # Year columns first: their group heading ("target kinerja tujuan/sasaran pada
        # tahun ke …") must not make them tujuan or sasaran columns.
        years = self.year_columns(header)
        taken = set(years.values())
        found = {name: kept for name, cols in super().map_columns(header).items()
                 if (kept := [c for c in cols if c not in taken])}
        for year, col in years.items():
            found[f"y{year}"] = [col]
        return found

    def begin(self, table: RawTable, header: Header, ctx: TableContext) -> None:
        first = _first_plan_year(ctx)
        self._fields = {}
        doc = ctx.doc
        for key in self.year_columns(header):
            if key == DOCUMENT_YEAR:
                if doc.year_start and doc.year_start == doc.year_end:
                    self._fields[doc.year_start] = f"y{key}"
            elif key >= MIN_CALENDAR_YEAR:
                self._fields[key] = f"y{key}"
            elif first:  # "Tahun ke-n": never guessed without the plan's first year
                self._fields[first + key - 1] = f"y{key}"
        end = ctx.doc.year_end
        if end and self._fields and end > max(self._fields) and "_end_period" in (
            self.map_columns(header)
        ):
            self._fields[end] = "_end_period"

    def value_kind(self, name: str) -> str | None:
        """Every year column holds a target; Satuan holds a unit."""
        if (name.startswith("y") and name[1:].isdigit()) or name == "_end_period":
            return "target"
        return "unit" if name == "satuan" else super().value_kind(name)

    def records(
        self, row: Row, ctx: TableContext, out: FamilyRows, row_no: int
    ) -> Iterator[dict]:
        if not row.get("indikator"):
            return
        for year, name in sorted(self._fields.items()):
            raw = row.get(name, "")
            if not raw:
                continue
            satuan = row.get("satuan") or None
            value = parse_quantity(raw, default_unit=satuan)
            yield {
                "tujuan": row.get("tujuan") or None,
                "sasaran": row.get("sasaran") or None,
                "indikator": row["indikator"],
                "year": year,
                "target_raw": raw,
                "target_value": value.value,
                "target_unit": unit_or_satuan(value, satuan),
            }
