"""Renja 2026 of the Dinas Sosial Kota Pekanbaru: the Permendagri 86/2017 form "Rumusan
Rencana Program dan Kegiatan Perangkat Daerah Tahun 2026 dan Prakiraan Maju Tahun 2027"
typed in a spreadsheet and printed by LibreOffice Calc on A4 PORTRAIT in Calibri (→
Carlito) 6.5 pt, ten columns.

Look: full cell grid; urusan, bidang urusan, program and JUMLAH rows bold on a HEAVY grey
fill; body cells vertically centred; Lokasi and Sumber Dana merged over each kegiatan and
its sub kegiatan (their text sits halfway down the merge); header "Rencana Tahun 2026"
over "Lokasi | Target Capaian Kinerja | Kebutuhan Dana / Pagu Indikatif (Rp) | Sumber
Dana", "Catatan Penting", "Prakiraan Maju Rencana Tahun 2027" over "Target Capaian Kinerja
| Kebutuhan Dana (Rp)" and a column-number row, repeated by Calc; "Halaman n".

Items: urusan 1.06 of ``renja2023_kode`` (seed 001's names and indicators with official
codes, printed in canonical form ``1.06.04.2.01.0001``). 2026 pagu = seed amount × 1.06,
2027 = × 1.14, rounded to a thousand; programs, kegiatan, group rows and JUMLAH print the
sums. Invented: targets, lokasi, sumber dana, catatan.
"""

from __future__ import annotations

from samples.blind import Built
from samples.common import SPAN_LEFT, SPAN_UP
from samples.curated import Curated
from samples.families import PROGRAM, plan_items, printed_bold
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

AGENCY = "Dinas Sosial"
REGION = "Kota Pekanbaru"
HEADING = ("RENCANA KERJA PERANGKAT DAERAH (RENJA) TAHUN 2026", "DINAS SOSIAL KOTA PEKANBARU")
GROUPS = (("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
          ("1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL"))
YEARS = {"2026": 1.06, "2027": 1.14}
LOKASI = ("Kota Pekanbaru", "15 Kecamatan", "UPT Panti Sosial")
SUMBER = ("DAU", "PAD", "DBH")
NOTES = {"1.06.04": "SPM Bidang Sosial", "1.06.05": "SPM Bidang Sosial"}
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2026", "budget_2026",
           "sumber", "catatan", "target_2027", "budget_2027")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Percent targets for programs (``82,5%``) and kegiatan (``95%``); counts in the
    indicator's unit for sub kegiatan; the forecast year a step higher."""
    step = 1 if later else 0
    if level == PROGRAM:
        return f"{80 + n % 3 * 2 + step},5%"
    if level == "kegiatan":
        return f"{90 + n % 4 + step * 2}%"
    unit = data.satuan(indikator)
    count = n % 2 + 1 if unit == "Dokumen" else 40 + n * 11 % 90
    return f"{count + step * (0 if unit == 'Dokumen' else 10)} {unit}"


def _rows() -> list[tuple[str, ...]]:
    """Curated rows in printed order (``^`` = merged with the row above, ``<`` = with the
    cell to the left): group rows, the items, then JUMLAH."""
    items = data.yearly_rows("1.06", YEARS, _target)
    totals = [str(sum(int(r[i]) for r in items if r[0] == PROGRAM)) for i in (5, 7)]
    rows = [("", code, name, "", "", "", totals[0], "", "", "", totals[1])
            for code, name in GROUPS]
    kegiatan = -1
    for level, code, name, indikator, target, pagu, later, later_pagu in items:
        if level == "kegiatan":
            kegiatan += 1
        place = ("", "") if level == PROGRAM else (
            (LOKASI[kegiatan % 3], SUMBER[kegiatan % 3]) if level == "kegiatan"
            else (SPAN_UP, SPAN_UP))
        rows.append((level, canonical_code(code) or "", name, indikator, place[0], target,
                     pagu, place[1], NOTES.get(code, ""), later, later_pagu))
    rows.append(("", "JUMLAH", SPAN_LEFT, SPAN_LEFT, SPAN_LEFT, SPAN_LEFT, totals[0], "", "",
                 "", totals[1]))
    return rows


def build() -> Built:
    """The document and its plan_items truth (one row per item per year)."""
    rows = _rows()
    money = {COLUMNS.index("budget_2026"), COLUMNS.index("budget_2027")}
    body = tuple(tuple(dots(int(c)) if i in money and c else c for i, c in enumerate(r))[1:]
                 for r in rows)
    header = ((Head("Kode", rowspan=2),
               Head("Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Rencana Tahun 2026", colspan=4),
               Head("Catatan Penting", rowspan=2),
               Head("Prakiraan Maju Rencana Tahun 2027", colspan=2)),
              (Head("Lokasi"), Head("Target Capaian Kinerja"),
               Head("Kebutuhan Dana / Pagu Indikatif (Rp)"), Head("Sumber Dana"),
               Head("Target Capaian Kinerja"), Head("Kebutuhan Dana (Rp)")),
              tuple(Head(str(n)) for n in range(1, 11)))
    table = Table(header, (2.5, 3.7, 3.7, 1.6, 1.4, 1.9, 1.1, 1.3, 1.4, 1.9), "lllccrcccr",
                  body, bold=frozenset(i for i, r in enumerate(rows)
                                       if printed_bold(dict(zip(COLUMNS, r, strict=True)))))
    doc = Document("renja_pekanbaru_2026",
                   Page(210, 297, "Calibri", 6.5, margin_mm=10, page_numbers="Halaman {n}"),
                   HEADING,
                   ("Tabel 2.3 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun "
                    "2026 dan Prakiraan Maju Tahun 2027", table),
                   ("Pekanbaru, 30 Mei 2025", "KEPALA DINAS SOSIAL", "KOTA PEKANBARU", "", "",
                    "Drs. IDRUS MUNTHE, M.Si.", "Pembina Utama Muda",
                    "NIP. 19690707 199003 1 005"))
    plan = Curated(COLUMNS, tuple(rows))
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("plan_items", plan_items(plan, {y: int(y) for y in YEARS})),)
