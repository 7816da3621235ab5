"""Rencana Aksi: program → kegiatan → sub kegiatan → aksi, with volume and TW I–IV marks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from rencana.extract.classify import unit_name
from rencana.extract.families.base import Column, Row, TableContext, TableFamily
from rencana.extract.header import QUARTER_BAND, Header
from rencana.normalize.marks import parse_mark, planned_value, value_schedule
from rencana.normalize.months import scheduled_quarters
from rencana.normalize.numbers import parse_quantity
from rencana.normalize.text import fold
from rencana.records import FamilyRows, RawTable

_LEVELS = (("sub_kegiatan", r"sub\s*kegiatan"), ("kegiatan", r"kegiatan"), ("program", r"program"))
_SASARAN_LINE = re.compile(r"^\s*sasaran(?:\s+strategis)?\s*:?\s+([A-Z].*)$", re.IGNORECASE)
_REPORTED = r"\b(realisasi|capaian|s d|sampai)\b"
_QUARTER = r"\b(?:triwulan|tw|trw|tri wulan|kuartal|q)\s*"
_PLANNED = r"(?:\s+(?:t|target|rencana|renc))?"
"""A quarter split into plan and realisation ("TW I" over "T | R"): its plan column is
the quarter's; the realisation column reports on it."""


def _level_columns() -> tuple[Column, ...]:
    rules: list[Column] = []
    for name, word in _LEVELS:
        exclude = r"sub\s*kegiatan" if name == "kegiatan" else None
        rules += [
            Column(f"{name}_indikator", rf"{word}.*indikator|indikator.*{word}", exclude),
            Column(f"{name}_target_raw", rf"{word}.*target|target.*{word}", exclude),
            Column(name, rf"{word}", exclude),
        ]
    return tuple(rules)


class RencanaAksi(TableFamily):
    name = "rencana_aksi"
    table = "rencana_aksi"
    columns = (
        # "Volume | Satuan" split in two is one volume ("2 | Kali" → "2 Kali"): a bare
        # satuan is qualified by the aksi to its left (header.qualify_bare_labels).
        Column("volume_raw", r"\bvolume\b|\bvol\b|aksi\s+(?:target|satuan)|target\s+aksi"),
        Column("aksi", r"\baksi\b"),
        Column("sasaran_strategis", r"\bsasaran\b", r"indikator"),
        # "Realisasi s.d. TW IV (%)" reports on the schedule; it is none of its quarters.
        Column("tw1", rf"{_QUARTER}(?:i|1){_PLANNED}$", _REPORTED),
        Column("tw2", rf"{_QUARTER}(?:ii|2){_PLANNED}$", _REPORTED),
        Column("tw3", rf"{_QUARTER}(?:iii|3){_PLANNED}$", _REPORTED),
        Column("tw4", rf"{_QUARTER}(?:iv|4){_PLANNED}$", _REPORTED),
        # One column writing the schedule out: "Januari - Maret", "April, Oktober".
        Column("_schedule", r"^(waktu|jadwal)( pelaksanaan)?( kegiatan)?$"),
        *_level_columns(),
    )
    required = frozenset({"aksi", "sub_kegiatan"})
    value_kinds: ClassVar[dict[str, str]] = {
        "program_target_raw": "target", "kegiatan_target_raw": "target",
        "sub_kegiatan_target_raw": "target", "volume_raw": "target",
        "tw1": "mark", "tw2": "mark", "tw3": "mark", "tw4": "mark"}
    mark_fields = ("tw1", "tw2", "tw3", "tw4")
    levels = (
        ("sasaran_strategis",),
        ("program", "program_indikator", "program_target_raw"),
        ("kegiatan", "kegiatan_indikator", "kegiatan_target_raw"),
        ("sub_kegiatan", "sub_kegiatan_indikator", "sub_kegiatan_target_raw"),
    )

    _values_are_marks: bool = False
    """The table's schedule prints values, not ticks (see ``value_schedule``)."""

    def map_columns(self, header: Header) -> dict[str, list[int]]:
        found = super().map_columns(header)
        if not any(q in found for q in self.mark_fields):
            found.update(_quarters_by_place(header, found))
        return found

    def begin(self, table: RawTable, header: Header, ctx: TableContext) -> None:
        cols = [c for name, found in self.map_columns(header).items()
                if name in self.mark_fields for c in found]
        grid = table.grid(spread_spans=False)
        self._values_are_marks = value_schedule(
            [grid[r][c] for r in range(header.n_rows, table.n_rows) for c in cols])

    def _planned(self, text: str | None) -> bool:
        return parse_mark(text) or (self._values_are_marks and planned_value(text))

    def _quarters(self, row: Row) -> dict[str, bool]:
        """tw1–tw4 from the quarter columns, or from a schedule written out by month."""
        if "tw1" not in row and row.get("_schedule"):
            planned = scheduled_quarters(row["_schedule"]) or (False,) * 4
            return {f"tw{q}": planned[q - 1] for q in range(1, 5)}
        return {f"tw{q}": self._planned(row.get(f"tw{q}")) for q in range(1, 5)}

    def records(
        self, row: Row, ctx: TableContext, out: FamilyRows, row_no: int
    ) -> Iterator[dict]:
        target = parse_quantity(row.get("sub_kegiatan_target_raw"))
        volume = parse_quantity(row.get("volume_raw"))
        record = {name: row.get(name) or None for name in self._text_fields()}
        record.update(
            unit=_unit(ctx),
            sasaran_strategis=(row.get("sasaran_strategis") or _preamble(ctx, r"sasaran")
                               or _sasaran_line(ctx)),
            sub_kegiatan_target_value=target.value,
            sub_kegiatan_target_unit=target.unit,
            volume_value=volume.value,
            volume_unit=volume.unit,
            **self._quarters(row),
        )
        yield record

    @staticmethod
    def _text_fields() -> tuple[str, ...]:
        return (
            "program", "program_indikator", "program_target_raw",
            "kegiatan", "kegiatan_indikator", "kegiatan_target_raw",
            "sub_kegiatan", "sub_kegiatan_indikator", "sub_kegiatan_target_raw",
            "aksi", "volume_raw",
        )


