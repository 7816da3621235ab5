"""Renstra Perubahan 2025–2029 of the Dinas Sosial Kabupaten Hulu Sungai Tengah, "Tabel 6.1
Perubahan Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif" (T-C.27), drawn with
reportlab (``holdout6.draw``, full grid), F4 landscape, Liberation Sans 5.4 pt, 16 columns.

The revision after the mid-term review leaves the years already run (2025, 2026) as they
were, each "Target | Rp", and revises only 2027–2029, each "Target | Rp Semula | Rp
Menjadi": header band "Target Kinerja dan Kerangka Pendanaan" over "Tahun 2025" …
"Tahun 2029 (Perubahan)", then ``1 … 16``, repeated on every page. Programs bold. A note
line above the table says what Semula and Menjadi are.

Data: the 1.06 items of ``renja2023_kode`` (``holdout5.data``): Rp Semula = seed × 1.00,
1.05, 1.10, 1.15, 1.20 (whole thousands); Rp Menjadi = ``revision.revised`` of Semula
(many lines unchanged); programs and kegiatan sum their sub kegiatan. **Invented**: targets,
period, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import grown, items, rollup, satuan
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout31.revision import revised
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Hulu Sungai Tengah"
HEADING = ("PERUBAHAN RENCANA STRATEGIS (RENSTRA) PERANGKAT DAERAH TAHUN 2025-2029",
           AGENCY.upper(), REGION.upper())
YEARS = (2025, 2026, 2027, 2028, 2029)
GROWTH = (1.00, 1.05, 1.10, 1.15, 1.20)
REVISED = frozenset({2027, 2028, 2029})
"""Years the revision changed; 2025 and 2026 had already been budgeted and run."""
PLAN_COLUMNS = {2025: 4, 2026: 6, 2027: 9, 2028: 12, 2029: 15}
"""Year → printed column holding the plan's pagu (Rp, or Rp Menjadi), for the check."""


def _target(level: str, indikator: str, n: int, step: int) -> str:
    """Programs a percentage rising by 1.5 points a year (decimal comma), kegiatan full
    delivery, sub kegiatan a count in the indicator's unit rising by four a year."""
    if level == PROGRAM:
        return f"{75 + n % 3 + 1.5 * step:.1f}".replace(".", ",") + "%"
    if level == SUB:
        return f"{25 + 7 * (n % 5) + 4 * step} {satuan(indikator)}"
    return "100%"


def build() -> Built:
    """The document and its plan_items truth: one row per item per year, the Rp Menjadi
    of a revised year (Semula is the superseded plan)."""
    plan = items("1.06")
    seed = [int(r["budget"]) for r in plan if r["level"] == SUB]
    semula = [[grown(b, f) for b in seed] for f in GROWTH]
    menjadi = [[revised(b, k + y) if year in REVISED else b for k, b in enumerate(subs)]
               for y, (year, subs) in enumerate(zip(YEARS, semula, strict=True))]
    was = [rollup(plan, subs) for subs in semula]
    now = [rollup(plan, subs) for subs in menjadi]
    rows, body = [], []
    for n, item in enumerate(plan):
        targets = [_target(item["level"], item["indikator"], n, y) for y in range(len(YEARS))]
        rows.append((item["level"], item["code"], item["name"], item["indikator"],
                     *(cell for y, t in enumerate(targets) for cell in (t, str(now[y][n])))))
        cells = [(t, dots(was[y][n]), *((dots(now[y][n]),) if year in REVISED else ()))
                 for y, (year, t) in enumerate(zip(YEARS, targets, strict=True))]
        body.append((item["code"], item["name"], item["indikator"],
                     *(cell for group in cells for cell in group)))
    columns = ("level", "code", "name", "indikator",
               *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")))
    header = ((Head("Kode", rowspan=3), Head("Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program (Outcome) / Kegiatan (Output)", rowspan=3),
               Head("Target Kinerja dan Kerangka Pendanaan", colspan=13)),
              tuple(Head(f"Tahun {y} (Perubahan)" if y in REVISED else f"Tahun {y}",
                         colspan=3 if y in REVISED else 2) for y in YEARS),
              tuple(Head(t) for y in YEARS for t in
                    (("Target", "Rp Semula", "Rp Menjadi") if y in REVISED else ("Target", "Rp"))))
    widths = tuple(w for y in YEARS for w in ((5.5, 9.5, 9.5) if y in REVISED else (5.5, 9.5)))
    table = Table(header, (12, 20, 20, *widths), "lll" + "cr" * 2 + "crr" * 3, tuple(body),
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] == PROGRAM),
                  numbers=True,
                  caption=("Tabel 6.1", "Perubahan Rencana Program, Kegiatan, Sub Kegiatan dan "
                           f"Pendanaan Indikatif {AGENCY} {REGION} Tahun 2025-2029"))
    note = ("Keterangan: Semula = Renstra Tahun 2025-2029 sebelum perubahan; Menjadi = hasil "
            "perubahan setelah evaluasi paruh waktu. Tahun 2025 dan 2026 tidak mengalami "
            "perubahan.")
    doc = Document("renstra_perubahan_hulusungaitengah_2025_2029",
                   Page(330, 215, "LiberationSans", 5.4, margin_mm=10,
                        page_numbers="Hal. {n}"),
                   HEADING, (note, table),
                   ("Barabai, 22 Maret 2027", f"Kepala {AGENCY} {REGION}", "",
                    "H. AHMAD RIDHANI, S.Sos., M.AP.", "Pembina Tingkat I",
                    "NIP. 19730816 199903 1 007"))
    truth = plan_items(Curated(columns, tuple(rows)), {str(y): y for y in YEARS})
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("plan_items", truth),)
