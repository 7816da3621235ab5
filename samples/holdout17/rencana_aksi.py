"""Rencana Aksi 2025 of two bidang of the Dinas Pemberdayaan Perempuan dan Perlindungan
Anak Kabupaten Bulukumba, printed by headless Chromium (``web``), F4 landscape, Liberation
Sans 6.5 pt, one 16-column table per bidang, each bidang on its own page.

- Quarter marks typed by two different staff: ``v`` in the first bidang's table, ``X`` in
  the second's (both true by the contract's mark list; blank is false).
- Program and kegiatan targets re-typed as percentages in four forms (``91%``,
  ``100 %``, ``70,00%``, ``80.0%``), the form cycling down the table; sub kegiatan targets
  and volumes as the seed prints them (``174 orang``, ``12 Bulan``, ``1 Kali``, bare
  ``70``).
- Every text column **justified and hyphenated** at line ends (``Perlin-`` / ``dungan``),
  the first word of each aksi *italic*, abbreviations in parentheses **bold** inside an
  otherwise regular cell, header labels broken mid-word (``Indi-`` / ``kator``,
  ``Sasar-`` / ``an``).

Data: seed 000's bidang 2 and 3 as curated (spellings kept, merges filled down), the
sasaran of each from ``ra2025_sasaran``, "Kota Probolinggo" re-homed to the region.
**Invented**: the region, the agency's name, the percentage forms, the marks' glyphs.
"""

from __future__ import annotations

from samples import curated
from samples.curated import MERGED, Curated
from samples.derive import relocate
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, NewPage, Page, Table
from samples.holdout17.typo import restyled
from samples.holdout17.web import BOLD, ITALIC, Title
from samples.sample import DocumentTruth
from samples.values import is_mark

AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Bulukumba"
BIDANG = (("2", "Bidang Perlindungan Perempuan dan Anak", "v"),
          ("3", "Bidang Pemberdayaan Perempuan", "X"))
"""(seed bidang, the bidang's name, the quarter mark its staff typed)."""
PAGE = Page(330, 215, "LiberationSans", 6.5, margin_mm=11, page_numbers="")
RESTYLED = ("program_target", "kegiatan_target")
TEXT = ("program", "program_indikator", "kegiatan", "kegiatan_indikator", "sub_kegiatan",
        "sub_kegiatan_indikator", "aksi")


def _typed(data: Curated) -> Curated:
    """The seed rows with program and kegiatan targets re-typed (truth and print alike)."""
    rows = []
    for n, row in enumerate(data.rows):
        rows.append(tuple(restyled(v, n) if k in RESTYLED and v != MERGED else v
                          for k, v in zip(data.columns, row, strict=True)))
    return Curated(data.columns, tuple(rows))


def _emphasised(key: str, text: str) -> str:
    words = [f"{BOLD}{w}{BOLD}" if w.startswith("(") and w.endswith(")") else w
             for w in text.split()]
    if key == "aksi" and words:
        words[0] = f"{ITALIC}{words[0]}{ITALIC}"
    return " ".join(words)


def _body(data: Curated, mark: str) -> tuple[tuple[str, ...], ...]:
    out = []
    for row in data.rows:
        cell = dict(zip(data.columns, row, strict=True))
        out.append(tuple(
            (mark if is_mark(v) else "") if k.startswith("tw") and v != MERGED else
            _emphasised(k, v) if k in TEXT and v != MERGED else v
            for k, v in cell.items()))
    return tuple(out)


def _table(data: Curated, mark: str) -> Table:
    header = (
        (Head("No", rowspan=2), Head("Program", rowspan=2),
         Head("Indi-\nkator Kinerja Program", rowspan=2), Head("Tar-\nget", rowspan=2),
         Head("Kegiatan", rowspan=2), Head("Indi-\nkator Kinerja Kegiatan", rowspan=2),
         Head("Tar-\nget", rowspan=2), Head("Sub Kegiatan", rowspan=2),
         Head("Indi-\nkator Sub Kegiatan", rowspan=2), Head("Tar-\nget", rowspan=2),
         Head("Rencana Aksi", rowspan=2), Head("Volu-\nme", rowspan=2),
         Head("Target Pelaksanaan (Triwu-\nlan)", colspan=4)),
        tuple(Head(q) for q in ("I", "II", "III", "IV")),
    )
    return Table(header, (1.6, 5.6, 6.2, 2.8, 6.2, 6.4, 2.8, 6.0, 6.4, 3.4, 6.6, 3.6,
                          1.5, 1.5, 1.5, 1.5),
                 "cjjcjjcjjcjccccc", _body(data, mark), numbers=True)


def _heading(bidang: str) -> tuple[str, ...]:
    return ("RENCANA AKSI TAHUN 2025", bidang.upper(), AGENCY.upper(), REGION.upper())


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its two rencana_aksi tables (one row per aksi)."""
    sasaran = curated.load("ra2025_sasaran")
    blocks: list[object] = []
    tables = []
    for n, (seed, bidang, mark) in enumerate(BIDANG):
        data = _typed(relocate(curated.load(f"ra2025_bidang{seed}"),
                               {"Kota Probolinggo": REGION}))
        target = sasaran.where("bidang", seed).filled()[0]
        if n:
            blocks += [NewPage(PAGE), Title(_heading(bidang))]
        blocks += [f"Sasaran Strategis : {target['sasaran']}",
                   f"Indikator Kinerja : {target['indikator']}", _table(data, mark)]
        unit = bidang.removeprefix("Bidang ")  # the contract: the bidang line minus "BIDANG"
        tables.append(("rencana_aksi", rencana_aksi(data, unit, target["sasaran"])))
    heading = _heading(BIDANG[0][1])
    doc = Document("rencana_aksi_bulukumba_2025", PAGE, heading,
                   tuple(blocks),  # type: ignore[arg-type]
                   ("Bulukumba, 6 Januari 2025", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK", "KABUPATEN BULUKUMBA", "", "",
                    "Hj. ANDI NURHAEDAH, S.Sos., M.Si.", "Pembina Tingkat I",
                    "NIP. 19740611 199903 2 005"))
    info = DocumentTruth("rencana_aksi", " ".join(heading[:2]), AGENCY, REGION, None,
                         2025, 2025)
    return doc, info, tuple(tables)
