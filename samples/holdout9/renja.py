"""Renja 2026 of the Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Tuban:
"Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2026", a python-docx table printed by
LibreOffice Writer on A4 landscape in Arial (Liberation Sans) 7.5 pt.

The look of a Word table in one of Word's plain styles: rules BETWEEN ROWS only (no
vertical rules), header rows repeated by Writer, program rows bold, and — as Word allows by
default — a tall row split across a page break (its name and indicator lines continue at
the top of the next page, under the repeated header). Headers as the Permendagri 86/2017
Renja form words them: "Kode | Uraian Program/Kegiatan/Sub Kegiatan | Indikator Kinerja
(Outcome/Output)" then "Rencana Tahun 2026" and "Prakiraan Maju Tahun 2027", each over
"Target Kinerja | Pagu (Rp)".

Items: urusan 2.08 of ``renja2023_kode`` (seed 001's names and indicators with official
codes, as that table prints them). 2026 pagu = seed amount × 1.08, 2027 = × 1.15, rounded
to a thousand; programs and kegiatan are the sums of their sub kegiatan. Targets are
deterministic inventions.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import Row, plan_items
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Tuban"
HEADING = ("RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2026", AGENCY.upper(),
           REGION.upper())
CAPTION = ("Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2026 dan Prakiraan "
           "Maju Tahun 2027",)
YEARS = {"2026": 1.08, "2027": 1.15}
COLUMNS = ("level", "code", "name", "indikator", "target_2026", "budget_2026",
           "target_2027", "budget_2027")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Percent targets for programs (``76,5%``) and kegiatan (``85%``), counts in the
    indicator's unit for sub kegiatan; the later year a little higher."""
    step = 1 if later else 0
    if level == "program":
        return f"{76 + n % 3 * 3 + step},5%"
    if level == "kegiatan":
        return f"{85 + n % 4 * 3 + step}%"
    unit = data.satuan(indikator)
    count = n % 2 + 1 if unit == "Dokumen" else 15 + n * 7 % 60 + 5 * step
    return f"{count} {unit}"


def _rows() -> list[tuple[str, ...]]:
    """Curated rows (integer rupiah) in printed order."""
    return data.yearly_rows("2.08", YEARS, _target)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per year)."""
    rows = _rows()
    body = tuple((code, name, ind, t26, dots(int(b26)), t27, dots(int(b27)))
                 for _, code, name, ind, t26, b26, t27, b27 in rows)
    header = ((Head("Kode", rowspan=2), Head("Uraian Program/Kegiatan/Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja (Outcome/Output)", rowspan=2),
               Head("Rencana Tahun 2026", colspan=2),
               Head("Prakiraan Maju Tahun 2027", colspan=2)),
              (Head("Target Kinerja"), Head("Pagu (Rp)"), Head("Target Kinerja"),
               Head("Pagu (Rp)")))
    table = Table(header, (16, 35, 37, 10, 14, 10, 14), "lllcrcr", body,
                  bold=frozenset(i for i, r in enumerate(rows) if r[0] == "program"),
                  caption=CAPTION)
    doc = Document("renja_tuban_2026", Page(297, 210, "Arial", 7.5, margin_mm=15),
                   HEADING, (table,),
                   ("Tuban, 27 Mei 2025", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK", "KABUPATEN TUBAN", "", "",
                    "Dra. SRI WAHYUNINGSIH, M.M.", "NIP. 19710409 199703 2 005"))
    curated = Curated(COLUMNS, tuple(rows))
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("plan_items", plan_items(curated, {"2026": 2026, "2027": 2027})),)
