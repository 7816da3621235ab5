"""Renstra 2025–2029 of the Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian
Penduduk dan Keluarga Berencana Kabupaten Sintang printed from HTML by Chromium on F4
LANDSCAPE (330 × 215 mm, Liberation Serif 6.5 pt) with a thin grey grid.

Two different tables directly one below the other on the first page:
- Tabel 5.2 (tujuan / sasaran targets): "No | Tujuan | Sasaran | Indikator Tujuan /
  Sasaran | Kondisi Awal (2024)" then the band "Target Kinerja pada Tahun" over
  "2025 … 2029"; tujuan merged over their sasaran rows.
- Tabel 6.1 (programs and funding): "Kode | Program / Kegiatan / Sub Kegiatan | Indikator
  Kinerja | Satuan | Kondisi Awal (2024)" then "Target Kinerja dan Kerangka Pendanaan"
  over "Tahun 2025 … Tahun 2029", each over "Target | Rp" (15 columns); the urusan row and
  program rows bold on a heavy grey band. Its header prints ONCE: continuation pages repeat
  only the column-number row "(1) … (15)".

Data: Tabel 5.2 = seed Tabel 4.4 (``renstra_t44``) with its 2019 column as the baseline and
2020–2024 re-dated 2025–2029. Tabel 6.1 = urusan 2.08 of ``renja2023_kode`` (seed 001's
names, indicators and official codes); sub kegiatan pagu = seed amount × 1.03 / 1.08 /
1.12 / 1.18 / 1.25 for 2025 … 2029 rounded to a thousand, programs, kegiatan and the urusan
row print the sums. Invented: targets, satuan, baseline (deterministic).
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import Curated
from samples.derive import relocate
from samples.families import PROGRAM, Row, plan_items, renstra_targets
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout13.web import Style
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = ("Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan "
          "Keluarga Berencana")
REGION = "Kabupaten Sintang"
HEADING = ("RENCANA STRATEGIS (RENSTRA) TAHUN 2025-2029", AGENCY.upper(), REGION.upper())
PLACES = {"Kota Probolinggo": REGION, "Kota Layak Anak": "Kabupaten Layak Anak"}
SEED_YEARS = ("y2020", "y2021", "y2022", "y2023", "y2024")
YEARS = tuple(range(2025, 2030))
GROWTH = (1.03, 1.08, 1.12, 1.18, 1.25)
URUSAN = "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"
STYLE = Style(rule="0.4pt solid #8a8a8a", shade="#b3b3b3", head_fill="#dcdcdc",
              numbering="({n})")


def _goals() -> tuple[Table, list[Row]]:
    """Tabel 5.2: the seed's tujuan / sasaran indicators and their yearly targets."""
    seed = relocate(curated.load("renstra_t44"), PLACES)
    body = tuple(tuple(row[seed.column(k)] for k in ("no", "tujuan", "sasaran", "indikator",
                                                     "y2019", *SEED_YEARS))
                 for row in seed.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Tujuan / Sasaran", rowspan=2),
               Head("Kondisi Awal (2024)", rowspan=2),
               Head("Target Kinerja pada Tahun", colspan=5)),
              tuple(Head(str(y)) for y in YEARS))
    table = Table(header, (3, 30, 34, 42, 10, 9, 9, 9, 9, 9), "clllcccccc", body,
                  caption=("Tabel 5.2 Tujuan, Sasaran, Indikator dan Target Kinerja "
                           "Perangkat Daerah",))
    return table, renstra_targets(seed, dict(zip(SEED_YEARS, YEARS, strict=True)))


def _target(level: str, indikator: str, n: int, year: int) -> tuple[str, str]:
    """(satuan, target) of an item in ``year``: percent for programs (``72,50``) and
    kegiatan, counts in the indicator's unit for sub kegiatan."""
    step = year - YEARS[0]
    if level == PROGRAM:
        return "%", f"{70 + n % 5 * 2 + step * 1.5:.2f}".replace(".", ",")
    if level == "kegiatan":
        return "%", str(80 + n % 4 + step * 3)
    unit = data.satuan(indikator)
    base = n % 3 + 1 if unit == "Dokumen" else 10 + n * 3 % 40
    return unit, str(base + step * (1 if unit == "Dokumen" else 5))


def _plan() -> tuple[Table, list[Row]]:
    """Tabel 6.1: urusan 2.08's items with five years of targets and pagu."""
    items = data.items("2.08")
    subs = [int(r["budget"]) for r in items if r["level"] == data.SUB]
    budgets = [data.rollup(items, [data.grown(b, f) for b in subs]) for f in GROWTH]
    totals = [sum(data.grown(b, f) for b in subs) for f in GROWTH]
    rows: list[tuple[str, ...]] = [
        ("", "2.08", URUSAN, "", "", "", *(x for t in totals for x in ("", str(t))))]
    for n, item in enumerate(items):
        indikator = item["indikator"].replace("Kota Layak Anak", "Kabupaten Layak Anak")
        targets = [_target(item["level"], indikator, n, y) for y in YEARS]
        rows.append((item["level"], item["code"], item["name"], indikator, targets[0][0],
                     _baseline(targets[0][1]),
                     *(x for (_, t), b in zip(targets, budgets, strict=True)
                       for x in (t, str(b[n])))))
    columns = ("level", "code", "name", "indikator", "satuan", "awal",
               *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")))
    plan = Curated(columns, tuple(rows))
    body = tuple((r[1], r[2], r[3], r[4], r[5],
                  *(dots(int(c)) if c and k % 2 else c for k, c in enumerate(r[6:])))
                 for r in rows)
    header = ((Head("Kode", rowspan=3), Head("Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja", rowspan=3), Head("Satuan", rowspan=3),
               Head("Kondisi Awal (2024)", rowspan=3),
               Head("Target Kinerja dan Kerangka Pendanaan", colspan=10)),
              tuple(Head(f"Tahun {y}", colspan=2) for y in YEARS),
              tuple(Head(h) for _ in YEARS for h in ("Target", "Rp")))
    table = Table(header, (13, 26, 30, 8, 7, *(6, 13) * 5), "llllc" + "cr" * 5, body,
                  bold=frozenset(i for i, r in enumerate(rows) if r[0] in ("", PROGRAM)),
                  numbers=True, repeat_header=False,
                  caption=("Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan "
                           "Indikatif",))
    return table, plan_items(plan, {str(y): y for y in YEARS})


def _baseline(first: str) -> str:
    """Kondisi awal: the first year's target as printed, one step lower (not a plan year)."""
    head, comma, tail = first.partition(",")
    return f"{int(head) - 1}{comma}{tail}"


def build() -> Built:
    """The document: its renstra_targets table, then its plan_items table."""
    goals, goal_rows = _goals()
    plan, plan_rows = _plan()
    doc = Document("renstra_sintang_2025_2029",
                   Page(330, 215, "Liberation Serif", 6.5, margin_mm=11,
                        page_numbers="Renstra DP3AP2KB 2025-2029 | {n}"),
                   HEADING, (goals, plan),
                   ("Sintang, 20 Maret 2025", "KEPALA DINAS", "", "",
                    "YOHANES RUMPAK, S.Sos., M.Si.", "Pembina Tingkat I",
                    "NIP. 19720418 199803 1 007"))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("renstra_targets", goal_rows), ("plan_items", plan_rows))
