"""IKU linkage (Tabel Keterkaitan IKU dengan Program Kegiatan): tujuan → IKU → sasaran →
indikator → program → kegiatan with its indicator and budget.

Agencies often pack several kegiatan, their indicators and their amounts into one cell,
one item per paragraph or as a numbered list ("1. kegiatan", "1.1. its sub kegiatan");
those become one row each, paired in order or by their numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import ClassVar

from rencana.extract.families.base import Column, Row, TableContext, TableFamily, has_letters
from rencana.extract.header import Header
from rencana.normalize.money import money_scale, parse_money, value_lines
from rencana.normalize.text import clean_cell, fold
from rencana.records import FamilyRows, RawTable

_PARAGRAPH = re.compile(r"\n\s*\n")
_LIST_MARKER = re.compile(r"^\s*(?:(\d{1,2}(?:\.\d{1,2})*(?=[.)])|\d{1,2}(?:\.\d{1,2})+(?=,)"
                          r"|[a-z](?=[.)]))[.),]|[•●▪◦‣∙·*\-–])\s+(?=\S)")
"""A list number opening a line: "1. ", "1.1. ", "2) ", "a. " (not a code like 1.06.02,
whose parts are zero-padded and which is not followed by a stop), or a bullet ("• ",
"- "); a bullet's item has no number (None) and pairs by its place in the list. A lone
"-" (no amount) is no bullet: text must follow it. A scan's stop may read as a comma
after a number of several parts ("1.1, 201.900.000"); a lone "1," may be a value's."""
_PACKED = ("kegiatan", "indikator_kegiatan", "budget_raw")
_KEGIATAN = re.compile(r"kegiatan")
_PROGRAM_LINE = re.compile(r"^program\b")
_CODE_LABEL = re.compile(r"^kode\b")
_LINKED_LEVELS = frozenset({"tujuan_rpjmd", "iku_kota", "sasaran_strategis", "indikator_kinerja"})
"""What an IKU table links its programs to. Codes beside program and kegiatan columns
with none of these make a Renja printing a name column per level."""
_SPENT = re.compile(r"realisasi.*(anggaran|keuangan|\brp\b|dana)")
PAIR_TOLERANCE = 4.0
"""Points between the top of a value paragraph and the top of the item it belongs to."""


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a cell (a blank line separates them)."""
    return [p.strip() for p in _PARAGRAPH.split(text or "") if p.strip()]


def numbered_items(text: str) -> list[tuple[str | None, str]] | None:
    """A cell printed as a numbered or bulleted list, as (number, item text) pairs in
    order (number None for a bullet); None when the cell is not one (its first line is
    not marked, or fewer than two items). A line without a marker continues the item
    above (a wrapped line)."""
    items: list[tuple[str | None, list[str]]] = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        marker = _LIST_MARKER.match(line)
        if marker:
            items.append((marker.group(1), [line[marker.end():].strip()]))
        elif items:
            items[-1][1].append(line.strip())
        else:
            return None
    if len(items) < 2:
        return None
    return [(number, "\n".join(lines)) for number, lines in items]


def pair_paragraphs(items: int, values: int, item_tops: tuple[float, ...],
                    value_tops: tuple[float, ...]) -> list[int] | None:
    """Which item each value paragraph belongs to, or None when that cannot be known.

    With positions, a value belongs to the one item whose first line is printed at its
    height; a value between items, or two values on one item, make the pairing unknown.
    Without positions, only equal counts pair, in order.
    """
    if values == 0:
        return []
    if len(item_tops) == items and len(value_tops) == values:
        owners = []
        for top in value_tops:
            near = [i for i, t in enumerate(item_tops) if abs(t - top) <= PAIR_TOLERANCE]
            if len(near) != 1:
                return None  # printed between items, or ambiguous: never guess a pairing
            owners.append(near[0])
        return owners if len(set(owners)) == len(owners) else None
    return list(range(values)) if values == items else None


def _listed_in_order(text: str, marked: list[tuple[str | None, str]], scanned: bool
                     ) -> list[str] | None:
    """A column's items that pair with a list in order: its bulleted items, else its
    paragraphs when there are several, else its lines when each is a value or a dash.

    On a scan paragraphs do not pair (a line the engine skipped parts one in two), and
    lines only when each is a value or a dash, as many as the items (the caller counts):
    a "-" (no amount) printed alone on its line is found by its place in the list
    (:func:`ocr.dashes.unread_dashes`), and where one is still lost the list is a line
    short and pairs with nothing, rather than hand every later amount to the item above
    its own."""
    if marked:
        return [body for number, body in marked if number is None] if all(
            number is None for number, _ in marked) else None
    if scanned:
        return value_lines(text)
    plain = paragraphs(text)
    if len(plain) > 1:
        return plain
    lines = value_lines(text)
    return lines if lines is not None else plain


class IkuLinks(TableFamily):
    name = "iku_links"
    table = "iku_links"
    columns = (
        # Permendagri 86 names a program's indicator by its outcome ("hasil") and a
        # kegiatan's by its output ("keluaran").
        # In either order: "Indikator Kegiatan", or a "Kegiatan / Sub Kegiatan" band over
        # "Uraian | Indikator".
        Column("indikator_program", r"^(?=.*indikator).*(program|\bhasil\b|outcome)"),
        Column("indikator_kegiatan", r"^(?=.*indikator).*(kegiatan|keluaran|output)"),
        # "IKU Kota/Kabupaten/Daerah" is the region's; a bare "IKU" or "IKU Perangkat
        # Daerah" is the agency's own indicator.
        # "Indikator Tujuan" / "IKU Tujuan" is the region's IKU too: a tujuan is the RPJMD's.
        Column("iku_kota", r"\biku\b(?!.*\bperangkat\b).*\b(kota|kabupaten|daerah|pemda)\b|"
                           r"^(?=.*(indikator|\biku\b)).*\btujuan\b"),
        # A baseline under a "Target" band ("Target Kinerja | Kondisi Awal (2026)") is
        # still the baseline: the more specific words are tried first. Both come before
        # the levels: "Kinerja Sasaran" over "Capaian 2025 | Target 2026" heads values.
        Column("baseline_raw", r"capaian|realisasi|baseline|kondisi (kinerja )?awal|"
                               r"tahun dasar|data awal"),
        Column("target_raw", r"\btarget\b"),
        Column("indikator_kinerja", r"indikator|\biku\b"),
        Column("tujuan_rpjmd", r"\btujuan\b"),
        Column("sasaran_strategis", r"\bsasaran\b"),
        Column("budget_raw", r"anggaran|pagu|\brp\b|dana"),
        Column("program", r"\bprogram\b"),
        Column("kegiatan", r"kegiatan"),
    )
    required = frozenset({"program", "kegiatan", "indikator_kegiatan"})
    value_kinds: ClassVar[dict[str, str]] = {
        "target_raw": "target", "baseline_raw": "target", "budget_raw": "money"}
    levels = (
        ("tujuan_rpjmd",),
        ("iku_kota",),
        ("sasaran_strategis",),
        ("indikator_kinerja", "target_raw", "baseline_raw"),
        ("program", "indikator_program"),
    )

    def map_columns(self, header: Header) -> dict[str, list[int]]:
        """One column may hold program and kegiatan lines alike ("Program / Kegiatan / Sub
        Kegiatan"), with their indicators in another: each then serves both levels, and
        every line is put in its own level's fields (:meth:`split_packed`)."""
        found = super().map_columns(header)
        for wider, narrower in (("program", "kegiatan"),
                                ("indikator_program", "indikator_kegiatan")):
            cols = found.get(wider, [])
            if narrower not in found and cols and _KEGIATAN.search(header.labels[cols[0]]):
                found[narrower] = cols
        return found

    def score(self, header: Header, headings: Sequence[list[tuple[str, str]]] = ()) -> float:
        """An evaluation table reports the budget spent ("Realisasi Anggaran"), which this
        family has no field for and plan_items has: it is plan_items', even when it also
        links the items to the IKU. So is a coded list of programs and kegiatan that links
        them to nothing (:data:`_LINKED_LEVELS`)."""
        if any(_SPENT.search(label) for label in header.labels):
            return 0.0
        found = self.map_columns(header)
        if any(_CODE_LABEL.match(label) for label in header.labels) and not (
                found.keys() & _LINKED_LEVELS):
            return 0.0
        return super().score(header, headings)

    def split_packed(self, row: Row, tops: dict[str, tuple[float, ...]], out: FamilyRows
                     ) -> list[Row]:
        if self._combined:
            row = self._own_level(row)
        listed = numbered_items(row.get("kegiatan", ""))
        if listed:
            return self._split_numbered(row, listed, out, self._scanned)
        parts = {name: paragraphs(row.get(name, "")) for name in _PACKED}
        count = len(parts["kegiatan"])
        if count <= 1:
            return [row]
        rows = [dict(row, kegiatan=name, indikator_kegiatan="", budget_raw="")
                for name in parts["kegiatan"]]
        for other in _PACKED[1:]:
            owners = pair_paragraphs(count, len(parts[other]), tops.get("kegiatan", ()),
                                     tops.get(other, ()))
            if owners is None:
                # Never pair by guesswork: keep the printed text on the first item, null values.
                out.warnings.append(f"packed cell: {count} kegiatan but {len(parts[other])} "
                                    f"{other} paragraphs that cannot be paired; kept as text")
                rows[0]["_unpaired_" + other] = row.get(other, "")
                continue
            for owner, text in zip(owners, parts[other], strict=True):
                rows[owner][other] = text
        return rows

    @staticmethod
    def _split_numbered(row: Row, listed: list[tuple[str | None, str]], out: FamilyRows,
                        scanned: bool) -> list[Row]:
        """One row per listed kegiatan; the indicator and amount columns are paired by
        the same numbers (an amount list may number only the sub kegiatan it funds), or
        in order when they list as many items: bulleted, unmarked paragraphs, or one
        value per line (amounts printed line under line, "-" where there is none; not
        on a scan, see :func:`_listed_in_order`)."""
        rows = [dict(row, kegiatan=name, indikator_kegiatan="", budget_raw="")
                for _, name in listed]
        index = {number: i for i, (number, _) in enumerate(listed) if number is not None}
        for other in _PACKED[1:]:
            text = row.get(other, "")
            numbered = numbered_items(text) or [
                (number, body) for line in text.splitlines()
                if (marker := _LIST_MARKER.match(line))
                for number, body in [(marker.group(1), line[marker.end():].strip())]]
            in_order = _listed_in_order(text, numbered, scanned)
            if numbered and all(number in index for number, _ in numbered):
                for number, value in numbered:
                    rows[index[number]][other] = value
            elif in_order is not None and len(in_order) == len(listed):
                for target, value in zip(rows, in_order, strict=True):
                    target[other] = value
            elif text.strip():
                out.warnings.append(f"packed cell: {len(listed)} numbered kegiatan but "
                                    f"{other} cannot be paired with them; kept as text")
                rows[0]["_unpaired_" + other] = text
        return rows

    _scale: int = 1
    _combined: bool = False
    _name_level: Callable[[str], str | None] | None = None
    _scanned: bool = False

    def in_rupiah(self, name: str) -> bool:
        return self._scale == 1

    def begin(self, table: RawTable, header: Header, ctx: TableContext) -> None:
        found = self.map_columns(header)
        budget = found.get("budget_raw", [])
        self._scale = money_scale(" ".join(header.labels[c] for c in budget), ctx.lines_above)
        self._combined = found.get("program") == found.get("kegiatan")
        self._name_level = ctx.name_level
        self._scanned = table.method.startswith("ocr-")

    def _own_level(self, row: Row) -> Row:
        """A line of a column holding both levels, in its own level's fields only: a
        program line ("PROGRAM …", or a program of the nomenclature) opens the program
        for the kegiatan lines below it, which are the rows."""
        name = clean_cell(row.get("program", ""))
        if not name:
            return row
        level = self._name_level(name) if self._name_level else None
        if level == "program" or (level is None and _PROGRAM_LINE.match(fold(name))):
            return dict(row, kegiatan="", indikator_kegiatan="")
        return dict(row, program="", indikator_program="")

    def records(
        self, row: Row, ctx: TableContext, out: FamilyRows, row_no: int
    ) -> Iterator[dict]:
        if not has_letters(row.get("kegiatan", "")):
            return  # no item here (a misread numbering row has digits only)
        money = parse_money(row.get("budget_raw"), scale=self._scale)
        raw_budget = row.get("budget_raw") or row.get("_unpaired_budget_raw") or None
        if money.warning:
            out.warnings.append(money.warning)
        yield {
            **{name: row.get(name) or None for name in (
                "tujuan_rpjmd", "iku_kota", "sasaran_strategis", "indikator_kinerja",
                "target_raw", "baseline_raw", "program", "indikator_program", "kegiatan",
                "indikator_kegiatan",
            )},
            "budget_idr": money.value,
            "budget_raw": raw_budget,
        }
