"""Renstra 2025–2029 of the Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Manado:
Tabel 4.2 (tujuan and sasaran targets, form T-C.25) and Tabel 6.1, the Permendagri 86/2017
form T-C.27 "Rencana Program, Kegiatan, Sub Kegiatan dan
Pendanaan Perangkat Daerah", printed from HTML by headless Chromium on F4 landscape
(Cambria → Caladea 6 pt) as a full grid (``web``).

The form's own wording, twenty columns: "Tujuan | Sasaran | Kode | Program dan Kegiatan |
Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output) | Data Capaian
pada Tahun Awal Perencanaan", the band "Target Kinerja Program dan Kerangka Pendanaan" over
"Tahun 2025 … Tahun 2029" each over "Target | Rp", "Kondisi Kinerja pada akhir periode
Renstra Perangkat Daerah" over "Target | Rp", "Unit Kerja Perangkat Daerah Penanggung
Jawab | Lokasi"; header of four rows with the column numbers ``(1) … (20)``, repeated by the
browser; Tujuan merged over the whole table and Sasaran over each program (split by the
browser at page breaks); money ``1.234.567.000``.

Tabel 4.2 prints "No | Tujuan | Sasaran | Satuan | Indikator Tujuan/Sasaran" — the Satuan
BEFORE the indicator — then "Kondisi Kinerja Awal (2024)" and the band "Target Kinerja
Tujuan/Sasaran pada Tahun" over "2025 (ke-1) … 2029 (ke-5)"; targets without their unit
(``100``, ``68,20``, ``Utama``). Rows: seed Tabel 4.4's tujuan 2 (``renstra_t44``, the
women's and children's part), its 2019 column as the baseline, 2020–2024 re-dated 2025–2029,
``%`` moved to the Satuan column, decimals with a comma. **Invented**: the Satuan column.

Tabel 6.1 items: programs 2.08.05, 2.08.07 and 2.08.06 of ``renja2023_kode`` (seed 001's names and
indicators, official codes with the two-digit authority segment). Pagu = seed amount ×
0.95 / 1.00 / 1.06 / 1.12 / 1.18 for 2025 … 2029, rounded to a thousand; programs and
kegiatan are the sums of their sub kegiatan. **Invented**: tujuan, sasaran, the baseline,
every target, unit kerja, Lokasi "Kota Manado".
"""

from __future__ import annotations

from samples import curated
from samples.common import SPAN_UP
from samples.curated import Curated
from samples.families import Row, plan_items, renstra_targets
from samples.holdout5 import data
from samples.holdout6.model import Document, Head, Page, Table
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Manado"
HEADING = ("RENCANA STRATEGIS PERANGKAT DAERAH TAHUN 2025-2029", AGENCY.upper(),
           REGION.upper())
CAPTION = ("Tabel 6.1",
           "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Perangkat Daerah Dinas "
           "Pemberdayaan Perempuan dan Perlindungan Anak Kota Manado")
GROWTH = {2025: 0.95, 2026: 1.0, 2027: 1.06, 2028: 1.12, 2029: 1.18}
TUJUAN = "Meningkatnya kualitas hidup dan perlindungan perempuan dan anak"
PROGRAMS = {
    "2.08.05": ("Tersedianya data gender dan anak yang terpilah", "Sekretariat"),
    "2.08.07": ("Menurunnya kasus kekerasan terhadap anak", "Bidang Perlindungan Anak"),
    "2.08.06": ("Meningkatnya pemenuhan hak anak", "Bidang Pemenuhan Hak Anak"),
}
"""Printed programs in order: their sasaran and unit kerja (invented)."""
LOKASI = "Kota Manado"
SEED_YEARS = dict(zip(("y2020", "y2021", "y2022", "y2023", "y2024"), range(2025, 2030),
                      strict=True))
SATUAN = {"Indeks": "Indeks", "Nilai": "Predikat", "Kategori": "Predikat"}
"""Satuan of a tujuan/sasaran indicator by its first word; percentages otherwise."""


def _bare(target: str) -> str:
    """A seed target as printed beside a Satuan column: without ``%``, decimal comma."""
    return target.removesuffix("%").strip().replace(".", ",")


def _tujuan_table() -> tuple[Table, list[Row]]:
    """Tabel 4.2 and its renstra_targets rows (the baseline column gives none)."""
    seed = curated.load("renstra_t44")
    start = next(i for i, row in enumerate(seed.rows) if row[seed.column("no")] == "2")
    years = ("y2019", *SEED_YEARS)
    rows = []
    for row in seed.rows[start:]:
        cells = dict(zip(seed.columns, row, strict=True))
        first = cells["indikator"].split()[0]
        rows.append(("1" if cells["no"] == "2" else cells["no"], cells["tujuan"],
                     cells["sasaran"], SATUAN.get(first, "%"), cells["indikator"],
                     *(_bare(cells[y]) for y in years)))
    data = Curated(("no", "tujuan", "sasaran", "satuan", "indikator", *years), tuple(rows))
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Satuan", rowspan=2), Head("Indikator Tujuan/Sasaran", rowspan=2),
               Head("Kondisi Kinerja Awal (2024)", rowspan=2),
               Head("Target Kinerja Tujuan/Sasaran pada Tahun", colspan=5)),
              tuple(Head(f"{y} (ke-{n})") for n, y in enumerate(SEED_YEARS.values(), 1)))
    table = Table(header, (8, 40, 44, 14, 52, 17, 15, 15, 15, 15, 15), "clllllccccc",
                  data.rows, caption=("Tabel 4.2", "Tujuan dan Sasaran Jangka Menengah "
                                      "Pelayanan Perangkat Daerah"))
    return table, renstra_targets(data, SEED_YEARS)


