"""Renja 2027 of the Dinas Sosial Kabupaten Sukoharjo, "Tabel 3.1 Rencana Program,
Kegiatan dan Sub Kegiatan Tahun 2027 dan Prakiraan Maju Tahun 2028", as typed into the
Bappeda's spreadsheet form and printed by headless Chromium with a full grid and a grey
header (``holdout29.web.Look``), F4 landscape, Liberation Sans 6.8 pt.

What it varies: there is NO code column. The hierarchy is shown by indentation only
(kegiatan indented by four no-break spaces, sub kegiatan by eight; programs bold), and
every amount carries its own currency sign, "Rp 455.218.000", in the pagu column and in
the prakiraan maju column alike. An URUSAN row opens the table and a JUMLAH row closes it
(both carry totals and are not plan items). Column-number row ``1 … 7``; "Halaman n".

Data: the 1.06 items of ``renja2023_kode`` through ``holdout5.data.yearly_rows`` (sub
kegiatan pagu = seed × 1.06 for 2027 and × 1.11 for 2028, rounded to a thousand; programs
and kegiatan sum their sub kegiatan). **Invented**: region, targets, Lokasi, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import Curated
from samples.families import KEGIATAN, PROGRAM, SUB, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout29.web import Look
from samples.sample import DocumentTruth
from samples.values import dots

LOOK = Look("""
th, td { border: 0.5pt solid #000; }
th { background: #d9d9d9; }
""", footer="bottom-right", rows="auto")
AGENCY = "Dinas Sosial"
REGION = "Kabupaten Sukoharjo"
HEADING = ("RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2027", AGENCY.upper(),
           REGION.upper())
URUSAN = "1.06"
YEARS = {"2027": 1.06, "2028": 1.11}
INDENT = {PROGRAM: "", KEGIATAN: "\u00a0" * 4, SUB: "\u00a0" * 8}
"""No-break spaces survive HTML's whitespace collapsing, so the indent prints."""
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "budget_2027",
           "target_2028", "budget_2028")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Programs a percentage a little higher the year after, kegiatan full delivery, sub
    kegiatan a count in the indicator's unit."""
    if level == PROGRAM:
        return f"{81 + n % 5 + 2 * later}%"
    if level == SUB:
        return f"{6 + 5 * (n % 8) + 2 * later} {satuan(indikator)}"
    return "100%"


def _rows() -> list[tuple[str, ...]]:
    """Curated rows in printed order (code blank: none is printed), URUSAN first and
    JUMLAH last (level blank: printed, but no plan item)."""
    plan = yearly_rows(URUSAN, YEARS, _target)
    sums = [str(sum(int(r[i]) for r in plan if r[0] == PROGRAM)) for i in (5, 7)]
    urusan = next(r["name"] for r in curated.load("renja2023_kode").filled()
                  if r["code"] == URUSAN)
    body = [(level, "", name, ind, "" if level == PROGRAM else REGION, t1, b1,
             t2, b2) for level, _, name, ind, t1, b1, t2, b2 in plan]
    return [("", "", urusan, "", "", "", sums[0], "", sums[1]), *body,
            ("", "", "JUMLAH", "", "", "", sums[0], "", sums[1])]


def _rupiah(amount: str) -> str:
    return f"Rp {dots(int(amount))}"


def _printed(row: tuple[str, ...]) -> tuple[str, ...]:
    """One body row: the name indented by level, every amount with its "Rp"."""
    level, _, name, ind, lokasi, t1, b1, t2, b2 = row
    first = ("JUMLAH", "<", "<") if name == "JUMLAH" else (INDENT.get(level, "") + name, ind,
                                                          lokasi)
    return (*first, t1, _rupiah(b1), t2, _rupiah(b2))


def build() -> Built:
    """The document and its plan_items truth (one row per item per year)."""
    rows = _rows()
    header = ((Head("Urusan / Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Lokasi", rowspan=2),
               Head("Rencana Tahun 2027", colspan=2), Head("Prakiraan Maju Tahun 2028",
                                                           colspan=2)),
              (Head("Target"), Head("Pagu Indikatif"), Head("Target"),
               Head("Kebutuhan Dana")),
              tuple(Head(str(n)) for n in range(1, 8)))
    table = Table(header, (30, 30, 11, 8, 12, 8, 12), "lllcrcr",
                  tuple(_printed(r) for r in rows),
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] in ("", PROGRAM)),
                  caption=("Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2027 "
                           "dan Prakiraan Maju Tahun 2028",))
    doc = Document("renja_sukoharjo_2027",
                   Page(330, 215, "LiberationSans", 6.8, margin_mm=13,
                        page_numbers="Halaman {n}"),
                   HEADING, (table,),
                   ("Sukoharjo, 30 Juni 2026", "KEPALA DINAS SOSIAL", "KABUPATEN SUKOHARJO",
                    "", "", "Drs. BAMBANG SUTRISNO, M.M.", "Pembina Utama Muda",
                    "NIP. 19690921 199403 1 006"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {"2027": 2027, "2028": 2028})
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", truth),)
