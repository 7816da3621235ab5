"""Renja 2026 of the Dinas Sosial Kabupaten Tanah Laut, "Rumusan Rencana Program dan
Kegiatan", printed by headless Chromium (``web``), A4 portrait, Liberation Sans 6 pt:
narrow name and indicator columns, so names wrap to several lines and the table runs over
several pages, its ``<thead>`` repeated by the browser.

Header of two levels — "Rencana Tahun 2026" over "Target | Pagu Indikatif (Rp)" and
"Prakiraan Maju Tahun 2027" over "Target | Kebutuhan Dana (Rp)" — then the column-number
row ``1 … 7`` as an ordinary header row. Programs bold; money ``1.091.349.000``.

Data: the bidang urusan 1.06 and 2.08 items of ``renja2023_kode`` (seed 001's names, indicators and
amounts with official codes) through ``holdout5.data.yearly_rows``: sub kegiatan pagu =
seed amount × 1.05 (2026) and × 1.10 (2027), programs and kegiatan sum their sub kegiatan.
**Invented**: region, years, every target (programs a percentage, kegiatan ``100%``,
sub kegiatan a count with ``holdout5.data.satuan``'s unit), signatory.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import PROGRAM, SUB, Row, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout25.agency import AGENCY, HEAD, REGION
from samples.sample import DocumentTruth
from samples.values import dots

HEADING = ("RENCANA KERJA (RENJA) TAHUN 2026", AGENCY.upper(), REGION.upper())
COLUMNS = ("level", "code", "name", "indikator", "target_2026", "budget_2026",
           "target_2027", "budget_2027")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """A planner's target: programs a rising percentage, kegiatan full delivery, sub
    kegiatan a count in the indicator's unit (one more the next year)."""
    if level == PROGRAM:
        return f"{85 + n % 4 + later}%"
    if level == SUB:
        return f"{12 + 7 * (n % 9) + later} {satuan(indikator)}"
    return "100%"


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per year)."""
    rows = [row for urusan in ("1.06", "2.08")
            for row in yearly_rows(urusan, {"2026": 1.05, "2027": 1.10}, _target)]
    data = Curated(COLUMNS, tuple(rows))
    body = tuple((code, name, ind, t1, dots(int(b1)), t2, dots(int(b2)))
                 for _, code, name, ind, t1, b1, t2, b2 in rows)
    header = ((Head("Kode", rowspan=2), Head("Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Rencana Tahun 2026", colspan=2),
               Head("Prakiraan Maju Tahun 2027", colspan=2)),
              (Head("Target"), Head("Pagu Indikatif (Rp)"), Head("Target"),
               Head("Kebutuhan Dana (Rp)")),
              tuple(Head(str(n)) for n in range(1, 8)))
    table = Table(header, (15, 17, 17, 8, 12, 8, 12), "lllcrcr", body,
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] == PROGRAM))
    doc = Document("renja_tanahlaut_2026",
                   Page(210, 297, "LiberationSans", 6, margin_mm=18,
                        page_numbers="Halaman {n}"),
                   HEADING,
                   ("Tabel 3.1 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun "
                    "2026 dan Prakiraan Maju Tahun 2027", table),
                   ("Pelaihari, 20 Juni 2025", "Kepala Dinas", "",
                    HEAD, "Pembina Utama Muda",
                    "NIP. 19710304 199303 2 006"))
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("plan_items", plan_items(data, {"2026": 2026, "2027": 2027})),)
