"""Renja 2026 of the Dinas Sosial Kota Ambon, "Rumusan Rencana Program dan Kegiatan",
printed by headless Chromium (``web``), A4 landscape, Liberation Sans 6.5 pt.

Columns: "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja", the band
"Rencana Tahun 2026" over "Lokasi | Target | Pagu Indikatif (Rp) | Sumber Dana", then
``1 … 7``. Codes are printed as the SIPD export writes them, **with a trailing dot**
(``1.06.04.``, ``1.06.04.2.01.0001.``). **Lokasi is merged**: a kegiatan's lokasi cell
spans its sub kegiatan rows (vertically centred), a program prints "Kota Ambon". Sumber
Dana (DAU / DBH) on sub kegiatan rows only. Programs bold; money ``822.404.000``.

Data: the 1.06 items of ``renja2023_kode`` through ``holdout5.data.yearly_rows`` (sub
kegiatan pagu = seed × 1.07; programs and kegiatan sum their sub kegiatan). **Invented**:
targets, Lokasi, Sumber Dana, signatory.
"""

from __future__ import annotations

from samples.curated import MERGED, Curated
from samples.families import PROGRAM, SUB, Row, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout26.agency import AGENCY, HEAD, KECAMATAN, REGION
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

HEADING = ("RENCANA KERJA PERANGKAT DAERAH (RENJA) TAHUN 2026", AGENCY.upper(),
           REGION.upper())
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target", "budget")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Programs a percentage, kegiatan full delivery, sub kegiatan a count in the
    indicator's unit."""
    if level == PROGRAM:
        return f"{82 + n % 5}%"
    if level == SUB:
        return f"{15 + 9 * (n % 8)} {satuan(indikator)}"
    return "100%"


def _lokasi(level: str, kegiatan: int) -> str:
    """What the lokasi cell holds: the city for a program, one kecamatan list per kegiatan
    (merged over its sub kegiatan)."""
    if level == PROGRAM:
        return REGION
    if level == SUB:
        return MERGED
    return REGION if kegiatan % 3 == 0 else "Kecamatan " + ", ".join(
        KECAMATAN[: 2 + kegiatan % 4])


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item, year 2026)."""
    plan = yearly_rows("1.06", {"2026": 1.07, "2027": 1.07}, _target)
    rows, kegiatan = [], 0
    for level, code, name, indikator, target, budget, *_ in plan:
        kegiatan += level == "kegiatan"
        rows.append((level, canonical_code(code) or "", name, indikator,
                     _lokasi(level, kegiatan), target, budget))
    body = tuple((f"{code}.", name, ind, lokasi, target, dots(int(budget)),
                  "" if level != SUB else ("DBH" if n % 5 == 3 else "DAU"))
                 for n, (level, code, name, ind, lokasi, target, budget) in enumerate(rows))
    header = ((Head("Kode", rowspan=2), Head("Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Rencana Tahun 2026", colspan=4)),
              (Head("Lokasi"), Head("Target"), Head("Pagu Indikatif (Rp)"),
               Head("Sumber Dana")),
              tuple(Head(str(n)) for n in range(1, 8)))
    table = Table(header, (15, 26, 30, 14, 9, 12, 8), "lllcccc", body,
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] == PROGRAM))
    doc = Document("renja_ambon_2026",
                   Page(297, 210, "LiberationSans", 6.5, margin_mm=15,
                        page_numbers="Halaman {n}"),
                   HEADING,
                   ("Tabel 3.2 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun "
                    "2026", table),
                   ("Ambon, 16 Juni 2025", "Kepala Dinas Sosial Kota Ambon", "",
                    HEAD, "Pembina Utama Muda", "NIP. 19690711 199503 1 004"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {None: 2026})
    for row in truth:
        row["code_raw"] = f"{row['code_raw']}."
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("plan_items", truth),)