def _target(level: str, indikator: str, n: int, step: int) -> str:
    """``step`` 0 is the baseline, 1 … 5 the plan years: percents for programs and kegiatan,
    counts in the indicator's unit for sub kegiatan, rising each year."""
    if level == "program":
        return f"{60 + n % 3 * 5 + 4 * step}%"
    if level == "kegiatan":
        return f"{70 + 5 * step}%"
    unit = data.satuan(indikator)
    return f"{(n % 2 + 1 if unit == 'Dokumen' else 10 + n * 3 % 20) + step} {unit}"


def _items() -> list[dict[str, str]]:
    items = data.items("2.08")
    return [row for code in PROGRAMS for row in items if row["code"].startswith(code)]


def _curated() -> Curated:
    """One row per item: level, code, name, indikator, lokasi, then target and pagu per year
    (integer rupiah)."""
    items = _items()
    seeds = [int(r["budget"]) for r in items if r["level"] == data.SUB]
    pagu = {y: data.rollup(items, [data.grown(b, f) for b in seeds]) for y, f in GROWTH.items()}
    years = tuple(GROWTH)
    columns = ("level", "code", "name", "indikator", "lokasi",
               *(f"{k}_{y}" for y in years for k in ("target", "budget")))
    rows = tuple((r["level"], r["code"], r["name"], r["indikator"], LOKASI,
                  *(cell for step, y in enumerate(years, start=1)
                    for cell in (_target(r["level"], r["indikator"], n, step),
                                 str(pagu[y][n]))))
                 for n, r in enumerate(items))
    return Curated(columns, rows)


def _body(plan: Curated, items: list[dict[str, str]]) -> tuple[tuple[str, ...], ...]:
    """Printed rows: tujuan and sasaran merged, baseline, five years, Kondisi akhir (the last
    target and the period's total pagu), unit kerja, lokasi."""
    body, program = [], ""
    for n, (row, item) in enumerate(zip(plan.filled(), items, strict=True)):
        new = item["level"] == "program"
        program = item["code"] if new else program
        years = [(row[f"target_{y}"], int(row[f"budget_{y}"])) for y in GROWTH]
        body.append((TUJUAN if n == 0 else SPAN_UP,
                     PROGRAMS[program][0] if new else SPAN_UP,
                     item["code"], item["name"], item["indikator"],
                     _target(item["level"], item["indikator"], n, 0),
                     *(cell for target, rp in years for cell in (target, dots(rp))),
                     years[-1][0], dots(sum(rp for _, rp in years)),
                     PROGRAMS[program][1], row["lokasi"]))
    return tuple(body)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its two truth tables: Tabel 4.2's renstra_targets and Tabel 6.1's
    plan_items (one row per item per plan year; baselines and the Kondisi akhir summary
    give none)."""
    tujuan, targets = _tujuan_table()
    plan = _curated()
    span3 = {"rowspan": 3}
    header = (
        (Head("Tujuan", **span3), Head("Sasaran", **span3), Head("Kode", **span3),
         Head("Program dan Kegiatan", **span3),
         Head("Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)",
              **span3),
         Head("Data Capaian pada Tahun Awal Perencanaan", **span3),
         Head("Target Kinerja Program dan Kerangka Pendanaan", colspan=10),
         Head("Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah", colspan=2,
              rowspan=2),
         Head("Unit Kerja Perangkat Daerah Penanggung Jawab", **span3),
         Head("Lokasi", **span3)),
        tuple(Head(f"Tahun {y}", colspan=2) for y in GROWTH),
        tuple(Head(k) for _ in range(6) for k in ("Target", "Rp")),
        tuple(Head(f"({i})") for i in range(1, 21)),
    )
    table = Table(header, (17.9, 17.9, 20, 24.6, 23.5, 16.6, 12.5, 15.2, 12.5, 15.1, 12.5,
                          15.3, 12.5, 15.2, 12.5, 14.9, 12.5, 16.7, 17.2, 11.7),
                  "llllll" + "cr" * 6 + "cc", _body(plan, _items()),
                  bold=frozenset(i for i, r in enumerate(plan.rows) if r[0] == "program"),
                  caption=CAPTION)
    doc = Document("renstra_manado_2025_2029",
                   Page(330, 215, "Caladea", 6, margin_mm=7, page_numbers="Halaman {n}"),
                   HEADING, ("Tujuan dan sasaran jangka menengah pelayanan Dinas beserta indikator "
                             "dan target kinerjanya disajikan pada tabel berikut.", tujuan,
                             "Rencana program, kegiatan, sub kegiatan dan pendanaan indikatif "
                             "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Manado "
                             "tahun 2025-2029 disajikan pada tabel berikut.", table),
                   ("Manado, 10 Maret 2025", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK KOTA MANADO", "", "",
                    "Dra. MARIA LUMOWA, M.Si.", "Pembina Utama Muda",
                    "NIP. 19681109 199303 2 005"))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("renstra_targets", targets),
                       ("plan_items", plan_items(plan, {str(y): y for y in GROWTH})))
