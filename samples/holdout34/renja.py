"""Renja 2027 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak,
Pengendalian Penduduk dan Keluarga Berencana (Dinsos P3AKB) Kabupaten Pacitan, exported
from **LibreOffice Calc in an en-US workbook** (``calc``: full grid), A4 landscape, Arial
(→ Liberation Sans) 7 pt, Calc's en-US footer "Page n".

Every number is in the **English form** the workbook prints: pagu ``1,250,000,000``
(comma thousands, no decimals), program targets ``82.5%``, kegiatan targets a bare
``96.5``; sub kegiatan counts stay under 1,000 so no count carries a comma. Columns: Kode
| Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | band "Rencana Tahun 2027" over
Lokasi | Target | Pagu Indikatif (Rp) | band "Prakiraan Maju Tahun 2028" over Target | Pagu
Indikatif (Rp); programs bold.

Data: the 1.06 items of ``renja2023_kode`` via ``holdout5.data.yearly_rows`` (sub kegiatan
pagu = seed × 1.08 for 2027, × 1.13 for 2028, to the thousand; programs and kegiatan sum
their sub kegiatan). **Invented**: targets, region, agency, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import canonical_code

STEM = "renja_pacitan_2027"
AGENCY = ("Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian "
          "Penduduk dan Keluarga Berencana")
REGION = "Kabupaten Pacitan"
HEADING = ("RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2027", AGENCY.upper(),
           REGION.upper())
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "budget_2027",
           "target_2028", "budget_2028")
SMALLEST = 1_000_000
"""Below a million an English amount has one comma group (``452,000``), which the contract
calls ambiguous; every printed pagu must be at least this."""


def money(value: int) -> str:
    """``1,250,000,000``: en-US grouping, no decimals (the workbook's ``#,##0``)."""
    if value < SMALLEST:
        raise ValueError(f"{value}: one comma group reads as a decimal")
    return f"{value:,}"


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Programs a percentage with one or two decimals, kegiatan a bare decimal, sub
    kegiatan a count (under 1,000) in the indicator's unit."""
    if level == PROGRAM:
        return f"{81 + n % 5}.25%" if later else f"{80 + n % 5}.5%"
    if level == SUB:
        return f"{12 + 7 * (n % 9) + 5 * later} {satuan(indikator)}"
    return f"{95 + n % 4}.5" if later else f"{94 + n % 4}.5"


def build() -> Built:
    """The document and its plan_items truth (one row per item per year, 2027 and 2028)."""
    plan = yearly_rows("1.06", {"2027": 1.08, "2028": 1.13}, _target)
    rows = [(level, canonical_code(code) or "", name, ind, REGION, t1, b1, t2, b2)
            for level, code, name, ind, t1, b1, t2, b2 in plan]
    body = tuple((code, name, ind, lokasi, t1, money(int(b1)), t2, money(int(b2)))
                 for _, code, name, ind, lokasi, t1, b1, t2, b2 in rows)
    header = ((Head("Kode", rowspan=2), Head("Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Rencana Tahun 2027", colspan=3),
               Head("Prakiraan Maju Tahun 2028", colspan=2)),
              (Head("Lokasi"), Head("Target"), Head("Pagu Indikatif (Rp)"), Head("Target"),
               Head("Pagu Indikatif (Rp)")))
    table = Table(header, (13, 30, 32, 11, 9, 13, 9, 13), "lllccrcr",
                  body, bold=frozenset(n for n, r in enumerate(rows) if r[0] == PROGRAM))
    doc = Document(STEM, Page(297, 210, "Arial", 7, margin_mm=12, page_numbers="Page {n}"),
                   HEADING,
                   ("Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2027 dan "
                    "Prakiraan Maju Tahun 2028", table),
                   ("Pacitan, 12 Juni 2026", "Kepala Dinas", "", "",
                    "Dra. SRI WAHYUNINGSIH, M.M.", "Pembina Utama Muda",
                    "NIP. 19700823 199603 2 005"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {"2027": 2027, "2028": 2028})
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", truth),)
