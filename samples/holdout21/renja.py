"""Evaluasi Hasil Pelaksanaan Renja 2025 of the Dinas Sosial Kabupaten Blora (Permendagri
86 T-C.29 style), drawn with reportlab (``holdout6.draw``), F4 landscape, Liberation
Sans 5.5 pt, fully ruled grid, 18 columns, three header rows + ``1 … 18``.

Per item: "Target Renja Tahun 2025" (K | Rp), "Realisasi Kinerja pada Triwulan" I-IV
(K | Rp each), "Realisasi Kinerja dan Anggaran Renja Tahun 2025" (K | Rp, the year's
total) and "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Tahun 2025 (%)"
(K | Rp). A separate "Satuan" column carries the unit of the target.

Data: seed 004's Evaluasi 2017 (``renja2019_evaluasi2017``: programs lettered, kegiatan
numbered, target, satuan, anggaran, realisasi kinerja and anggaran as printed) re-dated
2025, "Kota Probolinggo" re-homed. **Invented**: region, year, the quarterly spread of
each realisation (``quarters``), signatory.
"""

from __future__ import annotations

from samples import curated
from samples.derive import relocate
from samples.families import Row, plan_items
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout21.quarters import leading, percent, spread_count, spread_rupiah
from samples.sample import DocumentTruth
from samples.values import dots, money

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Blora"
HEADING = ("EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH", "DINAS SOSIAL KABUPATEN BLORA",
           "TAHUN ANGGARAN 2025")
YEAR = "Renja Tahun 2025"


def _amount(raw: str) -> str:
    value = money(raw)
    return dots(value) if value is not None else ""


def _row(r: dict[str, str]) -> tuple[str, ...]:
    """One printed row: the seed's cells plus the quarters and capaian derived from them."""
    done = money(r["realized_budget"])
    counts = spread_count(r["realized_target"]) if r["target"] else ("",) * 4
    rupiah = spread_rupiah(done) if done else None
    quarters = [cell for q in range(4)
                for cell in (counts[q], dots(rupiah[q]) if rupiah else "")]
    kinerja = percent(leading(r["realized_target"]), leading(r["target"]))
    return (r["no"], r["name"], r["indikator"], r["satuan"], r["target"], _amount(r["budget"]),
            *quarters, r["realized_target"], _amount(r["realized_budget"]),
            kinerja, percent(done, money(r["budget"])))


def _table(rows: list[dict[str, str]]) -> Table:
    kr = (Head("K"), Head("Rp"))
    header = ((Head("No", rowspan=3), Head("Program / Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program (Outcome) / Kegiatan (Output)", rowspan=3),
               Head("Satuan", rowspan=3), Head(f"Target {YEAR}", colspan=2, rowspan=2),
               Head("Realisasi Kinerja pada Triwulan", colspan=8),
               Head(f"Realisasi Kinerja dan Anggaran {YEAR}", colspan=2, rowspan=2),
               Head(f"Tingkat Capaian Kinerja dan Realisasi Anggaran {YEAR} (%)",
                    colspan=2, rowspan=2)),
              tuple(Head(q, colspan=2) for q in ("I", "II", "III", "IV")),
              kr * 7)
    widths = (7, 30, 33, 12, 7, 19, *(6, 18) * 4, 13, 19, 9, 9)
    align = "clllcr" + "cr" * 4 + "crcc"
    body = tuple(_row(r) for r in rows)
    bold = frozenset(n for n, r in enumerate(rows) if r["level"] == "program")
    return Table(header, widths, align, body, bold=bold, numbers=True)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per program / kegiatan, year 2025)."""
    data = relocate(curated.load("renja2019_evaluasi2017"), {"Kota Probolinggo": REGION})
    doc = Document("renja_evaluasi_blora_2025",
                   Page(330, 215, "LiberationSans", 5.5, margin_mm=10,
                        page_numbers="Hal. {n}"),
                   HEADING,
                   ("Tabel T-C.29 Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah Kabupaten "
                    "Blora sampai dengan Triwulan IV Tahun 2025", _table(data.filled())),
                   ("Blora, 20 Januari 2026", "KEPALA DINAS SOSIAL", "KABUPATEN BLORA", "", "",
                    "Drs. HARYO SETIAWAN, M.M.", "Pembina Tingkat I",
                    "NIP. 19720511 199803 1 006"))
    info = DocumentTruth("renja", " ".join(HEADING), AGENCY, REGION, None, 2025, 2025)
    return doc, info, (("plan_items", plan_items(data, {None: 2025})),)
