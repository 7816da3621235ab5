"""Renja 2024 of Dinas Sosial Kota Kediri, "Rencana Program dan Kegiatan": one Kode column,
program rows bold with kegiatan and sub kegiatan under them, Target and Satuan in separate
columns, Pagu Indikatif, Sumber Dana, Lokasi, and a closing JUMLAH row.

Items, codes, indicators and sub kegiatan pagu come from the seed's 2023 Renja (the social
bidang). The seed prints no targets there, so each item gets a deterministic one; program
and kegiatan pagu are the sums of what they contain, as in real Renja tables.
"""

from __future__ import annotations

from samples import curated
from samples.families import Row
from samples.holdout4.html import HeaderCell, Page, Table
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots, parse_quantity

YEAR = 2024
LOKASI = "Kota Kediri"
HEADING = ("RENCANA KERJA PERANGKAT DAERAH TAHUN 2024", "RENCANA PROGRAM DAN KEGIATAN",
           "DINAS SOSIAL KOTA KEDIRI")
SUB_UNITS = (("Lembaga", "Lembaga"), ("Keluarga", "KPM"), ("Sertifikat", "Sertifikat"),
             ("Dokumen", "Dokumen"), ("Makam", "Makam"), ("Laporan", "Laporan"))
"""Satuan of a sub kegiatan, from the first word of its indicator that names a thing."""


def _items() -> list[dict[str, str]]:
    """The seed's items of its first urusan (social affairs, the Dinas Sosial part): group
    rows (no level) are dropped — this Renja prints items only."""
    data = curated.load("renja2023_kode")
    items: list[dict[str, str]] = []
    groups = 0
    for row in data.filled():
        if not row["level"]:
            groups += 1
            if groups > 1:
                break
            continue
        items.append(row)
    return items


def _target(item: dict[str, str], index: int) -> tuple[str, str]:
    """Deterministic target and satuan: percentages for program/kegiatan, counts for sub
    kegiatan (derived from the pagu so they vary without randomness)."""
    if item["level"] != "sub_kegiatan":
        return (str(80 + index % 4 * 5), "Persen")
    unit = next((u for word, u in SUB_UNITS if word.lower() in item["indikator"].lower()),
                "Orang")
    count = int(item["budget"] or 0) // 1_000_000 % 90 + 2
    return (str(count if unit != "Dokumen" else count % 6 + 1), unit)


def _budgets(items: list[dict[str, str]]) -> list[int]:
    """Pagu per item: sub kegiatan from the seed, kegiatan/program the sum of their subs."""
    budgets = [int(i["budget"]) if i["level"] == "sub_kegiatan" else 0 for i in items]
    for level in ("kegiatan", "program"):
        for n, item in enumerate(items):
            if item["level"] != level:
                continue
            stop = next((m for m in range(n + 1, len(items))
                         if items[m]["level"] in ("program", level)), len(items))
            budgets[n] = sum(budgets[m] for m in range(n + 1, stop)
                             if items[m]["level"] == "sub_kegiatan")
    return budgets


def build() -> tuple[Page, DocumentTruth, list[Row]]:
    """The printed page and its plan_items truth (row_no = body row index, 1-based)."""
    items = _items()
    budgets = _budgets(items)
    body: list[tuple[str, ...]] = []
    rows: list[Row] = []
    parents: dict[str, int] = {}
    bold: set[int] = set()
    for n, (item, budget) in enumerate(zip(items, budgets, strict=True)):
        level = item["level"]
        target, unit = _target(item, n)
        source = "DAU" if level == "sub_kegiatan" and n % 3 == 0 else "PAD"
        body.append((item["code"], item["name"], item["indikator"], target, unit, dots(budget),
                     source, LOKASI))
        if level == "program":
            bold.add(n)
        parents[level] = n + 1
        parent = {"kegiatan": "program", "sub_kegiatan": "kegiatan"}.get(level)
        rows.append({
            "level": level, "code_raw": item["code"], "code": canonical_code(item["code"]),
            "name": item["name"], "parent_row_no": parents[parent] if parent else None,
            "indikator": item["indikator"], "year": YEAR, "target_raw": target,
            "target_value": parse_quantity(target)[0], "target_unit": unit.lower(),
            "budget_idr": budget, "realized_target_raw": None, "realized_budget_idr": None,
            "lokasi": LOKASI})
    total = sum(b for i, b in zip(items, budgets, strict=True) if i["level"] == "program")
    body.append(("", "JUMLAH", "", "", "", dots(total), "", ""))
    bold.add(len(body) - 1)
    header = ((HeaderCell("Kode"), HeaderCell("Program/Kegiatan/Sub Kegiatan"),
               HeaderCell("Indikator Kinerja"), HeaderCell("Target"), HeaderCell("Satuan"),
               HeaderCell("Pagu Indikatif (Rp)"), HeaderCell("Sumber Dana"),
               HeaderCell("Lokasi")),)
    table = Table(header, (15, 21, 24, 6, 7, 11, 7, 8),
                  ("left", "left", "left", "center", "center", "right", "center", "center"),
                  tuple(body), frozenset(bold))
    page = Page("renja_kediri_2024", HEADING, (table,), "215mm 330mm", "Liberation Serif",
                8, ("Kediri, 20 Juli 2023", "Kepala Dinas Sosial Kota Kediri", "",
                    "IMAM MUHADI, S.Sos., M.M.", "NIP. 19700315 199003 1 009"))
    info = DocumentTruth("renja", " ".join(HEADING[:2]), "Dinas Sosial", "Kota Kediri", None,
                         YEAR, YEAR)
    return page, info, rows
