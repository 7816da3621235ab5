"""Rencana Aksi 2027 of the Bidang Rehabilitasi Sosial, Dinas Sosial Kota Pekalongan, as an
e-SAKIP web app lists it and Chromium prints it (``web``): A4 landscape, DejaVu Sans 5.4 pt,
thin grey borders, zebra-striped rows, the browser's date / title / URL / ``n/N`` in the
margins.

The app's wording: "Uraian Rencana Aksi" for the action text, "Volume / Satuan", the band
"Jadwal Pelaksanaan" over "TW 1 … TW 4" with ``✓`` marks, and a last column headed "Aksi"
whose cells are empty (on screen they hold the app's edit / delete buttons, which print
nothing). The sasaran and its indicator as two "label : value" lines above the table.

Data: seed 000's bidang 1 (``ra2025_bidang1``) as curated, spellings kept, its sasaran from
``ra2025_sasaran``. **Invented**: region, year, layout, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout20.web import Browser
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Rehabilitasi Sosial"
AGENCY = "Dinas Sosial"
REGION = "Kota Pekalongan"
HEADING = ("RENCANA AKSI TAHUN 2027", f"BIDANG {UNIT.upper()}",
           f"{AGENCY.upper()} {REGION.upper()}")
BROWSER = Browser("14/01/27, 08.52", "e-SAKIP Kota Pekalongan | Rencana Aksi",
                  "https://esakip.pekalongankota.go.id/renaksi/cetak?tahun=2027&bidang=rehsos",
                  zebra=True)
TEXT = ("program", "program_indikator", "program_target", "kegiatan", "kegiatan_indikator",
        "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator", "sub_kegiatan_target",
        "aksi", "volume")
MARK = "✓"


def _body(data: curated.Curated) -> tuple[tuple[str, ...], ...]:
    """No, the curated cells, the quarter marks, and the empty button column."""
    marks = [data.column(f"tw{q}") for q in range(1, 5)]
    return tuple((row[data.column("no")], *(row[data.column(k)] for k in TEXT),
                  *(MARK if is_mark(row[m]) else "" for m in marks), "")
                 for row in data.rows)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = curated.load("ra2025_bidang1")
    sasaran = curated.load("ra2025_sasaran").where("bidang", "1").filled()[0]
    two = {"rowspan": 2}
    header = (
        (Head("No", **two), Head("Program", **two), Head("Indikator Program", **two),
         Head("Target", **two), Head("Kegiatan", **two), Head("Indikator Kegiatan", **two),
         Head("Target", **two), Head("Sub Kegiatan", **two),
         Head("Indikator Sub Kegiatan", **two), Head("Target", **two),
         Head("Uraian Rencana Aksi", **two), Head("Volume / Satuan", **two),
         Head("Jadwal Pelaksanaan", colspan=4), Head("Aksi", **two)),
        tuple(Head(f"TW {q}") for q in range(1, 5)),
    )
    table = Table(header, (1.0, 2.2, 2.5, 1.2, 2.4, 2.5, 1.2, 2.3, 2.5, 1.3, 2.6, 1.5,
                           0.9, 0.9, 0.9, 0.9, 1.2),
                  "cllclllllclcccccc", _body(data))
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja : {sasaran['indikator']}")
    doc = Document("rencana_aksi_pekalongan_2027",
                   Page(297, 210, "DejaVuSans", 5.4, margin_mm=10),
                   HEADING, (*lines, table),
                   ("Pekalongan, 14 Januari 2027", "Kepala Bidang Rehabilitasi Sosial", "", "",
                    "MUHAMMAD RIZAL ARDIANSYAH, S.STP., M.Si.", "Penata Tingkat I",
                    "NIP. 19850722 200312 1 002"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2027, 2027)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
