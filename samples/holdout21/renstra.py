"""Evaluasi Renstra 2021-2026 of the Dinas Pemberdayaan Perempuan dan Perlindungan Anak
Kota Pangkalpinang after its third year, printed by headless Chromium (``web``, full grid,
header repeated by the browser), F4 landscape, Liberation Serif 5.5 pt, 17 columns.

"Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja", then for each of 2021,
2022 and 2023 a band "Tahun 20xx" over "Target | Realisasi | Pagu (Rp) | Realisasi (Rp)",
then "Kondisi Kinerja pada Akhir Periode Renstra (2026)" over "Target | Rp" (the last
target and the six-year total pagu). Programs bold; no column-number row.

Data: seed 001's urusan 2.08 items with official codes (``holdout5.data.items``), pagu =
seed × 0.92 / 0.97 / 1.00 / 1.04 / 1.08 / 1.12 for 2021-2026 (``holdout5.data.grown``,
programs and kegiatan summing their sub kegiatan). **Invented**: region, period, every
target and realisasi (``_target`` / ``_done``), signatory.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import PROGRAM, SUB, Row, plan_items
from samples.holdout5.data import grown, items, rollup
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Pangkalpinang"
HEADING = ("EVALUASI PELAKSANAAN RENCANA STRATEGIS (RENSTRA) TAHUN 2021-2026",
           AGENCY.upper(), REGION.upper())
GROWTH = {2021: 0.92, 2022: 0.97, 2023: 1.00, 2024: 1.04, 2025: 1.08, 2026: 1.12}
EVALUATED = (2021, 2022, 2023)
COLUMNS = ("level", "code", "name", "indikator", "target", "budget", "realized_target",
           "realized_budget")


def _target(level: str, n: int, year: int) -> str:
    """The planned target: percent for programs and kegiatan, a count for sub kegiatan."""
    step = year - 2021
    if level == SUB:
        return f"{20 + 5 * (n % 4) + 2 * step} Orang"
    return f"{70 + 2 * (n % 3) + 3 * step}%"


def _done(level: str, n: int, year: int) -> str:
    """The realisasi kinerja: a little under or at the target."""
    short = (n + year) % 3
    if level == SUB:
        return f"{20 + 5 * (n % 4) + 2 * (year - 2021) - short} Orang"
    return f"{70 + 2 * (n % 3) + 3 * (year - 2021) - short},{(n * 7) % 10}0%"


def _spent(planned: int, n: int, year: int) -> int:
    """Realisasi anggaran: 88-99 % of the pagu, whole rupiah."""
    return planned * (88 + (n + year) % 12) // 100


def _years() -> tuple[list[dict[str, str]], dict[int, list[int]]]:
    rows = [{**r, "code": canonical_code(r["code"]) or r["code"]} for r in items("2.08")]
    subs = [int(r["budget"]) for r in rows if r["level"] == SUB]
    return rows, {y: rollup(rows, [grown(b, f) for b in subs]) for y, f in GROWTH.items()}


def _year_data(rows: list[dict[str, str]], pagu: list[int], year: int) -> Curated:
    """The cells of one evaluated year, one row per item (what ``plan_items`` reads)."""
    return Curated(COLUMNS, tuple(
        (r["level"], r["code"], r["name"], r["indikator"], _target(r["level"], n, year),
         str(pagu[n]), _done(r["level"], n, year), str(_spent(pagu[n], n, year)))
        for n, r in enumerate(rows)))


def _table(rows: list[dict[str, str]], pagu: dict[int, list[int]]) -> Table:
    body = []
    for n, r in enumerate(rows):
        cells = [r["code"], r["name"], r["indikator"]]
        for y in EVALUATED:
            cells += [_target(r["level"], n, y), _done(r["level"], n, y), dots(pagu[y][n]),
                      dots(_spent(pagu[y][n], n, y))]
        cells += [_target(r["level"], n, 2026), dots(sum(p[n] for p in pagu.values()))]
        body.append(tuple(cells))
    header = ((Head("Kode", rowspan=2), Head("Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2),
               *(Head(f"Tahun {y}", colspan=4) for y in EVALUATED),
               Head("Kondisi Kinerja pada Akhir Periode Renstra (2026)", colspan=2)),
              (*(h for _ in EVALUATED for h in (Head("Target"), Head("Realisasi"),
                                                 Head("Pagu (Rp)"), Head("Realisasi (Rp)"))),
               Head("Target"), Head("Rp")))
    widths = (13, 27, 27, *(8, 10, 13, 13) * 3, 8, 14)
    bold = frozenset(n for n, r in enumerate(rows) if r["level"] == PROGRAM)
    return Table(header, widths, "lll" + "ccrr" * 3 + "cr", tuple(body), bold=bold)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth: one row per item per evaluated year, with
    that year's target, pagu and realisasi; the Kondisi Akhir column gives no row."""
    rows, pagu = _years()
    per_year = [plan_items(_year_data(rows, pagu[y], y), {None: y})
                for y in EVALUATED]
    truth = [row for item in zip(*per_year, strict=True) for row in item]
    doc = Document("renstra_evaluasi_pangkalpinang_2021_2026",
                   Page(330, 215, "LiberationSerif", 5.5, margin_mm=10,
                        page_numbers="- {n} -"),
                   HEADING,
                   ("Tabel 2.3 Evaluasi Pencapaian Target Kinerja Program dan Kerangka "
                    "Pendanaan Renstra Tahun 2021-2023", _table(rows, pagu)),
                   ("Pangkalpinang, 5 Februari 2024", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK KOTA PANGKALPINANG", "", "",
                    "Hj. RINA SUSANTI, S.E., M.Si.", "Pembina Tingkat I",
                    "NIP. 19750823 200003 2 004"))
    info = DocumentTruth("renstra", " ".join(HEADING), AGENCY, REGION, None, 2021, 2026)
    return doc, info, (("plan_items", truth),)
