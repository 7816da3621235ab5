"""Renstra 2025–2029 of the Dinas Sosial Kabupaten Enrekang with its text drawn *glyph by
glyph*: every character is its own text object at its own position and no space character
is written, so words exist only as gaps between glyphs; the title block is letter-spaced
(1.3 pt between characters), as typesetting engines and some report servers write PDFs.

Tabel 4.3 and Tabel 4.4 as fully ruled reportlab grids (stroked lines) on A4 landscape,
Liberation Serif 7.5 pt, captions above, a sentence between them, page numbers "Hal. n".
Data: seed Tabel 4.3 / 4.4, the seed's 2020–2024 columns re-dated 2025–2029 (the 2019
column is not printed); "Kota Probolinggo" → "Kabupaten Enrekang", "Kota Layak Anak" →
"Kabupaten Layak Anak".
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from samples import curated
from samples.blind import Built
from samples.derive import relocate
from samples.families import Row, renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout18 import producers
from samples.holdout18.canvases import GlyphCanvas
from samples.sample import DocumentTruth

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Enrekang"
HEADING = ("RENCANA STRATEGIS PERANGKAT DAERAH TAHUN 2025-2029", AGENCY.upper(),
           REGION.upper())
SEED_YEARS = ("y2020", "y2021", "y2022", "y2023", "y2024")
YEARS = dict(zip(SEED_YEARS, range(2025, 2030), strict=True))
PAGE = Page(297, 210, "LiberationSerif", 7.5, margin_mm=13, page_numbers="Hal. {n}")


def _table(seed: str, caption: str, indikator: str) -> tuple[Table, list[Row]]:
    data = relocate(curated.load(seed), {"Kota Probolinggo": REGION,
                                         "Kota Layak Anak": "Kabupaten Layak Anak"})
    body = tuple(tuple(row[data.column(k)] for k in ("no", "tujuan", "sasaran", "indikator",
                                                     *SEED_YEARS)) for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head(indikator, rowspan=2), Head("Target Kinerja Tahun ke-", colspan=5)),
              tuple(Head(str(y)) for y in YEARS.values()))
    table = Table(header, (3, 21, 22, 28, 6.5, 6.5, 6.5, 6.5, 6.5), "clllccccc", body,
                  caption=(caption,))
    return table, renstra_targets(data, YEARS)


def build() -> Built:
    """The document and its two renstra_targets tables, in printed order."""
    t43, rows43 = _table("renstra_t43", "Tabel 4.3 Tujuan dan Sasaran Jangka Menengah "
                         "Pelayanan Dinas Sosial Kabupaten Enrekang", "Indikator")
    t44, rows44 = _table("renstra_t44", "Tabel 4.4 Indikator Kinerja Perangkat Daerah yang "
                         "Mengacu pada Tujuan dan Sasaran RPJMD", "Indikator Kinerja")
    doc = Document("renstra_enrekang_2025_2029", PAGE, HEADING,
                   ("Tujuan, sasaran dan target kinerja jangka menengah Dinas Sosial "
                    "disajikan sebagai berikut.", t43,
                    "Indikator kinerja yang mengacu pada tujuan dan sasaran RPJMD adalah "
                    "sebagai berikut.", t44),
                   ("Enrekang, 10 Februari 2025", "KEPALA DINAS SOSIAL",
                    "KABUPATEN ENREKANG", "", "", "Drs. MUHAMMAD SYUKUR BAHAR, M.Si.",
                    "Pembina Utama Muda", "NIP. 19690412 199003 1 006"))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("renstra_targets", rows43), ("renstra_targets", rows44))


def write(doc: Document, path: Path) -> int:
    """Glyph-by-glyph text, letter-spaced title block."""
    factory = partial(GlyphCanvas, body_size=doc.page.size, heading_space=1.3)
    return producers.print_with(doc, path, factory)
