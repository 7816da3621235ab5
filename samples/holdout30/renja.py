"""Renja 2027 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Dumai
(Riau), "Tabel 3.1 Rencana Program dan Kegiatan Tahun 2027 dan Prakiraan Maju Tahun 2028",
printed by headless Chromium (``holdout26.web``: black hairline grid, cells vertically
centred, header repeated on every page), F4 landscape, Liberation Sans 6.3 pt, then
SCANNED: 200 dpi grey JPEG, every page turned up to 0.7° either way, light toner and
sensor wear, made searchable by way (b): the true words laid invisibly over the picture,
leaning with the sheet (``layer``).

Columns: "Kode | Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan | Indikator
Kinerja | Lokasi", the bands "Rencana Tahun 2027" (Target | Pagu Indikatif (Rp)) and
"Prakiraan Maju Tahun 2028" (Target | Kebutuhan Dana (Rp)), then ``1 … 8``. Each bidang
urusan opens with a bold row (code and name only); **Lokasi is merged over a whole program
block** (program, its kegiatan and sub kegiatan), so it is split by page breaks; a JUMLAH
row closes the table. Programs bold; money ``1.153.712.000``.

Data: the 1.06 and 2.08 items of ``renja2023_kode`` through ``holdout5.data.yearly_rows``
(sub kegiatan pagu = seed × 1.11 for 2027, × 1.16 for 2028, rounded to a thousand; programs
and kegiatan sum their sub kegiatan). **Invented**: region, targets, Lokasi, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout26.web import render
from samples.holdout30.scanner import Scanner
from samples.sample import DocumentTruth
from samples.scan import Degradation
from samples.values import dots

STEM = "renja_dumai_2027"
PRINT = render
SCANNER = Scanner(200, 0.7, False, Degradation(max_skew_deg=0.0, blur_sigma_mm=0.05,
                                               noise_sigma=1.8, speck_density=0.00004,
                                               toner_floor=0.8, jpeg_quality=28),
                  "true-words")
AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Dumai"
HEADING = ("RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2027", AGENCY.upper(),
           REGION.upper())
YEARS = {"2027": 1.11, "2028": 1.16}
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "budget_2027",
           "target_2028", "budget_2028")
LOKASI = (REGION, "Seluruh Kecamatan di Kota Dumai")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Programs a percentage with two decimals, kegiatan full delivery, sub kegiatan a
    count in the indicator's unit, two more in the prakiraan maju year."""
    if level == PROGRAM:
        return f"{80 + n % 6 + later},{25 * (n % 4):02d}%"
    if level == SUB:
        return f"{10 + 5 * (n % 7) + 2 * later} {satuan(indikator)}"
    return "100%"


def _rows() -> list[tuple[str, ...]]:
    """Curated rows in printed order: a bidang urusan row (level blank, no amounts), its
    items with Lokasi printed on the program and merged below it, and the JUMLAH row."""
    groups = {r["code"]: r["name"] for r in curated.load("renja2023_kode").filled()
              if not r["level"]}
    rows: list[tuple[str, ...]] = []
    programs = 0
    for urusan in ("1.06", "2.08"):
        rows.append(("", urusan, groups[urusan], "", "", "", "", "", ""))
        for level, code, name, ind, t1, b1, t2, b2 in yearly_rows(urusan, YEARS, _target):
            programs += level == PROGRAM
            lokasi = LOKASI[programs % 2] if level == PROGRAM else MERGED
            rows.append((level, code, name, ind, lokasi, t1, b1, t2, b2))
    totals = [sum(int(r[i]) for r in rows if r[0] == PROGRAM) for i in (6, 8)]
    rows.append(("", "", "JUMLAH", "", "", "", str(totals[0]), "", str(totals[1])))
    return rows


def _printed(row: tuple[str, ...]) -> tuple[str, ...]:
    """One body row: level not printed, amounts in dots, JUMLAH spanning the text columns."""
    _, code, name, ind, lokasi, t1, b1, t2, b2 = row
    first = ("JUMLAH", "<", "<", "<") if name == "JUMLAH" else (code, name, ind, lokasi)
    return (*first, t1, dots(int(b1)) if b1 else "", t2, dots(int(b2)) if b2 else "")


def build() -> Built:
    """The document and its plan_items truth (one row per item per year)."""
    rows = _rows()
    header = ((Head("Kode", rowspan=2),
               Head("Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Lokasi", rowspan=2),
               Head("Rencana Tahun 2027", colspan=2),
               Head("Prakiraan Maju Tahun 2028", colspan=2)),
              (Head("Target"), Head("Pagu Indikatif (Rp)"), Head("Target"),
               Head("Kebutuhan Dana (Rp)")),
              tuple(Head(str(n)) for n in range(1, 9)))
    table = Table(header, (12, 27, 30, 11, 8, 11, 8, 11), "lllccrcr",
                  tuple(_printed(r) for r in rows),
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] in ("", PROGRAM)),
                  caption=("Tabel 3.1 Rencana Program dan Kegiatan Tahun 2027 dan Prakiraan "
                           "Maju Tahun 2028",))
    doc = Document(STEM, Page(330, 215, "LiberationSans", 6.3, margin_mm=11,
                              page_numbers="Halaman {n}"),
                   HEADING, (table,),
                   ("Dumai, 19 Juni 2026", "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK KOTA DUMAI", "", "",
                    "Drs. H. SYAHRIAL ABDI, M.Si.", "Pembina Utama Muda",
                    "NIP. 19690812 199003 1 004"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {"2027": 2027, "2028": 2028})
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", truth),)
