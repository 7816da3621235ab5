"""IKU cascading sheet 2026 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan
Anak Kota Ternate, kept as ONE Excel sheet and printed by LibreOffice Calc "fit to width"
on A4 landscape (Arial 8 pt → about 5.4 pt).

Look: dark header band with white bold text, frozen and repeated on every page, band
"Kinerja Sasaran" over "Capaian 2025 | Target 2026"; tujuan … target and program cells
merged down over their items; one kegiatan / sub kegiatan per row; a HIDDEN helper column
("Verifikasi", typed on every item row, never printed) between the program indicator and
the kegiatan; a borderless spacer column before "Anggaran Tahun 2026 (Rp)"; amounts typed
as numbers shown with thousands dots, kegiatan lines left blank; a shaded "Jumlah
Program" row closing every program (its label spans the program … indicator columns while
the tujuan … target merges run on through it) and a closing "JUMLAH TOTAL".

Data: seed 001's rows (``iku2023``, packing ignored: one item per row), "Kota
Probolinggo" → "Kota Ternate"; seed capaian under "Capaian 2025", seed target under
"Target 2026"; seed amounts. Sub-total rows are not items (no kegiatan).
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.common import SPAN_LEFT, SPAN_UP
from samples.derive import relocate
from samples.families import iku_links
from samples.holdout6.model import Head
from samples.holdout14.sheet import Book, Grid, Sheet
from samples.sample import DocumentTruth

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Ternate"
HEADING = ("CASCADING INDIKATOR KINERJA UTAMA (IKU) PERANGKAT DAERAH TAHUN 2026",
           AGENCY.upper(), REGION.upper())
KEYS = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "capaian", "target", "program",
        "indikator_program", "verifikasi", "kegiatan", "indikator_kegiatan", "", "anggaran")
HIDDEN, GAP = KEYS.index("verifikasi"), KEYS.index("")
CHECKED = "Sesuai DPA-SKPD (cek Bappeda)"
"""What the hidden helper column holds on every item row (the check asserts it is not
printed)."""
MONEY = '[$-421]#,##0;-#,##0;"-"'
WIDTHS = (3, 16, 14, 18, 20, 7, 7, 16, 22, 12, 24, 28, 1.2, 13)
HEADER = (
    (Head("No", rowspan=2), Head("Tujuan", rowspan=2),
     Head("Indikator Tujuan (IKU Kota)", rowspan=2), Head("Sasaran Strategis", rowspan=2),
     Head("Indikator Kinerja Sasaran", rowspan=2), Head("Kinerja Sasaran", colspan=2),
     Head("Program", rowspan=2), Head("Indikator Kinerja Program (Outcome)", rowspan=2),
     Head("Verifikasi", rowspan=2), Head("Kegiatan dan Sub Kegiatan", rowspan=2),
     Head("Indikator Kinerja Kegiatan / Sub Kegiatan (Output)", rowspan=2),
     Head("", rowspan=2), Head("Anggaran Tahun 2026 (Rp)", rowspan=2)),
    (Head("Capaian 2025"), Head("Target 2026")),
)


def _body(data: curated.Curated) -> tuple[tuple[tuple[str, ...], ...], frozenset[int]]:
    """Printed rows (items, a "Jumlah Program" row after each program, JUMLAH TOTAL) and
    the indices of the sub-total rows."""
    rows = data.filled()
    program = data.column("program")
    body: list[tuple[str, ...]] = []
    totals: set[int] = set()
    amount = 0
    for n, raw in enumerate(data.rows):
        cells = [raw[data.column(k)] if k in data.columns else "" for k in KEYS]
        cells[HIDDEN] = CHECKED
        body.append(tuple(cells))
        amount += int(rows[n]["anggaran"] or 0)
        if n + 1 == len(data.rows) or data.rows[n + 1][program] != SPAN_UP:
            totals.add(len(body))
            label = KEYS.index("program")
            body.append((*(SPAN_UP,) * label, "Jumlah Program",
                         *(SPAN_LEFT,) * (GAP - label - 1), "", str(amount)))
            amount = 0
    grand = sum(int(r["anggaran"] or 0) for r in rows)
    totals.add(len(body))
    body.append(("JUMLAH TOTAL", *(SPAN_LEFT,) * (GAP - 1), "", str(grand)))
    return tuple(body), frozenset(totals)


def build() -> Built:
    """The sheet and its iku_links truth (from the seed rows; sub-totals are not items)."""
    data = relocate(curated.load("iku2023"), {"Kota Probolinggo": REGION})
    body, totals = _body(data)
    formats = tuple(MONEY if k == "anggaran" else "" for k in KEYS)
    grid = Grid(HEADER, body, formats, bold=totals, shaded=totals)
    sheet = Sheet("IKU 2026", WIDTHS, "cllllccllllllr", (grid,), heading=HEADING,
                  sign=("Ternate, 15 Januari 2026", "KEPALA DINAS", "", "",
                        "Dra. RAHMAWATI HASAN, M.Si.", "Pembina Tingkat I",
                        "NIP. 19740910 200003 2 005"),
                  repeat=0, gaps=frozenset({GAP}), hidden=frozenset({HIDDEN}))
    book = Book("iku_ternate_2026", (sheet,), paper=9, size=8, header_fill="833C0B",
                shade="FCE4D6")
    info = DocumentTruth("iku_linkage", HEADING[0], AGENCY, REGION, None, 2026, 2026)
    return book, info, (("iku_links", iku_links(data)),)
