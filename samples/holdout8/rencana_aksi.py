"""Rencana Aksi 2026, Bidang Rehabilitasi, Perlindungan dan Jaminan Sosial of the Dinas
Sosial Kabupaten Jayapura: seed 000's bidang 1, printed from HTML by Chromium on F4
landscape in Liberation Sans 6.6 pt.

Unusual for the corpus: rules BETWEEN ROWS only (no vertical rules), every cell vertically
centred (a merged program cell's text sits halfway down its span, possibly on the next
page), quarter marks printed ``√`` under "TW I" … "TW IV", and a free-text "Penanggung
Jawab" column closing every row. The header is repeated by the browser on every page.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Rehabilitasi, Perlindungan dan Jaminan Sosial"
AGENCY = "Dinas Sosial"
HEADING = ("RENCANA AKSI TAHUN 2026", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           "KABUPATEN JAYAPURA")
PRINTED = ("no", "program", "program_indikator", "program_target", "kegiatan",
           "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
           "sub_kegiatan_target", "aksi", "volume", "tw1", "tw2", "tw3", "tw4")
OFFICERS = ("Kasi Rehabilitasi Sosial", "Kasi Perlindungan Sosial", "Kasi Jaminan Sosial",
            "Kabid Rehabilitasi")
"""Penanggung Jawab, by program (free text an extractor must ignore)."""


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its rencana_aksi truth."""
    data = relocate(curated.load("ra2025_bidang1"), {"Kota Probolinggo": "Kabupaten Jayapura"})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "1").filled()
    programs = 0
    body = []
    for row in data.rows:
        if row[data.column("no")] not in ("", "^"):
            programs += 1
        cells = tuple("√" if k.startswith("tw") and is_mark(row[data.column(k)])
                      else "" if k.startswith("tw") else row[data.column(k)] for k in PRINTED)
        body.append((*cells, OFFICERS[(programs - 1) % len(OFFICERS)]))
    header = (
        (Head("No", rowspan=2), Head("Program", rowspan=2),
         Head("Indikator Program", rowspan=2), Head("Target", rowspan=2),
         Head("Kegiatan", rowspan=2), Head("Indikator Kegiatan", rowspan=2),
         Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
         Head("Indikator Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
         Head("Rencana Aksi", rowspan=2), Head("Volume", rowspan=2),
         Head("Jadwal Pelaksanaan", colspan=4), Head("Penanggung Jawab", rowspan=2)),
        tuple(Head(f"TW {q}") for q in ("I", "II", "III", "IV")),
    )
    table = Table(header, (3, 8, 8.5, 4, 8.5, 9, 4, 8.5, 9, 4.2, 9.5, 4.6,
                           3.3, 3.3, 3.3, 3.3, 6.4),
                  "cllcllcllclcccccl", body)
    lines = (f"Sasaran Strategis : {sasaran[0]['sasaran']}",
             f"Indikator Sasaran : {sasaran[0]['indikator']}")
    doc = Document("rencana_aksi_jayapura_2026",
                   Page(330, 215, "LiberationSans", 6.6, margin_mm=10),
                   HEADING, (*lines, table),
                   ("Sentani, 6 Januari 2026", "Kepala Bidang Rehabilitasi, Perlindungan",
                    "dan Jaminan Sosial", "", "", "YOHANA M. WAMEA, S.Sos.",
                    "NIP. 19790302 200501 2 009"))
    truth = rencana_aksi(data, UNIT, sasaran[0]["sasaran"])
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, "Kabupaten Jayapura",
                         UNIT, 2026, 2026)
    return doc, info, (("rencana_aksi", truth),)
