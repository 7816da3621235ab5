"""Renja 2027 of the Dinas Sosial P3A Kabupaten Solok Selatan in the form of Permendagri
86/2017 as revised for the 90/2019 nomenclature ("Rumusan Rencana Program dan Kegiatan
Perangkat Daerah Tahun 2027 dan Prakiraan Maju Tahun 2028"), printed by headless
Chromium (``holdout26.web``: black hairline grid, header and ``1 … 10`` repeated by the
browser on every page, cells vertically centred as SIPD's Excel exports print), F4
landscape, **Arial** (→ Liberation Sans) 6.3 pt.

Columns: Kode | Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub
Kegiatan | Indikator Kinerja Program / Kegiatan / Sub Kegiatan | band "Rencana Tahun 2027"
over Lokasi | Target Capaian Kinerja | Kebutuhan Dana / Pagu Indikatif (Rp) | Sumber Dana
| Catatan Penting | band "Prakiraan Maju Rencana Tahun 2028" over Target Capaian Kinerja |
Kebutuhan Dana / Pagu Indikatif (Rp). Both urusan of the agency (1.06 Sosial, 2.08
Pemberdayaan Perempuan dan Perlindungan Anak), each opened by a bold urusan row with its
total; a JUMLAH row closes the table; programs bold; money ``1.122.530.000``.

Data: the 1.06 and 2.08 items of ``renja2023_kode`` through ``holdout5.data.yearly_rows``
(sub kegiatan pagu = seed × 1.08 for 2027 and × 1.13 for 2028, whole thousands; programs
and kegiatan sum their sub kegiatan). **Invented**: targets, Lokasi, Sumber Dana,
signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.common import SPAN_LEFT
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items, printed_bold
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout46.agency import AGENCY, HEAD, KECAMATAN, REGION, SEAT
from samples.sample import DocumentTruth
from samples.values import dots

STEM = "renja_solok_selatan_2027"
TITLE = ("RENCANA KERJA PERANGKAT DAERAH (RENJA)", "TAHUN 2027")
WIDTHS = (12, 27, 29, 13, 9, 11, 6, 7, 9, 11)
"""Column widths (relative shares); their count is the column-number row's last number."""
FOOTER = "Halaman {n}"
"""Page number line, ``{n}`` the page (checked on every page by ``check``)."""
GROWTH = {"2027": 1.08, "2028": 1.13}
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "budget_2027",
           "target_2028", "budget_2028")
COUNTED = ("Dokumen", "Laporan")
"""Units a sub kegiatan delivers one or two of, not dozens."""


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Programs an outcome percentage two points higher the year after, kegiatan full
    delivery, sub kegiatan a count in the indicator's unit."""
    if level == PROGRAM:
        return f"{76 + n % 6 + 2 * later}%"
    if level != SUB:
        return "100%"
    unit = satuan(indikator)
    count = 1 + n % 2 if unit in COUNTED else 10 * (1 + n % 6) + 5 * later
    return f"{count} {unit}"


def _lokasi(level: str, n: int) -> str:
    """The whole regency, except every fourth sub kegiatan, which names the kecamatan it
    serves."""
    return f"Kecamatan {KECAMATAN[n % len(KECAMATAN)]}" if level == SUB and n % 4 == 1 \
        else REGION


def _urusan(code: str, name: str) -> list[tuple[str, ...]]:
    """One urusan's rows: its group row carrying its programs' totals, then its items."""
    plan = yearly_rows(code, GROWTH, _target)
    totals = [str(sum(int(r[i]) for r in plan if r[0] == PROGRAM)) for i in (5, 7)]
    items = [(level, item, title, ind, _lokasi(level, n), t1, b1, t2, b2)
             for n, (level, item, title, ind, t1, b1, t2, b2) in enumerate(plan)]
    return [("", code, name, "", "", "", totals[0], "", totals[1]), *items]


def _rows() -> list[tuple[str, ...]]:
    """All printed body rows in order (urusan and JUMLAH rows have a blank level)."""
    names = {r["code"]: r["name"] for r in curated.load("renja2023_kode").filled()
             if not r["level"]}
    rows = [row for code in ("1.06", "2.08") for row in _urusan(code, names[code])]
    sums = [str(sum(int(r[i]) for r in rows if not r[0])) for i in (6, 8)]
    return [*rows, ("", "", "JUMLAH", "", "", "", sums[0], "", sums[1])]


def _printed(row: tuple[str, ...]) -> tuple[str, ...]:
    """One body row as typed: Sumber Dana on sub kegiatan only, Catatan Penting empty,
    JUMLAH spread over the four text columns."""
    level, code, name, ind, lokasi, t1, b1, t2, b2 = row
    text = ("JUMLAH", SPAN_LEFT, SPAN_LEFT, SPAN_LEFT) if name == "JUMLAH" else (
        code, name, ind, lokasi)
    return (*text, t1, dots(int(b1)), "DAU" if level == SUB else "", "", t2, dots(int(b2)))


def build() -> Built:
    """The document and its plan_items truth (one row per item per year)."""
    rows = _rows()
    data = Curated(COLUMNS, tuple(rows))
    header = ((Head("Kode", rowspan=2),
               Head("Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / "
                    "Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Rencana Tahun 2027", colspan=5),
               Head("Prakiraan Maju Rencana Tahun 2028", colspan=2)),
              (Head("Lokasi"), Head("Target Capaian Kinerja"),
               Head("Kebutuhan Dana / Pagu Indikatif (Rp)"), Head("Sumber Dana"),
               Head("Catatan Penting"), Head("Target Capaian Kinerja"),
               Head("Kebutuhan Dana / Pagu Indikatif (Rp)")),
              tuple(Head(str(n)) for n in range(1, 11)))
    table = Table(header, WIDTHS, "lllccrcccr",
                  tuple(_printed(r) for r in rows),
                  bold=frozenset(n for n, r in enumerate(data.filled()) if printed_bold(r)),
                  caption=("Tabel 3.1 Rumusan Rencana Program dan Kegiatan Perangkat Daerah "
                           "Tahun 2027 dan Prakiraan Maju Tahun 2028",))
    doc = Document(STEM, Page(330, 215, "LiberationSans", 6.3, margin_mm=12,
                              page_numbers=FOOTER),
                   (*TITLE, AGENCY.upper(), REGION.upper()), (table,),
                   (f"{SEAT}, 24 Juni 2026", *HEAD))
    truth = plan_items(data, {"2027": 2027, "2028": 2028})
    info = DocumentTruth("renja", " ".join(TITLE), AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", truth),)
