"""Renja 2027 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota
Salatiga, "Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2027 dan Prakiraan
Maju Tahun 2028", printed by headless Chromium in the ``ZEBRA`` look (horizontal rules
only, every second row shaded), F4 landscape, Liberation Sans 6.6 pt.

Columns: "Kode | Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan | Indikator
Kinerja Program (Outcome) / Kegiatan (Output) | Lokasi", the bands "Rencana Tahun 2027"
(Target Kinerja | Pagu Indikatif (Rp)) and "Prakiraan Maju Tahun 2028" (Target Kinerja |
Kebutuhan Dana (Rp)), then ``1 … 8``. Both urusan of the agency, each opened by a bold
URUSAN row carrying its total; a JUMLAH row closes the table. Programs bold; money
``1.091.349.000``; "Halaman n" bottom right. The zebra is by printed row, so an urusan
row, a program and a sub kegiatan may share a shade: shading marks nothing.

Data: the 1.06 and 2.08 items of ``renja2023_kode`` through ``holdout5.data.yearly_rows``
(sub kegiatan pagu = seed × 1.09 for 2027 and × 1.15 for 2028, rounded to a thousand;
programs and kegiatan sum their sub kegiatan). **Invented**: targets, Lokasi, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout29.web import ZEBRA
from samples.sample import DocumentTruth
from samples.values import dots

LOOK = ZEBRA
AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Salatiga"
KECAMATAN = ("Argomulyo", "Sidomukti", "Sidorejo", "Tingkir")
HEADING = ("RENCANA KERJA PERANGKAT DAERAH (RENJA) TAHUN 2027", AGENCY.upper(),
           REGION.upper())
YEARS = {"2027": 1.09, "2028": 1.15}
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "budget_2027",
           "target_2028", "budget_2028")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Programs a percentage rising by a point a year, kegiatan full delivery, sub
    kegiatan a count in the indicator's unit, a few more the year after."""
    if level == PROGRAM:
        return f"{78 + n % 7 + later}{',5' if n % 2 else ''}%"
    if level == SUB:
        return f"{12 + 7 * (n % 9) + 3 * later} {satuan(indikator)}"
    return "100%"


def _lokasi(level: str, n: int) -> str:
    """The whole city for programs and kegiatan; a sub kegiatan sometimes names the
    kecamatan it serves, as planners type them."""
    if level != SUB or n % 3:
        return REGION
    return "Kecamatan " + ", ".join(KECAMATAN[n % 2: 2 + n % 3])


def _rows() -> list[tuple[str, ...]]:
    """Curated rows in printed order: each urusan row (its programs' totals), its items,
    and the closing JUMLAH row (level blank: printed, but no plan item)."""
    groups = {r["code"]: r["name"] for r in curated.load("renja2023_kode").filled()
              if not r["level"]}
    rows: list[tuple[str, ...]] = []
    totals = [0, 0]
    for urusan in ("1.06", "2.08"):
        plan = yearly_rows(urusan, YEARS, _target)
        sums = [sum(int(r[i]) for r in plan if r[0] == PROGRAM) for i in (5, 7)]
        totals = [a + b for a, b in zip(totals, sums, strict=True)]
        rows.append(("", urusan, groups[urusan], "", "", "", str(sums[0]), "", str(sums[1])))
        rows += [(level, code, name, ind, _lokasi(level, len(rows) + n), t1, b1, t2, b2)
                 for n, (level, code, name, ind, t1, b1, t2, b2) in enumerate(plan)]
    rows.append(("", "", "JUMLAH", "", "", "", str(totals[0]), "", str(totals[1])))
    return rows


def _printed(row: tuple[str, ...]) -> tuple[str, ...]:
    """One body row: the level is not printed, amounts in dots, JUMLAH spans the text
    columns."""
    _, code, name, ind, lokasi, t1, b1, t2, b2 = row
    first = ("JUMLAH", "<", "<", "<") if name == "JUMLAH" else (code, name, ind, lokasi)
    return (*first, t1, dots(int(b1)), t2, dots(int(b2)))


def build() -> Built:
    """The document and its plan_items truth (one row per item per year)."""
    rows = _rows()
    header = ((Head("Kode", rowspan=2),
               Head("Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja Program (Outcome) / Kegiatan (Output)", rowspan=2),
               Head("Lokasi", rowspan=2), Head("Rencana Tahun 2027", colspan=2),
               Head("Prakiraan Maju Tahun 2028", colspan=2)),
              (Head("Target Kinerja"), Head("Pagu Indikatif (Rp)"), Head("Target Kinerja"),
               Head("Kebutuhan Dana (Rp)")),
              tuple(Head(str(n)) for n in range(1, 9)))
    table = Table(header, (12, 26, 29, 13, 8, 11, 8, 11), "lllccrcr",
                  tuple(_printed(r) for r in rows),
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] in ("", PROGRAM)),
                  caption=("Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2027 "
                           "dan Prakiraan Maju Tahun 2028",))
    doc = Document("renja_salatiga_2027",
                   Page(330, 215, "LiberationSans", 6.6, margin_mm=14,
                        page_numbers="Halaman {n}"),
                   HEADING, (table,),
                   ("Salatiga, 23 Juni 2026", "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK KOTA SALATIGA", "", "",
                    "Dra. SRI WAHYUNINGSIH, M.M.", "Pembina Utama Muda",
                    "NIP. 19700314 199603 2 005"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {"2027": 2027, "2028": 2028})
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", truth),)
