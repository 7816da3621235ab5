"""IKU linkage 2024 of the Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak of
Kabupaten Banyumas: Tujuan | Sasaran | IKU | Target | Program | Indikator Program |
Kegiatan/Sub Kegiatan | Indikator | Anggaran, one item per row (the seed packs several
items in one cell; here each gets its own row) and row-spanning cells for tujuan, sasaran,
IKU and program. The seed's city-level IKU and baseline columns are not printed."""

from __future__ import annotations

from samples import curated
from samples.families import Row
from samples.holdout4.html import HeaderCell, Page, Table
from samples.sample import DocumentTruth
from samples.values import english, money

YEAR = 2024
HEADING = ("TABEL KETERKAITAN INDIKATOR KINERJA UTAMA DENGAN PROGRAM, KEGIATAN DAN SUB KEGIATAN",
           "TAHUN ANGGARAN 2024",
           "DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
           "KABUPATEN BANYUMAS")
PRINTED = ("no", "tujuan", "sasaran", "indikator", "target", "program", "indikator_program",
           "kegiatan", "indikator_kegiatan", "anggaran")


def build() -> tuple[Page, DocumentTruth, list[Row]]:
    """The printed page and its iku_links truth (merged cells filled down)."""
    data = curated.load("iku2023")
    body: list[tuple[str, ...]] = []
    rows: list[Row] = []
    for raw, filled in zip(data.rows, data.filled(), strict=True):
        cell = dict(zip(data.columns, raw, strict=True))
        amount = money(cell["anggaran"])
        body.append(tuple(english(amount) if k == "anggaran" and amount is not None
                          else cell[k] for k in PRINTED))
        rows.append({
            "tujuan_rpjmd": filled["tujuan"], "iku_kota": None,
            "sasaran_strategis": filled["sasaran"], "indikator_kinerja": filled["indikator"],
            "target_raw": filled["target"] or None, "baseline_raw": None,
            "program": filled["program"], "indikator_program": filled["indikator_program"],
            "kegiatan": filled["kegiatan"],
            "indikator_kegiatan": filled["indikator_kegiatan"] or None, "budget_idr": amount})
    header = (tuple(HeaderCell(t) for t in (
        "No", "Tujuan", "Sasaran", "IKU", f"Target {YEAR}", "Program", "Indikator Program",
        "Kegiatan / Sub Kegiatan", "Indikator Kegiatan / Sub Kegiatan", "Anggaran (Rp)")),)
    table = Table(header, (3, 12, 14, 14, 6, 12, 15, 16, 17, 10),
                  ("center", "left", "left", "left", "center", "left", "left", "left", "left",
                   "right"), tuple(body))
    page = Page("iku_banyumas_2024", HEADING, (table,), "A4 landscape", "Liberation Serif", 7.5,
                keep_rows=False)
    info = DocumentTruth("iku_linkage", " ".join(HEADING[:2]),
                         "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
                         "Kabupaten Banyumas", None, YEAR, YEAR)
    return page, info, rows
