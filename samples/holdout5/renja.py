"""Renja 2025 of DP3AP2KB Kota Malang: Permendagri 86/2017 "Rumusan Rencana Program dan
Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026", drawn booktabs-style
(horizontal rules only) on F4 landscape in Liberation Sans Narrow.

Items: urusan 2.08 of the seed list (names, indicators, codes printed in the seed's
two-digit form ``2.08.02.02.02.0001``); 2025 pagu = the seed amounts, 2026 = × 1.08. Targets
are deterministic inventions (the seed has none). Urusan / bidang urusan group rows and the
closing JUMLAH row print sums but are not plan items.
"""

from __future__ import annotations

from samples.curated import Curated
from samples.families import Row, plan_items
from samples.holdout5 import data
from samples.holdout5.model import Document, Grid, Head, Page
from samples.sample import DocumentTruth
from samples.values import dots_cents

AGENCY = ("Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan "
          "Keluarga Berencana")
HEADING = ("RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2025", AGENCY.upper(), "KOTA MALANG")
CAPTION = ("Tabel 2.6 Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan "
           "Prakiraan Maju Tahun 2026",)
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2025", "budget_2025",
           "sumber", "catatan", "target_2026", "budget_2026")
GROUPS = (("2", "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR"),
          ("2.08", "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"))
NOTES = {"2.08.06": "Mendukung KLA", "2.08.03": "Prioritas daerah"}


def _targets(row: dict[str, str], n: int) -> tuple[str, str]:
    """2025 and 2026 targets: ``85 %`` for programs, ``90,5%`` for kegiatan, counts with a
    unit for sub kegiatan (thousands printed with a dot)."""
    if row["level"] == "program":
        base = 80 + 5 * (n % 4)
        return f"{base} %", f"{base + 2},5 %"
    if row["level"] == "kegiatan":
        base = 88 + 3 * (n % 3)
        return f"{base},5%", f"{base + 1},5%"
    unit = data.satuan(row["indikator"])
    if unit == "Dokumen":
        count = n % 3 + 1
        return f"{count} {unit}", f"{count} {unit}"
    count = 1150 if unit == "Layanan" else 6 + n * 7 % 40
    return f"{count:,} {unit}".replace(",", "."), f"{count + 5:,} {unit}".replace(",", ".")


def _rows() -> list[dict[str, str]]:
    """Curated rows (plain text, integer rupiah) in printed order, group rows included."""
    items = data.items("2.08")
    seed = [int(r["budget"]) for r in items if r["level"] == data.SUB]
    now = data.rollup(items, seed)
    later = data.rollup(items, [data.grown(a, 1.08) for a in seed])
    total_now = sum(a for r, a in zip(items, now, strict=True) if r["level"] == "program")
    total_later = sum(a for r, a in zip(items, later, strict=True) if r["level"] == "program")
    rows = [dict(zip(COLUMNS, ("", code, name, "", "", "", str(total_now), "", "", "",
                               str(total_later)), strict=True)) for code, name in GROUPS]
    for n, (item, a, b) in enumerate(zip(items, now, later, strict=True)):
        sub = item["level"] == data.SUB
        target_now, target_later = _targets(item, n)
        rows.append({
            "level": item["level"], "code": item["code"], "name": item["name"],
            "indikator": item["indikator"], "lokasi": "Kota Malang" if sub else "",
            "target_2025": target_now, "budget_2025": str(a),
            "sumber": ("DAK Non Fisik" if n % 4 == 1 else "DAU") if sub else "",
            "catatan": NOTES.get(item["code"], ""), "target_2026": target_later,
            "budget_2026": str(b)})
    rows.append(dict.fromkeys(COLUMNS, "") | {"name": "JUMLAH", "budget_2025": str(total_now),
                                              "budget_2026": str(total_later)})
    return rows


def _printed(row: dict[str, str]) -> tuple[str, ...]:
    cells = tuple(dots_cents(int(row[k])) if k.startswith("budget") and row[k] else row[k]
                  for k in COLUMNS[1:])
    if row["name"] == "JUMLAH":
        return ("JUMLAH", "<", "<", *cells[3:])
    return cells


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (2025 and 2026 per item)."""
    rows = _rows()
    header = (
        (Head("Kode", rowspan=2),
         Head("Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
              rowspan=2),
         Head("Indikator Kinerja Program/Kegiatan", rowspan=2),
         Head("Rencana Tahun 2025", colspan=4), Head("Catatan Penting", rowspan=2),
         Head("Prakiraan Maju Rencana Tahun 2026", colspan=2)),
        (Head("Lokasi"), Head("Target Capaian Kinerja"),
         Head("Kebutuhan Dana/Pagu Indikatif"), Head("Sumber Dana"),
         Head("Target Capaian Kinerja"), Head("Kebutuhan Dana/Pagu Indikatif")),
    )
    body = tuple(_printed(r) for r in rows)
    bold = frozenset(i for i, r in enumerate(rows) if r["level"] in ("", "program"))
    group = frozenset(i for i, r in enumerate(rows) if r["level"] == "program")
    grid = Grid(header, (13, 38, 44, 11, 11, 17, 10, 12, 11, 17), "lllccrcccr", body,
                bold=bold, group=group | {len(rows) - 1}, numbers=True, caption=CAPTION)
    doc = Document("renja_malang_2025",
                   Page(330, 215, "LiberationSansNarrow", 7, page_numbers="Halaman {n}"),
                   HEADING, (grid,),
                   ("Malang, 17 Juni 2024", "Kepala Dinas Pemberdayaan Perempuan,",
                    "Perlindungan Anak, Pengendalian Penduduk", "dan Keluarga Berencana",
                    "Kota Malang", "", "Dra. RETNO WULANDARI, M.Si.", "Pembina Utama Muda",
                    "NIP. 19690521 199403 2 006"))
    truth = plan_items(Curated(COLUMNS, tuple(tuple(r.values()) for r in rows)),
                       {"2025": 2025, "2026": 2026})
    info = DocumentTruth("renja", HEADING[0], AGENCY, "Kota Malang", None, 2025, 2025)
    return doc, info, (("plan_items", truth),)
