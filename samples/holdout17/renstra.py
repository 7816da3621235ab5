"""Renstra 2021–2026 of the Dinas Sosial Kota Bitung: two target tables printed by
headless Chromium (``web``), A4 landscape, Liberation Serif 7.5 pt.

- Tabel 4.2 "Tujuan dan Sasaran Jangka Menengah" (seed 002's Tabel 4.4 rows, years
  2021–2026, no Satuan column): **one table prints percentages in four forms** — ``86%``,
  ``87 %``, ``88,00%``, ``89.0%`` (the form cycles with row and year) — bare numbers
  (``34.5``, ``68.20``), qualitative targets (``N/A``, ``Utama``, ``Madya``), one ``-``
  and one empty cell, and an indicator counted in ``Orang/Tahun``. Tujuan, sasaran and
  indicator cells are **justified and hyphenated** at line ends (``Perlin-`` /
  ``dungan``), abbreviations in parentheses print *italic*, and the header labels are
  broken mid-word (``Tuju-`` / ``an``).
- Tabel 4.3 "Indikator Kinerja yang Mengacu pada Tujuan dan Sasaran RPJMD" (seed 002's
  Tabel 7.2 rows): a **Satuan** column (``Persen``, ``%``, ``Predikat``) with targets
  printed without their unit (``85,00``, ``98``); "Kondisi Akhir" is the period's last
  year, 2026. URUSAN rows and the indicator without targets give no truth rows.

**Invented**: the region, the years (seed 2019–2024 → 2021–2026), the percentage forms,
the ``-`` (2021 Indeks Pemberdayaan Gender, data not yet published) and the empty cell
(2021 Kategori Kota Layak Anak), the ``Orang/Tahun`` indicator and its targets, the
satuan wording.
"""

from __future__ import annotations

from samples import curated
from samples.curated import MERGED, Curated
from samples.families import Row, renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout17.typo import restyled
from samples.holdout17.web import ITALIC
from samples.sample import DocumentTruth

AGENCY = "Dinas Sosial"
REGION = "Kota Bitung"
YEARS = tuple(range(2021, 2027))
SEED_YEARS = tuple(f"y{y}" for y in range(2019, 2025))
PAGE = Page(297, 210, "LiberationSerif", 7.5, margin_mm=14)
HEADING = ("RENCANA STRATEGIS (RENSTRA)", "DINAS SOSIAL KOTA BITUNG", "TAHUN 2021-2026")
ELDERLY = ("Jumlah Lanjut Usia Terlantar yang Mendapat Pendampingan Sosial",
           tuple(f"{100 + 10 * n} Orang/Tahun" for n in range(6)))
"""The invented indicator counted per year (under the seed's PMKS sasaran)."""
SATUAN = {"1.1": "Persen", "2.2": "%", "2.3": "Predikat", "2.1": "Nilai"}
TEXT = ("tujuan", "sasaran", "indikator")


def _emphasised(text: str) -> str:
    """Abbreviations in parentheses print italic (``(PMKS)``)."""
    return " ".join(f"{ITALIC}{w}{ITALIC}" if w.startswith("(") and w.endswith(")") else w
                    for w in text.split())


def _goals() -> Curated:
    """Tabel 4.2 as printed: seed rows, restyled percentages, the invented row and cells."""
    seed = curated.load("renstra_t44")
    rows = []
    for n, row in enumerate(seed.rows):
        cell = dict(zip(seed.columns, row, strict=True))
        targets = [restyled(cell[k], n + y) for y, k in enumerate(SEED_YEARS)]
        if cell["indikator"].startswith("Indeks Pemberdayaan Gender"):
            targets[0] = "-"
        if cell["indikator"] == "Kategori Kota Layak Anak":
            targets[0] = ""
        rows.append((cell["no"], cell["tujuan"], cell["sasaran"], cell["indikator"], *targets))
        if n == 1:
            rows.append((MERGED, MERGED, MERGED, ELDERLY[0], *ELDERLY[1]))
    columns = ("no", *TEXT, *(str(y) for y in YEARS))
    return Curated(columns, tuple(rows))


