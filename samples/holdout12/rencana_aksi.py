"""Rencana Aksi 2027 of the Bidang Kesetaraan Gender dan Pemberdayaan Perempuan, Dinas
Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Ciamis, typed in Word (Calibri →
Carlito 7 pt) and printed by LibreOffice Writer on A4 landscape with rules between rows
only (``holdout6.writer``).

This set's SAKIP wording: "Rencana Aksi/Kegiatan", "Volume", a free-text "Penanggung Jawab"
column placed BETWEEN the volume and the schedule, and the band "Target Triwulan" over
"I | II | III | IV"; programs numbered with roman numerals (I, II) in the No column; the
sasaran, its indicator and its target as three lines above the table; column-number row
``(1) … (17)`` repeated with the header. Marks ``√``.

Data: seed 000's bidang 3 (``ra2025_bidang3``, used before only by holdout2 and the first
holdout), spellings kept (Pelebagaan, "Politik, hukum"), its sasaran from ``ra2025_sasaran``.
**Invented**: the Penanggung Jawab of each kegiatan (merged down its sub kegiatan rows).
"""

from __future__ import annotations

from samples import curated
from samples.families import Row, rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import is_mark

UNIT = "Kesetaraan Gender dan Pemberdayaan Perempuan"
AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Ciamis"
HEADING = ("RENCANA AKSI PENCAPAIAN SASARAN STRATEGIS TAHUN 2027", f"BIDANG {UNIT.upper()}",
           AGENCY.upper(), REGION.upper())
ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}
OFFICERS = ("Kasi Pemberdayaan Perempuan", "Kasi PUG", "Kasi Data Gender dan Anak")
"""Penanggung Jawab of the first, second, third kegiatan (invented)."""
LEFT = ("program", "program_indikator", "program_target", "kegiatan", "kegiatan_indikator",
        "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator", "sub_kegiatan_target",
        "aksi", "volume")


def _officers(data: curated.Curated) -> list[str]:
    """The Penanggung Jawab cell of each row: the kegiatan's officer on a sub kegiatan's
    first row, merged (``^``) over the rest of that sub kegiatan."""
    kegiatan, sub = data.column("kegiatan"), data.column("sub_kegiatan")
    out, seen = [], -1
    for row in data.rows:
        seen += row[kegiatan] != curated.MERGED
        out.append(curated.MERGED if row[sub] == curated.MERGED else OFFICERS[seen])
    return out


def _body(data: curated.Curated) -> tuple[tuple[str, ...], ...]:
    marks = [data.column(f"tw{q}") for q in range(1, 5)]
    no = data.column("no")
    return tuple((ROMAN.get(row[no], row[no]), *(row[data.column(k)] for k in LEFT), pj,
                  *("√" if is_mark(row[m]) else "" for m in marks))
                 for row, pj in zip(data.rows, _officers(data), strict=True))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its rencana_aksi truth (one row per aksi)."""
    data = curated.load("ra2025_bidang3")
    sasaran = curated.load("ra2025_sasaran").where("bidang", "3").filled()[0]
    header = (
        (Head("No", rowspan=2), Head("Program", rowspan=2),
         Head("Indikator Kinerja Program", rowspan=2), Head("Target", rowspan=2),
         Head("Kegiatan", rowspan=2), Head("Indikator Kinerja Kegiatan", rowspan=2),
         Head("Target", rowspan=2), Head("Sub Kegiatan", rowspan=2),
         Head("Indikator Kinerja Sub Kegiatan", rowspan=2), Head("Target", rowspan=2),
         Head("Rencana Aksi/Kegiatan", rowspan=2), Head("Volume", rowspan=2),
         Head("Penanggung Jawab", rowspan=2), Head("Target Triwulan", colspan=4)),
        tuple(Head(q) for q in ("I", "II", "III", "IV")),
    )
    table = Table(header, (0.8, 2.3, 2.3, 1.1, 2.3, 2.3, 1.1, 2.25, 2.3, 1.5, 2.4, 1.58,
                           1.98, 0.85, 0.85, 0.85, 0.85),
                  "cllclllllcllccccc", _body(data), numbers=True)
    lines = (f"Sasaran Strategis : {sasaran['sasaran']}",
             f"Indikator Kinerja Sasaran : {sasaran['indikator']}",
             f"Target Tahun 2027 : {sasaran['tw4']}")
    doc = Document("rencana_aksi_ciamis_2027",
                   Page(297, 210, "Calibri", 7, margin_mm=10),
                   HEADING, (*lines, table),
                   ("Ciamis, 11 Januari 2027", "Kepala Bidang Kesetaraan Gender",
                    "dan Pemberdayaan Perempuan", "", "", "Hj. NENENG SITI ROHMAH, S.Sos., M.Si.",
                    "NIP. 19780415 200501 2 009"))
    truth = rencana_aksi(data, UNIT, sasaran["sasaran"])
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2027, 2027)
    return doc, info, (("rencana_aksi", truth),)
