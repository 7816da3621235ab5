"""The shared reading of a table family; each family module only declares what differs.

Template method (as camelot's parsers): :meth:`TableFamily.read` maps columns by header
meaning, walks the body rows, drops blank/header/column-number rows, skips group rows,
fills merged cells down level by level, splits packed cells, and hands each logical row to
the family's :meth:`TableFamily.records`. Families override the hooks, never the walk.
Provenance (doc_id, table_id, method) is stamped later by the pipeline, in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from rencana.extract.families.label_words import mend_label, rule_words
from rencana.extract.families.ocr_values import reread
from rencana.extract.families.stacked import stacked_fields, unstack
from rencana.extract.header import Header, qualify_bare_labels, section_heading
from rencana.extract.ocr.punctuation import mend_punctuation
from rencana.normalize.marks import SHADED
from rencana.normalize.numbers import is_column_number_row
from rencana.normalize.text import (
    clean_cell,
    fold,
    is_dash,
    lone_symbol,
    too_short_for_a_name,
    without_trailing_speck,
)
from rencana.records import DocumentInfo, FamilyRows, RawTable

Row = dict[str, str]


@dataclass(frozen=True)
class Column:
    """A header-meaning rule: a column whose folded composite label matches ``pattern``
    holds ``field``, unless its own lowest label matches ``exclude`` (a group heading such as
    "kerangka pendanaan" must not exclude its "target" child). Rules are tried in order;
    the first match wins."""

    field: str
    pattern: str
    exclude: str | None = None

    def matches(self, label: str, leaf: str) -> bool:
        if not re.search(self.pattern, label):
            return False
        return not (self.exclude and re.search(self.exclude, leaf))


@dataclass
class TableContext:
    """What a family may know beyond its table: the document and the text around it."""

    doc: DocumentInfo
    lines_above: tuple[str, ...] = ()
    preamble: dict[str, str] = field(default_factory=dict)
    """Label → value of a small block table printed just before this one (e.g. the
    sasaran strategis block above a Rencana Aksi table)."""
    name_level: Callable[[str], str | None] | None = None
    """Level of a program/kegiatan/sub kegiatan name by the nomenclature, for tables that
    print neither codes nor level labels."""


class TableFamily:
    """Base class of the table families. Subclasses set the class attributes and hooks."""

    name: ClassVar[str]
    table: ClassVar[str]
    """Contract table the family writes."""
    columns: ClassVar[tuple[Column, ...]]
    required: ClassVar[frozenset[str]]
    """Fields that must all be found for the family to claim a table."""
    levels: ClassVar[tuple[tuple[str, ...], ...]] = ()
    """Filled-down context, outermost first. The first field of a level is its key: a new
    key starts a new item (its other fields come from the row, deeper levels reset); a
    blank key continues the item above (blank fields keep the value above)."""
    value_kinds: ClassVar[dict[str, str]] = {}
    """Value columns and what they hold ("money", "target", "mark"): cells read by OCR
    are repaired against it before parsing."""
    mark_fields: ClassVar[tuple[str, ...]] = ()
    """Schedule columns: an empty shaded cell there reads as a mark."""
    key_fields: ClassVar[frozenset[str]] = frozenset()
    """Level fields that hold a row's number ("1", "A", "II"), not words."""
    joiners: ClassVar[dict[str, str]] = {}
    """How a field printed over several columns is joined (default a space); e.g. a code
    printed one part per column ("1 | 06 | 04") joins with dots."""
    anchor: ClassVar[str | None] = None
    """When several columns match a field, prefer the nearest one right of this field's
    column (a row's attributes follow the item's name in these tables)."""

    # -- column mapping ------------------------------------------------------------------
    def map_columns(self, header: Header) -> dict[str, list[int]]:
        """field → column indexes, by header meaning (a misread label word mended first,
        :mod:`label_words`)."""
        found: dict[str, list[int]] = {}
        vocabulary = rule_words(p for rule in self.columns for p in (rule.pattern, rule.exclude)
                                if p)
        for col, (label, leaf) in enumerate(zip(header.labels, header.leaves, strict=True)):
            label, leaf = mend_label(label, vocabulary), mend_label(leaf, vocabulary)
            for rule in self.columns:
                if label and rule.matches(label, leaf):
                    found.setdefault(rule.field, []).append(col)
                    break
        if self.anchor and self.anchor in found:
            pivot = found[self.anchor][0]
            for name, cols in found.items():
                if name != self.anchor and len(cols) > 1:
                    right = [c for c in cols if c > pivot]
                    found[name] = right or cols
        return found

    def score(self, header: Header, headings: Sequence[list[tuple[str, str]]] = ()) -> float:
        """How well the header fits this family: 0 unless every required field is found,
        in a column or named by the section headings among the body rows."""
        found = set(self.map_columns(header))
        for heading in headings:
            found |= self.section_fields(heading).keys()
        if not self.required <= found:
            return 0.0
        fields = {rule.field for rule in self.columns}
        return len(found) / len(fields)

    # -- hooks ---------------------------------------------------------------------------
    def is_group_row(self, row: Row) -> bool:
        """A heading/total row that is not a plan item (URUSAN …, JUMLAH, TOTAL)."""
        return False

    def split_packed(self, row: Row, tops: dict[str, tuple[float, ...]], out: FamilyRows
                     ) -> list[Row]:
        """Several items printed in one cell → several rows. Values still hold their line
        breaks (a blank line is a paragraph break); ``tops`` gives each field's paragraph
        positions where the producer knows them. Default: the row as is."""
        return [row]

    def records(
        self, row: Row, ctx: TableContext, out: FamilyRows, row_no: int
    ) -> Iterator[dict]:
        """Contract rows from one logical row (several for multi-year tables)."""
        raise NotImplementedError

    def begin(self, table: RawTable, header: Header, ctx: TableContext) -> None:
        """Called before the walk; families with per-table state reset it here."""

    def cross_check(self, out: FamilyRows) -> None:
        """Called after the walk on tables read by OCR: a family whose table prints
        figures that must agree (totals of items) drops the values that do not."""

    # -- the walk ------------------------------------------------------------------------
    def _cell_value(self, name: str, cells: list[str], cols: list[int]) -> str:
        if len(cols) == 1:
            return cells[cols[0]]
        parts = [clean_cell(cells[c]) for c in cols if cells[c]]
        if name in self.joiners:  # parts of one value: "1 | 06 | 06" is 1.06.06
            return self.joiners[name].join(parts)
        return " ".join(dict.fromkeys(parts))

    def _fill_down(self, row: Row, state: dict[str, str], fresh: set[str]) -> Row:
        """Carry each level's context down. A level's key printed in this row (``fresh``,
        not merely covered by a merged cell from above) starts a new item."""
        filled = dict(row)
        for depth, level in enumerate(self.levels):
            key = level[0]
            if key in fresh and row.get(key):
                for name in level:
                    state[name] = row.get(name, "")
                for deeper in self.levels[depth + 1 :]:
                    for name in deeper:
                        if not row.get(name):
                            state.pop(name, None)
            else:
                for name in level:
                    if row.get(name):
                        state[name] = row[name]
            for name in level:
                filled[name] = state.get(name, "")
        return filled

    def _open_section(self, cells: list[str], state: dict[str, str]) -> bool:
        """A "Label: value" row across the table whose labels name this family's levels
        ("Tujuan RPJMD: …", or "Program : …" / "Indikator Program : …" / "Target : …")
        starts that level for the rows below, like a merged cell would. True when the row
        was such a heading."""
        heading = section_heading(cells)
        fields = self.section_fields(heading) if heading else {}
        if not fields:
            return False
        self._fill_down(fields, state, fields.keys() & {level[0] for level in self.levels})
        return True

    def section_fields(self, heading: list[tuple[str, str]]) -> dict[str, str]:
        """Level fields a heading names. A bare label ("Target", "Indikator") belongs to
        the item named before it in the heading ("Program : …" then "Target : 81%")."""
        level_fields = {name for level in self.levels for name in level}
        labels = qualify_bare_labels([fold(label) for label, _ in heading])
        fields: dict[str, str] = {}
        for label, (_, value) in zip(labels, heading, strict=True):
            name = next((rule.field for rule in self.columns
                         if rule.field in level_fields and rule.matches(label, label)), None)
            if name and value:
                fields[name] = value
        return fields

    def _name_fields(self) -> list[str]:
        """Level fields that hold names or indicators (words), not values or marks."""
        return [name for level in self.levels for name in level if self._is_text(name)]

    def _is_text(self, name: str) -> bool:
        """Does the field hold words (a name, an indicator, an action), not a value or a
        mark?"""
        return self.value_kind(name) is None and name not in self.mark_fields

    def _speck(self, name: str, text: str | None) -> bool:
        """Is the text of an OCR'd name cell a speck the engine read, not a name: one
        glyph that is no letter, digit or dash ("✓"), at most two letters or digits ("e",
        "hd") outside a row-number field, or a lone dash as a level's key? A "-" beside an
        indicator says "none" and stays, but no goal, program or activity is named "-":
        there it would end the merged cell above and start an item of its own."""
        if lone_symbol(text):
            return True
        if name in self.key_fields:
            return False
        keys = {level[0] for level in self.levels}
        return too_short_for_a_name(text) or (name in keys and is_dash(text))

    def value_kind(self, name: str) -> str | None:
        """What a field's column holds ("money", "target", "mark"), for OCR rereading."""
        return self.value_kinds.get(name.split("@")[0])

    def in_rupiah(self, name: str) -> bool:
        """Are a money field's amounts printed in rupiah, not in thousands or millions (a
        scaled amount may print decimals: "984.182,575" thousand)?"""
        return True

    def _reread(self, row: Row, out: FamilyRows, percent_fields: set[str]) -> None:
        for name, text in row.items():
            kind = self.value_kind(name)
            if kind and text:
                row[name], warning = reread(text, kind, name in percent_fields,
                                            in_rupiah=self.in_rupiah(name))
                if warning:
                    out.warnings.append(warning)

    def _percent_fields(self, grid: list[list[str]], mapping: dict[str, list[int]],
                        first: int) -> set[str]:
        """Target columns whose numbers are mostly printed as percentages."""
        out = set()
        for name, cols in mapping.items():
            if self.value_kind(name) != "target":
                continue
            texts = [clean_cell(row[c]) for row in grid[first:] for c in cols]
            values = [t for t in texts if any(ch.isdigit() for ch in t)]
            if values and sum("%" in t for t in values) * 2 >= len(values):
                out.add(name)
        return out

    def read(self, table: RawTable, header: Header, ctx: TableContext) -> FamilyRows:
        """Read every body row of a (stitched) table into contract rows."""
        out = FamilyRows(table=self.table)
        mapping = self.map_columns(header)
        # Merged cells fill down through ``spread``; ``raw`` (covered positions blank) tells
        # what is printed in a row itself. A cell a renderer left blank (e.g. a merged cell
        # broken over pages) is carried down level by level in ``_fill_down``.
        raw = table.grid(spread_spans=False)
        spread = table.grid(spread_spans=True, across=False)
        full = table.grid(spread_spans=True)
        self.begin(table, header, ctx)
        percent_fields = self._percent_fields(spread, mapping, header.n_rows)
        stacked = stacked_fields(self.columns, header, mapping)
        notes = [c for c, leaf in enumerate(header.leaves) if _NOTE_COLUMN.match(leaf)]
        state: dict[str, str] = {}
        header_rows = set(header.rows)
        name_fields = self._name_fields()
        for r in range(header.n_rows, table.n_rows):
            cleaned = [clean_cell(t) for t in raw[r]]
            if not any(cleaned) or is_column_number_row(cleaned) or _numbering_only(cleaned):
                continue
            if tuple(fold(clean_cell(c)) for c in full[r]) in header_rows:
                continue
            if self._open_section(full[r], state):
                continue
            if any(_DELETED.match(fold(spread[r][c])) for c in notes):
                out.warnings.append(f"row {r + 1}: marked deleted in the revision, not read")
                continue
            # Values keep their line breaks until packed cells are split.
            values = {name: self._cell_value(name, spread[r], cols)
                      for name, cols in mapping.items()}
            fresh = {name for name, cols in mapping.items() if any(raw[r][c] for c in cols)}
            values = unstack(values, fresh, stacked, self.columns)
            if table.method.startswith("ocr"):
                for name in name_fields:
                    if self._speck(name, values.get(name)):
                        values[name] = ""
                        fresh.discard(name)
                values = {name: mend_punctuation(without_trailing_speck(text))
                          if text and self._is_text(name) else text
                          for name, text in values.items()}
            for name in self.mark_fields:  # a quarter may print as three month columns
                cells = [table.cell_at(r, c) for c in mapping.get(name, ())]
                if any(cell and cell.shaded for cell in cells) and not values[name].strip():
                    values[name] = SHADED
            tops = {name: cell.paragraph_tops for name, cols in mapping.items()
                    if (cell := table.cell_at(r, cols[0]))}
            row_no = r - header.n_rows + 1
            for item in self.split_packed(values, tops, out):
                row = {name: clean_cell(text) for name, text in item.items()}
                if table.method.startswith("ocr"):
                    self._reread(row, out, percent_fields)
                if self.is_group_row(row):
                    continue
                row = self._fill_down(row, state, fresh)
                for record in self.records(row, ctx, out, row_no):
                    record["row_no"] = row_no
                    record["page"] = table.row_pages[r]
                    record.setdefault("ocr_confidence", table.row_confidence(r))
                    out.rows.append(record)
        if table.method.startswith("ocr"):
            self.cross_check(out)
        return out