_GARBLED_LEAF = re.compile(r"[ivxlnwmbu1|!]{1,3}")
"""A quarter's roman numeral as a scan garbles it, alone under a band read elsewhere
("n" for "II", "bw" for "III", "iv")."""


def _quarters_by_place(header: Header, found: dict[str, list[int]]) -> dict[str, list[int]]:
    """tw1–tw4 by place where a scan lost or garbled the "I II III IV" leaves under the
    quarter band ("n", "In", "WV", or nothing) and read the band over one to three of
    them: the band's columns, in order, widened to four over columns beside it that
    hold no label or a garbled leaf alone ("bw", "iv"). The band is printed centred over
    its four, so it is widened only as far from its centre as it can be: one free column
    each side of two; the free side of one or of three. None where both such ways fit
    (free columns on both sides of three) or neither does.

    Done here, on the mapping, not by widening the band in the header (which numbers a
    band over four leaves by place): a header widened so no longer matches its own
    repeat on the next page, whose band was read right, and the repeat joins the body."""
    taken = {c for cols in found.values() for c in cols}
    banded = [c for c, label in enumerate(header.labels)
              if c not in taken and QUARTER_BAND.search(label)]
    if not banded or banded != list(range(banded[0], banded[-1] + 1)) or len(banded) > 4:
        return {}

    def free(col: int) -> bool:
        return (0 <= col < len(header.labels) and col not in taken
                and (not header.labels[col] or bool(_GARBLED_LEAF.fullmatch(header.labels[col]))))

    first, last = banded[0], banded[-1]
    offsets = {start: abs(first - start + (last - first) / 2 - 1.5)  # band off the centre
               for start in range(last - 3, first + 1)}
    centred = [start for start, offset in offsets.items() if offset == min(offsets.values())
               and all(free(c) for c in range(start, start + 4) if c not in banded)]
    if len(centred) != 1:
        return {}
    return {f"tw{q}": [centred[0] + q - 1] for q in range(1, 5)}


def _unit(ctx: TableContext) -> str | None:
    """The bidang the table belongs to: a "BIDANG …" line above it, else the document's."""
    for line in ctx.lines_above:
        name = unit_name(line)
        if name:
            return name
    return ctx.doc.unit


def _sasaran_line(ctx: TableContext) -> str | None:
    """The sasaran named on a line above the table whose colon OCR lost
    ("Sasaran Strategis Meningkatnya …")."""
    for line in ctx.lines_above:
        match = _SASARAN_LINE.match(line)
        if match:
            return match.group(1)
    return None


def _preamble(ctx: TableContext, pattern: str) -> str | None:
    """A value from the block table printed before this one, by its label's meaning."""
    for label, value in ctx.preamble.items():
        if re.search(pattern, fold(label)) and "indikator" not in fold(label):
            return value or None
    return None
