"""Rencana Aksi 2027, Bidang Perlindungan Perempuan dan Pemenuhan Hak Anak of the Dinas
Sosial P3A Kabupaten Solok Selatan, drawn with reportlab (``holdout6.draw``: every cell
boxed, header and ``1 … 17`` repeated on each page, a merged cell running over a page break
continued as an empty box), F4 landscape, **Times New Roman** (→ Liberation Serif) 6.5 pt:
the sheet most agencies attach to their Perjanjian Kinerja.

The usual columns and wording: No | Program | Indikator Kinerja Program | Target |
Kegiatan | Indikator Kinerja Kegiatan | Target | Sub Kegiatan | Indikator Kinerja Sub
Kegiatan | Target | Rencana Aksi | **Volume | Satuan** (the seed's "2 Kali" typed in two
cells) | band "Target Pelaksanaan (Triwulan)" over I … IV; then ``1 … 17``. Marks a
lower-case ``v`` as the seed types them. Program … sub kegiatan cells are merged over
their rows. "Sasaran Strategis :", "Indikator Kinerja Sasaran :" and "Target :" lines
above the table.

Data: seed 000's bidang 2 (``ra2025_bidang2``) as curated (spellings kept: "Persentasae",
"PERangkat"), "Kota Probolinggo" → "Kabupaten Solok Selatan", "Kota Layak Anak" →
"Kabupaten Layak Anak"; sasaran from ``ra2025_sasaran`` bidang 2. **Invented**: region,
year, signatory, the Volume / Satuan split.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.derive import seed
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout46.agency import AGENCY, REGION, SEAT
from samples.sample import DocumentTruth
from samples.values import is_mark

STEM = "rencana_aksi_solok_selatan_2027"
UNIT = "Perlindungan Perempuan dan Pemenuhan Hak Anak"
MARK = "v"
TITLE = ("RENCANA AKSI", "TAHUN 2027", f"BIDANG {UNIT.upper()}")
WIDTHS = (3.5, 10, 11, 5, 11, 12, 5, 11, 12, 6, 13, 6, 6, 3.5, 3.5, 3.5, 3.5)
"""Column widths (relative shares); their count is the column-number row's last number."""
FOOTER = "Halaman {n}"
"""Page number line, ``{n}`` the page (checked on every page by ``check``)."""
TEXT = ("no", "program", "program_indikator", "program_target", "kegiatan",
        "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
        "sub_kegiatan_target", "aksi")
HEADS = ("No", "Program", "Indikator Kinerja Program", "Target", "Kegiatan",
         "Indikator Kinerja Kegiatan", "Target", "Sub Kegiatan",
         "Indikator Kinerja Sub Kegiatan", "Target", "Rencana Aksi", "Volume", "Satuan")
SIGN = (f"{SEAT}, 8 Januari 2027", "Kepala Bidang Perlindungan Perempuan",
        "dan Pemenuhan Hak Anak", "", "", "RAHMI FITRIANI, S.Psi., M.Si.",
        "Penata Tingkat I", "NIP. 19830206 200903 2 004")


def _printed(cells: dict[str, str]) -> tuple[str, ...]:
    """One body row: the text cells, the volume split at its first space into number and
    satuan (as the form's two columns are typed), a mark for every true quarter."""
    number, _, unit = cells["volume"].partition(" ")
    return (*(cells[k] for k in TEXT), number, unit,
            *(MARK if is_mark(cells[f"tw{q}"]) else "" for q in range(1, 5)))


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = seed("ra2025_bidang2", {"Kota Probolinggo": REGION,
                                   "Kota Layak Anak": "Kabupaten Layak Anak"})
    sasaran = curated.load("ra2025_sasaran").where("bidang", "2").filled()[0]
    body = tuple(_printed(dict(zip(data.columns, row, strict=True))) for row in data.rows)
    header = ((*(Head(t, rowspan=2) for t in HEADS),
               Head("Target Pelaksanaan (Triwulan)", colspan=4)),
              (Head("I"), Head("II"), Head("III"), Head("IV")))
    table = Table(header, WIDTHS,
                  "cllcllcllclcccccc", body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja Sasaran : {sasaran['indikator']}",
             f"Target : {sasaran['tw4']}")
    doc = Document(STEM, Page(330, 215, "LiberationSerif", 6.5, margin_mm=12,
                              page_numbers=FOOTER),
                   (*TITLE, AGENCY.upper(), REGION.upper()), (*lines, table), SIGN)
    info = DocumentTruth("rencana_aksi", " ".join(TITLE), AGENCY, REGION, UNIT, 2027, 2027)
    return doc, info, (("rencana_aksi", rencana_aksi(data, UNIT, sasaran["sasaran"])),)
