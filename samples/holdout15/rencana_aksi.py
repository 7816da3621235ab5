"""Rencana Aksi 2021 of two units (an UPT and a Balai) of the Dinas Sosial Provinsi Nusa
Tenggara Barat, typed in Word (Arial → Liberation Sans 7 pt), F4 landscape, printed by
LibreOffice Writer with Word's "Table Grid" (``word``).

A provincial agency whose work units are not "Bidang" but an UPT and a Balai: each unit
has its own page with its own heading ("UPT PELAYANAN SOSIAL DAN REHABILITASI" /
"BALAI PEMBERDAYAAN SOSIAL"), "Sasaran Strategis :" and "Indikator Kinerja Sasaran :"
lines and one 16-column table. Every aksi starts with a bullet "•" (typed by the planner);
quarter marks are typed by two different staff: a capital "X" in the UPT's table, a check
"✓" in the Balai's. Cells have paragraph spacing before/after (``word.SPACING_PT``).

Data: seed 000's bidang 1 (UPT) and bidang 4 (Balai) as curated (spellings kept), with the
district wording a province uses: "Kabupaten/Kota" → "Provinsi", "Kota Probolinggo" →
"Provinsi Nusa Tenggara Barat". Sasaran and indicator from ``ra2025_sasaran``.
**Invented**: the unit names, the province, the year 2021.
"""

from __future__ import annotations

from samples import curated
from samples.curated import Curated
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, NewPage, Page, Table
from samples.holdout15.word import Title
from samples.sample import DocumentTruth
from samples.values import is_mark

AGENCY = "Dinas Sosial"
REGION = "Provinsi Nusa Tenggara Barat"
YEAR_LINE = "RENCANA AKSI TAHUN 2021"
UNITS = (("1", "UPT Pelayanan Sosial dan Rehabilitasi", "X"),
         ("4", "Balai Pemberdayaan Sosial", "✓"))
"""(seed bidang, unit name, the quarter mark its staff typed)."""
PROVINCE_WORDING = (("Kabupaten/ Kota", "Provinsi"), ("Kabupaten/Kota", "Provinsi"),
                    ("Kota Probolinggo", REGION))
PAGE = Page(330, 215, "Arial", 7, margin_mm=12, page_numbers="Hal. {n}")
TEXT = ("program", "program_indikator", "program_target", "kegiatan", "kegiatan_indikator",
        "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator", "sub_kegiatan_target")


def provincial(data: Curated) -> Curated:
    """The seed rows in a province's wording (its kewenangan is the province's)."""
    def reword(cell: str) -> str:
        for old, new in PROVINCE_WORDING:
            cell = cell.replace(old, new)
        return cell
    return Curated(data.columns, tuple(tuple(map(reword, row)) for row in data.rows))


def _body(data: Curated, mark: str) -> tuple[tuple[str, ...], ...]:
    out = []
    for row in data.rows:
        cell = dict(zip(data.columns, row, strict=True))
        aksi = cell["aksi"]
        out.append((cell["no"], *(cell[k] for k in TEXT),
                    f"• {aksi}" if aksi not in ("", curated.MERGED) else aksi, cell["volume"],
                    *(mark if is_mark(cell[f"tw{q}"]) else "" for q in range(1, 5))))
    return tuple(out)


def _table(data: Curated, mark: str) -> Table:
    header = (
        (Head("No", rowspan=2), Head("Program", rowspan=2),
         Head("Indikator Kinerja Program (Outcome)", rowspan=2), Head("Target", rowspan=2),
         Head("Kegiatan", rowspan=2), Head("Indikator Kinerja Kegiatan (Output)", rowspan=2),
         Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
         Head("Indikator Kinerja Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
         Head("Rencana Aksi", rowspan=2), Head("Volume", rowspan=2),
         Head("Jadwal Pelaksanaan (Triwulan)", colspan=4)),
        tuple(Head(q) for q in ("I", "II", "III", "IV")),
    )
    return Table(header, (0.7, 2.8, 2.5, 1.1, 2.5, 2.5, 1.1, 2.6, 2.5, 1.3, 2.8, 1.4,
                          0.75, 0.75, 0.75, 0.75),
                 "cllcllcllcllcccc", _body(data, mark), numbers=True)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its two rencana_aksi tables (one row per aksi)."""
    sasaran = curated.load("ra2025_sasaran")
    blocks: list[object] = []
    tables = []
    for n, (bidang, unit, mark) in enumerate(UNITS):
        data = provincial(curated.load(f"ra2025_bidang{bidang}"))
        target = sasaran.where("bidang", bidang).filled()[0]
        if n:
            blocks += [NewPage(PAGE), Title((YEAR_LINE, unit.upper(), AGENCY.upper(),
                                             REGION.upper()))]
        blocks += [f"Sasaran Strategis : {target['sasaran']}",
                   f"Indikator Kinerja Sasaran : {target['indikator']}", _table(data, mark)]
        tables.append(("rencana_aksi", rencana_aksi(data, unit, target["sasaran"])))
    heading = (YEAR_LINE, UNITS[0][1].upper(), AGENCY.upper(), REGION.upper())
    doc = Document("rencana_aksi_ntb_2021", PAGE, heading, tuple(blocks),  # type: ignore[arg-type]
                   ("Mataram, 4 Januari 2021", "KEPALA DINAS SOSIAL",
                    "PROVINSI NUSA TENGGARA BARAT", "", "", "Drs. H. LALU ARIF RAHMAN, M.Si.",
                    "Pembina Utama Muda", "NIP. 19720315 199303 1 008"))
    info = DocumentTruth("rencana_aksi", " ".join(heading[:2]), AGENCY, REGION, None,
                         2021, 2021)
    return doc, info, tuple(tables)
