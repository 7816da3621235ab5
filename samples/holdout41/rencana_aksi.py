"""Rencana Aksi 2027, Bidang Perlindungan Perempuan dan Anak of the Dinas Sosial P3A Kota
Palopo, drawn with reportlab (``holdout6.draw``, full grid), F4 landscape, Liberation
Sans 6 pt, 17 columns.

What is new here: the quarter columns, under the band "TARGET TRIWULAN (%)", hold the
**share of the aksi planned for that quarter** (``100 %``, ``50 %`` … summing to 100 over
the year, not cumulative as holdout33's, and no tick); the header is typed in capitals and
abbreviated ("IND. KINERJA", "TGT", "VOL.", "SAT."), with the narrow "NO" and "SAT."
headers **rotated 90°**; the aksi's volume is split into a bare number (VOL.) and its unit
(SAT.).

Data: seed 000's bidang 2 (``ra2025_bidang2``) as curated (spellings kept), sasaran from
``ra2025_sasaran`` bidang 2; which quarters carry a share = the seed's marks. **Invented**:
region, bidang name, year, the shares (``shares``), signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.derive import relocate
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout41.agency import AGENCY, REGION, signature
from samples.sample import DocumentTruth
from samples.values import is_mark

STEM = "rencana_aksi_palopo_2027"
UNIT = "Perlindungan Perempuan dan Anak"
HEADING = ("RENCANA AKSI", "TAHUN 2027", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
TEXT = ("no", "program", "program_indikator", "program_target", "kegiatan",
        "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
        "sub_kegiatan_target", "aksi")
"""Curated keys printed as they are, in printed order (then VOL., SAT., four quarters)."""


def shares(marks: list[bool]) -> list[str]:
    """The printed share of each quarter: 100 % split over the marked quarters, the
    remainder to the first (``34 %``, ``33 %``, ``33 %``); blank where nothing is planned."""
    count = sum(marks)
    if not count:
        return [""] * len(marks)
    base, extra = divmod(100, count)
    out, first = [], True
    for marked in marks:
        out.append(f"{base + extra * first} %" if marked else "")
        first = first and not marked
    return out


def _volume(raw: str) -> tuple[str, str]:
    """VOL. and SAT. cells: ``2 Kali`` → (``2``, ``Kali``); a bare ``70`` keeps no unit."""
    number, _, unit = raw.partition(" ")
    return number, unit


def _row(cell: dict[str, str]) -> tuple[str, ...]:
    marks = [is_mark(cell[f"tw{q}"]) for q in range(1, 5)]
    return (*(cell[k] for k in TEXT), *_volume(cell["volume"]), *shares(marks))


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = relocate(curated.load("ra2025_bidang2"), {"Kota Probolinggo": REGION})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "2").filled()[0]
    index = {k: data.column(k) for k in (*TEXT, "volume", "tw1", "tw2", "tw3", "tw4")}
    body = tuple(_row({k: raw[i] for k, i in index.items()}) for raw in data.rows)
    plain = (Head("NO", rowspan=2, rotate=True), Head("PROGRAM", rowspan=2),
             Head("IND. KINERJA", rowspan=2), Head("TGT", rowspan=2),
             Head("KEGIATAN", rowspan=2), Head("IND. KINERJA", rowspan=2),
             Head("TGT", rowspan=2), Head("SUB KEGIATAN", rowspan=2),
             Head("IND. KINERJA", rowspan=2), Head("TGT", rowspan=2),
             Head("RENCANA AKSI", rowspan=2), Head("VOL.", rowspan=2),
             Head("SAT.", rowspan=2, rotate=True))
    header = ((*plain, Head("TARGET TRIWULAN (%)", colspan=4)),
              (Head("I"), Head("II"), Head("III"), Head("IV")))
    table = Table(header, (2.6, 10, 11, 4.5, 11, 12, 4.5, 12, 12, 6, 14, 3.5, 5, 4, 4, 4, 4),
                  "cllcllcllclcccccc", body)
    lines = (f"SASARAN STRATEGIS : {sasaran['sasaran']}",
             f"INDIKATOR SASARAN : {sasaran['indikator']}")
    doc = Document(STEM, Page(330, 215, "LiberationSans", 6, margin_mm=12,
                              page_numbers="Hal. {n}"),
                   HEADING, (*lines, table),
                   signature("6 Januari 2027", f"Kepala Bidang {UNIT}",
                             "ANDI NURHAYATI TAHIR, S.Sos., M.Si.", "Penata Tingkat I",
                             "19810623 200604 2 014"))
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:3]), AGENCY, REGION, UNIT,
                         2027, 2027)
    truth = rencana_aksi(data, UNIT, sasaran["sasaran"])
    return doc, info, (("rencana_aksi", truth),)
