"""IKU linkage 2025 of the Dinas Sosial, P3A Kabupaten Bantul, printed by Chromium on F4
portrait in Liberation Sans Narrow, booktabs rules (no vertical lines, no row lines).

Seed 001's rows, one item per row. The tujuan is not a column: each tujuan opens a
full-width shaded band "Tujuan RPJMD: …" above its rows (→ ``tujuan_rpjmd`` of the rows
below it; the band itself is no item). Baseline "Capaian 2024" is printed before "Target
2025"; the city IKU is not printed (``iku_kota`` null). Pagu printed ``Rp. 783.242.000,-``;
kegiatan lines print none (null). "Kota Layak" is re-homed to "Kabupaten Layak".
"""

from __future__ import annotations

from samples import curated
from samples.common import SPAN_LEFT, SPAN_UP
from samples.curated import Curated
from samples.families import Row, iku_links
from samples.holdout5.model import Document, Grid, Head, Page
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
HEADING = ("MATRIKS KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM DAN KEGIATAN",
           "TAHUN ANGGARAN 2025", AGENCY.upper(), "KABUPATEN BANTUL")
PRINTED = ("no", "sasaran", "indikator", "capaian", "target", "program",
           "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")


def _seed() -> Curated:
    """Seed rows re-homed: "Kota Layak" → "Kabupaten Layak", city IKU dropped."""
    seed = curated.load("iku2023")
    rows = tuple(tuple("" if k == "iku_kota" and c != SPAN_UP else
                       c.replace("Kota Layak", "Kabupaten Layak")
                       for k, c in zip(seed.columns, row, strict=True)) for row in seed.rows)
    return Curated(seed.columns, rows)


def _money(raw: str) -> str:
    return f"Rp. {dots(int(raw))},-" if raw not in ("", SPAN_UP) else raw


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its iku_links truth."""
    data = _seed()
    body: list[tuple[str, ...]] = []
    section: set[int] = set()
    for raw, filled in zip(data.rows, data.filled(), strict=True):
        cell = dict(zip(data.columns, raw, strict=True))
        if cell["tujuan"] != SPAN_UP:
            section.add(len(body))
            body.append((f"Tujuan RPJMD: {filled['tujuan']}",
                         *[SPAN_LEFT] * (len(PRINTED) - 1)))
            if SPAN_UP in (cell[k] for k in PRINTED):
                raise ValueError("a merge cannot continue across a tujuan band")
        body.append(tuple(_money(cell[k]) if k == "anggaran" else cell[k] for k in PRINTED))
    header = (tuple(Head(t) for t in (
        "No", "Sasaran Strategis", "Indikator Kinerja Utama", "Capaian 2024", "Target 2025",
        "Program", "Indikator Program", "Kegiatan / Sub Kegiatan",
        "Indikator Kegiatan / Sub Kegiatan", "Pagu Anggaran")),)
    grid = Grid(header, (3, 12, 13, 6, 6, 13, 13, 13, 14, 10), "cllcclllll", tuple(body),
                section=frozenset(section), rules="booktabs",
                group=frozenset(r + 1 for r in section))
    doc = Document("iku_bantul_2025",
                   Page(215, 330, "LiberationSansNarrow", 7, margin_mm=12),
                   HEADING, (grid,),
                   ("Bantul, 8 Januari 2025", "Kepala Dinas", "", "Drs. AGUS BUDIRAHARJA, M.Si.",
                    "NIP. 19680923 199303 1 005"))
    info = DocumentTruth("iku_linkage", " ".join(HEADING[:2]), AGENCY, "Kabupaten Bantul",
                         None, 2025, 2025)
    return doc, info, (("iku_links", iku_links(data)),)
