"""Renja 2026 of the Dinas Sosial, P3A Kota Pangkalpinang, "Tabel 3.1 Rencana Program,
Kegiatan dan Sub Kegiatan Tahun 2026 dan Prakiraan Maju Tahun 2027", typed in **Word**
(python-docx, ``word``) and printed by **LibreOffice Writer**, F4 landscape, DejaVu Serif
Condensed 7 pt, footer "Halaman x dari y".

Columns: Kode | Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan | Indikator
Kinerja | Lokasi | "Rencana Tahun 2026" (Target | Pagu Indikatif (Rp)) | "Prakiraan Maju
Tahun 2027" (Target | Kebutuhan Dana (Rp)); ``1 … 8`` in the repeated header. Both urusan
of the agency (1.06 Sosial, 2.08 P3A), each opened by a bold **bidang urusan row** (no plan
item). **Lokasi is one merged cell per program**, from the program row down to its last
sub kegiatan, so it runs over the page breaks that fall inside a program.

Data: the 1.06 and 2.08 items of ``renja2023_kode`` via ``holdout5.data.yearly_rows``
(sub kegiatan pagu = seed × 1.06 for 2026 and × 1.12 for 2027; programs and kegiatan sum
their sub kegiatan). **Invented**: targets, Lokasi wording, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.curated import MERGED, Curated
from samples.families import PROGRAM, SUB, Row, plan_items, printed_bold
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout38.agency import AGENCY, HEAD, HEAD_RANK, PLACE, REGION
from samples.sample import DocumentTruth
from samples.values import dots

HEADING = ("RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2026", AGENCY.upper(),
           REGION.upper())
URUSAN = ("1.06", "2.08")
GROWTH = {"2026": 1.06, "2027": 1.12}
"""Plan year → factor on the seed's sub kegiatan pagu."""
LOKASI = {"1.06": REGION, "2.08": f"7 Kecamatan se-{REGION}"}
"""Urusan → the Lokasi a planner writes for its programs."""
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2026", "budget_2026",
           "target_2027", "budget_2027")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Programs a percentage with a decimal comma rising half a point, kegiatan full
    delivery, sub kegiatan a count in the indicator's unit rising by two."""
    if level == PROGRAM:
        return f"{80 + n % 6},{'50' if later else '00'}%"
    if level == SUB:
        return f"{12 + 7 * (n % 9) + (2 if later else 0)} {satuan(indikator)}"
    return "100%"


def _bidang(urusan: str) -> tuple[str, ...]:
    """The seed's bidang urusan row (a bold group row that is no plan item)."""
    row = next(r for r in curated.load("renja2023_kode").filled()
               if not r["level"] and r["code"] == urusan)
    return ("", urusan, row["name"], "", "", "", "", "", "")


def plan() -> Curated:
    """The printed rows in curated form: group rows, then every item with its Lokasi
    printed on the program row and merged (``^``) below it."""
    rows: list[tuple[str, ...]] = []
    for urusan in URUSAN:
        rows.append(_bidang(urusan))
        for level, code, name, indikator, t1, p1, t2, p2 in yearly_rows(urusan, GROWTH,
                                                                          _target):
            lokasi = LOKASI[urusan] if level == PROGRAM else MERGED
            rows.append((level, code, name, indikator, lokasi, t1, p1, t2, p2))
    return Curated(COLUMNS, tuple(rows))


def _printed(row: tuple[str, ...]) -> tuple[str, ...]:
    """A curated row as Writer prints it: amounts grouped with dots."""
    _, code, name, indikator, lokasi, t1, p1, t2, p2 = row
    return (code, name, indikator, lokasi, t1, p1 and dots(int(p1)), t2,
            p2 and dots(int(p2)))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per year group)."""
    data = plan()
    header = ((Head("Kode", rowspan=2),
               Head("Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Lokasi", rowspan=2),
               Head("Rencana Tahun 2026", colspan=2),
               Head("Prakiraan Maju Tahun 2027", colspan=2)),
              (Head("Target"), Head("Pagu Indikatif (Rp)"), Head("Target"),
               Head("Kebutuhan Dana (Rp)")))
    filled = data.filled()
    table = Table(header, (13, 30, 30, 13, 9, 12, 9, 12), "lllcrrrr",
                  tuple(_printed(r) for r in data.rows),
                  bold=frozenset(n for n, r in enumerate(filled) if printed_bold(r)),
                  numbers=True,
                  caption=("Tabel 3.1",
                           "Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2026 dan "
                           "Prakiraan Maju Tahun 2027"))
    doc = Document("renja_pangkalpinang_2026",
                   Page(330, 215, "DejaVu Serif Condensed", 7, margin_mm=14,
                        page_numbers="Halaman {n}"),
                   HEADING,
                   ("Rencana program, kegiatan dan sub kegiatan Tahun 2026 beserta prakiraan "
                    "maju Tahun 2027 disajikan pada tabel berikut.", table),
                   (f"{PLACE}, 2 Juni 2025", "Kepala Dinas", "", HEAD, *HEAD_RANK))
    truth = plan_items(data, {"2026": 2026, "2027": 2027})
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("plan_items", truth),)
