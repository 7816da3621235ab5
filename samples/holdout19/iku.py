"""Cascading IKU 2026 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak
Kota Sorong, drawn with reportlab (``holdout6.draw``, fully ruled grid), A4 landscape,
Liberation Serif 7 pt.

The cascade is printed as ROWS, one level per row, not as columns: a "Level" column says
"Tujuan", "Sasaran", "Program", "Kegiatan" or "Sub Kegiatan", the "Uraian" column holds
that level's statement and the "Indikator Kinerja" column its indicator, on the same row.
A tujuan row's indicator is the IKU Kota; a sasaran row also prints the target (2026) and
the capaian (2025) of its indicator; a sub kegiatan row prints its anggaran
(``Rp 783.242.000``, right-aligned); a kegiatan row none. Tujuan, sasaran and program rows
are bold. A level row is printed where the seed starts a new cell of that level or of its
indicator (a sasaran with two indicators is printed twice, once with each), so every
kegiatan / sub kegiatan row sits under the rows of its own tujuan, sasaran and program.

Data: seed 001's rows, one item per row (its packed cells unpacked), "Kota Probolinggo"
re-homed to the region. A seed item with an amount is labelled "Sub Kegiatan", one without
"Kegiatan" (seed 001 prints amounts only at sub kegiatan level).
**Invented**: region, agency wording, years.
"""

from __future__ import annotations

from samples import curated
from samples.curated import MERGED, Curated
from samples.derive import relocate
from samples.families import Row, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import rp_dots

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Sorong"
HEADING = ("CASCADING INDIKATOR KINERJA UTAMA (IKU) TAHUN 2026",
           "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "KOTA SORONG")
LEVELS = (("Tujuan", "tujuan", ("iku_kota",)),
          ("Sasaran", "sasaran", ("indikator", "target", "capaian")),
          ("Program", "program", ("indikator_program",)))
"""The levels printed above the items: label, the curated key of its statement and the
keys printed beside it. A new cell in the statement or its indicator starts a new row of
that level (a sasaran with two indicators prints two sasaran rows), and so does a new row
of the level above."""


def _rows(data: Curated) -> tuple[tuple[tuple[str, ...], ...], frozenset[int]]:
    """Body rows (Level, Uraian, Indikator, Target, Capaian, Anggaran) and the bold ones."""
    out: list[tuple[str, ...]] = []
    bold = set()
    for raw, r in zip(data.rows, data.filled(), strict=True):
        cell = dict(zip(data.columns, raw, strict=True))
        new = False
        for label, key, beside in LEVELS:
            new = new or cell[key] != MERGED or cell[beside[0]] != MERGED
            if new:
                values = [r[k] for k in beside] + [""] * (3 - len(beside))
                bold.add(len(out))
                out.append((label, r[key], *values, ""))
        if r["kegiatan"]:
            amount = r["anggaran"]
            out.append(("Sub Kegiatan" if amount else "Kegiatan", r["kegiatan"],
                        r["indikator_kegiatan"], "", "",
                        rp_dots(int(amount)) if amount else ""))
    return tuple(out), frozenset(bold)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its iku_links truth."""
    data = relocate(curated.load("iku2023"), {"Kota Probolinggo": REGION})
    body, bold = _rows(data)
    header = ((Head("Level"), Head("Uraian"), Head("Indikator Kinerja"),
               Head("Target 2026"), Head("Capaian 2025"), Head("Anggaran (Rp)")),)
    table = Table(header, (7.5, 37, 40, 6.5, 6.5, 10), "lllccr", body, bold=bold,
                  numbers=True)
    doc = Document("iku_sorong_2026",
                   Page(297, 210, "LiberationSerif", 7, margin_mm=12,
                        page_numbers="Hal. {n}"),
                   HEADING, ("Lampiran: Pohon Kinerja / Cascading IKU ke Program, Kegiatan dan "
                             "Sub Kegiatan", table),
                   ("Sorong, 12 Januari 2026", "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK KOTA SORONG", "", "",
                    "YOHANES K. WAMBRAUW, S.Sos., M.M.", "Pembina Tingkat I",
                    "NIP. 19730819 199903 1 007"))
    info = DocumentTruth("iku_linkage", " ".join(HEADING), AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("iku_links", iku_links(data)),)
