"""IKU linkage 2024 of the Dinas Sosial Kota Lubuklinggau drawn with reportlab
(``holdout6.draw``, fully ruled grid), A4 landscape, DejaVu Sans 6 pt.

What trips a parser here is how the amounts and percentages are typed: the narrow
"Anggaran" column holds, row by row, ``Rp783.242.000`` (the sign glued to the number),
``Rp. 783.242.000,00`` (too wide for the column, so ``Rp.`` stays on one line and the
number with its cents goes to the next) and a bare ``783.242.000``; target and capaian
re-typed as percentages whose form follows the row (``89%`` / ``80,9%``, ``100 %``), beside
qualitative ``Utama``, ``Nindya`` and ``-``.

Data: seed 001's rows, one item per row (the seed's packed cells unpacked), "Kota
Probolinggo" re-homed to the region; kegiatan lines print no amount.
**Invented**: region, year, the amount and percentage forms.
"""

from __future__ import annotations

from samples import curated
from samples.curated import MERGED, Curated
from samples.derive import relocate
from samples.families import Row, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout17.typo import restyled, rp_cents, rp_glued
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial"
REGION = "Kota Lubuklinggau"
HEADING = ("TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM DAN KEGIATAN",
           "DINAS SOSIAL KOTA LUBUKLINGGAU TAHUN 2024")
PRINTED = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian",
           "program", "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
AMOUNT_FORMS = (rp_glued, rp_cents, dots)
"""The forms the printed amounts cycle through, one after the other."""


def _typed(data: Curated) -> Curated:
    """Target and capaian re-typed as percentages (truth and print alike)."""
    rows = tuple(tuple(restyled(v, n) if k in ("target", "capaian") and v != MERGED else v
                       for k, v in zip(data.columns, row, strict=True))
                 for n, row in enumerate(data.rows))
    return Curated(data.columns, rows)


def _body(data: Curated) -> tuple[tuple[str, ...], ...]:
    out, printed = [], 0
    for row in data.rows:
        cell = dict(zip(data.columns, row, strict=True))
        amount = cell["anggaran"]
        if amount not in ("", MERGED):
            cell["anggaran"] = AMOUNT_FORMS[printed % len(AMOUNT_FORMS)](int(amount))
            printed += 1
        out.append(tuple(cell[k] for k in PRINTED))
    return tuple(out)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its iku_links truth."""
    data = _typed(relocate(curated.load("iku2023"), {"Kota Probolinggo": REGION}))
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("IKU Kota", rowspan=2),
               Head("Sasaran Strategis", rowspan=2), Head("Indikator Kinerja", rowspan=2),
               Head("Target 2024", rowspan=2), Head("Capaian 2023", rowspan=2),
               Head("Program", rowspan=2), Head("Indikator Program", rowspan=2),
               Head("Kegiatan / Sub Kegiatan", colspan=2), Head("Anggaran (Rp)", rowspan=2)),
              (Head("Uraian"), Head("Indikator")))
    table = Table(header, (2.4, 8, 7.5, 9, 9, 4.6, 4.6, 9, 10, 13.5, 15, 6.8),
                  "clllllcllllr", _body(data), numbers=True)
    doc = Document("iku_lubuklinggau_2024",
                   Page(297, 210, "DejaVuSans", 6, margin_mm=10, page_numbers="- {n} -"),
                   HEADING, (table,),
                   ("Lubuklinggau, 15 Januari 2024", "KEPALA DINAS SOSIAL",
                    "KOTA LUBUKLINGGAU", "", "", "H. ZULKARNAIN AFFANDI, S.E., M.Si.",
                    "Pembina Tingkat I", "NIP. 19750717 200003 1 003"))
    info = DocumentTruth("iku_linkage", " ".join(HEADING), AGENCY, REGION, None, 2024, 2024)
    return doc, info, (("iku_links", iku_links(data)),)
