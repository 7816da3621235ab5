"""Evaluasi Hasil Pelaksanaan Renja 2025 of the Dinas Sosial Kabupaten Buleleng, "Tabel 2.1
Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra
Perangkat Daerah s/d Tahun 2025" (the T-C.29 form of Permendagri 86/2017), kept as an Excel
sheet and printed from LibreOffice Calc (``holdout47.sheet``: every cell boxed, header
rows repeated on every page), F4 landscape, **Arial Narrow** 7 pt (→ Liberation Sans
Narrow, fontconfig's substitute, which the sheet measures and prints): the face Excel users
pick to fit a 23-column sheet on one page width.

Columns as the Excel templates Bappeda hand out print them, every block as K | Rp: No | Kode |
Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub Kegiatan | Indikator
Kinerja Program (outcome) / Kegiatan (output) | Target Kinerja dan Anggaran Renstra Perangkat
Daerah Tahun 2029 (Akhir Periode Renstra) | Realisasi Target Kinerja dan Anggaran Renja
Perangkat Daerah s/d Tahun Lalu (2024) | Target Kinerja dan Anggaran Renja Perangkat Daerah
Tahun Berjalan (2025) yang Dievaluasi | Realisasi Kinerja Pada Triwulan I … IV | Realisasi
Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi | Tingkat Capaian Kinerja
dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%) | Unit Perangkat Daerah
Penanggung Jawab; then ``1 … 23``. One urusan (1.06) opened by its bold row with totals.

Data: ``plan.plan()`` (2025 target and pagu, 2029 and 2024 columns). **Invented**: the
realisasi (``achieved``, ``SPENT``), the quarterly spread (``holdout21.quarters``), signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items, printed_bold
from samples.holdout5.data import rollup
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout21.quarters import percent, spread_count, spread_rupiah
from samples.holdout45.column_numbers import number_row
from samples.holdout45.plan import Item
from samples.holdout47.agency import AGENCY, REGION, signature, unit_of
from samples.holdout47.plan import BASELINE, URUSAN, YEARS, plan, total
from samples.sample import DocumentTruth
from samples.values import dots, parse_quantity

STEM = "renja_evaluasi_buleleng_2025"
HEADING = ("EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH", "TAHUN 2025", AGENCY.upper(),
           REGION.upper())
YEAR = 2025
LAST = YEARS[-1]
SPENT = (0.934, 0.968, 0.991, 0.902, 1.0, 0.957)
"""Share of its pagu a sub kegiatan realised in 2025, by position (cycled)."""
COLUMNS = ("level", "code", "name", "indikator", "target", "budget", "realized_target",
           "realized_budget")
HEADER_WORD = "Dievaluasi"
"""A word of the header Calc repeats on every page (checked by ``check``)."""


def achieved(level: str, raw: str, n: int) -> str:
    """The 2025 realisation of target ``raw``: programs up to one point under target,
    kegiatan on target or 4 points short, sub kegiatan the count or one or two short."""
    value, _ = parse_quantity(raw)
    if level == PROGRAM:
        return f"{value - 0.5 * (n % 3):.1f}%".replace(".", ",")
    if level == SUB:
        return f"{int(value) - n % 3} {raw.split(maxsplit=1)[1]}"
    return raw if n % 2 else f"{int(value) - 4}%"


def _rows(items: list[Item]) -> Curated:
    """Truth-side rows: the urusan row (totals, no item), then every item with its 2025
    target, pagu, realisasi and realised rupiah (sub kegiatan spent, the rest rolled up)."""
    seed = [dict(level=i.level) for i in items]
    subs = [i.pagu[YEAR] for i in items if i.level == SUB]
    spent = rollup(seed, [round(b * SPENT[n % len(SPENT)]) for n, b in enumerate(subs)])
    name = next(r["name"] for r in curated.load("renja2023_kode").filled()
                if not r["level"] and r["code"] == URUSAN)
    programs = sum(s for s, i in zip(spent, items, strict=True) if i.level == PROGRAM)
    head = ("", URUSAN, name, "", "", str(total(items, YEAR)), "", str(programs))
    return Curated(COLUMNS, (head, *(
        (i.level, i.code, i.name, i.indikator, i.targets[YEAR], str(i.pagu[YEAR]),
         achieved(i.level, i.targets[YEAR], n), str(spent[n]))
        for n, i in enumerate(items))))


def _printed(number: int, r: dict[str, str], item: Item | None, items: list[Item]) -> tuple[
        str, ...]:
    """One printed row: the evaluated year's cells plus the Renstra 2029 and 2024 blocks,
    the quarters, the tingkat capaian and the penanggung jawab derived from them."""
    pagu, spent = int(r["budget"]), int(r["realized_budget"])
    money = spread_rupiah(spent)
    if item is None:
        quarters = [c for q in range(4) for c in ("", dots(money[q]))]
        return ("", r["code"], r["name"], "", "", dots(total(items, LAST)), "",
                dots(total(items, BASELINE)), "", dots(pagu), *quarters, "", dots(spent),
                "", percent(spent, pagu), "")
    counts = spread_count(r["realized_target"]) if item.level == SUB else ("",) * 4
    quarters = [c for q in range(4) for c in (counts[q], dots(money[q]))]
    done, _ = parse_quantity(r["realized_target"])
    goal, _ = parse_quantity(r["target"])
    return (str(number), item.code, item.name, item.indikator, item.targets[LAST],
            dots(item.pagu[LAST]), item.targets[BASELINE], dots(item.pagu[BASELINE]),
            r["target"], dots(pagu), *quarters, r["realized_target"], dots(spent),
            percent(done, goal), percent(spent, pagu), unit_of(item.code))


def _table(data: Curated, items: list[Item]) -> Table:
    kr = (Head("K"), Head("Rp"))
    blocks = ("Target Kinerja dan Anggaran Renstra Perangkat Daerah Tahun 2029 (Akhir "
              "Periode Renstra)",
              "Realisasi Target Kinerja dan Anggaran Renja Perangkat Daerah s/d Tahun Lalu "
              "(2024)",
              "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2025) yang "
              "Dievaluasi")
    header = ((Head("No", rowspan=3), Head("Kode", rowspan=3),
               Head("Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub "
                    "Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program (outcome) / Kegiatan (output)", rowspan=3),
               *(Head(text, colspan=2, rowspan=2) for text in blocks),
               Head("Realisasi Kinerja Pada Triwulan", colspan=8),
               Head("Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang "
                    "Dievaluasi", colspan=2, rowspan=2),
               Head("Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah "
                    "yang Dievaluasi (%)", colspan=2, rowspan=2),
               Head("Unit Perangkat Daerah Penanggung Jawab", rowspan=3)),
              tuple(Head(q, colspan=2) for q in ("I", "II", "III", "IV")),
              kr * 9, number_row(23))
    by_row = [None, *items]
    body = tuple(_printed(sum(1 for x in by_row[1:n + 1]), r, by_row[n], items)
                 for n, r in enumerate(data.filled()))
    widths = (4, 17, 22, 23, *(10, 13) * 3, *(4, 12) * 4, 10, 13, 7, 7, 14)
    return Table(header, widths, "cll" + "l" + "cr" * 3 + "cr" * 4 + "cr" + "cc" + "l", body,
                 bold=frozenset(n for n, r in enumerate(data.filled()) if printed_bold(r)))


def build() -> Built:
    """The document and its plan_items truth (one row per item, year 2025; the urusan row
    is no item but counts in ``row_no``)."""
    items = plan()
    data = _rows(items)
    caption = ("Tabel 2.1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah "
               "dan Pencapaian Renstra Perangkat Daerah s/d Tahun 2025")
    doc = Document(STEM, Page(330, 215, "Arial Narrow", 7, margin_mm=10,
                              page_numbers="Halaman {n}"),
                   HEADING, (caption, _table(data, items)), signature("20 Januari 2026"))
    info = DocumentTruth("renja", " ".join(HEADING[:2]), AGENCY, REGION, None, YEAR, YEAR)
    return doc, info, (("plan_items", plan_items(data, {None: YEAR})),)
