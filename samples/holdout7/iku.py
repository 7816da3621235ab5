"""IKU linkage 2026 of the Dinas Sosial Kota Kupang, drawn with reportlab on F4 PORTRAIT
in DejaVu Sans Condensed 6 pt, full grid.

Unusual for the corpus: the header is printed on the FIRST PAGE ONLY (continuation pages
start straight with body rows, merged cells continuing as empty boxes), the capaian of the
year before is headed "Realisasi 2025" (→ ``baseline_raw``, not a target) before "Target
2026", the money column is "Pagu Indikatif (Rp)" printed ``Rp. 783.242.000,00``, and the
city IKU is not printed (``iku_kota`` null). Seed 001's rows, one item per row; kegiatan
lines print no amount.
"""

from __future__ import annotations

from samples import curated
from samples.common import SPAN_UP
from samples.curated import Curated
from samples.derive import relocate
from samples.families import Row, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots_cents

AGENCY = "Dinas Sosial"
HEADING = ("TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM DAN KEGIATAN TAHUN 2026",
           AGENCY.upper(), "KOTA KUPANG")
PRINTED = ("no", "tujuan", "sasaran", "indikator", "capaian", "target", "program",
           "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")


def rupiah(raw: str) -> str:
    """``Rp. 783.242.000,00``; covered and blank cells stay as they are."""
    return f"Rp. {dots_cents(int(raw))}" if raw not in ("", SPAN_UP) else raw


def _without_iku_kota(data: Curated) -> Curated:
    """The seed rows with the city IKU blanked: this table has no column for it."""
    i = data.column("iku_kota")
    return Curated(data.columns, tuple((*row[:i], "", *row[i + 1:]) for row in data.rows))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its iku_links truth."""
    data = _without_iku_kota(relocate(curated.load("iku2023"),
                                      {"Kota Probolinggo": "Kota Kupang"}))
    body = tuple(tuple(rupiah(row[data.column(k)]) if k == "anggaran" else
                       row[data.column(k)] for k in PRINTED) for row in data.rows)
    header = (tuple(Head(t) for t in (
        "No", "Tujuan", "Sasaran Strategis", "Indikator Kinerja Utama", "Realisasi 2025",
        "Target 2026", "Program", "Indikator Program", "Kegiatan / Sub Kegiatan",
        "Indikator Kegiatan / Sub Kegiatan", "Pagu Indikatif (Rp)")),)
    table = Table(header, (5, 18, 18, 19, 11, 9.5, 22.5, 21, 25, 24, 20), "clllccllllr",
                  body, repeat_header=False)
    doc = Document("iku_kupang_2026",
                   Page(215, 330, "DejaVuSansCondensed", 6, margin_mm=10),
                   HEADING, (table,),
                   ("Kupang, 8 Januari 2026", "KEPALA DINAS SOSIAL KOTA KUPANG", "", "",
                    "YOHANES B. NDOEN, S.Sos., M.Si.", "NIP. 19740309 199803 1 006"))
    info = DocumentTruth("iku_linkage", HEADING[0], AGENCY, "Kota Kupang", None, 2026, 2026)
    return doc, info, (("iku_links", iku_links(data)),)
