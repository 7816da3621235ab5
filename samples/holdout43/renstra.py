"""Renstra 2025–2029 of the Dinas Sosial Kabupaten Muna, "Tabel 6.1 Rencana Program,
Kegiatan dan Pendanaan" (the T-C.27 form of Permendagri 86/2017), typed in Word and
printed by LibreOffice Writer (``holdout40.word``: Table Grid, grey header rows repeated by
Writer on every page, justified running text, PAGE field footer), F4 landscape, **Times New
Roman** (→ Liberation Serif) 5.5 pt: the chapter-VI table most regencies publish.

Columns: "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Program (outcome) /
Kegiatan (output) / Sub Kegiatan | Data Capaian pada Tahun Awal Perencanaan (2024)", the
band "Target Kinerja Program dan Kerangka Pendanaan" over "Tahun 2025" … "Tahun 2029" each
over "Target | Rp", "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah" (Target |
Rp), "Unit Kerja Perangkat Daerah Penanggung Jawab", "Lokasi"; then ``1 … 18``. Programs
bold. Writer breaks the table wherever the page ends, inside a program.

Data: the 1.06 items of ``renja2023_kode`` (``holdout5.data``), codes printed canonical;
sub kegiatan Rp = seed × ``GROWTH`` (whole thousands), programs and kegiatan the sums of
their sub kegiatan. **Invented**: targets, baseline, unit kerja, lokasi, signatory.
Kondisi akhir = the 2029 target and the five-year total.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import grown, items, rollup, satuan
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout43.agency import AGENCY, REGION, signature, unit_kerja
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

STEM = "renstra_muna_2025_2029"
HEADING = ("RENCANA STRATEGIS (RENSTRA)", "TAHUN 2025-2029", AGENCY.upper(), REGION.upper())
FONT = "Times New Roman"
YEARS = (2025, 2026, 2027, 2028, 2029)
GROWTH = (1.00, 1.03, 1.06, 1.10, 1.14)
"""Each plan year's sub kegiatan Rp as a multiple of the seed amount."""
HEADER_WORD = "Kerangka"
"""A word of the header Writer repeats on every page (checked by ``check``)."""


def target(level: str, indikator: str, n: int, year: int) -> str:
    """The target of row ``n`` in plan year ``year`` (index; -1 is the 2024 baseline):
    programs a percentage rising by 1.5 points a year, kegiatan 100% (90% at baseline),
    sub kegiatan a count in the indicator's unit rising by ten a year."""
    if level == PROGRAM:
        value = 70 + 2 * (n % 5) + 1.5 * (year + 1)
        return f"{value:.2f}%".replace(".", ",")
    if level == SUB:
        return f"{25 + 5 * (n % 6) + 10 * (year + 1)} {satuan(indikator)}"
    return "90%" if year < 0 else "100%"


def build() -> Built:
    """The document and its plan_items truth (one row per item per plan year 2025–2029;
    the baseline and Kondisi akhir columns are no plan year and give none)."""
    plan = items("1.06")
    seed = [int(r["budget"]) for r in plan if r["level"] == SUB]
    pagu = [rollup(plan, [grown(b, f) for b in seed]) for f in GROWTH]
    rows, body = [], []
    for n, item in enumerate(plan):
        level, code = item["level"], canonical_code(item["code"]) or ""
        targets = [target(level, item["indikator"], n, y) for y in range(len(YEARS))]
        money = [pagu[y][n] for y in range(len(YEARS))]
        rows.append((level, code, item["name"], item["indikator"],
                     *(c for t, m in zip(targets, money, strict=True) for c in (t, str(m))),
                     REGION))
        body.append((code, item["name"], item["indikator"],
                     target(level, item["indikator"], n, -1),
                     *(c for t, m in zip(targets, money, strict=True) for c in (t, dots(m))),
                     targets[-1], dots(sum(money)), unit_kerja(code), REGION))
    columns = ("level", "code", "name", "indikator",
               *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")), "lokasi")
    header = ((Head("Kode", rowspan=3), Head("Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program (outcome) / Kegiatan (output) / Sub Kegiatan",
                    rowspan=3),
               Head("Data Capaian pada Tahun Awal Perencanaan (2024)", rowspan=3),
               Head("Target Kinerja Program dan Kerangka Pendanaan", colspan=10),
               Head("Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah", colspan=2,
                    rowspan=2),
               Head("Unit Kerja Perangkat Daerah Penanggung Jawab", rowspan=3),
               Head("Lokasi", rowspan=3)),
              tuple(Head(f"Tahun {y}", colspan=2) for y in YEARS),
              tuple(Head(t) for _ in range(6) for t in ("Target", "Rp")))
    table = Table(header, (14, 24, 26, 13, *(9, 14.5) * 6, 14.5, 10),
                  "lllc" + "cr" * 6 + "cc", tuple(body),
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] == PROGRAM),
                  numbers=True,
                  caption=("Tabel 6.1",
                           "Rencana Program, Kegiatan dan Pendanaan Dinas Sosial Kabupaten "
                           "Muna Tahun 2025-2029"))
    prose = ("Rencana program, kegiatan dan sub kegiatan Dinas Sosial Kabupaten Muna tahun "
             "2025-2029 disusun untuk mewujudkan tujuan dan sasaran Renstra Perangkat Daerah "
             "serta mendukung pencapaian sasaran RPJMD Kabupaten Muna. Indikator kinerja, "
             "target tahunan dan pendanaan indikatif setiap program, kegiatan dan sub "
             "kegiatan, beserta unit kerja penanggung jawab dan lokasinya, disajikan pada "
             "tabel berikut.")
    doc = Document(STEM, Page(330, 215, FONT, 5.5, margin_mm=10,
                              page_numbers="Halaman {n}"),
                   HEADING, ("BAB VI", prose, table), signature("3 Maret 2025"))
    truth = plan_items(Curated(columns, tuple(rows)), {str(y): y for y in YEARS})
    info = DocumentTruth("renstra", " ".join(HEADING[:2]), AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("plan_items", truth),)
