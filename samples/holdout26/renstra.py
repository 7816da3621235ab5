"""Renstra 2026–2030 of the Dinas Sosial Kota Ambon, Tabel 6.1 (T-C.27) "Rencana Program,
Kegiatan dan Pendanaan", printed by headless Chromium (``web``), F4 landscape, Liberation
Sans 5.4 pt, 18 columns.

Columns: "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Program (outcome) /
Kegiatan (output) | Data Capaian pada Tahun Awal Perencanaan (2025)", the band **"Capaian
Kinerja Program dan Kerangka Pendanaan"** over "Tahun 2026" … "Tahun 2030", each over
"Target | Rp", then **"Kondisi Kinerja pada Akhir Periode Renstra"** over "Target | Rp",
"Unit Kerja Penanggung Jawab", "Lokasi"; three header rows + ``1 … 18``. Programs bold.

Data: the 1.06 items of ``renja2023_kode`` (``holdout5.data``): sub kegiatan Rp = seed ×
1.00, 1.04, 1.08, 1.12, 1.16 (whole thousands), programs and kegiatan sum their sub
kegiatan. Kondisi akhir = the 2030 target and the five-year total. **Invented**: targets,
baseline, unit kerja, period, signatory.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import PROGRAM, SUB, Row, plan_items
from samples.holdout5.data import grown, items, rollup, satuan
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout26.agency import AGENCY, HEAD, REGION
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

HEADING = ("RENCANA STRATEGIS (RENSTRA) PERANGKAT DAERAH TAHUN 2026-2030", AGENCY.upper(),
           REGION.upper())
YEARS = (2026, 2027, 2028, 2029, 2030)
GROWTH = (1.00, 1.04, 1.08, 1.12, 1.16)
BIDANG = {"1.06.04": "Bidang Rehabilitasi Sosial", "1.06.05": "Bidang Perlindungan dan "
          "Jaminan Sosial", "1.06.06": "Bidang Penanganan Bencana"}
"""Program code → the bidang that answers for it (any other program: the Sekretariat)."""


def _target(level: str, indikator: str, n: int, step: int) -> str:
    """Programs a percentage rising a point a year, kegiatan full delivery, sub kegiatan
    a count in the indicator's unit rising by five a year; ``step`` -1 is the baseline."""
    if level == PROGRAM:
        return f"{78 + n % 4 + 2 * step}%"
    if level == SUB:
        return f"{40 + 6 * (n % 7) + 5 * step} {satuan(indikator)}"
    return "95%" if step < 0 else "100%"


def _unit(code: str) -> str:
    return BIDANG.get(".".join(code.split(".")[:3]), "Sekretariat")


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per plan year; the
    Kondisi akhir columns are a summary and give none)."""
    plan = items("1.06")
    seed = [int(r["budget"]) for r in plan if r["level"] == SUB]
    pagu = [rollup(plan, [grown(b, f) for b in seed]) for f in GROWTH]
    rows, body = [], []
    for n, item in enumerate(plan):
        level, code = item["level"], canonical_code(item["code"]) or ""
        targets = [_target(level, item["indikator"], n, y) for y in range(len(YEARS))]
        money = [pagu[y][n] for y in range(len(YEARS))]
        pairs = [cell for t, m in zip(targets, money, strict=True) for cell in (t, str(m))]
        rows.append((level, code, item["name"], item["indikator"], *pairs, REGION))
        printed = [cell for t, m in zip(targets, money, strict=True) for cell in (t, dots(m))]
        body.append((code, item["name"], item["indikator"], _target(level, item["indikator"],
                     n, -1), *printed, targets[-1], dots(sum(money)), _unit(code), REGION))
    columns = ("level", "code", "name", "indikator",
               *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")), "lokasi")
    header = ((Head("Kode", rowspan=3), Head("Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program (outcome) / Kegiatan (output)", rowspan=3),
               Head("Data Capaian pada Tahun Awal Perencanaan (2025)", rowspan=3),
               Head("Capaian Kinerja Program dan Kerangka Pendanaan", colspan=10),
               Head("Kondisi Kinerja pada Akhir Periode Renstra", colspan=2, rowspan=2),
               Head("Unit Kerja Penanggung Jawab", rowspan=3), Head("Lokasi", rowspan=3)),
              tuple(Head(f"Tahun {y}", colspan=2) for y in YEARS),
              tuple(Head(t) for _ in range(6) for t in ("Target", "Rp")),
              tuple(Head(str(n)) for n in range(1, 19)))
    table = Table(header, (12, 14, 16, 9, *(6.5, 10) * 6, 10, 6.5),
                  "lllc" + "cr" * 6 + "cc", tuple(body),
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] == PROGRAM),
                  caption=("Tabel 6.1", "Rencana Program, Kegiatan dan Pendanaan Dinas Sosial "
                           "Kota Ambon Tahun 2026-2030"))
    doc = Document("renstra_ambon_2026_2030",
                   Page(330, 215, "LiberationSans", 5.4, margin_mm=10,
                        page_numbers="- {n} -"),
                   HEADING,
                   ("Rencana program, kegiatan dan sub kegiatan beserta indikator, target "
                    "kinerja dan pendanaan indikatif disajikan pada tabel berikut.", table),
                   ("Ambon, 4 Mei 2026", "Kepala Dinas Sosial Kota Ambon", "",
                    HEAD, "Pembina Utama Muda", "NIP. 19690711 199503 1 004"))
    truth = plan_items(Curated(columns, tuple(rows)), {str(y): y for y in YEARS})
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2026, 2030)
    return doc, info, (("plan_items", truth),)
