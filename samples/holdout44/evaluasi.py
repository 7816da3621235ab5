"""Evaluasi Hasil Pelaksanaan Renja 2025 of the Dinas Sosial P3A Kabupaten Kapuas Hulu,
"Tabel 2.1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian
Renstra Perangkat Daerah s/d Tahun 2025" (the T-C.29 form of Permendagri 86/2017, the
chapter-II table of every Renja), printed by headless Chromium (``holdout26.web``: black
hairline grid, header repeated by the browser on every page), F4 landscape, **Arial**
(→ Liberation Sans) 5.4 pt.

Columns in the regulation's order: No | Kode | Urusan / Bidang Urusan Pemerintahan Daerah
dan Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan
(output) | Target Kinerja Capaian Program (Renstra Perangkat Daerah) Tahun 2029 |
Realisasi Target Kinerja ... s/d Renja Perangkat Daerah Tahun Lalu (2024) | "Target
Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan yang Dievaluasi (2025)" (K |
Rp) | "Realisasi Kinerja Pada Triwulan" I … IV (K | Rp each) | "Realisasi Capaian Kinerja
dan Anggaran Renja Perangkat Daerah yang Dievaluasi" (K | Rp) | "Tingkat Capaian Kinerja
dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)" (K | Rp) | Perangkat
Daerah Penanggung Jawab; then ``1 … 21``. Both urusan of the agency (1.06, 2.08), each
opened by a bold bidang urusan row with its totals; programs bold.

Data: the 1.06 and 2.08 items of ``renja2023_kode`` (``holdout5.data``): sub kegiatan
pagu = seed × 1.04 (whole thousands), programs and kegiatan the sums of their sub
kegiatan. **Invented**: targets, realisasi (kinerja and rupiah, ``realised``), the
quarterly spread (``holdout21.quarters``), the Renstra and last-year columns, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items, printed_bold
from samples.holdout5.data import grown, items, rollup, satuan
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout21.quarters import percent, spread_count, spread_rupiah
from samples.holdout44.agency import AGENCY, REGION, penanggung_jawab, signature
from samples.sample import DocumentTruth
from samples.values import dots, parse_quantity

STEM = "renja_evaluasi_kapuas_hulu_2025"
HEADING = ("EVALUASI HASIL PELAKSANAAN RENCANA KERJA (RENJA)", "TAHUN 2025", AGENCY.upper(),
           REGION.upper())
URUSAN = ("1.06", "2.08")
GROWTH = 1.04
"""The 2025 pagu of a sub kegiatan as a multiple of its seed amount."""
SPENT = (0.912, 0.948, 0.975, 0.887, 1.0)
"""Share of its pagu a sub kegiatan realised, by position (cycled)."""
COLUMNS = ("level", "code", "name", "indikator", "target", "budget", "realized_target",
           "realized_budget")
HEADER_WORD = "Dievaluasi"
"""A word of the header the browser repeats on every page (checked by ``check``)."""


def target(level: str, indikator: str, n: int) -> str:
    """Programs a percentage with a decimal comma, kegiatan 100%, sub kegiatan a count in
    the indicator's unit."""
    if level == PROGRAM:
        return f"{72 + 2 * (n % 5)},50%"
    if level == SUB:
        return f"{20 + 6 * (n % 7)} {satuan(indikator)}"
    return "100%"


def realised(level: str, raw: str, n: int) -> str:
    """The year's realisation of target ``raw``: programs a little under target, kegiatan
    full or 95%, sub kegiatan the count or a few short."""
    value, _ = parse_quantity(raw)
    if level == PROGRAM:
        return f"{value - 1.25 * (n % 3):.2f}%".replace(".", ",")
    if level == SUB:
        return f"{int(value) - n % 3} {raw.split(maxsplit=1)[1]}"
    return "100%" if n % 2 else "95%"


def _plan() -> Curated:
    """Printed rows in curated form: each urusan's bidang urusan row (totals, no item),
    then its items with target, pagu, realisasi and realised rupiah."""
    names = {r["code"]: r["name"] for r in curated.load("renja2023_kode").filled()
             if not r["level"]}
    rows: list[tuple[str, ...]] = []
    for urusan in URUSAN:
        plan = items(urusan)
        subs = [grown(int(r["budget"]), GROWTH) for r in plan if r["level"] == SUB]
        pagu = rollup(plan, subs)
        spent = rollup(plan, [round(b * SPENT[n % len(SPENT)]) for n, b in enumerate(subs)])
        rows.append(("", urusan, names[urusan], "", "", str(sum(
            p for p, r in zip(pagu, plan, strict=True) if r["level"] == PROGRAM)), "",
            str(sum(s for s, r in zip(spent, plan, strict=True) if r["level"] == PROGRAM))))
        for n, item in enumerate(plan):
            goal = target(item["level"], item["indikator"], n)
            rows.append((item["level"], item["code"], item["name"], item["indikator"], goal,
                         str(pagu[n]), realised(item["level"], goal, n), str(spent[n])))
    return Curated(COLUMNS, tuple(rows))


