"""IKU linkage 2026 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota
Manado printed from HTML by Chromium on A4 landscape (DejaVu Serif Condensed 6 pt) with a
thin grey grid.

Layout: ONE table row per program. Its kegiatan and sub kegiatan are packed into one cell
as a numbered list with hanging indents — a kegiatan ``1.``, its sub kegiatan ``1.1.``,
``1.2.`` … — and the indicator cell lists the same numbers in the same order; the
"Anggaran (Rp)" cell lists only the sub kegiatan numbers with their amounts (kegiatan
carry none), so amounts pair with items by number, not by line position (each cell wraps
on its own). Tujuan … Target cells are merged over their programs; a running header on
every page, page numbers "- n -", header repeated by the browser.

Data: seed 001's rows (``iku2023``), "Kota Probolinggo" → "Kota Manado"; seed capaian
under "Realisasi 2025", seed target under "Target 2026". A kegiatan is an item the seed
prints without an amount.
"""

from __future__ import annotations

from itertools import groupby

from samples import curated
from samples.blind import Built
from samples.common import SPAN_UP
from samples.curated import Curated
from samples.derive import relocate
from samples.families import iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout13.web import Style
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Manado"
HEADING = ("TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM DAN KEGIATAN",
           "TAHUN ANGGARAN 2026", AGENCY.upper(), REGION.upper())
UPPER = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "capaian", "target", "program",
         "indikator_program")
STYLE = Style(rule="0.4pt solid #9a9a9a", head_fill="#eeeeee",
              running=f"Keterkaitan IKU dengan Program dan Kegiatan - {AGENCY} {REGION}")


def _numbers(rows: list[dict[str, str]]) -> list[str]:
    """List numbers of a program's items: ``1.`` for a kegiatan, ``1.1.`` … for its sub
    kegiatan (an item without an amount is a kegiatan)."""
    out, kegiatan, sub = [], 0, 0
    for row in rows:
        if row["anggaran"]:
            sub += 1
            out.append(f"{kegiatan}.{sub}.")
        else:
            kegiatan, sub = kegiatan + 1, 0
            out.append(f"{kegiatan}.")
    return out


def _packed(data: Curated) -> tuple[tuple[str, ...], ...]:
    """One body row per program: the upper cells of its first item (a ``^`` there continues
    the cell of the program above), then the three packed lists."""
    body = []
    keyed = zip(data.rows, data.filled(), strict=True)
    for _, group in groupby(keyed, key=lambda pair: (pair[1]["no"], pair[1]["program"])):
        pairs = list(group)
        raw, items = pairs[0][0], [filled for _, filled in pairs]
        numbered = list(zip(_numbers(items), items, strict=True))
        upper = tuple(raw[data.column(k)] for k in UPPER)
        if upper[UPPER.index("program")] == SPAN_UP:
            raise ValueError("a program's first item must print its program")
        body.append((*upper,
                     "\n".join(f"{n} {r['kegiatan']}" for n, r in numbered),
                     "\n".join(f"{n} {r['indikator_kegiatan']}" for n, r in numbered),
                     "\n".join(f"{n} {dots(int(r['anggaran']))}"
                               for n, r in numbered if r["anggaran"])))
    return tuple(body)


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan)."""
    data = relocate(curated.load("iku2023"), {"Kota Probolinggo": REGION})
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2),
               Head("IKU Kota (Indikator Tujuan)", rowspan=2),
               Head("Sasaran Strategis", rowspan=2),
               Head("Indikator Kinerja Utama Perangkat Daerah", rowspan=2),
               Head("Kinerja", colspan=2), Head("Program", rowspan=2),
               Head("Indikator Program", rowspan=2),
               Head("Kegiatan dan Sub Kegiatan", rowspan=2),
               Head("Indikator Kegiatan dan Sub Kegiatan", rowspan=2),
               Head("Anggaran (Rp)", rowspan=2)),
              (Head("Realisasi 2025"), Head("Target 2026")))
    table = Table(header, (3, 9, 8.5, 9.5, 9.5, 5.6, 5.2, 11.5, 10, 18, 18, 10),
                  "cllllcclllll", _packed(data))
    doc = Document("iku_manado_2026",
                   Page(297, 210, "DejaVu Serif Condensed", 6, margin_mm=12,
                        page_numbers="- {n} -"),
                   HEADING, (table,),
                   ("Manado, 12 Januari 2026", "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK KOTA MANADO", "", "",
                    "Dr. FRANKY J. LUMINTANG, S.STP., M.Si.", "Pembina Utama Muda",
                    "NIP. 19740822 199412 1 001"))
    info = DocumentTruth("iku_linkage", " ".join(HEADING[:2]), AGENCY, REGION, None,
                         2026, 2026)
    return doc, info, (("iku_links", iku_links(data)),)
