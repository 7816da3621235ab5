"""IKU table 2021 of the Dinas Sosial Kota Tegal, typed in Word in PORTRAIT (Times New
Roman → Liberation Serif 7 pt, A4), printed by LibreOffice Writer with Word's "Table Grid"
(``word``).

Tujuan and sasaran are not columns here: they print as full-width merged, shaded
**section rows** inside the table ("Tujuan 1: …", "Indikator Tujuan (IKU Kota): …",
"Sasaran 1.1: …"), and the eight columns below them carry the sasaran's indicator, its
"Capaian 2020" and "Target 2021", the program and its indicator, the kegiatan / sub
kegiatan, its indicator (each typed after a dash bullet "- ") and "Anggaran 2021 (Rp)"
(``783.242.000,00``). Indicator, capaian, target, program and its indicator are merged over
their rows; kegiatan lines (parents of the sub kegiatan below them) carry no amount.

Data: ``iku2023`` one item per row (seed packing ignored), seed capaian under "Capaian
2020", seed target under "Target 2021", seed amounts and spellings ("Pantli",
"(PMKS) (PMKS)", "Pengarustamaan"); "Kota Layak" stays (Tegal is a city).
"""

from __future__ import annotations

from samples import curated
from samples.curated import MERGED, Curated
from samples.families import Row, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots_cents

AGENCY = "Dinas Sosial"
REGION = "Kota Tegal"
HEADING = ("TABEL INDIKATOR KINERJA UTAMA (IKU) DAN KETERKAITAN DENGAN PROGRAM DAN KEGIATAN",
           "TAHUN 2021", AGENCY.upper(), REGION.upper())
MERGING = ("indikator", "capaian", "target", "program", "indikator_program")
"""Columns printed once per group and merged down it (as the seed merges them)."""


def _sections(row: dict[str, str], tujuan_no: int, sasaran_no: int,
              new_tujuan: bool) -> list[str]:
    """The section lines printed before an item row that opens a tujuan / sasaran."""
    lines = []
    if new_tujuan:
        lines += [f"Tujuan {tujuan_no}: {row['tujuan']}",
                  f"Indikator Tujuan (IKU Kota): {row['iku_kota']}"]
    return [*lines, f"Sasaran {tujuan_no}.{sasaran_no}: {row['sasaran']}"]


def _body(data: Curated) -> tuple[tuple[str, ...], ...]:
    """Section rows (full width: the text then ``<``) and item rows; a merge never runs
    across a section row."""
    width = 8
    out: list[tuple[str, ...]] = []
    tujuan_no = sasaran_no = 0
    for raw, row in zip(data.rows, data.filled(), strict=True):
        cell = dict(zip(data.columns, raw, strict=True))
        opens = cell["tujuan"] != MERGED or cell["sasaran"] != MERGED
        if opens:
            new_tujuan = cell["tujuan"] != MERGED
            tujuan_no, sasaran_no = ((tujuan_no + 1, 1) if new_tujuan
                                     else (tujuan_no, sasaran_no + 1))
            out += [(line, *["<"] * (width - 1))
                    for line in _sections(row, tujuan_no, sasaran_no, new_tujuan)]
        merged = {k: (row[k] if opens else cell[k]) for k in MERGING}
        indikator = row["indikator_kegiatan"]
        out.append((merged["indikator"], merged["capaian"], merged["target"],
                    merged["program"], merged["indikator_program"], row["kegiatan"],
                    f"- {indikator}" if indikator else "",
                    dots_cents(int(row["anggaran"])) if row["anggaran"] else ""))
    return tuple(out)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line)."""
    data = curated.load("iku2023")
    header = ((Head("Indikator Kinerja Sasaran", rowspan=2), Head("Kinerja", colspan=2),
               Head("Program", rowspan=2), Head("Indikator Program (Outcome)", rowspan=2),
               Head("Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kegiatan / Sub Kegiatan (Output)", rowspan=2),
               Head("Anggaran 2021 (Rp)", rowspan=2)),
              (Head("Capaian 2020"), Head("Target 2021")))
    table = Table(header, (14.5, 7.5, 7, 17, 13.5, 16.5, 15.5, 10.5), "lccllllr",
                  _body(data), numbers=True)
    doc = Document("iku_tegal_2021", Page(210, 297, "Times New Roman", 7, margin_mm=12,
                                          page_numbers="{n}"),
                   HEADING, (table,),
                   ("Tegal, 15 Februari 2021", "KEPALA DINAS SOSIAL", "KOTA TEGAL", "", "",
                    "Drs. BAMBANG SUHARTONO, M.M.", "Pembina Tingkat I",
                    "NIP. 19680921 199003 1 004"))
    info = DocumentTruth("iku_linkage", " ".join(HEADING[:2]), AGENCY, REGION, None, 2021, 2021)
    return doc, info, (("iku_links", iku_links(data)),)
