"""Plan items: program / kegiatan / sub kegiatan lines with indicator, target and money
(Renja tables, Renstra T-C.27 funding tables, Pelaporan Kinerja / evaluation tables).

One row per item per year: a multi-year table (target and pagu per year) is written long.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import ClassVar

from rencana.extract.families.base import (
    Column,
    Row,
    TableContext,
    TableFamily,
    group_label,
    has_letters,
    label_year,
)
from rencana.extract.families.totals import disputed_amounts, settled_by_sums
from rencana.extract.header import Header
from rencana.extract.ocr.amounts import both_readings
from rencana.normalize.annotate import REFORM_YEAR
from rencana.normalize.codes import code_level, parse_code, split_leading_code
from rencana.normalize.money import money_scale, parse_money
from rencana.normalize.numbers import parse_quantity, unit_or_satuan
from rencana.normalize.text import fold
from rencana.records import DocumentInfo, FamilyRows, RawTable

_MONEY = r"anggaran|pagu|\brp\b|rupiah|\bdana\b|pendanaan|biaya|keuangan"
_GROUP_ROWS = r"jumlah|total|sub total|subtotal|urusan|bidang urusan|grand total|unsur"
"""Heading words of rows that are no plan item; "Unsur Penunjang Urusan Pemerintahan" is
how the supporting affairs (urusan 5, 6, …) are headed."""
_BIDANG_CODE = re.compile(r"^\d\s*\.\s*\d{2}\.?$")
"""A bidang urusan code ("1.06", "5.01"): a heading over programs, whatever its name."""
_NO_ITEM = r"\bsumber\b|\bcatatan\b|\bketerangan\b"
"""A column of its own named so (the funding source, a note) holds neither an item's name
nor its budget, whatever band it stands under ("Capaian Kinerja Program dan Kerangka
Pendanaan" over "Sumber Dana" and "Catatan Penting")."""
_LETTER = re.compile(r"^[A-Z][a-z]?\.?$")
"""A program's letter ("C", "C."); OCR now and then doubles a lone capital ("Cc")."""
_SMALL_LOOKING_CAPITAL = re.compile(r"^[cosvwxz]\.?$")
"""A capital OCR tells from its small letter by size alone, and so reads small now and
then ("c" for "C"): a program's letter once the table numbers its programs by capitals."""


def _pre_reform(doc: DocumentInfo) -> bool:
    """Documents of the old nomenclature have programs and kegiatan only; looking their
    names up in the 2021 registry would turn old kegiatan into new sub kegiatan."""
    return doc.year_end is not None and doc.year_end < REFORM_YEAR


def caption_year(line: str) -> int | None:
    """The year a table caption names ("EVALUASI … TAHUN 2017" → 2017)."""
    match = re.search(r"\btahun\s+(?:anggaran\s+)?((?:19|20)\d\d)\b(?!\s*[-–])", line, re.I)
    return int(match.group(1)) if match else None


_PERIOD_STATE = re.compile(r"\bkondisi\b|\b(awal|akhir) periode\b|\bbaseline\b|"
                           r"\bcapaian pada tahun awal\b")


_TOTAL = re.compile(r"^(jumlah|total)\b")
_BEFORE = re.compile(r"\b(sebelum|semula)\b")
_CHANGE = re.compile(r"\b(bertambah|berkurang|selisih|kenaikan|penurunan)\b")


def _the_plan_columns(cols: list[int], header: Header) -> list[int]:
    """Of several columns printing one field for one year, those that are the year's plan.

    A revised plan prints the figure before and after revision and the change ("Sebelum |
    Setelah Perubahan | Bertambah/(Berkurang)", "Rp Semula | Rp Menjadi"): the plan is the
    revised figure. A pagu split by source of funds ("APBD | DAK | BLUD | Jumlah") is one
    amount: the total. Joined, such columns would parse as nothing. Columns of different
    years are never alternatives to one another.
    """
    by_year: dict[int | None, list[int]] = {}
    for col in cols:
        by_year.setdefault(label_year(header.labels[col]), []).append(col)
    kept = []
    for year_cols in by_year.values():
        if len(year_cols) > 1:
            current = [c for c in year_cols
                       if not _BEFORE.search(header.leaves[c]) and not _CHANGE.search(
                           header.leaves[c])]
            year_cols = current or year_cols
        totals = [c for c in year_cols if _TOTAL.search(header.leaves[c])]
        kept += totals if len(year_cols) > 1 and totals else year_cols
    return sorted(kept)


def _printed_year(text: str) -> int | None:
    """The year a "Tahun" cell prints ("2027"), None for anything else."""
    match = re.fullmatch(r"\s*((?:19|20)\d\d)\s*", text)
    return int(match.group(1)) if match else None


_QUARTERLY = re.compile(r"\b(triwulan|tw|trw|semester)\b")
_RATE = re.compile(r"\btingkat capaian\b|\bpersentase capaian\b")


_EVALUATED = re.compile(r"\bdievaluasi\b")
_VALUE_KINDS = ("target_raw", "budget_raw", "realized_target_raw", "realized_budget_raw")


def _evaluated_year_only(found: dict[str, list[int]], header: Header) -> dict[str, list[int]]:
    """An evaluation of one year's Renja (Permendagri 86's T-C.29) reports on "the year
    being evaluated" ("Target Kinerja dan Anggaran Renja Tahun Berjalan yang Dievaluasi
    (2025)" beside "Realisasi … Renja yang Dievaluasi"): that year's rows are its items.
    The Renstra's final target and last year's realisation beside them are context,
    not plans of their own years; the realisation of no year is the evaluated year's."""
    years = {label_year(header.labels[c]) for kind in _VALUE_KINDS for c in found.get(kind, [])
             if _EVALUATED.search(header.labels[c])} - {None}
    if len(years) != 1:
        return found
    (year,) = years
    out = {name: cols for name, cols in found.items()
           if "@" not in name or name.endswith(f"@{year}")}
    for kind in _VALUE_KINDS:
        cols = [c for c in found.get(kind, []) if label_year(header.labels[c]) in (year, None)]
        if cols:
            out[kind] = out[f"{kind}@{year}"] = cols
        else:
            out.pop(kind, None)
    return out


def _whole_year(cols: list[int], header: Header) -> list[int]:
    """Realisation columns for the whole year: an evaluation table also prints each
    quarter's realisation and the achievement rate (%), which are not the year's
    realised target or amount. Quarter columns count only when nothing else is printed."""
    cols = [c for c in cols if not _RATE.search(header.labels[c])]
    whole = [c for c in cols if not _QUARTERLY.search(header.labels[c])]
    return whole or cols


class PlanItems(TableFamily):
    name = "plan_items"
    table = "plan_items"
    columns = (
        Column("_no", r"^no\b|^nomor\b"),
        # "Realisasi Kinerja dan Anggaran" over "K | Rp": its K column is the target's.
        Column("realized_budget_raw", rf"realisasi.*({_MONEY})|({_MONEY}).*realisasi",
               r"^(k|kinerja|target|volume|fisik|output)$"),
        Column("realized_target_raw", r"realisasi|capaian kinerja tahun berjalan"),
        Column("target_raw", r"\btarget\b", _MONEY),
        Column("satuan", r"\bsatuan\b", r"kerja|perangkat"),
        Column("lokasi", r"\blokasi\b"),
        # A plan written long prints one line per item per year: "Tahun | Target | Pagu".
        Column("_year", r"^(tahun|thn|tahun anggaran)$"),
        Column("code_raw", r"\bkode\b|^kd\b"),
        Column("budget_raw", _MONEY, rf"capaian|persen|{_NO_ITEM}"),
        Column("indikator", r"indikator|tolok ukur|keluaran|output|outcome", r"^indikator$"),
        Column("indikator", r"^indikator$"),
        Column("name", r"program|kegiatan|uraian|nomenklatur", _NO_ITEM),
        Column("_aksi", r"\baksi\b"),
    )
    required = frozenset({"name", "indikator"})
    value_kinds: ClassVar[dict[str, str]] = {"satuan": "unit", "code_raw": "code",
        "target_raw": "target", "realized_target_raw": "target",
        "budget_raw": "money", "realized_budget_raw": "money"}
    anchor = "name"
    levels = (("name", "code_raw", "_no"),)
    key_fields = frozenset({"_no"})
    joiners: ClassVar[dict[str, str]] = {"code_raw": "."}
    _years: list[int]
    _scales: dict[str, int]
    _default_year: int | None
    _parents: dict[str, int]
    _items: dict[str, tuple[str | None, str]]
    _kegiatan_name: str | None
    _lettered: bool
    """A program of this table was numbered by a letter."""

    def map_columns(self, header: Header) -> dict[str, list[int]]:
        found = super().map_columns(header)
        for kind in _VALUE_KINDS:
            # The period's start and end state ("Kondisi Kinerja Awal (2024)", "Kondisi
            # Kinerja pada Akhir Periode Renstra (2026)") sum up the plan; no year's plan.
            kept = [c for c in found.get(kind, []) if not _PERIOD_STATE.search(header.labels[c])]
            if kind.startswith("realized"):
                kept = _whole_year(kept, header)
            kept = _the_plan_columns(kept, header)
            if kept:
                found[kind] = kept
            else:
                found.pop(kind, None)
            for col in kept:
                year = label_year(header.labels[col])
                if year:
                    found.setdefault(f"{kind}@{year}", []).append(col)
        return _evaluated_year_only(found, header)

    def score(self, header: Header, headings: Sequence[list[tuple[str, str]]] = ()) -> float:
        """As every family's; besides, a list of programs or kegiatan with their budget
        alone ("No | Program | Anggaran | Keterangan", as a Perjanjian Kinerja prints it)
        is plan items with no indicator, judged by the share of its own labelled columns
        it explains (its few columns are a small share of this family's)."""
        found = self.map_columns(header)
        names = [header.labels[c] for c in found.get("name", [])]
        if "_aksi" in found or (_separate_levels(names) and not _level_columns(names, found)):
            return 0.0
        score = super().score(header, headings)
        if score or not ({"name", "budget_raw"} <= found.keys()
                         and any(re.search(r"program|kegiatan", n) for n in names)):
            return score
        labelled = sum(bool(label) for label in header.labels)
        explained = sum(len(cols) for name, cols in found.items() if "@" not in name)
        return explained / labelled if labelled else 0.0

    _level_columns: bool = False
    """The program, kegiatan and sub kegiatan names stand in columns of their own."""

    def _cell_value(self, name: str, cells: list[str], cols: list[int]) -> str:
        """A row's name, where each level has its own name column, is the deepest one
        printed: a parent's merged cell covers its items' rows, and each item's row
        leaves the deeper columns empty."""
        if name == "name" and self._level_columns:
            return next((cells[c] for c in reversed(cols) if cells[c].strip()), "")
        return super()._cell_value(name, cells, cols)

    def begin(self, table: RawTable, header: Header, ctx: TableContext) -> None:
        found = self.map_columns(header)
        self._level_columns = _level_columns(
            [header.labels[c] for c in found.get("name", [])], found)
        self._years = sorted({int(k.split("@")[1]) for k in found if "@" in k})
        self._scales = {
            kind: money_scale(" ".join(header.labels[c] for c in found.get(kind, [])),
                              ctx.lines_above)
            for kind in ("budget_raw", "realized_budget_raw")
        }
        single_years = {label_year(header.labels[c]) for k in ("target_raw", "budget_raw")
                        for c in found.get(k, [])} - {None}
        doc = ctx.doc
        doc_year = doc.year_start if doc.year_start == doc.year_end else None
        # The caption nearest above the table names its year ("EVALUASI … TAHUN 2017").
        caption_years = [y for line in ctx.lines_above if (y := caption_year(line))]
        if len(single_years) == 1:
            self._default_year = single_years.pop()
        else:
            self._default_year = caption_years[-1] if caption_years else doc_year
        self._parents, self._items = {}, {}
        self._kegiatan_name = None
        self._lettered = False

    def is_group_row(self, row: Row) -> bool:
        """Heading and total rows; a total's label may sit in the code column alone
        ("JUMLAH" left-aligned under the codes of a table drawn without column rules)."""
        name, code = row.get("name", ""), row.get("code_raw", "")
        if not name:
            return not code or group_label(code, _GROUP_ROWS)
        return group_label(name, _GROUP_ROWS) or _BIDANG_CODE.match(code) is not None

    def _level(self, row: Row, code: str | None, ctx: TableContext) -> str:
        if code and code_level(code):
            return code_level(code)
        number = row.get("_no", "")
        if _LETTER.match(number) or (self._lettered and _SMALL_LOOKING_CAPITAL.match(number)):
            # Tables number programs A, B, … and kegiatan 1, 2, …
            self._lettered = True
            return "program"
        if self._lettered and number.rstrip(".").isdigit():
            # Under a program numbered by a letter, a row numbered 1, 2, … is a kegiatan
            # whatever its name: an old kegiatan may bear a 2021 sub kegiatan's name
            # ("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"), and a sibling
            # taken for one breaks its program's sum.
            return "kegiatan"
        if not number and group_label(row["name"], "program"):
            return "program"
        if ctx.name_level and not _pre_reform(ctx.doc):
            level = ctx.name_level(row["name"])
            if level:
                return level
        if fold(row["name"]) == self._kegiatan_name:
            return "sub_kegiatan"  # a kegiatan's first sub kegiatan often bears its name
        return "kegiatan"

    def _remember(self, level: str, name: str) -> None:
        if level == "kegiatan":
            self._kegiatan_name = fold(name)
        elif level == "program":
            self._kegiatan_name = None

    def _parent(self, level: str, row_no: int, item: tuple[str | None, str]) -> int | None:
        """The row of the enclosing item. A plan written long prints an item on one line
        per year; its first line, where its merged cells start, is the item's row."""
        parent = {"kegiatan": "program", "sub_kegiatan": "kegiatan"}.get(level)
        if self._items.get(level) != item:
            self._items[level], self._parents[level] = item, row_no
            for deeper in {"program": ("kegiatan", "sub_kegiatan"),
                           "kegiatan": ("sub_kegiatan",)}.get(level, ()):
                self._parents.pop(deeper, None)
                self._items.pop(deeper, None)
        return self._parents.get(parent) if parent else None

    def records(self, row: Row, ctx: TableContext, out: FamilyRows, row_no: int) -> Iterator[dict]:
        code_raw = row.get("code_raw") or None
        name = row.get("name", "")
        if not code_raw:
            code_raw, name = split_leading_code(name)
        if not has_letters(name):
            return  # no item here (a misread numbering row has digits only)
        code = parse_code(code_raw) if code_raw else None
        level = self._level({**row, "name": name}, code, ctx)
        self._remember(level, name)
        base = {
            "level": level,
            "code_raw": code_raw,
            "code": code,
            "name": name,
            "parent_row_no": self._parent(level, row_no, (code_raw, fold(name))),
            "indikator": row.get("indikator") or None,
            "lokasi": row.get("lokasi") or None,
        }
        if not self._years:
            values = {k: row.get(k, "") for k in _VALUE_KINDS}
            year = _printed_year(row.get("_year", "")) or self._default_year
            yield {**base, "year": year, **self._values(values, row, out)}
            return
        per_year = {y: {k: row.get(f"{k}@{y}", "") for k in _VALUE_KINDS} for y in self._years}
        printed = [y for y, values in per_year.items() if any(values.values())]
        for year in printed or [None]:
            values = per_year[year] if year else dict.fromkeys(_VALUE_KINDS, "")
            yield {**base, "year": year, **self._values(values, row, out)}

    def in_rupiah(self, name: str) -> bool:
        return self._scales.get(name.split("@")[0], 1) == 1

    def cross_check(self, out: FamilyRows) -> None:
        """An amount the two OCR readers read differently takes the reading that makes
        the sums the table prints add up, if exactly one does; a pagu misread by OCR breaks
        the sum its program or kegiatan prints: not kept."""
        for field, raw in (("budget_idr", "budget_raw"),
                           ("realized_budget_idr", "realized_budget_raw")):
            readings = self._two_readings(out.rows, field, raw)
            for i, value in sorted(settled_by_sums(out.rows, field, readings).items()):
                row = out.rows[i]
                row[field] = value
                out.warnings.append(
                    f"row {row['row_no']}, {row.get('year')}: OCR readers disagree on "
                    f"{row[raw]!r}; {value} kept, the reading the printed sums add up with")
            for i in sorted(disputed_amounts(out.rows, field)):
                row = out.rows[i]
                out.warnings.append(
                    f"row {row['row_no']}, {row.get('year')}: amount {row[raw]!r} does not "
                    "add up with its parent's total or its items' sum (OCR); not kept")
                row[field] = None

    def _two_readings(self, rows: list[dict], field: str, raw: str) -> dict[int, list[int]]:
        """Row index → both readers' amounts, for amounts the readers disagree on."""
        out = {}
        for i, row in enumerate(rows):
            both = both_readings(row.get(raw) or "") if row.get(field) is None else None
            values = [parse_money(text, scale=self._scales.get(raw, 1)).value
                      for text in both or ()]
            if both and None not in values:
                out[i] = values
        return out

    def _values(self, values: dict[str, str], row: Row, out: FamilyRows) -> dict:
        satuan = row.get("satuan") or None
        target = parse_quantity(values["target_raw"], default_unit=satuan)
        result = {
            "target_raw": values["target_raw"] or None,
            "target_value": target.value,
            "target_unit": unit_or_satuan(target, satuan),
            "realized_target_raw": values["realized_target_raw"] or None,
        }
        for kind, column in (("budget_raw", "budget_idr"),
                             ("realized_budget_raw", "realized_budget_idr")):
            money = parse_money(values[kind], scale=self._scales.get(kind, 1))
            if money.warning:
                out.warnings.append(money.warning)
            result[column] = money.value
            result[kind] = values[kind] or None
        return result


_LEVEL_NAMES = (r"\bprogram\b", r"(?<!sub )\bkegiatan\b", r"\bsub\s*kegiatan\b")


def _separate_levels(names: list[str]) -> bool:
    """Do the name columns' labels name more than one level (program, kegiatan)?"""
    return sum(bool(re.search(r"program|kegiatan", n)) for n in names) > 1


def _level_columns(names: list[str], found: dict[str, list[int]]) -> bool:
    """A Renja printing its hierarchy as "Program | Kegiatan | Sub Kegiatan", each name
    in its level's column from left to right, beside one code column. (Without a code
    column, columns per level are a Rencana Aksi's or an IKU table's.)"""
    if "code_raw" not in found or not _separate_levels(names):
        return False
    levels = [next((k for k, pattern in enumerate(_LEVEL_NAMES) if re.search(pattern, n)), None)
              for n in names]
    return None not in levels and levels == sorted(set(levels))
