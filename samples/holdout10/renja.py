"""Renja 2027 of the Dinas Sosial Kota Bengkulu: "Rumusan Rencana Program dan Kegiatan
Perangkat Daerah Tahun 2027 dan Prakiraan Maju Tahun 2028", a python-docx table printed
by LibreOffice Writer on F4 landscape in Times New Roman (Liberation Serif) 8 pt.

A Word table in a plain style: rules BETWEEN ROWS only (no vertical rules), header rows
repeated by Writer, program rows bold. This set's wording of the Permendagri 86/2017 form:
"Kode | Program/Kegiatan/Sub Kegiatan | Indikator Kinerja | Lokasi" then "Rencana Tahun
2027" over "Target Capaian Kinerja | Pagu Indikatif (Rp)" and "Prakiraan Maju Tahun 2028"
over "Target Capaian Kinerja | Kebutuhan Dana (Rp)"; money ``783.242.000,00``.

Items: urusan 1.06 of ``renja2023_kode`` (seed 001's names and indicators with official
codes, as that table prints them). 2027 pagu = seed amount × 1.12, 2028 = × 1.2, rounded
to a thousand; programs and kegiatan are the sums of their sub kegiatan. Targets are
deterministic inventions.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import Row, plan_items
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots_cents

AGENCY = "Dinas Sosial"
REGION = "Kota Bengkulu"
HEADING = ("RENCANA KERJA PERANGKAT DAERAH (RENJA PD) TAHUN 2027", "DINAS SOSIAL KOTA BENGKULU")
CAPTION = ("Tabel 3.2 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2027 dan "
           "Prakiraan Maju Tahun 2028",)
YEARS = {"2027": 1.12, "2028": 1.2}
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "budget_2027",
           "target_2028", "budget_2028")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Percent targets with a space (``82 %``) for programs and kegiatan, counts in the
    indicator's unit for sub kegiatan; the later year a little higher."""
    step = 2 if later else 0
    if level == "program":
        return f"{80 + n % 3 * 2 + step} %"
    if level == "kegiatan":
        return f"{88 + n % 3 * 2 + step} %"
    unit = data.satuan(indikator)
    count = n % 3 + 1 if unit == "Dokumen" else 20 + n * 11 % 70 + 10 * step
    return f"{count} {unit}"


def _rows() -> list[tuple[str, ...]]:
    """Curated rows (integer rupiah) in printed order, with the lokasi after the indicator."""
    return [(*row[:4], REGION, *row[4:]) for row in data.yearly_rows("1.06", YEARS, _target)]


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per year)."""
    rows = _rows()
    body = tuple((code, name, ind, lok, t27, dots_cents(int(b27)), t28, dots_cents(int(b28)))
                 for _, code, name, ind, lok, t27, b27, t28, b28 in rows)
    header = ((Head("Kode", rowspan=2), Head("Program/Kegiatan/Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Lokasi", rowspan=2),
               Head("Rencana Tahun 2027", colspan=2),
               Head("Prakiraan Maju Tahun 2028", colspan=2)),
              (Head("Target Capaian Kinerja"), Head("Pagu Indikatif (Rp)"),
               Head("Target Capaian Kinerja"), Head("Kebutuhan Dana (Rp)")))
    table = Table(header, (14, 32, 34, 9, 9, 14, 9, 14), "lllccrcr", body,
                  bold=frozenset(i for i, r in enumerate(rows) if r[0] == "program"),
                  caption=CAPTION)
    doc = Document("renja_bengkulu_2027", Page(330, 215, "Times New Roman", 8, margin_mm=15),
                   HEADING, (table,),
                   ("Bengkulu, 20 Mei 2026", "KEPALA DINAS SOSIAL", "KOTA BENGKULU", "", "",
                    "Drs. ZULKARNAIN EFENDI, M.M.", "Pembina Utama Muda",
                    "NIP. 19680715 199403 1 003"))
    curated = Curated(COLUMNS, tuple(rows))
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", plan_items(curated, {"2027": 2027, "2028": 2028})),)
