"""Renja 2027 of the Dinas Sosial P3A Kota Palopo, "Tabel 3.2 Rumusan Rencana Program dan
Kegiatan Perangkat Daerah Tahun 2027 dan Prakiraan Maju Tahun 2028" (T-C.33-like), drawn
with reportlab (``holdout6.draw``, full grid), F4 landscape, DejaVu Serif 5.8 pt.

What is new here: the header is typed **in capitals and abbreviated** ("IND. KINERJA",
"TGT", "SAT.", "PAGU (Rp)", "KEB. DANA (Rp)", "CAT. PENTING"), the narrow "SAT." headers
are **rotated 90°**, the target's unit sits in that SAT. column (``≥ 80`` | ``%``), and
every amount is split over **two columns**: a narrow one holding only ``Rp`` and the
figure closed by ``,-`` (``1.250.000.000,-``). Both urusan of the agency (1.06 sosial,
2.08 perempuan dan anak) are printed, each under a bold URUSAN row.

Data: the 1.06 and 2.08 items of ``renja2023_kode`` through ``holdout5.data.yearly_rows``
(sub kegiatan pagu = seed × 1.05 for 2027, × 1.10 for 2028; programs and kegiatan sum
their sub kegiatan). **Invented**: targets, Lokasi, Sumber Dana, Catatan Penting,
signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import KEGIATAN, PROGRAM, SUB, Row, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout8.renja import _money as rp_dash
from samples.holdout41.agency import AGENCY, KECAMATAN, REGION, signature
from samples.sample import DocumentTruth
from samples.values import canonical_code, parse_number

STEM = "renja_palopo_2027"
HEADING = ("RENCANA KERJA (RENJA) PERANGKAT DAERAH", "TAHUN 2027", AGENCY.upper(),
           REGION.upper())
URUSAN = {"1.06": "URUSAN PEMERINTAHAN BIDANG SOSIAL",
          "2.08": "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"}
"""The two urusan the agency plans for, each printed as a bold group row (no plan item)."""
GROWTH = {"2027": 1.05, "2028": 1.10}
AT_LEAST = "≥ "
"""Program targets are floors ("≥ 80"): the sign is printed, the number is the value."""
NOTES = ("Prioritas daerah", "Mendukung SPM bidang sosial", "Lanjutan tahun 2026",
         "Sesuai usulan Musrenbang")
"""Catatan Penting, one per kegiatan in turn (no contract column)."""
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "satuan",
           "budget_2027", "target_2028", "budget_2028")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Programs a floor percentage rising a point, kegiatan full delivery, sub kegiatan a
    count rising by five (the unit goes to SAT.)."""
    if level == PROGRAM:
        return f"{AT_LEAST}{78 + n % 6 + later}"
    if level == SUB:
        return str(12 + 7 * (n % 9) + 5 * later)
    return "100"


def _satuan(level: str, indikator: str) -> str:
    return satuan(indikator) if level == SUB else "%"


def _lokasi(level: str, n: int) -> str:
    """The city for programs and kegiatan, two or three kecamatan for a sub kegiatan."""
    if level != SUB:
        return REGION
    first = n % len(KECAMATAN)
    return "Kec. " + ", ".join(KECAMATAN[first:first + 2 + n % 2] or KECAMATAN[:2])


def _rows() -> list[tuple[str, ...]]:
    """Curated rows (``COLUMNS``) in printed order, a level-less URUSAN row before each
    urusan's items."""
    rows: list[tuple[str, ...]] = []
    for urusan, label in URUSAN.items():
        rows.append(("", urusan, label, *("",) * (len(COLUMNS) - 3)))
        for n, (level, code, name, ind, t1, b1, t2, b2) in enumerate(
                yearly_rows(urusan, GROWTH, _target)):
            rows.append((level, canonical_code(code) or code, name, ind, _lokasi(level, n),
                         t1, _satuan(level, ind), b1, t2, b2))
    return rows


def _printed(row: tuple[str, ...], kegiatan: int) -> tuple[str, ...]:
    """One body row: Rp and the figure in their own cells, SAT. after each target."""
    cell = dict(zip(COLUMNS, row, strict=True))
    if not cell["level"]:
        return (cell["code"], cell["name"], *("",) * 12)
    sumber = "DAU" if cell["level"] == SUB else ""
    note = NOTES[kegiatan % len(NOTES)] if cell["level"] == KEGIATAN else ""
    return (cell["code"], cell["name"], cell["indikator"], cell["lokasi"],
            cell["target_2027"], cell["satuan"], "Rp", rp_dash(int(cell["budget_2027"])),
            sumber, note, cell["target_2028"], cell["satuan"], "Rp",
            rp_dash(int(cell["budget_2028"])))


def _floors(truth: list[Row]) -> list[Row]:
    """A "≥ 80" target keeps its sign in ``target_raw``; its value is the number."""
    for row in truth:
        raw = str(row["target_raw"] or "")
        if raw.startswith(AT_LEAST):
            row["target_value"] = parse_number(raw.removeprefix(AT_LEAST))
    return truth


def build() -> Built:
    """The document and its plan_items truth (one row per item per year, 2027 and the
    prakiraan maju 2028)."""
    rows = _rows()
    kegiatan = [sum(r[0] == KEGIATAN for r in rows[:n + 1]) for n in range(len(rows))]
    body = tuple(_printed(r, k) for r, k in zip(rows, kegiatan, strict=True))
    header = ((Head("KODE", rowspan=2), Head("PROGRAM / KEGIATAN / SUB KEGIATAN", rowspan=2),
               Head("IND. KINERJA", rowspan=2), Head("RENCANA TAHUN 2027", colspan=6),
               Head("CAT. PENTING", rowspan=2), Head("PRAKIRAAN MAJU TAHUN 2028", colspan=4)),
              (Head("LOKASI"), Head("TGT"), Head("SAT.", rotate=True),
               Head("PAGU (Rp)", colspan=2), Head("SBR. DANA"), Head("TGT"),
               Head("SAT.", rotate=True), Head("KEB. DANA (Rp)", colspan=2)))
    table = Table(header, (12, 28, 28, 15, 5, 8, 3, 12, 6, 10, 5, 8, 3, 12),
                  "lllccclrcl" + "cclr",
                  body, bold=frozenset(n for n, r in enumerate(rows) if r[0] in ("", PROGRAM)))
    doc = Document(STEM, Page(330, 215, "DejaVuSerif", 5.8, margin_mm=12,
                              page_numbers="Halaman {n}"),
                   HEADING,
                   ("Tabel 3.2 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2027 "
                    "dan Prakiraan Maju Tahun 2028", table),
                   signature("20 Juni 2026", f"Kepala {AGENCY}", "Drs. MUH. ASWAN DARWIS, M.Si.",
                             "Pembina Utama Muda", "19700312 199603 1 005"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {"2027": 2027, "2028": 2028})
    info = DocumentTruth("renja", " ".join(HEADING[:2]), AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", _floors(truth)),)
