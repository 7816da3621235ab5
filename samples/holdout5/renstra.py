"""Renstra 2025–2029 of the Dinas Sosial, P3A Kabupaten Lombok Timur, printed by Chromium
on A4 landscape in DejaVu Sans Condensed, horizontal hairlines only. Two truth tables:

1. Tabel 5.1 (→ ``renstra_targets``): seed Tabel 4.4 rows, the seed's first year printed as
   "Kondisi Awal 2024" (a baseline, not a target: no row) and the next five re-dated to
   2025–2029; decimals printed Indonesian-style (``34,5``, ``68,20``).
2. Tabel 6.1 "Rencana Program, Kegiatan, dan Pendanaan" (→ ``plan_items``) in the
   Permendagri 86/2017 layout, header printed on its first page only. Items: the first
   three programs of urusan 1.06 (codes canonical); pagu printed as plain digits
   (``783242000``) = seed amount × 1.00/1.05/1.10/1.15/1.20 for 2025–2029, summed upwards.
   "Kondisi Kinerja pada Akhir Periode Renstra" repeats the 2029 target with the period's
   total pagu: a summary, not a year → no row. One sub kegiatan is not planned in 2027
   (blank group → no row). Targets, baselines, unit kerja and lokasi are inventions.
"""

from __future__ import annotations

from samples import curated
from samples.curated import Curated
from samples.families import Row, plan_items, renstra_targets
from samples.holdout5 import data
from samples.holdout5.model import Document, Grid, Head, Page
from samples.sample import DocumentTruth
from samples.values import canonical_code

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
HEADING = ("RENCANA STRATEGIS PERANGKAT DAERAH TAHUN 2025-2029", AGENCY.upper(),
           "KABUPATEN LOMBOK TIMUR")
YEARS = (2025, 2026, 2027, 2028, 2029)
FACTORS = (1.00, 1.05, 1.10, 1.15, 1.20)
PROGRAMS = ("1.06.04", "1.06.06", "1.06.05")
SKIPPED = ("1.06.04.02.01.0003", 2027)
"""A sub kegiatan with no plan in one year: its year group is printed blank."""
UNIT_KERJA = {"1.06.04": "Bidang Rehabilitasi Sosial", "1.06.06": "Bidang Linjamsos",
              "1.06.05": "Bidang Linjamsos"}
LOKASI = "Kab. Lombok Timur"


def _printed(key: str, cell: str) -> str:
    """A seed cell as this agency prints it: targets in Indonesian decimals (``34.5`` →
    ``34,5``), the city's "Kota Layak Anak" re-homed to "Kabupaten Layak Anak"."""
    if key.startswith("y"):
        return cell.replace(".", ",")
    return cell.replace("Kota Layak", "Kabupaten Layak")


def _targets_table() -> tuple[Grid, list[Row]]:
    seed = curated.load("renstra_t44")
    rows = tuple(tuple(_printed(k, c) for k, c in zip(seed.columns, row, strict=True))
                 for row in seed.rows)
    table = Curated(seed.columns, rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Tujuan/Sasaran", rowspan=2),
               Head("Kondisi Awal 2024", rowspan=2),
               Head("Target Kinerja Tujuan/Sasaran pada Tahun", colspan=5)),
              tuple(Head(str(y)) for y in YEARS))
    grid = Grid(header, (3, 18, 22, 26, 8, 7, 7, 7, 7, 7), "clllcccccc", rows,
                rules="hairline",
                caption=("Tabel 5.1 Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat "
                         "Daerah",))
    years = dict(zip(seed.columns[5:], YEARS, strict=True))
    return grid, renstra_targets(table, years)


def _target(level: str, indikator: str, n: int, step: int) -> str:
    """Deterministic target of one item in year ``YEARS[step]``, rising over the period
    (step -1 is the baseline year)."""
    if level != data.SUB:
        return f"{75 + 3 * (n % 3) + 2 * step},5%"
    unit = data.satuan(indikator)
    return f"{10 + n * 9 % 60 + 5 * step} {unit}"


