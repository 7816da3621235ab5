"""Renja 2027 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten
Sumba Timur (a merged agency, so BOTH urusan 1.06 and 2.08 in one table): "Rencana
Program, Kegiatan dan Sub Kegiatan Tahun 2027" drawn with reportlab on F4 landscape
(Liberation Serif 7.5 pt) as a fully ruled grid.

This set's wording of the Permendagri 86/2017 form: "Kode Rekening | Urusan / Program /
Kegiatan / Sub Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan (Output) | Lokasi"
then the band "Rencana Tahun 2027" over "Target Kinerja | Pagu Indikatif (Rp)" and a
trailing "Sumber Dana"; urusan rows (with their totals) and program rows bold, a
"JUMLAH" row last; money ``783.242.000``; column-number row repeated with the header.

Items: urusan 1.06 and 2.08 of ``renja2023_kode`` (seed 001's names and indicators with
official codes). Pagu = seed amount × 1.1 rounded to a thousand; programs, kegiatan and
urusan are the sums of their sub kegiatan. Targets are deterministic inventions.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import Row, plan_items
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Sumba Timur"
LOKASI = "Kab. Sumba Timur"
HEADING = ("RENCANA KERJA (RENJA) TAHUN 2027", AGENCY.upper(), REGION.upper())
CAPTION = ("Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2027",)
URUSAN = {"1.06": "URUSAN PEMERINTAHAN BIDANG SOSIAL",
          "2.08": "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"}
GROWTH = 1.1
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target", "budget", "sumber")


def _target(level: str, indikator: str, n: int) -> str:
    """Percent targets for programs and kegiatan, counts in the indicator's unit for sub
    kegiatan."""
    if level == "program":
        return f"{78 + n % 4 * 3}%"
    if level == "kegiatan":
        return f"{90 + n % 3 * 3}%"
    unit = data.satuan(indikator)
    count = n % 4 + 1 if unit == "Dokumen" else 15 + n * 7 % 60
    return f"{count} {unit}"


def _rows() -> list[tuple[str, ...]]:
    """Curated rows (integer rupiah) in printed order: per urusan its group row, then its
    items; a JUMLAH row last. Group and total rows have no level (not plan items)."""
    out: list[tuple[str, ...]] = []
    total = 0
    for urusan, title in URUSAN.items():
        items = data.items(urusan)
        subs = [data.grown(int(r["budget"]), GROWTH) for r in items if r["level"] == data.SUB]
        budgets = data.rollup(items, subs)
        total += sum(subs)
        out.append(("", urusan, title, "", "", "", str(sum(subs)), ""))
        out += [(item["level"], item["code"], item["name"], item["indikator"], LOKASI,
                 _target(item["level"], item["indikator"], n), str(budgets[n]),
                 "DAU" if item["level"] == data.SUB else "")
                for n, item in enumerate(items)]
    out.append(("", "", "JUMLAH", "", "", "", str(total), ""))
    return out


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item)."""
    rows = _rows()
    body = tuple((code, name, ind, lok, target, dots(int(budget)), sumber)
                 for _, code, name, ind, lok, target, budget, sumber in rows)
    header = ((Head("Kode Rekening", rowspan=2),
               Head("Urusan / Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja Program (Outcome) / Kegiatan (Output)", rowspan=2),
               Head("Lokasi", rowspan=2), Head("Rencana Tahun 2027", colspan=2),
               Head("Sumber Dana", rowspan=2)),
              (Head("Target Kinerja"), Head("Pagu Indikatif (Rp)")))
    table = Table(header, (15, 36, 38, 11, 11, 13, 7), "lllccrc", body,
                  bold=frozenset(i for i, r in enumerate(rows) if r[0] in ("", "program")),
                  numbers=True, caption=CAPTION)
    doc = Document("renja_sumbatimur_2027",
                   Page(330, 215, "LiberationSerif", 7.5, margin_mm=10,
                        page_numbers="Hal. {n}"),
                   HEADING, (table,),
                   ("Waingapu, 22 Mei 2026", "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK", "KABUPATEN SUMBA TIMUR", "", "",
                    "YUSUF UMBU NDAKULARAK, S.H., M.Si.", "Pembina Utama Muda",
                    "NIP. 19710905 199803 1 009"))
    curated = Curated(COLUMNS, tuple(rows))
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", plan_items(curated, {None: 2027})),)
