"""IKU linkage 2026 of the Dinas Sosial Kota Pontianak as a LibreOffice Calc sheet on F4
PORTRAIT (Liberation Sans Narrow 6.4 pt): a long table over several pages whose two header
rows repeat on every page.

Unusual for the corpus: no inner cell grid (only an outer border and a rule under the
header), Program cells merged over all their kegiatan / sub kegiatan rows (continuing
across page breaks as blank space), targets printed ``89,00 %`` under "Target 2026" beside
"Capaian 2025" (→ ``baseline_raw``), and the money column headed "Pagu Anggaran 2026 (Rp)"
printed ``Rp 783.242.000``. Seed 001's rows, one item per row; kegiatan lines print no
amount.
"""

from __future__ import annotations

import re

from samples import curated
from samples.common import SPAN_UP
from samples.curated import Curated
from samples.derive import relocate
from samples.families import Row, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import rp_dots

AGENCY = "Dinas Sosial"
HEADING = ("TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM, KEGIATAN DAN SUB "
           "KEGIATAN TAHUN 2026", AGENCY.upper(), "KOTA PONTIANAK")
PRINTED = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian",
           "program", "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
_PERCENT = re.compile(r"^(\d+(?:,\d+)?)\s*%$")


def percent(cell: str) -> str:
    """``89%`` → ``89,00 %``, ``80,90%`` → ``80,90 %``; other cells as they are."""
    match = _PERCENT.match(cell)
    if not match:
        return cell
    whole, _, frac = match[1].partition(",")
    return f"{whole},{frac.ljust(2, '0')} %"


def _reprint(data: Curated) -> Curated:
    """Seed rows with this table's percent style (truth reads what is printed)."""
    keys = {data.column("target"), data.column("capaian")}
    return Curated(data.columns, tuple(tuple(percent(c) if i in keys else c
                                             for i, c in enumerate(row))
                                       for row in data.rows))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document (a one-table sheet) and its iku_links truth."""
    data = _reprint(relocate(curated.load("iku2023"), {"Kota Probolinggo": "Kota Pontianak"}))
    body = tuple(tuple(rp_dots(int(c)) if k == "anggaran" and c not in ("", SPAN_UP) else c
                       for k, c in ((k, row[data.column(k)]) for k in PRINTED))
                 for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("IKU Kota", rowspan=2),
               Head("Sasaran Strategis", rowspan=2), Head("Indikator Kinerja Utama", rowspan=2),
               Head("Kinerja", colspan=2), Head("Program", rowspan=2),
               Head("Indikator Program", rowspan=2),
               Head("Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Pagu Anggaran 2026 (Rp)", rowspan=2)),
              (Head("Target 2026"), Head("Capaian 2025")))
    table = Table(header, (2.6, 10, 8.5, 8.5, 9.5, 5.2, 5.2, 13, 9.8, 10, 9.5, 8.2),
                  "cllllccllllr", body)
    doc = Document("iku_pontianak_2026",
                   Page(215, 330, "Liberation Sans Narrow", 6.4, margin_mm=10,
                        page_numbers="Halaman {n}"),
                   HEADING, (table,),
                   ("Pontianak, 12 Januari 2026", "KEPALA DINAS SOSIAL", "KOTA PONTIANAK", "",
                    "", "H. SYARIF USMAN ALKADRIE, S.Sos., M.M.",
                    "NIP. 19730415 199603 1 002"))
    info = DocumentTruth("iku_linkage", HEADING[0], AGENCY, "Kota Pontianak", None, 2026, 2026)
    return doc, info, (("iku_links", iku_links(data)),)
