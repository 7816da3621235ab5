"""Renstra 2025–2029 of the Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Kota
Lhokseumawe (Aceh), "Tabel 6.1 Target Kinerja dan Pendanaan Indikatif Program dan
Kegiatan", printed by headless Chromium (``holdout26.web``: hairline grid, vertically
centred cells, header repeated), F4 portrait, Liberation Sans 6.4 pt.

The table is in **long form**: one printed row per item per year, "Kode | Program /
Kegiatan | Indikator Kinerja | Tahun | Target | Pagu Indikatif (Rp) | Penanggung Jawab",
with the code, name, indicator and penanggung jawab cells **merged over the item's five
year rows** (every earlier set printed the years as columns). Programs bold; targets with
an Indonesian decimal comma (``88,5%``); pagu ``1.122.530.000``; "Halaman n".

Data: the programs and kegiatan of urusan 2.08 in ``renja2023_kode``
(``holdout5.data.items``); pagu = the sum of the item's seed sub kegiatan, each × 1.00,
1.05, 1.10, 1.15, 1.20 for 2025 … 2029 to the thousand (``grown/rollup``). **Invented**:
targets, penanggung jawab, region, agency, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import grown, items, rollup
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

STEM = "renstra_lhokseumawe_2025_2029"
AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Lhokseumawe"
HEADING = ("RENCANA STRATEGIS (RENSTRA) TAHUN 2025-2029", AGENCY.upper(), REGION.upper())
YEARS = (2025, 2026, 2027, 2028, 2029)
GROWTH = (1.00, 1.05, 1.10, 1.15, 1.20)
BIDANG = {"2.08.02": "Sekretariat", "2.08.03": "Bidang Perlindungan Perempuan",
          "2.08.05": "Sekretariat", "2.08.06": "Bidang Pemenuhan Hak Anak",
          "2.08.07": "Bidang Perlindungan Khusus Anak"}
"""Program code → who answers for it (the penanggung jawab cell)."""


def _target(level: str, n: int, step: int) -> str:
    """Programs a whole percentage rising two points a year, kegiatan a percentage with a
    decimal comma rising two points a year."""
    if level == PROGRAM:
        return f"{70 + n % 5 + 2 * step}%"
    return f"{86 + n % 3 + 2 * step},5%"


def _unit(code: str) -> str:
    return BIDANG[".".join(code.split(".")[:3])]


def build() -> Built:
    """The document and its plan_items truth (one row per item per year, as printed)."""
    plan = items("2.08")
    seed = [int(r["budget"]) for r in plan if r["level"] == SUB]
    pagu = [rollup(plan, [grown(b, f) for b in seed]) for f in GROWTH]
    wide, body, bold = [], [], set()
    for n, item in enumerate(plan):
        level, code = item["level"], canonical_code(item["code"]) or ""
        if level == SUB:
            continue
        targets = [_target(level, n, y) for y in range(len(YEARS))]
        money = [pagu[y][n] for y in range(len(YEARS))]
        wide.append((level, code, item["name"], item["indikator"],
                     *(c for t, m in zip(targets, money, strict=True) for c in (t, str(m)))))
        if level == PROGRAM:
            bold.update(range(len(body), len(body) + len(YEARS)))
        for y, year in enumerate(YEARS):
            merged = (code, item["name"], item["indikator"]) if y == 0 else (MERGED,) * 3
            body.append((*merged, str(year), targets[y], dots(money[y]),
                         _unit(code) if y == 0 else MERGED))
    header = ((Head("Kode"), Head("Program / Kegiatan"), Head("Indikator Kinerja"),
               Head("Tahun"), Head("Target"), Head("Pagu Indikatif (Rp)"),
               Head("Penanggung Jawab")),
              tuple(Head(str(n)) for n in range(1, 8)))
    table = Table(header, (11, 24, 28, 6, 7, 13, 12), "lllccrc", tuple(body),
                  bold=frozenset(bold),
                  caption=("Tabel 6.1", "Target Kinerja dan Pendanaan Indikatif Program dan "
                           "Kegiatan Tahun 2025-2029"))
    doc = Document(STEM, Page(215, 330, "LiberationSans", 6.4, margin_mm=14,
                              page_numbers="Halaman {n}"),
                   HEADING,
                   ("Target kinerja dan pendanaan indikatif setiap program dan kegiatan "
                    "disajikan per tahun pada tabel berikut.", table),
                   ("Lhokseumawe, 20 Maret 2025", "Kepala Dinas Pemberdayaan Perempuan",
                    "dan Perlindungan Anak Kota Lhokseumawe", "", "",
                    "Hj. CUT NURHAYATI, S.E., M.Si.", "Pembina Tingkat I",
                    "NIP. 19720514 199803 2 006"))
    columns = ("level", "code", "name", "indikator",
               *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")))
    truth = plan_items(Curated(columns, tuple(wide)), {str(y): y for y in YEARS})
    for row in truth:
        if row["parent_row_no"] is not None:
            row["parent_row_no"] = first_row(int(row["parent_row_no"]))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("plan_items", truth),)


def first_row(item: int) -> int:
    """Printed row_no of the first (2025) row of the ``item``-th item: where its merged
    cells start and its name is printed, the row a kegiatan's parent_row_no points at."""
    return (item - 1) * len(YEARS) + 1
