"""Renja 2027 of the Dinas Sosial Kabupaten Karanganyar as SIPD prints it: the report page of
the national planning system opened in Chromium and printed (``web``) on A4 landscape,
Liberation Sans 5.2 pt, thin grey CSS borders, the browser's date / title / URL / ``n/N``
in the margins.

SIPD's report header block, one "label : value" line each above the table: Pemerintah,
Urusan Pemerintahan, Bidang Urusan, Unit Organisasi (full SIPD unit code
``1.06.0.00.0.00.01.0000``), Sub Unit Organisasi. Twelve columns: "Kode | Urusan/Bidang
Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan | Indikator Kinerja
Program/Kegiatan/Sub Kegiatan", the band "Rencana Tahun 2027" over "Lokasi | Target
Capaian Kinerja | Pagu Indikatif (Rp) | Sumber Dana", "Catatan Penting", the band
"Prakiraan Maju Rencana Tahun 2028" over "Target Capaian Kinerja | Kebutuhan Dana (Rp)",
"Kelompok Sasaran" and "Status"; column numbers ``1 … 12`` in the repeated header. Money
``1.091.349.000,00`` (SIPD's two decimals); urusan ``1`` and bidang ``1.06`` rows and a
"JUMLAH" row, bold with programs.

Items: urusan 1.06 of ``renja2023_kode`` with the codes as that table carries them.
Pagu 2027 = seed × 1.08, 2028 = × 1.16 (``holdout5.data.yearly_rows``). **Invented**:
targets, Lokasi, Sumber Dana, Kelompok Sasaran, the "Final" status, Catatan Penting.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import Row, plan_items, printed_bold
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout20.web import Browser
from samples.sample import DocumentTruth
from samples.values import dots_cents

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Karanganyar"
HEADING = ("RENCANA KERJA PERANGKAT DAERAH (RENJA) TAHUN 2027", "DINAS SOSIAL",
           "KABUPATEN KARANGANYAR")
UNIT_CODE = "1.06.0.00.0.00.01.0000"
BLOCK = (f"Pemerintah : {REGION.upper()}",
         "Urusan Pemerintahan : 1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN "
         "DASAR", "Bidang Urusan : 1.06 URUSAN PEMERINTAHAN BIDANG SOSIAL",
         f"Unit Organisasi : {UNIT_CODE} DINAS SOSIAL",
         f"Sub Unit Organisasi : {UNIT_CODE} DINAS SOSIAL")
BROWSER = Browser("03/06/26, 10.17", "SIPD - Cetak Renja Perangkat Daerah",
                  "https://sipd.kemendagri.go.id/renja/cetak/renja-pd/3313/1.06.0.00.0.00.01")
YEARS = {"2027": 1.08, "2028": 1.16}
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "budget_2027",
           "sumber", "catatan", "target_2028", "budget_2028", "kelompok", "status")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Whole percents for programs and kegiatan, counts in the indicator's unit for sub
    kegiatan; the forecast year a step higher."""
    step = 2 if later else 0
    if level == "program":
        return f"{72 + n % 4 * 3 + step}%"
    if level == "kegiatan":
        return f"{84 + step}%"
    unit = data.satuan(indikator)
    return f"{(n % 2 + 1 if unit == 'Dokumen' else 15 + n * 7 % 60) + step} {unit}"


def _rows() -> list[tuple[str, ...]]:
    """Curated rows (integer rupiah) in printed order: urusan, bidang, items, JUMLAH."""
    items = data.yearly_rows("1.06", YEARS, _target)
    subs = [r for r in items if r[0] == data.SUB]
    first, later = (str(sum(int(r[i]) for r in subs)) for i in (5, 7))
    out = [("", code, name, "", "", "", first, "", "", "", later, "", "")
           for code, name in (("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN "
                               "PELAYANAN DASAR"), ("1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL"))]
    for n, (level, code, name, indikator, target, pagu, later_t, later_p) in enumerate(items):
        sub = level == data.SUB
        out.append((level, code, name, indikator, "Kabupaten Karanganyar" if sub else "",
                    target, pagu, ("DAU" if n % 3 else "PAD") if sub else "",
                    "SPM" if sub and code.startswith("1.06.04.") else "", later_t, later_p,
                    "Masyarakat Miskin" if sub else "", "Final"))
    out.append(("", "", "JUMLAH", "", "", "", first, "", "", "", later, "", ""))
    return out


def _printed(row: tuple[str, ...]) -> tuple[str, ...]:
    cells = dict(zip(COLUMNS, row, strict=True))
    for key in ("budget_2027", "budget_2028"):
        cells[key] = dots_cents(int(cells[key])) if cells[key] else ""
    return tuple(cells[k] for k in COLUMNS[1:])


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per year)."""
    rows = _rows()
    curated = Curated(COLUMNS, tuple(rows))
    header = ((Head("Kode", rowspan=2),
               Head("Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub "
                    "Kegiatan", rowspan=2),
               Head("Indikator Kinerja Program/Kegiatan/Sub Kegiatan", rowspan=2),
               Head("Rencana Tahun 2027", colspan=4), Head("Catatan Penting", rowspan=2),
               Head("Prakiraan Maju Rencana Tahun 2028", colspan=2),
               Head("Kelompok Sasaran", rowspan=2), Head("Status", rowspan=2)),
              (Head("Lokasi"), Head("Target Capaian Kinerja"), Head("Pagu Indikatif (Rp)"),
               Head("Sumber Dana"), Head("Target Capaian Kinerja"),
               Head("Kebutuhan Dana (Rp)")),
              tuple(Head(str(i)) for i in range(1, 13)))
    table = Table(header, (16, 40, 40, 17, 12, 17, 9, 10, 12, 17, 14, 9), "lllccrcccrlc",
                  tuple(map(_printed, rows)),
                  bold=frozenset(i for i, r in enumerate(curated.filled()) if printed_bold(r)))
    doc = Document("renja_karanganyar_2027", Page(297, 210, "LiberationSans", 5.2,
                                                  margin_mm=10),
                   HEADING, (*BLOCK, table),
                   ("Karanganyar, 3 Juni 2026", "KEPALA DINAS SOSIAL", "KABUPATEN KARANGANYAR",
                    "", "", "Drs. BAMBANG SURYO WIBOWO, M.M.", "Pembina Utama Muda",
                    "NIP. 19691021 199403 1 006"))
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", plan_items(curated, {"2027": 2027, "2028": 2028})),)
