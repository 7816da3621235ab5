"""IKU linkage 2026 of the Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Sosial Kota
Makassar, written as a Word file and printed by LibreOffice Writer on A4 landscape in
Liberation Sans Narrow.

Unusual for the corpus: the table has NO vertical borders ("Plain Table 2" look: rules
above, under the header, between rows and below), its header is printed on the first page
only, the money has no space after the currency sign (``Rp783.242.000``), and the city IKU
is a column of its own ("IKU Kota"). Seed 001's rows, one item per row; "Capaian 2025"
(→ ``baseline_raw``) before "Target 2026" (→ ``target_raw``). Kegiatan lines print no
amount (null).
"""

from __future__ import annotations

from samples import curated
from samples.common import SPAN_UP
from samples.families import Row, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Sosial"
HEADING = ("TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM, KEGIATAN DAN SUB "
           "KEGIATAN TAHUN 2026", AGENCY.upper(), "KOTA MAKASSAR")
PRINTED = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "capaian", "target", "program",
           "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")


def _money(raw: str) -> str:
    return f"Rp{dots(int(raw))}" if raw not in ("", SPAN_UP) else raw


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its iku_links truth."""
    data = curated.load("iku2023")
    body = tuple(tuple(_money(row[data.column(k)]) if k == "anggaran" else
                       row[data.column(k)] for k in PRINTED) for row in data.rows)
    header = (tuple(Head(t) for t in (
        "No", "Tujuan", "IKU Kota", "Sasaran Strategis", "Indikator Kinerja Utama (IKU)",
        "Capaian 2025", "Target 2026", "Program", "Indikator Kinerja Program (Outcome)",
        "Kegiatan / Sub Kegiatan", "Indikator Kinerja Kegiatan (Output)", "Anggaran")),)
    table = Table(header, (3.4, 9, 8, 10, 11, 5.2, 5, 11.5, 12, 13, 13.5, 8.4), "cllllccllllr",
                  body, repeat_header=False)
    doc = Document("iku_makassar_2026",
                   Page(297, 210, "Liberation Sans Narrow", 6.5, margin_mm=12),
                   HEADING, (table,),
                   ("Makassar, 12 Januari 2026", "Kepala Dinas", "",
                    "Hj. ANDI RAHMAWATI, S.STP., M.Si.", "NIP. 19780922 199912 2 001"))
    info = DocumentTruth("iku_linkage", HEADING[0], AGENCY, "Kota Makassar", None, 2026, 2026)
    return doc, info, (("iku_links", iku_links(data)),)
