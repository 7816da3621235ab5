"""Renja 2026, "Tabel 3.2 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2026
dan Prakiraan Maju Tahun 2027", **printed from the browser** (``web``): A4 landscape,
DejaVu Sans Condensed 7.5 pt, 0.5 px grid, zebra rows, the ``<thead>`` repeated by
Chromium, Chromium's print header / footer (date, page title, address, "n/N").

Columns: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Lokasi | band
"Rencana Tahun 2026" over Target | Pagu Indikatif | Sumber Dana | band "Prakiraan Maju
Rencana Tahun 2027" over Target | Kebutuhan Dana. Both money columns in **accounting
layout** (``Rp`` left, ``1.080.956.000`` right, monospaced). No merged cells (a web table
row per item); programs bold; no column-number row.

Data: the 1.06 items of ``renja2023_kode`` through ``holdout5.data.yearly_rows``, pagu =
seed × 1.04 (2026) and × 1.08 (2027), the Renstra's figures for those years; targets from
``targets`` (the Renstra's too). **Invented**: Lokasi, Sumber Dana, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout39.agency import AGENCY, KECAMATAN, REGION, signature
from samples.holdout39.targets import renja_target
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

HEADING = ("RENCANA KERJA PERANGKAT DAERAH (RENJA)", "TAHUN 2026", AGENCY.upper(),
           REGION.upper())
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2026", "budget_2026",
           "target_2027", "budget_2027")
MONEY_COLUMNS = (6, 9)
"""1-based printed columns in accounting layout (Pagu Indikatif, Kebutuhan Dana)."""
FUNDS = ("DAU", "DAU", "DAK Non Fisik", "DAU", "PAD")
"""Sumber Dana of the sub kegiatan, in turn (not a contract column)."""


def _lokasi(level: str, n: int) -> str:
    """The regency for programs and kegiatan; a rotating list of kecamatan for sub
    kegiatan (where the services are delivered)."""
    if level != SUB:
        return REGION
    first = n % len(KECAMATAN)
    return "Kec. " + ", ".join((KECAMATAN * 2)[first:first + 1 + n % 3])


def build() -> Built:
    """The document and its plan_items truth (one row per item for 2026 and for 2027)."""
    plan = yearly_rows("1.06", {"2026": 1.04, "2027": 1.08}, renja_target)
    rows = [(level, canonical_code(code) or "", name, ind, _lokasi(level, n), *later)
            for n, (level, code, name, ind, *later) in enumerate(plan)]
    body = tuple((code, name, ind, lokasi, t1, dots(int(b1)),
                  FUNDS[n % len(FUNDS)] if level == SUB else "", t2, dots(int(b2)))
                 for n, (level, code, name, ind, lokasi, t1, b1, t2, b2) in enumerate(rows))
    header = ((Head("Kode", rowspan=2), Head("Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Lokasi", rowspan=2),
               Head("Rencana Tahun 2026", colspan=3),
               Head("Prakiraan Maju Rencana Tahun 2027", colspan=2)),
              (Head("Target"), Head("Pagu Indikatif"), Head("Sumber Dana"), Head("Target"),
               Head("Kebutuhan Dana")))
    table = Table(header, (16, 25, 27, 14, 9, 16, 10, 9, 16), "llllcrccr", body,
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] == PROGRAM))
    doc = Document("renja_tts_2026",
                   Page(297, 210, "DejaVuSans", 7.5, margin_mm=12),
                   HEADING,
                   ("Tabel 3.2 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2026 "
                    "dan Prakiraan Maju Tahun 2027", table),
                   signature("5 Juni 2025"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {"2026": 2026, "2027": 2027})
    info = DocumentTruth("renja", " ".join(HEADING[:2]), AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("plan_items", truth),)