def _plan_rows() -> list[dict[str, str]]:
    items = [r for r in data.items("1.06") if r["code"].startswith(PROGRAMS)]
    seed = [int(r["budget"]) for r in items if r["level"] == data.SUB]
    subs = [r for r in items if r["level"] == data.SUB]
    per_year = []
    for year, factor in zip(YEARS, FACTORS, strict=True):
        amounts = [0 if (s["code"], year) == SKIPPED else data.grown(a, factor)
                   for s, a in zip(subs, seed, strict=True)]
        per_year.append(data.rollup(items, amounts))
    rows = []
    for n, item in enumerate(items):
        level = item["level"]
        row = {"level": level, "code": canonical_code(item["code"]) or "", "name": item["name"],
               "indikator": item["indikator"],
               "baseline": _target(level, item["indikator"], n, -1),
               "unit_kerja": UNIT_KERJA[item["code"][:7]],
               "lokasi": LOKASI if level == data.SUB else ""}
        for step, (year, amounts) in enumerate(zip(YEARS, per_year, strict=True)):
            blank = (item["code"], year) == SKIPPED
            row[f"target_{year}"] = "" if blank else _target(level, item["indikator"], n, step)
            row[f"budget_{year}"] = "" if blank else str(amounts[n])
        row["target_akhir"] = row["target_2029"]
        row["budget_akhir"] = str(sum(a[n] for a in per_year))
        rows.append(row)
    return rows


def _plan_table() -> tuple[Grid, list[Row]]:
    rows = _plan_rows()
    keys = ("code", "name", "indikator", "baseline",
            *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")),
            "target_akhir", "budget_akhir", "unit_kerja", "lokasi")
    body = tuple(tuple(r[k] for k in keys) for r in rows)
    header = (
        (Head("Kode", rowspan=3), Head("Program/Kegiatan/Sub Kegiatan", rowspan=3),
         Head("Indikator Kinerja Program (Outcome)/ Kegiatan/Sub Kegiatan (Output)",
              rowspan=3),
         Head("Data Capaian pada Tahun Awal Perencanaan", rowspan=3),
         Head("Target Kinerja Program dan Kerangka Pendanaan", colspan=10),
         Head("Kondisi Kinerja pada Akhir Periode Renstra", colspan=2, rowspan=2),
         Head("Unit Kerja Penanggung Jawab", rowspan=3), Head("Lokasi", rowspan=3)),
        tuple(Head(f"Tahun {y}", colspan=2) for y in YEARS),
        tuple(Head(t) for _ in range(6) for t in ("Target", "Rp")),
    )
    grid = Grid(header, (15, 21, 23, 13, *(8, 11) * 6, 13, 10), "llllcrcrcrcrcrcrll", body,
                bold=frozenset(i for i, r in enumerate(rows) if r["level"] == "program"),
                numbers=True, rules="hairline", repeat_header=False,
                caption=("Tabel 6.1 Rencana Program, Kegiatan, dan Pendanaan",))
    truth_keys = ("level", "code", "name", "indikator", "lokasi",
                  *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")))
    table = Curated(truth_keys, tuple(tuple(r[k] for k in truth_keys) for r in rows))
    return grid, plan_items(table, {str(y): y for y in YEARS})


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its two truth tables, in printed order."""
    targets, target_rows = _targets_table()
    plan, plan_rows = _plan_table()
    doc = Document("renstra_lombok_timur_2025_2029",
                   Page(297, 210, "DejaVuSansCondensed", 5.6, margin_mm=10),
                   HEADING,
                   (targets, "Rencana program, kegiatan dan sub kegiatan beserta indikator "
                    "kinerja dan pendanaan indikatif disajikan pada tabel berikut.", plan),
                   ("Selong, 14 Maret 2025", "KEPALA DINAS SOSIAL, P3A", "KABUPATEN LOMBOK TIMUR",
                    "", "H. MUHAMMAD ZAINUDDIN, S.Sos., M.M.", "NIP. 19700608 199103 1 012"))
    info = DocumentTruth("renstra", HEADING[0], AGENCY, "Kabupaten Lombok Timur", None,
                         2025, 2029)
    return doc, info, (("renstra_targets", target_rows), ("plan_items", plan_rows))