def _printed(number: int, r: dict[str, str]) -> tuple[str, ...]:
    """One printed row: the plan and realisation cells plus the columns derived from
    them (Renstra 2029 and 2024 kinerja, quarters, tingkat capaian, penanggung jawab)."""
    pagu, spent = int(r["budget"]), int(r["realized_budget"])
    if not r["level"]:
        return ("", r["code"], r["name"], "", "", "", "", dots(pagu), *("",) * 8, "",
                dots(spent), "", percent(spent, pagu), "")
    counts = spread_count(r["realized_target"]) if r["level"] == SUB else ("",) * 4
    money = spread_rupiah(spent)
    quarters = [c for q in range(4) for c in (counts[q], dots(money[q]))]
    done, _ = parse_quantity(r["realized_target"])
    goal, _ = parse_quantity(r["target"])
    renstra = r["target"] if r["level"] != PROGRAM else f"{goal + 6:.2f}%".replace(".", ",")
    last = "-" if r["level"] == SUB else f"{goal - 2:.2f}%".replace(".", ",")
    return (str(number), r["code"], r["name"], r["indikator"], renstra, last, r["target"],
            dots(pagu), *quarters, r["realized_target"], dots(spent), percent(done, goal),
            percent(spent, pagu), penanggung_jawab(r["code"]))


def _table(data: Curated) -> Table:
    kr = (Head("K"), Head("Rp"))
    header = ((Head("No", rowspan=3), Head("Kode", rowspan=3),
               Head("Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub "
                    "Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program (outcome) / Kegiatan (output)", rowspan=3),
               Head("Target Kinerja Capaian Program (Renstra Perangkat Daerah) Tahun 2029",
                    rowspan=3),
               Head("Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d dengan "
                    "Renja Perangkat Daerah Tahun Lalu (2024)", rowspan=3),
               Head("Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan yang "
                    "Dievaluasi (2025)", colspan=2, rowspan=2),
               Head("Realisasi Kinerja Pada Triwulan", colspan=8),
               Head("Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang "
                    "Dievaluasi", colspan=2, rowspan=2),
               Head("Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah "
                    "yang Dievaluasi (%)", colspan=2, rowspan=2),
               Head("Perangkat Daerah Penanggung Jawab", rowspan=3)),
              tuple(Head(q, colspan=2) for q in ("I", "II", "III", "IV")),
              kr * 7)
    numbered = 0
    body = []
    for r in data.filled():
        numbered += bool(r["level"])
        body.append(_printed(numbered, r))
    widths = (7, 20, 23, 24, 13, 13, 12, 18, *(6, 16) * 4, 12, 18, 10, 10, 20)
    return Table(header, widths, "cll" + "l" + "cc" + "cr" * 6 + "ccl", tuple(body),
                 bold=frozenset(n for n, r in enumerate(data.filled()) if printed_bold(r)),
                 numbers=True,
                 caption=("Tabel 2.1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat "
                          "Daerah dan Pencapaian Renstra Perangkat Daerah s/d Tahun 2025",))


def build() -> Built:
    """The document and its plan_items truth (one row per item, year 2025; the bidang
    urusan rows are no items but count in ``row_no``)."""
    data = _plan()
    prose = ("Evaluasi pelaksanaan Renja Dinas Sosial, Pemberdayaan Perempuan dan "
             "Perlindungan Anak Kabupaten Kapuas Hulu tahun 2025 memuat target dan realisasi "
             "kinerja serta anggaran setiap program, kegiatan dan sub kegiatan sampai dengan "
             "triwulan IV, sebagai bahan penyusunan Renja tahun berikutnya.")
    doc = Document(STEM, Page(330, 215, "LiberationSans", 5.4, margin_mm=10,
                              page_numbers="Halaman {n}"),
                   HEADING, ("BAB II", prose, _table(data)), signature("26 Januari 2026"))
    info = DocumentTruth("renja", " ".join(HEADING[:2]), AGENCY, REGION, None, 2025, 2025)
    return doc, info, (("plan_items", plan_items(data, {None: 2025})),)
