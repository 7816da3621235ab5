"""IKU linkage 2026 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak
Kota Baubau (Sulawesi Tenggara), "Tabel Keterkaitan Indikator Kinerja Utama (IKU) dengan
Program, Kegiatan dan Sub Kegiatan", written as .docx and printed by **LibreOffice
Writer** (``holdout6.writer``: no vertical borders, a rule between body rows, merged
cells), A4 landscape, Liberation Sans 6 pt.

The sasaran's target and last year's realisation sit under **"Target (%)"** and
**"Realisasi Tahun Lalu (%)"**: the cells print bare numbers (``89``, ``80,90``), the
percent sign only in the header, and the year of both only in the title block ("TAHUN
2026"). The two qualitative indicators keep their words (``Utama``, ``Nindya``, ``-``)
under the same header, as the seed's own table does. Money in full rupiah,
``783.242.000``, under "Anggaran (Rp)"; no column-number row; "Halaman n" bottom centre
(``footer``).

Data: seed 001's ``iku2023`` as curated, one item per row, spellings kept ("Pantli").
**Invented**: region, year (seed target → 2026, capaian → 2025), signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import Curated
from samples.families import iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots

MONEY = None
"""Full rupiah: the shared self-check reads these amounts itself."""
AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Baubau"
TITLE = ("TABEL KETERKAITAN INDIKATOR KINERJA UTAMA (IKU) DENGAN PROGRAM, KEGIATAN DAN "
         "SUB KEGIATAN")
HEADS = ("No", "Tujuan RPJMD", "Indikator Tujuan (IKU Kota)", "Sasaran Strategis",
         "Indikator Kinerja Sasaran", "Target (%)", "Realisasi Tahun Lalu (%)", "Program",
         "Indikator Kinerja Program", "Kegiatan / Sub Kegiatan",
         "Indikator Kinerja Kegiatan / Sub Kegiatan", "Anggaran (Rp)")
KEYS = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian", "program",
        "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
SAYS = ("Target", "(%)", "Realisasi", "2026")
"""Printed words the table's meaning hangs on (the self-check looks for them)."""


def _bare(data: Curated) -> Curated:
    """The seed with its percentage targets and realisations as this table prints them:
    the ``%`` dropped (the header carries it), the number as typed (``80,90%`` →
    ``80,90``); words, ``-`` and merged cells unchanged."""
    percent = [key in ("target", "capaian") for key in data.columns]
    return Curated(data.columns, tuple(
        tuple(cell.removesuffix("%") if strip else cell
              for strip, cell in zip(percent, row, strict=True)) for row in data.rows))


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line)."""
    data = _bare(curated.load("iku2023"))
    body = tuple(tuple(dots(int(cell)) if key == "anggaran" and cell.isdigit() else cell
                       for key, cell in ((k, row[data.column(k)]) for k in KEYS))
                 for row in data.rows)
    table = Table((tuple(Head(t) for t in HEADS),),
                  (4, 11, 10, 12, 13, 6, 7, 12.5, 13, 14.5, 14.5, 9), "cllllccllllr", body)
    doc = Document("iku_baubau_2026",
                   Page(297, 210, "Liberation Sans", 6, margin_mm=10),
                   (TITLE, "TAHUN 2026", AGENCY.upper(), REGION.upper()), (table,),
                   ("Baubau, 5 Januari 2026", "KEPALA DINAS", "", "",
                    "LA ODE MUHAMMAD SYARIF, S.Sos., M.Si.", "Pembina Tingkat I",
                    "NIP. 19760911 200212 1 007"))
    info = DocumentTruth("iku_linkage", TITLE, AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("iku_links", iku_links(data)),)
