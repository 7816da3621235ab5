"""Renja 2026 of the DP3A Kota Tomohon, "Tabel 3.2 Rumusan Rencana Program dan Kegiatan
Perangkat Daerah Tahun 2026 dan Prakiraan Maju Tahun 2027" (the T-C.33 form of
Permendagri 86/2017 with Permendagri 90's sub kegiatan), typed in Word and printed by
LibreOffice Writer (``holdout44.word``: Table Grid, grey header rows repeated on every
page, rows that never split, justified prose, PAGE field footer), A4 landscape,
**Bookman Old Style** 6.5 pt (→ DejaVu Sans here: no Bookman is installed, as on a machine
without the Office fonts).

Columns: Kode | Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub
Kegiatan | Indikator Kinerja Program / Kegiatan / Sub Kegiatan | band "Rencana Tahun 2026"
over Lokasi | Target Capaian Kinerja | Pagu Indikatif (Rp) | Sumber Dana | Catatan Penting |
band "Prakiraan Maju Rencana Tahun 2027" over Target Capaian Kinerja | Kebutuhan Dana (Rp);
then ``1 … 10``. A bold urusan row opens the table and a JUMLAH row closes it, both with the
totals; programs bold.

Data: ``plan.plan()``'s 2026 and 2027 columns. **Invented**: Lokasi, Sumber Dana, Catatan
Penting, prose, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout45.agency import AGENCY, KECAMATAN, REGION, signature
from samples.holdout45.plan import URUSAN, Item, plan
from samples.sample import DocumentTruth
from samples.values import dots

STEM = "renja_tomohon_2026"
YEAR, NEXT = 2026, 2027
HEADING = ("RENCANA KERJA (RENJA)", f"TAHUN {YEAR}", AGENCY.upper(), REGION.upper())
HEADER_WORD = "Prakiraan"
"""A word of the header Writer repeats on every page (checked by ``check``)."""
COLUMNS = ("level", "code", "name", "indikator", "lokasi", f"target_{YEAR}", f"budget_{YEAR}",
           f"target_{NEXT}", f"budget_{NEXT}")
NOTES = {"2.08.03": "Prioritas Nasional", "2.08.07": "Prioritas Nasional",
         "2.08.06": "Mendukung Kota Layak Anak"}
"""Catatan Penting printed on the sub kegiatan of a program (no contract column)."""
DAK = frozenset({"2.08.03", "2.08.07"})
"""Programs part-funded by DAK Non Fisik PPA: their first sub kegiatan of each kegiatan."""


def _lokasi(item: Item, n: int) -> str:
    """The city, or for every fourth item that is a sub kegiatan the kecamatan (two, or
    the last one alone) it is delivered in."""
    if item.level == SUB and n % 4 == 1:
        return "Kec. " + " dan ".join(KECAMATAN[n % 5: n % 5 + 2])
    return REGION


def _sumber(item: Item, previous: str) -> str:
    """Sumber Dana of a sub kegiatan: DAK for the first under a DAK program's kegiatan."""
    if item.level != SUB:
        return ""
    return "DAK Non Fisik PPA" if item.code[:7] in DAK and previous != SUB else "DAU"


def build() -> Built:
    """The document and its plan_items truth (one row per item for 2026 and the Prakiraan
    Maju 2027; the urusan and JUMLAH rows are no items but count in ``row_no``)."""
    items = plan()
    totals = [sum(i.pagu[y] for i in items if i.level == PROGRAM) for y in (YEAR, NEXT)]
    rows = [("", URUSAN[0], URUSAN[1], "", "", "", str(totals[0]), "", str(totals[1]))]
    body = [(URUSAN[0], URUSAN[1], "", "", "", dots(totals[0]), "", "", "", dots(totals[1]))]
    previous = ""
    for n, item in enumerate(items):
        lokasi, t1, t2 = _lokasi(item, n), item.targets[YEAR], item.targets[NEXT]
        rows.append((item.level, item.code, item.name, item.indikator, lokasi,
                     t1, str(item.pagu[YEAR]), t2, str(item.pagu[NEXT])))
        body.append((item.code, item.name, item.indikator, lokasi, t1, dots(item.pagu[YEAR]),
                     _sumber(item, previous),
                     NOTES.get(item.code[:7], "") if item.level == SUB else "",
                     t2, dots(item.pagu[NEXT])))
        previous = item.level
    rows.append(("", "", "JUMLAH", "", "", "", str(totals[0]), "", str(totals[1])))
    body.append(("JUMLAH", "<", "<", "<", "<", dots(totals[0]), "", "", "", dots(totals[1])))
    header = ((Head("Kode", rowspan=2),
               Head("Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub "
                    "Kegiatan", rowspan=2),
               Head("Indikator Kinerja Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head(f"Rencana Tahun {YEAR}", colspan=4), Head("Catatan Penting", rowspan=2),
               Head(f"Prakiraan Maju Rencana Tahun {NEXT}", colspan=2)),
              (Head("Lokasi"), Head("Target Capaian Kinerja"), Head("Pagu Indikatif (Rp)"),
               Head("Sumber Dana"), Head("Target Capaian Kinerja"),
               Head("Kebutuhan Dana (Rp)")))
    table = Table(header, (18, 31, 31, 13, 11, 13, 10, 11, 11, 13), "lllccrcccr",
                  tuple(body), numbers=True,
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] in ("", PROGRAM)),
                  caption=(f"Tabel 3.2 Rumusan Rencana Program dan Kegiatan Perangkat Daerah "
                           f"Tahun {YEAR} dan Prakiraan Maju Tahun {NEXT}",))
    prose = ("Rumusan rencana program dan kegiatan tahun 2026 disusun dengan berpedoman pada "
             "Renstra Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Tomohon Tahun "
             "2025-2029, hasil evaluasi Renja tahun lalu dan pagu indikatif Rancangan Awal "
             "RKPD Kota Tomohon Tahun 2026.")
    doc = Document(STEM, Page(297, 210, "Bookman Old Style", 6.5, margin_mm=12,
                              page_numbers="Halaman {n}"),
                   HEADING, ("BAB III", "RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH", prose,
                             table), signature("22 Juli 2025"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {str(YEAR): YEAR, str(NEXT): NEXT})
    info = DocumentTruth("renja", " ".join(HEADING[:2]), AGENCY, REGION, None, YEAR, YEAR)
    return doc, info, (("plan_items", truth),)
