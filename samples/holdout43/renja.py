"""Renja 2027 of the Dinas Sosial Kabupaten Muna, "Tabel 3.2 Rumusan Rencana Program dan
Kegiatan Perangkat Daerah Tahun 2027 dan Prakiraan Maju Tahun 2028" (the T-C.33 form of
Permendagri 86/2017 as most regions fill it in), printed by headless Chromium
(``holdout26.web``: black hairline grid, cells vertically centred, bold header repeated by
the browser on every page, page number at the foot), F4 landscape, DejaVu Sans 5.6 pt (the face
a Tahoma sheet falls back to on Debian).

Columns: "Kode | Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub
Kegiatan | Indikator Kinerja Program / Kegiatan / Sub Kegiatan", the band "Rencana Tahun
2027" over "Lokasi | Target Capaian Kinerja | Kebutuhan Dana / Pagu Indikatif (Rp) |
Sumber Dana", "Catatan Penting", the band "Prakiraan Maju Rencana Tahun 2028" over "Target
Capaian Kinerja | Kebutuhan Dana / Pagu Indikatif (Rp)"; then ``1 … 10`` (a header row,
so the browser repeats it too). One bold bidang urusan row (1.06, with its totals) opens
the table; programs bold.

Data: the 1.06 items of ``renja2023_kode`` via ``holdout5.data.yearly_rows`` (sub kegiatan
pagu = seed × 1.06 for 2027 and × 1.10 for 2028, whole thousands; programs and kegiatan
the sums of their sub kegiatan). **Invented**: targets, Lokasi, Sumber Dana, Catatan
Penting, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout43.agency import AGENCY, KECAMATAN, REGION, signature
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

STEM = "renja_muna_2027"
HEADING = ("RENCANA KERJA PERANGKAT DAERAH (RENJA)", "TAHUN 2027", AGENCY.upper(),
           REGION.upper())
GROUP = ("1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL")
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "budget_2027",
           "target_2028", "budget_2028")
NOTES = {"1.06.04": "Mendukung SPM Bidang Sosial", "1.06.06": "Mendukung SPM Bidang Sosial",
         "1.06.05": "Prioritas Daerah"}
"""Catatan Penting on sub kegiatan, by program (no contract column)."""
HEADER_WORD = "Catatan"
"""A word of the header the browser repeats on every page (checked by ``check``)."""


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Programs a whole percentage, a point higher the next year; kegiatan 100%; sub
    kegiatan a count in the indicator's unit, a tenth more (at least one) the next year."""
    if level == PROGRAM:
        return f"{76 + 3 * (n % 3) + later}%"
    if level == SUB:
        count = 12 + 8 * (n % 5)
        return f"{count + later * max(1, count // 10)} {satuan(indikator)}"
    return "100%"


def _lokasi(level: str, n: int) -> str:
    """The regency, or for every third sub kegiatan the kecamatan it is delivered in."""
    if level == SUB and n % 3 == 0:
        return "Kec. " + ", ".join(KECAMATAN[n % 4: n % 4 + 3])
    return REGION


def _body(rows: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """Printed rows: money with dots, Sumber Dana and Catatan Penting on sub kegiatan."""
    body = []
    for n, (level, code, name, ind, lokasi, t27, b27, t28, b28) in enumerate(rows):
        sub = level == SUB
        body.append((code, name, ind, lokasi, t27, dots(int(b27)),
                     ("DAK Non Fisik" if n % 6 == 4 else "DAU") if sub else "",
                     NOTES.get(code[:7], "") if sub else "", t28, dots(int(b28))))
    return tuple(body)


def build() -> Built:
    """The document and its plan_items truth (one row per item per year 2027, 2028; the
    bidang urusan row is no item but counts in ``row_no``)."""
    plan = yearly_rows(GROUP[0], {"2027": 1.06, "2028": 1.10}, _target)
    programs = [r for r in plan if r[0] == PROGRAM]
    rows = [("", GROUP[0], GROUP[1], "", "", "", str(sum(int(r[5]) for r in programs)), "",
             str(sum(int(r[7]) for r in programs)))]
    rows += [(level, canonical_code(code) or "", name, ind, _lokasi(level, n), *rest)
             for n, (level, code, name, ind, *rest) in enumerate(plan)]
    body = _body(rows)
    header = ((Head("Kode", rowspan=2),
               Head("Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub "
                    "Kegiatan", rowspan=2),
               Head("Indikator Kinerja Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Rencana Tahun 2027", colspan=4), Head("Catatan Penting", rowspan=2),
               Head("Prakiraan Maju Rencana Tahun 2028", colspan=2)),
              (Head("Lokasi"), Head("Target Capaian Kinerja"),
               Head("Kebutuhan Dana / Pagu Indikatif (Rp)"), Head("Sumber Dana"),
               Head("Target Capaian Kinerja"), Head("Kebutuhan Dana / Pagu Indikatif (Rp)")),
              tuple(Head(str(n)) for n in range(1, 11)))
    table = Table(header, (13, 30, 32, 13, 10, 13, 8, 12, 10, 13), "lllccrcccr", body,
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] in ("", PROGRAM)),
                  caption=("Tabel 3.2 Rumusan Rencana Program dan Kegiatan Perangkat Daerah "
                           "Tahun 2027 dan Prakiraan Maju Tahun 2028",))
    prose = ("Rumusan rencana program dan kegiatan Dinas Sosial Kabupaten Muna tahun 2027 "
             "disusun berdasarkan evaluasi pelaksanaan Renja tahun lalu, Renstra Perangkat "
             "Daerah tahun 2025-2029 dan hasil Musrenbang, dengan pagu indikatif menurut "
             "Rancangan Awal RKPD Kabupaten Muna Tahun 2027.")
    doc = Document(STEM, Page(330, 215, "DejaVuSans", 5.6, margin_mm=10,
                              page_numbers="Halaman {n}"),
                   HEADING, (prose, table), signature("15 Juni 2026"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {"2027": 2027, "2028": 2028})
    info = DocumentTruth("renja", " ".join(HEADING[:2]), AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", truth),)
