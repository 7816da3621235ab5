"""Tabel Keterkaitan IKU dengan Program dan Kegiatan 2027 of the Dinas Sosial P3A Kabupaten
Solok Selatan, typed in Word as most agencies do (``holdout15.word``: "Table Grid", grey
header rows marked to repeat, merged cells, PAGE field footer) in **Calibri** 6.5 pt, F4
landscape, and exported by LibreOffice Writer (which prints Calibri with the font
fontconfig substitutes on this machine, DejaVu Sans; no font is installed).

Columns in the usual order and wording: No | Tujuan | Indikator Tujuan (IKU Kabupaten) |
Sasaran Strategis | Indikator Kinerja Sasaran | band "Kinerja Sasaran" over "Target 2027 |
Capaian 2026" | Program | Indikator Kinerja Program | Kegiatan / Sub Kegiatan | Indikator
Kinerja Kegiatan / Sub Kegiatan | Anggaran 2027 (Rp); then ``1 … 12``. Everything left of
Kegiatan is merged down, so Writer splits those boxes at page breaks; money
``783.242.000``, a kegiatan line without amount left blank.

Data: seed 001's ``iku2023`` as curated, one item per row, spellings kept ("Pantli",
"(PMKS) (PMKS)"), "Kota Layak Anak" → "Kabupaten Layak Anak". **Invented**: region,
years (seed target → 2027, capaian → 2026), signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import MERGED
from samples.derive import seed
from samples.families import iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout46.agency import AGENCY, HEAD, REGION, SEAT
from samples.sample import DocumentTruth
from samples.values import dots

STEM = "iku_solok_selatan_2027"
TITLE = ("TABEL KETERKAITAN INDIKATOR KINERJA UTAMA (IKU)", "DENGAN PROGRAM DAN KEGIATAN",
         "TAHUN 2027")
WIDTHS = (3, 10, 10, 11, 12, 6, 6, 13, 14, 16, 16, 9)
"""Column widths (relative shares); their count is the column-number row's last number."""
FOOTER = "Hal. {n}"
"""Page number line, ``{n}`` the page (checked on every page by ``check``)."""
KEYS = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian", "program",
        "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
BEFORE = ("No", "Tujuan", "Indikator Tujuan (IKU Kabupaten)", "Sasaran Strategis",
          "Indikator Kinerja Sasaran")
AFTER = ("Program", "Indikator Kinerja Program", "Kegiatan / Sub Kegiatan",
         "Indikator Kinerja Kegiatan / Sub Kegiatan", "Anggaran 2027 (Rp)")


def _printed(key: str, cell: str) -> str:
    """A seed cell as typed: amounts with dot grouping, everything else as it is."""
    return dots(int(cell)) if key == "anggaran" and cell not in ("", MERGED) else cell


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line)."""
    data = seed("iku2023", {"Kota Layak Anak": "Kabupaten Layak Anak"})
    body = tuple(tuple(_printed(k, row[data.column(k)]) for k in KEYS) for row in data.rows)
    header = ((*(Head(t, rowspan=2) for t in BEFORE), Head("Kinerja Sasaran", colspan=2),
               *(Head(t, rowspan=2) for t in AFTER)),
              (Head("Target 2027"), Head("Capaian 2026")))
    table = Table(header, WIDTHS, "cllllccllllr",
                  body, numbers=True)
    doc = Document(STEM, Page(330, 215, "Calibri", 6.5, margin_mm=15,
                              page_numbers=FOOTER),
                   (*TITLE, AGENCY.upper(), REGION.upper()), (table,),
                   (f"{SEAT}, 11 Januari 2027", *HEAD))
    info = DocumentTruth("iku_linkage", " ".join(TITLE), AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("iku_links", iku_links(data)),)
