"""Renja 2026 of the Dinas Sosial Kota Ambon: "Rencana Program, Kegiatan dan Sub Kegiatan
Tahun 2026 dan Prakiraan Maju Tahun 2027", drawn with reportlab on A4 landscape (DejaVu
Sans Condensed 6.6 pt, full grid).

Unusual for the corpus: a header that spans THREE rows (a band "Target Kinerja dan
Kerangka Pendanaan" over "Tahun 2026" / "Prakiraan Maju Tahun 2027", each over "Target |
Pagu Indikatif (Rp)"), targets with their unit in the cell (``82,50 %``, ``34 Orang``) and
money printed ``1.250.000.000,-``. The header repeats on every page.

Items: urusan 1.06 of ``renja2023_kode`` (seed 001's names and indicators with official
codes, printed as the seed table carries them). 2026 pagu = seed amount × 1.05, 2027 =
× 1.12, rounded to a thousand; programs and kegiatan are the sums of their sub kegiatan.
Targets are deterministic inventions.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import Row, plan_items
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial"
HEADING = ("RENCANA KERJA PERANGKAT DAERAH (RENJA) TAHUN 2026", AGENCY.upper(), "KOTA AMBON")
CAPTION = ("Tabel 3.2 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2026 dan Prakiraan "
           "Maju Tahun 2027",)
YEARS = {"2026": 1.05, "2027": 1.12}
COLUMNS = ("level", "code", "name", "indikator", "target_2026", "budget_2026",
           "target_2027", "budget_2027")


def _money(value: int) -> str:
    """``1.250.000.000,-`` (the dash closes the amount, as on many agency forms)."""
    return f"{dots(value)},-"


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Percent targets for programs (``82,50 %``) and kegiatan (``90 %``), counts in the
    indicator's unit for sub kegiatan; the later year a little higher."""
    step = 1 if later else 0
    if level == "program":
        return f"{80 + n % 4 * 2 + step},50 %"
    if level == "kegiatan":
        return f"{88 + n % 5 * 2 + step} %"
    unit = data.satuan(indikator)
    count = n % 3 + 1 if unit == "Dokumen" else 20 + n * 11 % 90 + 5 * step
    return f"{count} {unit}"


def _rows() -> list[tuple[str, ...]]:
    """Curated rows (integer rupiah) in printed order."""
    return data.yearly_rows("1.06", YEARS, _target)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per year)."""
    rows = _rows()
    body = tuple((code, name, ind, t26, _money(int(b26)), t27, _money(int(b27)))
                 for _, code, name, ind, t26, b26, t27, b27 in rows)
    header = ((Head("Kode", rowspan=3), Head("Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja", rowspan=3),
               Head("Target Kinerja dan Kerangka Pendanaan", colspan=4)),
              (Head("Tahun 2026", colspan=2), Head("Prakiraan Maju Tahun 2027", colspan=2)),
              (Head("Target"), Head("Pagu Indikatif (Rp)"), Head("Target"),
               Head("Pagu Indikatif (Rp)")))
    table = Table(header, (13, 34, 36, 9, 14, 9, 14), "lllcrcr", body,
                  bold=frozenset(i for i, r in enumerate(rows) if r[0] == "program"),
                  caption=CAPTION)
    doc = Document("renja_ambon_2026",
                   Page(297, 210, "DejaVuSansCondensed", 6.6, margin_mm=14,
                        page_numbers="- {n} -"),
                   HEADING, (table,),
                   ("Ambon, 30 Mei 2025", "KEPALA DINAS SOSIAL KOTA AMBON", "", "",
                    "JOHANIS F. LATUPEIRISSA, S.Sos., M.Si.", "NIP. 19720811 199903 1 004"))
    curated = Curated(COLUMNS, tuple(rows))
    info = DocumentTruth("renja", HEADING[0], AGENCY, "Kota Ambon", None, 2026, 2026)
    return doc, info, (("plan_items", plan_items(curated, {"2026": 2026, "2027": 2027})),)
