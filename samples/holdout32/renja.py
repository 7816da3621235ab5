"""Renja 2027 of the Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Prabumulih
(Sumatera Selatan), "Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Perangkat
Daerah", printed by headless Chromium (``web.GRID``: hairline grid, header repeated by
the browser, rows never split) on **A4 portrait**, Liberation Serif 6.6 pt.

The columns name **no year and no currency**: "Kode | Program / Kegiatan / Sub Kegiatan |
Indikator Kinerja | Lokasi | Target | Pagu | Sumber Dana". The year is only in the title
block ("RENCANA KERJA ... TAHUN 2027"), and the note under the title block, **"(dalam
ribuan rupiah)"**, is the only sign that ``1.091.349`` means Rp 1.091.349.000. One
JUMLAH row closes the table (printed, not a plan item). Programs bold; page number
bottom centre.

Data: the 2.08 items of ``renja2023_kode`` through ``holdout5.data.yearly_rows`` (sub
kegiatan pagu = seed × 1.09 rounded to a thousand; programs and kegiatan sum their sub
kegiatan). **Invented**: region, targets, Lokasi, Sumber Dana, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout32.money import RIBUAN
from samples.holdout32.targets import target
from samples.holdout32.web import GRID
from samples.sample import DocumentTruth

LOOK = GRID
MONEY = RIBUAN
AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Prabumulih"
HEADING = ("RENCANA KERJA PERANGKAT DAERAH (RENJA) TAHUN 2027", AGENCY.upper(),
           REGION.upper())
NOTE = "(dalam ribuan rupiah)"
SAYS = ("(dalam", "ribuan", "rupiah)", "2027", "Target", "Pagu")
"""Printed words the table's meaning hangs on (the self-check looks for them)."""
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target", "budget", "dana")


def _lokasi(level: str, n: int) -> str:
    """The whole city, except that every third sub kegiatan serves a named kecamatan."""
    if level == SUB and n % 3 == 0:
        return "Kec. Prabumulih Barat, Cambai"
    return REGION


def _rows() -> list[tuple[str, ...]]:
    """Curated rows in printed order (the 2028 half of ``yearly_rows`` is not printed: a
    one-year Renja), then the JUMLAH row (level blank)."""
    plan = [(level, code, name, ind, _lokasi(level, n), t, b,
             "DAU" if level == SUB and n % 4 else "DAK Non Fisik" if level == SUB else "")
            for n, (level, code, name, ind, t, b, _, _) in
            enumerate(yearly_rows("2.08", {"2027": 1.09, "2028": 1.15}, target))]
    total = sum(int(r[6]) for r in plan if r[0] == PROGRAM)
    return [*plan, ("", "", "JUMLAH", "", "", "", str(total), "")]


def _printed(row: tuple[str, ...]) -> tuple[str, ...]:
    """One body row: level not printed, pagu in thousands, JUMLAH across the text columns."""
    _, code, name, ind, lokasi, t, b, dana = row
    first = ("JUMLAH", "<", "<", "<", "<") if name == "JUMLAH" else (code, name, ind, lokasi, t)
    return (*first, RIBUAN(int(b)), dana)


def build() -> Built:
    """The document and its plan_items truth (one row per item, year from the title)."""
    rows = _rows()
    header = (tuple(Head(t) for t in ("Kode", "Program / Kegiatan / Sub Kegiatan",
                                      "Indikator Kinerja", "Lokasi", "Target", "Pagu",
                                      "Sumber Dana")),)
    table = Table(header, (17, 27, 30, 13, 10, 10, 8), "lllccrc",
                  tuple(_printed(r) for r in rows),
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] in ("", PROGRAM)),
                  caption=("Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Perangkat "
                           "Daerah",))
    doc = Document("renja_prabumulih_2027",
                   Page(210, 297, "LiberationSerif", 6.6, margin_mm=14, page_numbers="{n}"),
                   HEADING, (NOTE, table),
                   ("Prabumulih, 30 Juni 2026", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK KOTA PRABUMULIH", "", "",
                    "Hj. RATNA DEWI SUKMA, S.E., M.Si.", "Pembina Tingkat I",
                    "NIP. 19750419 200003 2 004"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {None: 2027})
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", truth),)
