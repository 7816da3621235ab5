"""Renstra 2021–2026 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak
Kabupaten Garut, written as a Word file and printed by LibreOffice Writer in Liberation
Serif, tables without vertical borders. Two truth tables on pages of two orientations:

1. Tabel 4.1 on a PORTRAIT page (→ ``renstra_targets``): seed Tabel 4.3 re-dated
   2019–2024 → 2021–2026, percentages printed in words (``85%`` → ``85 persen``,
   ``48.10 %`` → ``48,10 persen``), decimals with a comma, "Kota Layak" → "Kabupaten Layak".
2. Tabel 7.1 on a LANDSCAPE page (a new section) (→ ``renstra_targets``): seed Tabel 7.2
   re-dated 2019–2023 → 2021–2025, plus "Kondisi Kinerja pada Akhir Periode Renstra
   (2026)" → year 2026. URUSAN rows and the indicator without targets give no rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from samples import curated
from samples.curated import Curated
from samples.families import Row, renstra_targets
from samples.holdout6.model import Document, Head, NewPage, Page, Table
from samples.sample import DocumentTruth

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
HEADING = ("RENCANA STRATEGIS (RENSTRA) TAHUN 2021-2026", AGENCY.upper(), "KABUPATEN GARUT")
FONT = "Liberation Serif"
_PERCENT = re.compile(r"^(\d+(?:[.,]\d+)?)\s*%$")


def _in_words(cell: str) -> str:
    """``85%`` → ``85 persen``, ``48.10 %`` → ``48,10 persen``, ``34.5`` → ``34,5``."""
    match = _PERCENT.match(cell)
    if match:
        return f"{match[1].replace('.', ',')} persen"
    return cell.replace(".", ",") if cell[:1].isdigit() else cell


def _reprint(seed: Curated, years: tuple[str, ...] = (),
             fmt: Callable[[str], str] = str) -> Curated:
    """Seed rows as Garut prints them: target cells of ``years`` through ``fmt``, the
    city's "Kota Layak Anak" re-homed to "Kabupaten Layak Anak" everywhere else."""
    rows = tuple(tuple(fmt(c) if k in years else c.replace("Kota Layak", "Kabupaten Layak")
                       for k, c in zip(seed.columns, row, strict=True)) for row in seed.rows)
    return Curated(seed.columns, rows)


def _tabel_41() -> tuple[Table, list[Row]]:
    seed = curated.load("renstra_t43")
    keys = seed.columns[4:]
    data = _reprint(seed, keys, _in_words)
    years = dict(zip(keys, range(2021, 2027), strict=True))
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Kinerja", rowspan=2),
               Head("Target Kinerja pada Tahun", colspan=6)),
              tuple(Head(str(y)) for y in years.values()))
    table = Table(header, (5.5, 14, 16, 18, *(7.5,) * 6), "clllcccccc", data.rows,
                  caption=("Tabel 4.1", "Tujuan dan Sasaran Jangka Menengah Pelayanan "
                           "Perangkat Daerah"))
    return table, renstra_targets(data, years)


def _tabel_71() -> tuple[Table, list[Row]]:
    data = _reprint(curated.load("renstra_t72"))
    years = dict(zip(data.columns[2:], range(2021, 2027), strict=True))
    header = ((Head("No", rowspan=2), Head("Indikator", rowspan=2),
               Head("Target Capaian Setiap Tahun", colspan=5),
               Head("Kondisi Kinerja pada Akhir Periode Renstra (2026)", rowspan=2)),
              tuple(Head(f"Tahun {y}") for y in range(2021, 2026)))
    table = Table(header, (4, 46, *(9,) * 5, 13), "clcccccc", data.rows,
                  bold=frozenset(i for i, r in enumerate(data.rows) if "." not in r[0]),
                  caption=("Tabel 7.1 Indikator Kinerja Perangkat Daerah yang Mengacu pada "
                           "Tujuan dan Sasaran RPJMD",))
    return table, renstra_targets(data, years)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its two renstra_targets tables, in printed order."""
    t41, rows41 = _tabel_41()
    t71, rows71 = _tabel_71()
    doc = Document("renstra_garut_2021_2026",
                   Page(210, 297, FONT, 8, margin_mm=20), HEADING,
                   ("Tujuan dan sasaran jangka menengah beserta target kinerjanya disajikan "
                    "pada tabel berikut.", t41,
                    NewPage(Page(297, 210, FONT, 8, margin_mm=18)), t71),
                   ("Garut, 30 Agustus 2021", "KEPALA DINAS", "", "Drs. H. ASEP SUPRIATNA, M.Si.",
                    "NIP. 19680105 199203 1 007"))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, "Kabupaten Garut", None, 2021, 2026)
    return doc, info, (("renstra_targets", rows41), ("renstra_targets", rows71))