def _rpjmd() -> Curated:
    """Tabel 4.3 as printed: a Satuan column and targets without their unit."""
    seed = curated.load("renstra_t72")
    rows = []
    for row in seed.rows:
        cell = dict(zip(seed.columns, row, strict=True))
        satuan = SATUAN.get(cell["no"], "")
        keys = (*SEED_YEARS[:5], "akhir")
        targets = [cell[k].removesuffix("%") if satuan in ("Persen", "%") else cell[k]
                   for k in keys]
        rows.append((cell["no"], cell["indikator"], satuan, *targets))
    return Curated(("no", "indikator", "satuan", *(str(y) for y in YEARS)), tuple(rows))


def _body(data: Curated, text: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_emphasised(v) if k in text and v != MERGED else v
                       for k, v in zip(data.columns, row, strict=True)) for row in data.rows)


def _goal_table(data: Curated) -> Table:
    header = ((Head("No", rowspan=2), Head("Tuju-\nan", rowspan=2),
               Head("Sasar-\nan", rowspan=2),
               Head("Indikator Kiner-\nja Tujuan/ Sasar-\nan", rowspan=2),
               Head("Target Kinerja Tahun ke-", colspan=6)),
              tuple(Head(str(y)) for y in YEARS))
    return Table(header, (2.2, 13, 15, 17, *(5.5,) * 6), "cjjj" + "c" * 6,
                 _body(data, TEXT), numbers=True,
                 caption=("Tabel 4.2", "Tujuan dan Sasaran Jangka Menengah Dinas Sosial "
                                       "Kota Bitung"))


def _rpjmd_table(data: Curated) -> Table:
    header = ((Head("No", rowspan=2), Head("Indikator", rowspan=2),
               Head("Sa-\ntuan", rowspan=2), Head("Target Capaian Setiap Tahun", colspan=5),
               Head("Kondisi Kinerja pada Akhir Periode Renstra", rowspan=2)),
              tuple(Head(str(y)) for y in YEARS[:5]))
    urusan = frozenset(n for n, row in enumerate(data.rows) if row[0].isdigit())
    return Table(header, (3, 30, 6, *(6,) * 5, 9), "cjc" + "c" * 6,
                 _body(data, ("indikator",)), bold=urusan,
                 caption=("Tabel 4.3", "Indikator Kinerja Dinas Sosial yang Mengacu pada "
                                       "Tujuan dan Sasaran RPJMD"))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its two renstra_targets tables."""
    goals, rpjmd = _goals(), _rpjmd()
    years = {str(y): y for y in YEARS}
    intro = ("Tujuan dan sasaran jangka menengah Dinas Sosial disusun untuk mendukung "
             "peningkatan Kesejahteraan Masyarakat, Perlindungan dan Pemberdayaan Perempuan "
             "serta pemenuhan kebutuhan dasar Penyandang Masalah Kesejahteraan Sosial. "
             "Indikator kinerja yang mengacu pada tujuan dan sasaran RPJMD disajikan pada "
             "tabel berikut beserta satuan dan target capaian setiap tahun.")
    doc = Document("renstra_bitung_2021_2026", PAGE, HEADING,
                   (_goal_table(goals), intro, _rpjmd_table(rpjmd)),
                   ("Bitung, 12 Juli 2021", "KEPALA DINAS SOSIAL KOTA BITUNG", "", "",
                    "MEIVA R. LINTANG, S.Sos., M.Si.", "Pembina Tingkat I",
                    "NIP. 19720508 199803 2 006"))
    info = DocumentTruth("renstra", " ".join(HEADING), AGENCY, REGION, None, 2021, 2026)
    return doc, info, (("renstra_targets", renstra_targets(goals, years)),
                       ("renstra_targets", renstra_targets(rpjmd, years)))
