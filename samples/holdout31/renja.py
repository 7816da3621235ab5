"""Renja Perubahan 2026 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak
Kota Cimahi, printed by headless Chromium (``holdout26.web``: black hairline grid, body
cells vertically centred, header repeated by the browser), A4 landscape, Liberation Sans
6.4 pt.

"Tabel 3.1 Rumusan Perubahan Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2026": Kode |
Program / Kegiatan / Sub Kegiatan | Indikator Kinerja, then the band "Rencana Tahun 2026"
over "Target Kinerja" (Sebelum Perubahan | Setelah Perubahan) and "Pagu Indikatif (Rp)"
(Sebelum Perubahan | Setelah Perubahan | Bertambah/(Berkurang)), then ``1 … 8``. A cut
prints in parentheses, no change as ``-``. One sub kegiatan is new in the revision: its
"Sebelum" cells print ``-``. Programs bold; a JUMLAH row last.

Data: the 1.06 and 2.08 items of ``renja2023_kode`` (``holdout5.data``): pagu before = seed
× 1.06, after = ``revision.revised``; programs and kegiatan sum their sub kegiatan.
**Invented**: targets, the new sub kegiatan's place in the plan, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import grown, items, rollup, satuan
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout31.revision import FACTORS, change, revised
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Cimahi"
HEADING = ("RENCANA KERJA PERUBAHAN (RENJA-P) PERANGKAT DAERAH TAHUN 2026", AGENCY.upper(),
           REGION.upper())
NEW = "1.06.05.02.02.0004"
"""The sub kegiatan the revision adds (nothing was planned for it before)."""
COLUMNS = ("level", "code", "name", "indikator", "target", "budget")
PLAN_COLUMNS = {2026: 6}
"""Year → printed column holding the plan's pagu ("Setelah Perubahan"), for the check."""


def _targets(level: str, indikator: str, n: int, sub: int) -> tuple[str, str]:
    """Target before and after: programs a percentage and kegiatan full delivery, both
    kept; a sub kegiatan's count moves with its pagu (``FACTORS``)."""
    if level == PROGRAM:
        return (f"{80 + n % 5}%",) * 2
    if level != SUB:
        return ("100%",) * 2
    count = 20 + 5 * (n % 6)
    after = f"{round(count * FACTORS[sub % len(FACTORS)])} {satuan(indikator)}"
    return f"{count} {satuan(indikator)}", after


def build() -> Built:
    """The document and its plan_items truth: the "Setelah Perubahan" target and pagu of
    every item, year 2026; the JUMLAH row is no item."""
    plan = items("1.06") + items("2.08")
    subs = [r for r in plan if r["level"] == SUB]
    before_subs = [0 if r["code"] == NEW else grown(int(r["budget"]), 1.06) for r in subs]
    after_subs = [revised(grown(int(r["budget"]), 1.06), k) for k, r in enumerate(subs)]
    before, after = rollup(plan, before_subs), rollup(plan, after_subs)
    rows, body, sub = [], [], 0
    for n, item in enumerate(plan):
        level, code = item["level"], canonical_code(item["code"]) or ""
        was, now = _targets(level, item["indikator"], n, sub)
        sub += level == SUB
        if item["code"] == NEW:
            was = "-"
        rows.append((level, code, item["name"], item["indikator"], now, str(after[n])))
        body.append((code, item["name"], item["indikator"], was, now,
                     dots(before[n]) if before[n] else "-", dots(after[n]),
                     change(before[n], after[n])))
    totals = [sum(a[n] for n, r in enumerate(plan) if r["level"] == PROGRAM)
              for a in (before, after)]
    rows.append(("", "", "JUMLAH", "", "", ""))
    body.append(("JUMLAH", "<", "<", "", "", dots(totals[0]), dots(totals[1]),
                 change(*totals)))
    state = ("Sebelum Perubahan", "Setelah Perubahan")
    header = ((Head("Kode", rowspan=3), Head("Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program (Outcome) / Kegiatan (Output)", rowspan=3),
               Head("Rencana Tahun 2026", colspan=5)),
              (Head("Target Kinerja", colspan=2), Head("Pagu Indikatif (Rp)", colspan=3)),
              (*(Head(t) for t in state * 2), Head("Bertambah/ (Berkurang)")),
              tuple(Head(str(n)) for n in range(1, 9)))
    bold = frozenset(n for n, r in enumerate(rows) if r[0] in (PROGRAM, ""))
    table = Table(header, (13, 27, 30, 8, 8, 11, 11, 11), "lllccrrr", tuple(body), bold=bold)
    doc = Document("renja_perubahan_cimahi_2026",
                   Page(297, 210, "LiberationSans", 6.4, margin_mm=14,
                        page_numbers="Halaman {n}"),
                   HEADING,
                   ("Tabel 3.1 Rumusan Perubahan Rencana Program, Kegiatan dan Sub Kegiatan "
                    "Tahun 2026",
                    "Perubahan mengikuti Rancangan Perubahan APBD Tahun Anggaran 2026; angka "
                    "dalam kurung menunjukkan pengurangan pagu.", table),
                   ("Cimahi, 18 Agustus 2026", "Kepala Dinas Sosial, Pemberdayaan Perempuan",
                    "dan Perlindungan Anak Kota Cimahi", "", "Drs. H. DADAN SURYANA, M.Si.",
                    "Pembina Utama Muda", "NIP. 19700214 199203 1 006"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {None: 2026})
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("plan_items", truth),)
