"""Rencana Aksi 2027, Bidang Rehabilitasi Sosial, Perlindungan dan Jaminan Sosial of the
Dinas Sosial Kota Tanjungpinang, printed by headless Chromium in the ``FRAMED`` look (an
outer frame and a rule under the header, no inner rules: rows are told apart by
whitespace), A4 landscape, Liberation Serif 6.3 pt.

The merged program / kegiatan / sub kegiatan cells (with their indicators and targets) are
NOT spanning boxes: the template prints a name once, on the first row of its group, and
leaves the cells below blank — also at the top of a continuation page. Since blank below
means "same as above", a cell the seed leaves genuinely empty is printed ``-`` (as
agencies do), so no blank is ambiguous. Header of two rows ("Waktu Pelaksanaan
(Triwulan)" over I … IV), no column-number row; marks ``✓``; "Hal n dari N".

Data: seed 000's bidang 1 (``ra2025_bidang1``) as curated (spellings kept), sasaran from
``ra2025_sasaran`` bidang 1. **Invented**: region, bidang name, year, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout29.web import FRAMED
from samples.sample import DocumentTruth
from samples.values import is_mark

LOOK = FRAMED
MARK = "✓"
AGENCY = "Dinas Sosial"
REGION = "Kota Tanjungpinang"
UNIT = "Rehabilitasi Sosial, Perlindungan dan Jaminan Sosial"
HEADING = ("RENCANA AKSI TAHUN 2027", f"BIDANG {UNIT.upper()}",
           f"{AGENCY} {REGION}".upper())
HEADS = ("No", "Program", "Indikator Kinerja Program", "Target", "Kegiatan",
         "Indikator Kinerja Kegiatan", "Target", "Sub Kegiatan",
         "Indikator Kinerja Sub Kegiatan", "Target", "Rencana Aksi", "Volume")


def _dashed(data: Curated) -> Curated:
    """The seed with its genuinely empty text cells as printed: ``-`` (quarter cells stay
    blank, a blank there is a false mark)."""
    text = [not key.startswith("tw") for key in data.columns]
    return Curated(data.columns, tuple(
        tuple("-" if keep and not cell else cell for keep, cell in zip(text, row, strict=True))
        for row in data.rows))


def _printed(row: tuple[str, ...], columns: tuple[str, ...]) -> tuple[str, ...]:
    """One body row: a continued (merged) cell prints blank, a mark prints ``✓``."""
    return tuple((MARK if is_mark(cell) else "") if key.startswith("tw") else
                 ("" if cell == MERGED else cell) for key, cell in zip(columns, row, strict=True))


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = _dashed(curated.load("ra2025_bidang1"))
    sasaran = curated.load("ra2025_sasaran").where("bidang", "1").filled()[0]
    header = ((*(Head(t, rowspan=2) for t in HEADS),
               Head("Waktu Pelaksanaan (Triwulan)", colspan=4)),
              (Head("I"), Head("II"), Head("III"), Head("IV")))
    table = Table(header, (3, 10, 11, 5, 11, 12, 5, 10, 12, 5.5, 12, 5.5, 3, 3, 3, 3),
                  "clllllllllllcccc", tuple(_printed(r, data.columns) for r in data.rows))
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja Sasaran : {sasaran['indikator']}",
             f"Target Tahun 2027 : {sasaran['tw4']}")
    doc = Document("rencana_aksi_tanjungpinang_2027",
                   Page(297, 210, "LiberationSerif", 6.3, margin_mm=12,
                        page_numbers="Hal {n} dari {N}"),
                   HEADING, (*lines, table),
                   ("Tanjungpinang, 6 Januari 2027", "Kepala Bidang Rehabilitasi Sosial,",
                    "Perlindungan dan Jaminan Sosial", "", "", "RAJA NURAINI, S.Sos., M.Si.",
                    "Penata Tingkat I", "NIP. 19820517 200801 2 009"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2027, 2027)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
