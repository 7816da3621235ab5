"""Lampiran "Pengukuran Kinerja" of the LKjIP 2025 of the Dinas Sosial, Pemberdayaan
Perempuan dan Perlindungan Anak Kota Banjarbaru, printed by headless Chromium (``web``),
A4 landscape, Liberation Sans 6.5 pt, full grid, 14 columns, no column-number row.

The left block measures the IKU: "Sasaran Strategis | Indikator Kinerja Utama | Target |
Realisasi | Capaian (%)", merged down over every program row it covers. The right block
measures the programs, kegiatan and sub kegiatan that serve it: "Program / Kegiatan / Sub
Kegiatan | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%)" and "Anggaran
(Rp) | Realisasi (Rp) | Capaian (%)". Programs bold.

Data: seed 003's Pelaporan Kinerja (``sakip_pelaporan``) as curated: IKU target 90 %,
realisasi 97,64 %, nine plan rows with target, realisasi and both amounts. **Invented**:
region, year, the capaian columns (computed from the printed figures), signatory.
"""

from __future__ import annotations

from samples import curated
from samples.curated import MERGED
from samples.derive import relocate
from samples.families import PROGRAM, Row, plan_items
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout21.quarters import percent
from samples.sample import DocumentTruth
from samples.values import dots, money, parse_number

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Banjarbaru"
HEADING = ("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2025", AGENCY.upper(),
           REGION.upper())
IKU = ("sasaran", "iku_pd", "target_iku", "realisasi_iku")


def _ratio(done: str, planned: str) -> str:
    """Capaian of a printed realisasi against its printed target ("97,64%" / "90%")."""
    if not done or not planned:
        return ""
    return percent(parse_number(done.rstrip("%")), parse_number(planned.rstrip("%")))


def _row(raw: list[str], r: dict[str, str], columns: tuple[str, ...]) -> tuple[str, ...]:
    cell = dict(zip(columns, raw, strict=True))
    iku = tuple(cell[k] for k in IKU)
    capaian = MERGED if cell["sasaran"] == MERGED else _ratio(r["realisasi_iku"],
                                                              r["target_iku"])
    return (*iku, capaian, r["name"], r["indikator"], r["satuan"], r["target"],
            r["realized_target"], _ratio(r["realized_target"], r["target"]),
            dots(int(r["budget"])), dots(int(r["realized_budget"])),
            percent(money(r["realized_budget"]), money(r["budget"])))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per plan line, year 2025)."""
    data = relocate(curated.load("sakip_pelaporan"), {"Kota Probolinggo": REGION})
    rows = data.filled()
    body = tuple(_row(list(raw), r, data.columns)
                 for raw, r in zip(data.rows, rows, strict=True))
    header = ((Head("Sasaran Strategis", rowspan=2), Head("Indikator Kinerja Utama", rowspan=2),
               Head("Kinerja IKU Tahun 2025", colspan=3),
               Head("Program / Kegiatan / Sub Kegiatan", rowspan=2),
               Head("Indikator Kinerja", rowspan=2), Head("Satuan", rowspan=2),
               Head("Kinerja Tahun 2025", colspan=3), Head("Anggaran Tahun 2025", colspan=3)),
              (Head("Target"), Head("Realisasi"), Head("Capaian (%)"),
               Head("Target"), Head("Realisasi"), Head("Capaian (%)"),
               Head("Anggaran (Rp)"), Head("Realisasi (Rp)"), Head("Capaian (%)")))
    table = Table(header, (12, 14, 7, 9, 8, 18, 20, 8, 7, 9, 8, 12, 12, 8),
                  "llccclllcccrrc", body,
                  bold=frozenset(n for n, r in enumerate(rows) if r["level"] == PROGRAM))
    doc = Document("lkjip_banjarbaru_2025",
                   Page(297, 210, "LiberationSans", 6.5, margin_mm=12,
                        page_numbers="Halaman {n}"),
                   HEADING,
                   ("Lampiran 2. Pengukuran Kinerja dan Realisasi Anggaran Tahun 2025", table),
                   ("Banjarbaru, 27 Februari 2026", "KEPALA DINAS SOSIAL, PEMBERDAYAAN",
                    "PEREMPUAN DAN PERLINDUNGAN ANAK", "KOTA BANJARBARU", "", "",
                    "Hj. NOOR LATIFAH, S.Sos., M.AP.", "Pembina Utama Muda",
                    "NIP. 19700603 199203 2 008"))
    info = DocumentTruth("unknown", " ".join(HEADING), AGENCY, REGION, None, 2025, 2025)
    return doc, info, (("plan_items", plan_items(data, {None: 2025})),)
