"""Rencana Aksi 2027, Bidang Rehabilitasi Sosial of the Dinas Sosial Kabupaten Boalemo, as
the Bappeda's spreadsheet template asks it to be filled in and printed through
LibreOffice Calc (``holdout11.calcgrid``: full cell grid, header repeated on every page,
merged program / kegiatan / sub kegiatan cells split where the sheet breaks), A4 landscape.

The four "Target Triwulan" columns hold the quarter's TARGET instead of a tick:
an aksi planned in all four quarters prints the cumulative share reached by the end of
each ("25%", "50%", "75%", "100%"); an aksi planned in fewer quarters prints, in each of
its quarters, the cumulative count of its volume's unit reached ("1 Kali", "2 Kali"), or
the cumulative share when it has more quarters than units ("1 Kegiatan" over two quarters
→ "50%", "100%"). A quarter with nothing planned is blank.

Data: seed 000's bidang 1 (``ra2025_bidang1``) as curated, spellings kept; sasaran from
``ra2025_sasaran`` bidang 1; which quarters hold a target is the seed's marks.
**Invented**: region, year, signatory and the printed quarter targets (derived above).
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import is_mark, parse_quantity

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Boalemo"
UNIT = "Rehabilitasi Sosial"
HEADING = ("RENCANA AKSI TAHUN 2027", f"BIDANG {UNIT.upper()}", f"{AGENCY} {REGION}".upper())
HEADS = ("No", "Program", "Indikator Kinerja Program", "Target", "Kegiatan",
         "Indikator Kinerja Kegiatan", "Target", "Sub Kegiatan",
         "Indikator Kinerja Sub Kegiatan", "Target", "Rencana Aksi", "Volume")
QUARTERS = ("tw1", "tw2", "tw3", "tw4")


def quarter_targets(volume: str, marks: tuple[bool, ...]) -> tuple[str, ...]:
    """The printed target of each quarter: cumulative, so the last planned quarter always
    reaches the whole volume (``100%`` or the volume's count); blank where unplanned."""
    planned = sum(marks)
    count, unit = parse_quantity(volume)
    by_count = planned < 4 and count is not None and planned <= count and unit
    out, reached = [], 0
    for mark in marks:
        reached += mark
        if not mark:
            out.append("")
        elif by_count:
            out.append(f"{reached * int(count) // planned} {str(unit).capitalize()}")
        else:
            out.append(f"{100 * reached // planned}%")
    return tuple(out)


def printed_rows(data: Curated) -> tuple[tuple[str, ...], ...]:
    """The body as the sheet prints it: merged cells stay merged (Calc merges them), the
    marks become the quarter targets."""
    first = data.column("tw1")
    volume = data.column("volume")
    return tuple((*row[:first], *quarter_targets(
        row[volume] if row[volume] != MERGED else "", tuple(is_mark(row[first + q])
                                                           for q in range(4))))
        for row in data.rows)


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi; a printed quarter target
    is a true quarter mark)."""
    data = curated.load("ra2025_bidang1")
    sasaran = curated.load("ra2025_sasaran").where("bidang", "1").filled()[0]
    header = ((*(Head(t, rowspan=2) for t in HEADS),
               Head("Target Triwulan", colspan=4)),
              (Head("TW I"), Head("TW II"), Head("TW III"), Head("TW IV")))
    table = Table(header, (3, 10, 11, 5, 11, 12, 5, 10, 12, 5.5, 12, 5.5, 5, 5, 5, 5),
                  "clllllllllllcccc", printed_rows(data))
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja : {sasaran['indikator']}",
             f"Target 2027 : {sasaran['tw4']}")
    doc = Document("rencana_aksi_boalemo_2027",
                   Page(297, 210, "LiberationSans", 6.5, margin_mm=10,
                        page_numbers="Hal. {n}"),
                   HEADING, (*lines, table),
                   ("Tilamuta, 8 Januari 2027", "Kepala Bidang Rehabilitasi Sosial", "", "",
                    "SRI WAHYUNI HUSAIN, S.Sos.", "Penata Tingkat I",
                    "NIP. 19830412 200902 2 004"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2027, 2027)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