_NOTE_COLUMN = re.compile(r"^(keterangan|ket|catatan)\b")
_DELETED = re.compile(r"^(dihapus|dihilangkan|ditiadakan|dibatalkan)\b")
"""A revised plan still prints the lines it drops, noted "Dihapus": they are no plan item."""


def _numbering_only(cells: list[str]) -> bool:
    """A row of nothing but small integers (four or more, or a rising run such as
    "10 12") is a column-number row an engine misread ("1 2 3 … 12" with digits lost),
    never a plan item: items carry a name."""
    texts = [c for c in cells if c]
    if len(texts) < 2 or not all(c.isdigit() and len(c) <= 2 for c in texts):
        return False
    numbers = [int(c) for c in texts]
    return len(texts) >= 4 or numbers == sorted(set(numbers))


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def label_year(label: str) -> int | None:
    """The year a column is about: the last year in its label (the lowest header row is
    the most specific, e.g. "target kinerja tahun 2019 2024 2021" → 2021)."""
    years = _YEAR.findall(label)
    return int(years[-1]) if years else None


def has_letters(text: str) -> bool:
    """Names of programs, kegiatan and aksi are words; a cell of digits only is not one."""
    return any(ch.isalpha() for ch in text)


def group_label(text: str, words: str) -> bool:
    """Does a folded name start with one of the ``|``-separated heading words?"""
    return re.match(rf"^(?:{words})\b", fold(text)) is not None
