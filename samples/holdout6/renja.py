"""Renja 2026 of the Dinas Sosial Kabupaten Klaten: "Rencana Program, Kegiatan dan Sub
Kegiatan Tahun 2026 dan Prakiraan Maju Tahun 2027", a fully ruled grid on A4 landscape in
DejaVu Sans Condensed.

Unusual for the corpus: the code is printed in five columns, one per level (Urusan |
Bidang | Program | Kegiatan | Sub Kegiatan, headers turned 90°), the item column is headed
"Uraian", each year is a band over "Target Kinerja | Alokasi Anggaran (Rp. 000)" with the
money printed in THOUSANDS of rupiah (``862.000`` = Rp 862,000,000), program targets read
"85 persen", and a JUMLAH row closes the table.

Items: urusan 1.06 of the seed list (names and indicators of seed 001, official codes).
2026 = seed amount × 1.10, 2027 = × 1.15 (whole thousands), programs and kegiatan print the
sums of their sub kegiatan. Targets and lokasi are deterministic inventions.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import Row, plan_items
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

HEADING = ("RENCANA KERJA PERANGKAT DAERAH TAHUN 2026", "DINAS SOSIAL", "KABUPATEN KLATEN")
CAPTION = ("Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2026 dan Prakiraan "
           "Maju Tahun 2027",)
YEARS = {"2026": 1.10, "2027": 1.15}
COLUMNS = ("level", "code", "name", "indikator", "target_2026", "budget_2026", "target_2027",
           "budget_2027", "lokasi")
GROUPS = (("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
          ("1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL"))
LOKASI = "Kab. Klaten"


def code_parts(code: str) -> tuple[str, ...]:
    """The five printed code columns of a canonical code: ``1.06.04.2.01.0001`` →
    ``1 | 06 | 04 | 2.01 | 0001`` (kegiatan keeps its authority digit, as Permendagri
    90/2019 writes it); shorter codes leave the lower columns blank. Joining the non-blank
    parts with dots gives the code back, so ``code_raw`` is that join."""
    parts = code.split(".")
    cells = [*parts[:3], ".".join(parts[3:5]), *parts[5:6]]
    return tuple(cells + [""] * (5 - len(cells)))


def _targets(row: dict[str, str], n: int) -> tuple[str, str]:
    """2026 and 2027 targets: ``85 persen`` for programs, ``90%`` for kegiatan, counts with
    a unit for sub kegiatan."""
    if row["level"] == "program":
        base = 80 + 5 * (n % 3)
        return f"{base} persen", f"{base + 2} persen"
    if row["level"] == "kegiatan":
        base = 88 + 2 * (n % 4)
        return f"{base}%", f"{base + 1}%"
    unit = data.satuan(row["indikator"])
    count = n % 3 + 1 if unit == "Dokumen" else 12 + n * 11 % 90
    return f"{count} {unit}", f"{count + (unit != 'Dokumen') * 10} {unit}"


def _rows() -> list[dict[str, str]]:
    """Printed rows (plain text, integer rupiah) in order, group and JUMLAH rows included."""
    items = data.items("1.06")
    seed = [int(r["budget"]) for r in items if r["level"] == data.SUB]
    per_year = {y: data.rollup(items, [data.grown(a, f) for a in seed])
                for y, f in YEARS.items()}
    totals = {y: sum(a for r, a in zip(items, amounts, strict=True) if r["level"] == "program")
              for y, amounts in per_year.items()}
    money = {f"budget_{y}": str(t) for y, t in totals.items()}
    rows = [dict.fromkeys(COLUMNS, "") | {"code": c, "name": name} | money
            for c, name in GROUPS]
    for n, item in enumerate(items):
        t26, t27 = _targets(item, n)
        rows.append({
            "level": item["level"], "code": canonical_code(item["code"]) or "",
            "name": item["name"], "indikator": item["indikator"],
            "target_2026": t26, "budget_2026": str(per_year["2026"][n]),
            "target_2027": t27, "budget_2027": str(per_year["2027"][n]),
            "lokasi": LOKASI if item["level"] == data.SUB else ""})
    rows.append(dict.fromkeys(COLUMNS, "") | {"name": "JUMLAH"} | money)
    return rows


def _printed(row: dict[str, str]) -> tuple[str, ...]:
    """A row as printed: code parts, text, money in thousands (exact: whole thousands)."""
    cells = tuple(dots(int(row[k]) // 1000) if k.startswith("budget") and row[k] else row[k]
                  for k in COLUMNS[2:])
    if row["name"] == "JUMLAH":
        return ("JUMLAH", *["<"] * 6, *cells[2:])
    return (*code_parts(row["code"]), *cells)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (2026 and 2027 per item)."""
    rows = _rows()
    if any(int(r[k]) % 1000 for r in rows for k in ("budget_2026", "budget_2027") if r[k]):
        raise ValueError("amounts printed in thousands must be whole thousands")
    header = (
        (Head("Kode", colspan=5), Head("Uraian", rowspan=2),
         Head("Indikator Kinerja Program (Outcome)/Kegiatan (Output)", rowspan=2),
         Head("Tahun 2026", colspan=2), Head("Prakiraan Maju Tahun 2027", colspan=2),
         Head("Lokasi", rowspan=2)),
        (*(Head(t, rotate=True) for t in ("Urusan", "Bidang", "Program", "Kegiatan",
                                          "Sub Kegiatan")),
         *(Head(t) for _ in YEARS for t in ("Target Kinerja", "Alokasi Anggaran (Rp. 000)"))),
    )
    body = tuple(_printed(r) for r in rows)
    bold = frozenset(i for i, r in enumerate(rows) if r["level"] in ("", "program"))
    table = Table(header, (2.2, 2.6, 2.6, 3.6, 3.6, 30, 34, 9, 10, 9, 10, 9),
                  "ccccclllrlrl", body, bold=bold, numbers=True, caption=CAPTION)
    doc = Document("renja_klaten_2026",
                   Page(297, 210, "DejaVuSansCondensed", 6.4, margin_mm=12,
                        page_numbers="Halaman {n}"),
                   HEADING, (table,),
                   ("Klaten, 20 Mei 2025", "KEPALA DINAS SOSIAL", "KABUPATEN KLATEN", "",
                    "Drs. SRI WIDODO, M.M.", "Pembina Utama Muda",
                    "NIP. 19700415 199503 1 004"))
    curated = Curated(COLUMNS, tuple(tuple(r.values()) for r in rows))
    truth = plan_items(curated, {"2026": 2026, "2027": 2027})
    info = DocumentTruth("renja", HEADING[0], "Dinas Sosial", "Kabupaten Klaten", None,
                         2026, 2026)
    return doc, info, (("plan_items", truth),)
