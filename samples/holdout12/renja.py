"""Renja 2027 of the Dinas Sosial dan Pemberdayaan Masyarakat Desa Kabupaten Bone, a Word
form (Calibri → Carlito 6.8 pt) drawn with reportlab on F4 landscape as a fully ruled grid
(``holdout6.draw``).

This set's wording of the Permendagri 86/2017 Renja form: "Urusan/Bidang Urusan
Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja Program/Kegiatan/
Sub Kegiatan", the band "Rencana Tahun 2027" over "Lokasi | Kebutuhan Dana/Pagu Indikatif
(Rp) | Target Capaian Kinerja | Sumber Dana" — the money BEFORE the target —, "Catatan
Penting", and the band "Perkiraan Maju Rencana Tahun 2028" (the form's "Prakiraan" spelt as
many agencies spell it) over "Kebutuhan Dana (Rp) | Target Capaian Kinerja"; column numbers
``1 … 10`` repeated with the header; money ``Rp 1.164.106.000``; an urusan row and a
"JUMLAH" row, bold with program rows.

Items: urusan 1.06 of ``renja2023_kode`` (seed 001's names and indicators, official codes
with the two-digit authority segment as that table carries them). Pagu 2027 = seed × 1.15,
2028 = × 1.25, rounded to a thousand; programs, kegiatan, urusan and JUMLAH are sums of
their sub kegiatan. **Invented**: targets, Lokasi "Seluruh Kecamatan" on sub kegiatan rows,
Sumber Dana, and "SPM" as the Catatan Penting of the rehabilitation sub kegiatan.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import Row, plan_items
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import rp_dots

AGENCY = "Dinas Sosial dan Pemberdayaan Masyarakat Desa"
REGION = "Kabupaten Bone"
HEADING = ("RENCANA KERJA PERANGKAT DAERAH TAHUN 2027", AGENCY.upper(), REGION.upper())
CAPTION = ("Tabel 2.5",
           "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2027 dan Perkiraan Maju "
           "Tahun 2028")
YEARS = {"2027": 1.15, "2028": 1.25}
LOKASI = "Seluruh Kecamatan"
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "budget_2027", "target_2027",
           "sumber", "catatan", "budget_2028", "target_2028")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Percent targets with a decimal comma for programs, whole percents for kegiatan, counts
    in the indicator's unit for sub kegiatan; the forecast year a step higher."""
    step = 1 if later else 0
    if level == "program":
        return f"{76 + n % 3 * 4 + 2 * step},5%"
    if level == "kegiatan":
        return f"{85 + 5 * step}%"
    unit = data.satuan(indikator)
    count = (n % 3 + 1 if unit == "Dokumen" else 20 + n * 9 % 70) + 2 * step
    return f"{count} {unit}"


def _rows() -> list[tuple[str, ...]]:
    """Curated rows (integer rupiah) in printed order: the urusan row, the items, JUMLAH."""
    items = data.yearly_rows("1.06", YEARS, _target)
    subs = [r for r in items if r[0] == data.SUB]
    totals = [str(sum(int(r[i]) for r in subs)) for i in (5, 7)]
    out = [("", "1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL", "", "", totals[0], "", "", "",
            totals[1], "")]
    for level, code, name, indikator, target, pagu, later, later_pagu in items:
        sub = level == data.SUB
        out.append((level, code, name, indikator, LOKASI if sub else "", pagu, target,
                    ("DAU" if code.endswith(("1", "3")) else "PAD") if sub else "",
                    "SPM" if sub and code.startswith("1.06.04.") else "", later_pagu, later))
    out.append(("", "", "JUMLAH", "", "", totals[0], "", "", "", totals[1], ""))
    return out


def _printed(row: tuple[str, ...]) -> tuple[str, ...]:
    _, code, name, indikator, lokasi, pagu, target, sumber, catatan, later_pagu, later = row
    return (code, name, indikator, lokasi, rp_dots(int(pagu)), target, sumber, catatan,
            rp_dots(int(later_pagu)), later)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per year)."""
    rows = _rows()
    header = ((Head("Kode", rowspan=2),
               Head("Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub "
                    "Kegiatan", rowspan=2),
               Head("Indikator Kinerja Program/Kegiatan/Sub Kegiatan", rowspan=2),
               Head("Rencana Tahun 2027", colspan=4), Head("Catatan Penting", rowspan=2),
               Head("Perkiraan Maju Rencana Tahun 2028", colspan=2)),
              (Head("Lokasi"), Head("Kebutuhan Dana/Pagu Indikatif (Rp)"),
               Head("Target Capaian Kinerja"), Head("Sumber Dana"),
               Head("Kebutuhan Dana (Rp)"), Head("Target Capaian Kinerja")))
    table = Table(header, (17, 44, 44, 14, 19, 14, 9, 10, 19, 14), "lllcrcccrc",
                  tuple(map(_printed, rows)),
                  bold=frozenset(i for i, r in enumerate(rows) if r[0] in ("", "program")),
                  numbers=True, caption=CAPTION)
    doc = Document("renja_bone_2027",
                   Page(330, 215, "Carlito", 6.8, margin_mm=11, page_numbers="- {n} -"),
                   HEADING, (table,),
                   ("Watampone, 3 Juni 2026", "KEPALA DINAS SOSIAL DAN",
                    "PEMBERDAYAAN MASYARAKAT DESA", "KABUPATEN BONE", "", "",
                    "Drs. ANDI MUHAMMAD YASIR, M.Si.", "Pembina Utama Muda",
                    "NIP. 19700812 199203 1 007"))
    curated = Curated(COLUMNS, tuple(rows))
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", plan_items(curated, {"2027": 2027, "2028": 2028})),)
