"""Renja 2026 of the Dinas Sosial Kabupaten Kebumen with the 2027 prakiraan maju, printed
by headless Chromium (``web``), F4 landscape, Liberation Sans 7 pt, full grid.

The hierarchy is printed as rows of ONE column, "Program / Kegiatan / Sub Kegiatan":
no row is bold, shaded or indented, and no column says the level. Only the depth of the
printed code tells them apart — ``1.06`` the bidang urusan (a group row, not a plan item),
``1.06.04`` a program, ``1.06.04.2.01`` a kegiatan, ``1.06.04.2.01.0001`` a sub kegiatan.
The "Kode" column is the first one, left-aligned, codes in the official short form.

Data: seed 001's urusan 1.06 items with official codes and indicators
(``holdout5.data.yearly_rows``: 2026 = seed pagu × 1.05, 2027 = × 1.10, programs and
kegiatan summing their sub kegiatan), the urusan row above them and a JUMLAH row below
(neither is a plan item; both count in ``row_no``). **Invented**: region, years, targets.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import KEGIATAN, PROGRAM, Row, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page
from samples.holdout19.web import Outline
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Kebumen"
YEARS = {"2026": 1.05, "2027": 1.10}
PAGE = Page(330, 215, "LiberationSans", 7, margin_mm=12, page_numbers="Halaman {n}")
HEADING = ("RENCANA KERJA PERANGKAT DAERAH TAHUN 2026", "DINAS SOSIAL KABUPATEN KEBUMEN")
COLUMNS = ("level", "code", "name", "indikator", "target_2026", "budget_2026",
           "target_2027", "budget_2027")


def target(level: str, indikator: str, n: int, later: bool) -> str:
    """The target typed for item ``n`` (the later year one step further)."""
    if level == PROGRAM:
        return f"{80 + 2 * (n % 4) + 2 * later}%"
    if level == KEGIATAN:
        return f"{90 + 5 * later}%"
    return f"{30 + 10 * (n % 5) + 5 * later} {satuan(indikator)}"


def _plan() -> Curated:
    """The printed rows (canonical codes, integer rupiah) with the urusan and JUMLAH rows."""
    items = [(r[0], canonical_code(r[1]) or r[1], *r[2:])
             for r in yearly_rows("1.06", YEARS, target)]
    totals = [str(sum(int(r[k]) for r in items if r[0] == PROGRAM)) for k in (5, 7)]
    rows = (("", "1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL", "", "", "", "", ""),
            *items, ("", "", "JUMLAH", "", "", totals[0], "", totals[1]))
    return Curated(COLUMNS, rows)


def _table(data: Curated) -> Outline:
    header = ((Head("Kode", rowspan=2), Head("Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2),
               Head("Rencana Tahun 2026", colspan=2),
               Head("Prakiraan Maju Tahun 2027", colspan=2)),
              (Head("Target"), Head("Pagu Indikatif (Rp)"),
               Head("Target"), Head("Kebutuhan Dana (Rp)")))
    body = tuple((r["code"], r["name"], r["indikator"],
                  r["target_2026"], dots(int(r["budget_2026"])) if r["budget_2026"] else "",
                  r["target_2027"], dots(int(r["budget_2027"])) if r["budget_2027"] else "")
                 for r in data.filled())
    return Outline(header, (10, 31, 33, 7, 9.5, 7, 9.5), "lllcrcr", body, numbers=True)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per year)."""
    data = _plan()
    doc = Document("renja_kebumen_2026", PAGE, HEADING,
                   ("Tabel 3.2 Rencana Program, Kegiatan dan Sub Kegiatan Perangkat Daerah "
                    "Tahun 2026 dan Prakiraan Maju Tahun 2027", _table(data)),
                   ("Kebumen, 30 Juni 2025", "KEPALA DINAS SOSIAL", "KABUPATEN KEBUMEN",
                    "", "", "Drs. SUGENG RIYADI, M.Si.", "Pembina Utama Muda",
                    "NIP. 19700412 199503 1 004"))
    info = DocumentTruth("renja", " ".join(HEADING), AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("plan_items", plan_items(data, {"2026": 2026, "2027": 2027})),)
