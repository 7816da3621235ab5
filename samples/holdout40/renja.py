"""Renja 2027 of the Dinas Sosial, P3A Kota Tebing Tinggi (Sumatera Utara), "Tabel 3.1
Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2027 dan Prakiraan Maju Tahun
2028" (the T-C.33 form), typed in Word (``word``: Table Grid, grey header repeated by
Writer, justified prose) in **Bookman Old Style 6.5 pt**, the typeface of many Sumatran
regional offices; Writer prints it with the face fontconfig substitutes. F4 landscape.

Three header rows: Kode | Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan |
Indikator Kinerja, then the band **"Capaian Kinerja Program dan Kerangka Pendanaan"** over
"Rencana Tahun 2027" (Lokasi | Target Capaian Kinerja | Pagu Indikatif (Rp) | Sumber
Dana), **"Catatan Penting"** and "Prakiraan Maju Tahun 2028" (Target Capaian Kinerja |
Kebutuhan Dana (Rp)); then ``1 … 10``. Two bidang urusan group rows (1.06, 2.08) and a
closing JUMLAH, bold with programs. Money: group, program and JUMLAH rows of 2027 print
**``Rp. 1.164.106.000,00``**, other 2027 rows ``1.164.106.000``, every 2028 amount
``1.245.593.000,00`` (cents, no sign).

Data: the 1.06 and 2.08 items of ``renja2023_kode`` via ``holdout5.data.yearly_rows``
(sub kegiatan pagu = seed × 1.09 for 2027, × 1.14 for 2028, programs / kegiatan summed).
**Invented**: targets, Lokasi, Sumber Dana, Catatan Penting, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout40.agency import AGENCY, KECAMATAN, REGION, signature
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots, dots_cents

STEM = "renja_tebingtinggi_2027"
HEADING = ("RENCANA KERJA PERANGKAT DAERAH (RENJA)", "TAHUN 2027", AGENCY.upper(),
           REGION.upper())
FONT = "Bookman Old Style"
URUSAN = {"1.06": "URUSAN PEMERINTAHAN BIDANG SOSIAL",
          "2.08": "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"}
"""The bidang urusan group rows, in printed order."""
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "budget_2027",
           "target_2028", "budget_2028")
NOTES = ("Mendukung SPM Bidang Sosial", "Prioritas Daerah", "Lanjutan", "")
"""Catatan Penting, rotating over sub kegiatan (no contract column)."""


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Programs a percentage with a decimal comma, kegiatan full delivery, sub kegiatan a
    count in the indicator's unit; the Prakiraan Maju year a step higher."""
    if level == PROGRAM:
        return f"{74 + n % 6 + later},25%"
    if level == SUB:
        return f"{20 + 7 * (n % 9) + 5 * later} {satuan(indikator)}"
    return "100%"


def _lokasi(level: str, n: int) -> str:
    """The city for programs and most items, a kecamatan pair for some sub kegiatan."""
    if level == SUB and n % 4 == 1:
        return f"Kec. {KECAMATAN[n % 5]} dan {KECAMATAN[(n + 2) % 5]}"
    return REGION


def _items() -> list[tuple[str, ...]]:
    """Curated rows in printed order: a group row (no level) before each urusan's items."""
    rows: list[tuple[str, ...]] = []
    for urusan, title in URUSAN.items():
        plan = yearly_rows(urusan, {"2027": 1.09, "2028": 1.14}, _target)
        subs = [int(r[5]) for r in plan if r[0] == SUB]
        later = [int(r[7]) for r in plan if r[0] == SUB]
        rows.append(("", urusan, title, "", "", "", str(sum(subs)), "", str(sum(later))))
        rows += [(level, canonical_code(code) or "", name, ind, _lokasi(level, len(rows) + n),
                  *rest) for n, (level, code, name, ind, *rest) in enumerate(plan)]
    return rows


def _money(level: str, value: str, plan_year: bool) -> str:
    """How this template prints an amount (see the module docstring)."""
    if not value:
        return ""
    if plan_year:
        return f"Rp. {dots_cents(int(value))}" if level in ("", PROGRAM) else dots(int(value))
    return dots_cents(int(value))


def _body(rows: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """Printed rows, Sumber Dana and Catatan Penting on sub kegiatan only, JUMLAH last."""
    body = []
    for n, (level, code, name, ind, lokasi, t27, b27, t28, b28) in enumerate(rows):
        sub = level == SUB
        body.append((code, name, ind, lokasi, t27, _money(level, b27, True),
                     ("DAK Non Fisik" if n % 7 == 3 else "DAU") if sub else "",
                     NOTES[n % len(NOTES)] if sub else "", t28, _money(level, b28, False)))
    groups = [r for r in rows if not r[0]]
    total = [sum(int(r[k]) for r in groups) for k in (6, 8)]
    body.append(("JUMLAH", "<", "<", "", "", f"Rp. {dots_cents(total[0])}", "", "", "",
                 dots_cents(total[1])))
    return tuple(body)


def build() -> Built:
    """The document and its plan_items truth (one row per item per year 2027, 2028; the
    group rows and JUMLAH are no items)."""
    rows = _items()
    body = _body(rows)
    header = ((Head("Kode", rowspan=3),
               Head("Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja", rowspan=3),
               Head("Capaian Kinerja Program dan Kerangka Pendanaan", colspan=7)),
              (Head("Rencana Tahun 2027", colspan=4), Head("Catatan Penting", rowspan=2),
               Head("Prakiraan Maju Tahun 2028", colspan=2)),
              (Head("Lokasi"), Head("Target Capaian Kinerja"), Head("Pagu Indikatif (Rp)"),
               Head("Sumber Dana"), Head("Target Capaian Kinerja"),
               Head("Kebutuhan Dana (Rp)")))
    table = Table(header, (15, 30, 30, 15, 11, 16, 8, 11, 11, 15), "llllcrcccr", body,
                  bold=frozenset(n for n, r in enumerate(body)
                                 if n >= len(rows) or rows[n][0] in ("", PROGRAM)),
                  numbers=True,
                  caption=("Tabel 3.1 Rumusan Rencana Program dan Kegiatan Perangkat Daerah "
                           "Tahun 2027 dan Prakiraan Maju Tahun 2028",))
    prose = ("Rumusan rencana program dan kegiatan Perangkat Daerah tahun 2027 disusun "
             "berdasarkan hasil evaluasi pelaksanaan Renja tahun lalu, sasaran Renstra "
             "Perangkat Daerah, usulan program dan kegiatan dari para pemangku kepentingan "
             "serta hasil Musrenbang Kota Tebing Tinggi, dengan memperhatikan pagu indikatif "
             "yang ditetapkan dalam Rancangan Awal RKPD Kota Tebing Tinggi Tahun 2027. "
             "Rincian program, kegiatan dan sub kegiatan beserta indikator, target dan "
             "kerangka pendanaannya disajikan pada tabel berikut.")
    doc = Document(STEM, Page(330, 215, FONT, 6.5, margin_mm=15,
                              page_numbers="Halaman {n}"),
                   HEADING, (prose, table), signature("20 Juni 2026"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {"2027": 2027, "2028": 2028})
    info = DocumentTruth("renja", " ".join(HEADING[:2]), AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", truth),)
