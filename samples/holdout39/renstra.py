"""Renstra 2025-2029, Tabel 6.1 "Rencana Program, Kegiatan dan Pendanaan", drawn with
reportlab (``holdout6.draw``, full grid), F4 landscape, **Helvetica 7 pt (a base-14 font,
not embedded)**, 20 columns.

The code is **split over five narrow columns** under a "Kode" band, as SIPD's RKA and
Renstra sheets print it: Urusan ``1`` | Bidang Urusan ``06`` | Program ``04`` | Kegiatan
``2.01`` | Sub Kegiatan ``0001`` (headers turned 90°). A program fills three of them, a
kegiatan four. Then the name, "Indikator Kinerja Program (Outcome) / Kegiatan (Output)",
"Kondisi Kinerja Awal (2024)", the band "Target Kinerja dan Kerangka Pendanaan" over
"Tahun 2025" … "Tahun 2029" each over "Target | Pagu (Rp)", "Unit Kerja Penanggung Jawab"
and "Lokasi" — both **merged over each program's rows**, so their boxes run across the
page breaks. An urusan and a bidang urusan row (totals) come first; programs are bold.

Data: the 1.06 items of ``renja2023_kode`` (``holdout5.data``), sub kegiatan pagu = seed ×
1.00, 1.04, 1.08, 1.12, 1.16 (whole thousands), programs, kegiatan, bidang urusan and
urusan sum their sub kegiatan. **Invented**: targets (``targets``), Kondisi Awal, unit
kerja, lokasi, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import grown, items, rollup
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout39.agency import AGENCY, KECAMATAN, REGION, signature
from samples.holdout39.targets import FIRST_YEAR, target
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

HEADING = ("RENCANA STRATEGIS (RENSTRA)", "TAHUN 2025-2029", AGENCY.upper(), REGION.upper())
YEARS = tuple(range(FIRST_YEAR, FIRST_YEAR + 5))
GROWTH = (1.00, 1.04, 1.08, 1.12, 1.16)
GROUPS = (("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
          ("1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL"))
"""The urusan and bidang urusan rows printed above the programs (no plan items)."""
PROGRAMS = {
    "1.06.04": ("Bidang Rehabilitasi Sosial", REGION),
    "1.06.06": ("Bidang Perlindungan dan Jaminan Sosial",
                "Kecamatan " + ", ".join(KECAMATAN[1:5])),
    "1.06.05": ("Bidang Perlindungan dan Jaminan Sosial", REGION),
    "1.06.02": ("Bidang Pemberdayaan Sosial", "Kecamatan " + ", ".join(KECAMATAN[:3])),
    "1.06.07": ("Sekretariat", "Kecamatan Kota Soe"),
}
"""Program code → (unit kerja penanggung jawab, lokasi), each merged over the program."""
COLUMNS = ("level", "code", "name", "indikator",
           *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")), "unit", "lokasi")


def code_cells(code: str) -> tuple[str, ...]:
    """A dotted code in the five printed columns: ``1.06.04.2.01.0001`` → ``1``, ``06``,
    ``04``, ``2.01``, ``0001`` (short codes leave the later columns blank)."""
    parts = code.split(".")
    cells = (*parts[:3], ".".join(parts[3:5]), ".".join(parts[5:]))
    return cells + ("",) * (5 - len(cells))


def _rows() -> list[tuple[str, ...]]:
    """Curated rows in printed order: the two group rows, then every item (with its unit
    kerja and lokasi on the program row only, merged below)."""
    plan = items("1.06")
    seed = [int(r["budget"]) for r in plan if r["level"] == SUB]
    pagu = [rollup(plan, [grown(b, f) for b in seed]) for f in GROWTH]
    totals = [str(sum(p for p, r in zip(year, plan, strict=True) if r["level"] == PROGRAM))
              for year in pagu]
    rows = [("", code, name, "", *(c for t in totals for c in ("", t)), "", "")
            for code, name in GROUPS]
    for n, item in enumerate(plan):
        level, code = item["level"], canonical_code(item["code"]) or ""
        pairs = (c for y in range(len(YEARS))
                 for c in (target(level, item["indikator"], n, y), str(pagu[y][n])))
        place = PROGRAMS[code] if level == PROGRAM else (MERGED, MERGED)
        rows.append((level, code, item["name"], item["indikator"], *pairs, *place))
    return rows


def _printed(row: tuple[str, ...], n: int) -> tuple[str, ...]:
    """One body row as printed (``n``: the item's index, negative for a group row): code
    columns, name, indicator, Kondisi Awal, pairs of target and pagu with dots, unit kerja,
    lokasi."""
    level, code, name, indikator, *years, unit, lokasi = row
    money = (dots(int(v)) if i % 2 else v for i, v in enumerate(years))
    awal = target(level, indikator, n, -1) if level else ""
    return (*code_cells(code), name, indikator, awal, *money, unit, lokasi)


def _table(rows: list[tuple[str, ...]]) -> Table:
    header = ((Head("Kode", colspan=5), Head("Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program (Outcome) / Kegiatan (Output)", rowspan=3),
               Head("Kondisi Kinerja Awal (2024)", rowspan=3),
               Head("Target Kinerja dan Kerangka Pendanaan", colspan=10),
               Head("Unit Kerja Penanggung Jawab", rowspan=3), Head("Lokasi", rowspan=3)),
              (*(Head(t, rowspan=2, rotate=True) for t in
                 ("Urusan", "Bidang Urusan", "Program", "Kegiatan", "Sub Kegiatan")),
               *(Head(f"Tahun {y}", colspan=2) for y in YEARS)),
              tuple(Head(t) for _ in YEARS for t in ("Target", "Pagu (Rp)")),
              tuple(Head(str(n)) for n in range(1, 21)))
    body = tuple(_printed(row, n - len(GROUPS)) for n, row in enumerate(rows))
    return Table(header, (3.2, 3.2, 3.2, 4.4, 5, 24, 24, 9, *(9, 12.5) * 5, 14, 17),
                 "ccccc" + "llc" + "cr" * 5 + "ll", body,
                 bold=frozenset(n for n, r in enumerate(rows) if r[0] in ("", PROGRAM)),
                 caption=("Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan Dinas Sosial, "
                          "Pemberdayaan Perempuan dan Perlindungan Anak Tahun 2025-2029",))


def build() -> Built:
    """The document and its plan_items truth: one row per item per plan year (the group
    rows and Kondisi Awal give none)."""
    rows = _rows()
    doc = Document("renstra_tts_2025_2029",
                   Page(330, 215, "Helvetica", 7, margin_mm=9, page_numbers="Hal. {n}"),
                   HEADING,
                   ("Rencana program, kegiatan dan sub kegiatan beserta indikator kinerja, "
                    "target dan pendanaan indikatif Tahun 2025-2029 disajikan sebagai berikut.",
                    _table(rows)),
                   signature("2 Juni 2025"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {str(y): y for y in YEARS})
    info = DocumentTruth("renstra", " ".join(HEADING[:2]), AGENCY, REGION, None,
                         YEARS[0], YEARS[-1])
    return doc, info, (("plan_items", truth),)
