"""Renja 2025 of the Dinas Sosial Kabupaten Sragen with the 2026 prakiraan maju, printed
by headless Chromium (``web``), F4 landscape, Liberation Sans 7 pt.

What trips a parser here is how the values are typed, not the grid:

- amounts in **narrow Pagu columns**: program and kegiatan rows print ``Rp.`` on one line
  and the number on the next; sub kegiatan rows alternate ``Rp1.122.530.000`` (glued) and
  ``1.122.530.000,00``; an amount wider than its column is **broken after a thousands
  dot** (``Rp1.234.567.`` / ``000``, ``783.242.`` / ``000,00``);
- targets typed with their unit in the cell (no Satuan column): program percentages in
  four forms (``75%``, ``75 %``, ``75,50%``, ``75.5%``), kegiatan ``1 Paket`` /
  ``12 Bulan`` / ``4 Laporan``, sub kegiatan ``100 Orang/Tahun`` or ``2 Dokumen``, a
  ``-`` and an empty target beside a printed amount in the later year;
- names and indicators **justified and hyphenated**, each sub kegiatan's first word
  **bold** and abbreviations in parentheses *italic* inside otherwise regular cells, the
  header labels broken mid-word (``Indi-`` / ``kator``).

Data: seed 001's urusan 1.06 items with official codes and indicators
(``holdout5.data.yearly_rows``: 2025 = seed pagu × 1.06, 2026 = × 1.12, programs and
kegiatan summing their sub kegiatan), an URUSAN row above and a JUMLAH row below (not
plan items, counted in ``row_no``). **Invented**: region, years, targets and their forms.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import KEGIATAN, PROGRAM, SUB, Row, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout17.typo import cents, percent, rp_glued, rp_over
from samples.holdout17.web import BOLD, ITALIC
from samples.sample import DocumentTruth

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Sragen"
YEARS = {"2025": 1.06, "2026": 1.12}
PAGE = Page(330, 215, "LiberationSans", 7, margin_mm=12)
HEADING = ("RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2025",
           "DINAS SOSIAL KABUPATEN SRAGEN")
KEGIATAN_TARGETS = ("1 Paket", "12 Bulan", "4 Laporan")
COLUMNS = ("level", "code", "name", "indikator", "target_2025", "budget_2025",
           "target_2026", "budget_2026")


def target(level: str, indikator: str, n: int, later: bool) -> str:
    """The target typed for row ``n`` (the later year one step further)."""
    if level == PROGRAM:
        return percent(70 + 2.5 * (n % 5) + 2.5 * later, n + later)
    if level == KEGIATAN:
        return KEGIATAN_TARGETS[(n + later) % len(KEGIATAN_TARGETS)]
    if later and n % 7 == 3:
        return "-"
    if later and n % 9 == 5:
        return ""
    unit = satuan(indikator)
    if unit == "Orang":
        return f"{100 + 25 * (n % 4) + 10 * later} Orang/Tahun"
    return f"{1 + n % 3 + later} {unit}"


def _plan() -> Curated:
    """The printed rows (plain text, integer rupiah) with the URUSAN and JUMLAH rows."""
    items = yearly_rows("1.06", YEARS, target)
    totals = [str(sum(int(r[k]) for r in items if r[0] == PROGRAM)) for k in (5, 7)]
    rows = (("", "1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL", "", "", "", "", ""),
            *items, ("", "", "JUMLAH", "", "", totals[0], "", totals[1]))
    return Curated(COLUMNS, rows)


def _emphasised(text: str, level: str) -> str:
    words = [f"{ITALIC}{w}{ITALIC}" if w.startswith("(") and w.endswith(")") else w
             for w in text.split()]
    if level == SUB and words:
        words[0] = f"{BOLD}{words[0]}{BOLD}"
    return " ".join(words)


def _money(amount: str, level: str, n: int) -> str:
    if not amount:
        return ""
    if level != SUB:
        return rp_over(int(amount))
    return (rp_glued, cents)[n % 2](int(amount))


def _body(data: Curated) -> tuple[tuple[str, ...], ...]:
    out = []
    for n, r in enumerate(data.filled()):
        out.append((r["code"], _emphasised(r["name"], r["level"]),
                    _emphasised(r["indikator"], ""),
                    r["target_2025"], _money(r["budget_2025"], r["level"], n),
                    r["target_2026"], _money(r["budget_2026"], r["level"], n)))
    return tuple(out)


def _table(data: Curated) -> Table:
    header = ((Head("Kode", rowspan=2),
               Head("Urusan/ Bidang Urusan/ Program/ Kegiatan/ Sub Kegiatan", rowspan=2),
               Head("Indi-\nkator Kinerja", rowspan=2),
               Head("Rencana Tahun 2025", colspan=2),
               Head("Prakiraan Maju Tahun 2026", colspan=2)),
              (Head("Tar-\nget"), Head("Pagu Indi-\nkatif (Rp)"),
               Head("Tar-\nget"), Head("Pagu Indi-\nkatif (Rp)")))
    bold = frozenset(n for n, r in enumerate(data.filled()) if r["level"] in ("", PROGRAM))
    return Table(header, (10.5, 29, 31, 8.5, 6, 8.5, 6), "ljjcmcm", _body(data),
                 bold=bold, numbers=True)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per year)."""
    data = _plan()
    doc = Document("renja_sragen_2025", PAGE, HEADING,
                   ("Tabel 2.3 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2025 dan "
                    "Prakiraan Maju Tahun 2026", _table(data)),
                   ("Sragen, 28 Juni 2024", "KEPALA DINAS SOSIAL", "KABUPATEN SRAGEN", "", "",
                    "Drs. BAMBANG WIDYANTORO, M.M.", "Pembina Utama Muda",
                    "NIP. 19690914 199003 1 005"))
    info = DocumentTruth("renja", " ".join(HEADING), AGENCY, REGION, None, 2025, 2025)
    return doc, info, (("plan_items", plan_items(data, {"2025": 2025, "2026": 2026})),)
