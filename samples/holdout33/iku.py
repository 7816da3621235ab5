"""IKU linkage 2027 of the Dinas Sosial Kabupaten Temanggung, "Tabel Keterkaitan Indikator
Kinerja Utama dengan Program dan Kegiatan", drawn with reportlab (``holdout6.draw``: full
grid, real row-spanning cells), F4 landscape, Liberation Sans 7.4 pt, "Hal. n" footer.

What it varies: the agency starts the second page by hand, in the middle of the program
Perlindungan dan Jaminan Sosial (two of its lines on page 1, one on page 2), and — as a
typist does — repeats the merged cells at the top of the second page (tujuan, IKU,
sasaran, indicator, target, realisasi and program as printed, the program's indicator
followed by "(lanjutan)", the number left blank) under a repeated header. It is ONE
program continued, not a new one. Amounts plain ``783.242.000`` under "Anggaran 2027 (Rp)",
kegiatan lines without amount.

Data: seed 001's ``iku2023`` rows of urusan sosial (the first 21 lines) as curated,
spellings kept ("Pantli"). **Invented**: region, years (seed target → 2027, capaian →
2026), signatory, where the page breaks.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import iku_links
from samples.holdout6.model import Document, Head, NewPage, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Temanggung"
TITLE = "TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM DAN KEGIATAN"
PAGE = Page(330, 215, "LiberationSans", 7.4, margin_mm=12, page_numbers="Hal. {n}")
LINES = 21
"""The urusan sosial lines of the seed (the rest is urusan PPPA)."""
BREAK = 11
"""First line printed on page 2: inside the Program Perlindungan dan Jaminan Sosial."""
CONTINUED = " (lanjutan)"
KEYS = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian", "program",
        "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
PLAIN = ("No", "Tujuan RPJMD", "IKU Kabupaten", "Sasaran Strategis",
         "Indikator Kinerja Sasaran")
AFTER = ("Program", "Indikator Kinerja Program", "Kegiatan / Sub Kegiatan",
         "Indikator Kinerja Kegiatan / Sub Kegiatan", "Anggaran 2027 (Rp)")
WIDTHS = (3, 10, 9, 12, 13, 6, 6, 10, 14, 17, 18, 9)


def _printed(data: Curated, row: tuple[str, ...]) -> tuple[str, ...]:
    """One seed line in printed column order, its amount (if any) in dots."""
    amount = row[data.column("anggaran")]
    return (*(row[data.column(k)] for k in KEYS[:-1]),
            dots(int(amount)) if amount not in ("", MERGED) else amount)


def _continued(row: tuple[str, ...], filled: dict[str, str]) -> tuple[str, ...]:
    """The first line of page 2: merged cells printed again, the program's indicator
    marked "(lanjutan)", the number left blank."""
    out = []
    for key, cell in zip(KEYS, row, strict=True):
        if key == "no":
            out.append("")
        elif cell == MERGED:
            out.append(filled[key] + (CONTINUED if key == "indikator_program" else ""))
        else:
            out.append(cell)
    return tuple(out)


def _table(body: tuple[tuple[str, ...], ...]) -> Table:
    header = ((*(Head(t, rowspan=2) for t in PLAIN), Head("Kinerja Sasaran", colspan=2),
               *(Head(t, rowspan=2) for t in AFTER)),
              (Head("Target 2027"), Head("Realisasi 2026")))
    return Table(header, WIDTHS, "cllllccllllr", body)


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line;
    the repeated cells are the same program, so truth carries them without "(lanjutan)")."""
    seed = curated.load("iku2023")
    data = Curated(seed.columns, seed.rows[:LINES])
    body = [_printed(data, row) for row in data.rows]
    body[BREAK] = _continued(body[BREAK], data.filled()[BREAK])
    doc = Document("iku_temanggung_2027", PAGE,
                   (TITLE, "TAHUN 2027", f"{AGENCY} {REGION}".upper()),
                   (_table(tuple(body[:BREAK])), NewPage(PAGE), _table(tuple(body[BREAK:]))),
                   ("Temanggung, 12 Januari 2027", "KEPALA DINAS SOSIAL", "", "",
                    "Dra. ENDANG PURWANINGSIH, M.Si.", "Pembina Tingkat I",
                    "NIP. 19710226 199703 2 003"))
    info = DocumentTruth("iku_linkage", TITLE, AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("iku_links", iku_links(data)),)
