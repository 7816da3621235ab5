"""Rencana Aksi Perubahan 2026, Bidang Perlindungan Perempuan dan Pemenuhan Hak Anak of the
Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Payakumbuh, written as a
.docx and printed by LibreOffice Writer (``holdout6.writer``: rules between rows only),
F4 landscape, Arial (→ Liberation Sans) 6.2 pt.

The revised plan keeps every line of the original and says in an extra last column,
**"Keterangan"**, what the revision did to it: "Tetap", "Ditambah" (a new aksi), "Dihapus"
(an aksi dropped: its volume prints ``-`` and its schedule is empty), or "Diubah, semula …"
(the volume or schedule printed is the new one, the old one is only in the note). Header:
16 Rencana Aksi columns (band "Jadwal Pelaksanaan (Triwulan)" over I … IV) + Keterangan,
then ``(1) … (17)``, repeated by Writer. Marks ``√``.

Data: seed 000's bidang 2 (``ra2025_bidang2``) as curated, "Kota Probolinggo" → "Kota
Payakumbuh"; sasaran and its two indicators from ``ra2025_sasaran``. **Invented**: the
revision (which aksi were added, dropped or changed, and the added aksi), region, bidang
name, year, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.derive import relocate
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import is_mark

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Payakumbuh"
UNIT = "Perlindungan Perempuan dan Pemenuhan Hak Anak"
MARK = "√"
HEADING = ("RENCANA AKSI PERUBAHAN TAHUN 2026", f"BIDANG {UNIT.upper()}", AGENCY.upper(),
           REGION.upper())
KEPT, ADDED, DROPPED = "Tetap", "Ditambah", "Dihapus"
NEW_AKSI = {
    "Sosialisasi terhadap Pencegahan Kekerasan terhadap Perempuan":
        ("Kampanye Stop Kekerasan terhadap Perempuan pada Peringatan Hari Ibu", "1 Kegiatan",
         "4"),
    "Penyusunan Program Kerja FA":
        ("Pelatihan Fasilitator Forum Anak Kelurahan", "2 Kegiatan", "23"),
    "Ekspose Hasil KLA": ("Verifikasi Lapangan Kelurahan Layak Anak", "5 Kelurahan", "3"),
}
"""Aksi the revision adds, each after the printed aksi named: (aksi, volume, quarters)."""
DROPPED_AKSI = frozenset({"Audience FA dan DPRD Kota Payakumbuh",
                          "Desk Evaluasi Penyelenggaraan KLA"})
CHANGED = {
    "Penyusunan KIE bagi Penyedia Layanan untuk Peningkatan Kualitas Hidup Anak":
        "Diubah, semula 3 Dokumen",
    "Sosialisasi terhadap Pencegahan Kekerasan terhadap Perempuan":
        "Diubah, semula TW III",
}
"""Keterangan of aksi whose volume or schedule the revision changed (printed: the new one)."""


def _revised(data: Curated) -> Curated:
    """The seed rows with the revision applied and a ``keterangan`` column appended."""
    aksi, volume = data.column("aksi"), data.column("volume")
    rows = []
    for row in data.rows:
        if row[aksi] in DROPPED_AKSI:
            rows.append((*row[:volume], "-", "", "", "", "", DROPPED))
            continue
        rows.append((*row, CHANGED.get(row[aksi], KEPT)))
        if row[aksi] in NEW_AKSI:
            text, vol, quarters = NEW_AKSI[row[aksi]]
            rows.append((*(MERGED,) * aksi, text, vol,
                         *("v" if str(q) in quarters else "" for q in range(1, 5)), ADDED))
    return Curated((*data.columns, "keterangan"), tuple(rows))


def build() -> Built:
    """The document and its rencana_aksi truth: one row per aksi of the revised plan (a
    "Dihapus" line is printed but is no aksi of it)."""
    data = _revised(relocate(curated.load("ra2025_bidang2"), {"Kota Probolinggo": REGION}))
    sasaran = curated.load("ra2025_sasaran").where("bidang", "2").filled()
    marks = tuple(data.column(f"tw{q}") for q in range(1, 5))
    body = tuple(tuple(MARK if i in marks and is_mark(cell) else cell
                       for i, cell in enumerate(row)) for row in data.rows)
    plain = ("No", "Program", "Indikator Kinerja Program", "Target", "Kegiatan",
             "Indikator Kinerja Kegiatan", "Target", "Sub Kegiatan",
             "Indikator Kinerja Sub Kegiatan", "Target", "Rencana Aksi", "Volume")
    header = ((*(Head(t, rowspan=2) for t in plain),
               Head("Jadwal Pelaksanaan (Triwulan)", colspan=4),
               Head("Keterangan", rowspan=2)),
              (Head("I"), Head("II"), Head("III"), Head("IV")))
    table = Table(header, (4.6, 12, 13, 7, 13, 14, 7, 14, 14, 8.5, 18, 8.5, 4.3, 4.3, 4.3, 4.3, 10),
                  "cllcllcllclc" + "cccc" + "l", body, numbers=True)
    lines = (f"Sasaran Strategis : {sasaran[0]['sasaran']}", "Indikator Kinerja Sasaran :",
             *(f"{n}. {r['indikator']}" for n, r in enumerate(sasaran, start=1)))
    doc = Document("rencana_aksi_perubahan_payakumbuh_2026",
                   Page(330, 215, "Arial", 6.2, margin_mm=12),
                   HEADING, (*lines, table),
                   ("Payakumbuh, 3 September 2026",
                    f"Kepala Bidang {UNIT}", "", "", "NOVI YANTI, S.H., M.H.", "Penata Tingkat I",
                    "NIP. 19820627 200903 2 004"))
    rows = rencana_aksi(data, UNIT, sasaran[0]["sasaran"])
    notes = [r["keterangan"] for r in data.filled()]
    truth = [row for row, note in zip(rows, notes, strict=True) if note != DROPPED]
    info = DocumentTruth("rencana_aksi", " ".join(HEADING[:2]), AGENCY, REGION, UNIT,
                         2026, 2026)
    return doc, info, (("rencana_aksi", truth),)
