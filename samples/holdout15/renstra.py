"""Renstra 2016–2021 of the Dinas Sosial Kabupaten Lampung Selatan in the Permendagri
54/2010 form, drawn with reportlab (``holdout6.draw``, full grid) on F4 landscape in Arial's
metric twin Liberation Sans 7 pt.

The 54/2010 Renstra table "Tabel 6.1 Rencana Program, Kegiatan, Indikator Kinerja,
Kelompok Sasaran dan Pendanaan Indikatif": "Kode | Program dan Kegiatan | Indikator
Kinerja Program (outcome) dan Kegiatan (output) | Data Capaian pada Tahun Awal
Perencanaan (2016)", the band "Target Kinerja Program dan Kerangka Pendanaan" over
"Tahun 2017 … Tahun 2021" each over "Target | Rp (000)", the pair "Kondisi Kinerja pada
Akhir Periode Renstra SKPD" (Target, Rp (000)), "Unit Kerja SKPD Penanggung Jawab" and
"Lokasi"; column numbers ``1 … 18``. Codes printed **with spaces** (``1 06 01 16`` program,
``1 06 01 16 017`` kegiatan); pagu in **thousands of rupiah** (``100.000`` = Rp
100.000.000).

Data: programs 16, 21, 27 and 30 of seed 004's Renja list (``renja2019_program``: names,
indicators; the seed's 2019 target and pagu anchor the plan). **Invented**: the baseline
2016, program targets (``70%`` … rising 2 points a year), kegiatan counts growing 5 % a
year (other targets constant), pagu = seed × 0.90 / 0.95 / 1.00 / 1.05 / 1.10 for 2017 …
2021 rounded to a thousand (programs sum their kegiatan), the Kondisi akhir pair (2021
target, five-year total), unit kerja per program, Lokasi "Kab. Lampung Selatan".
"""

from __future__ import annotations

from samples import curated
from samples.curated import Curated
from samples.families import Row, plan_items
from samples.holdout5.data import grown
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout15 import codes
from samples.sample import DocumentTruth
from samples.values import dots, parse_quantity

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Lampung Selatan"
HEADING = ("RENCANA STRATEGIS SATUAN KERJA PERANGKAT DAERAH (RENSTRA SKPD)",
           "TAHUN 2016-2021", AGENCY.upper(), REGION.upper())
CAPTION = ("Tabel 6.1",
           "Rencana Program, Kegiatan, Indikator Kinerja, Kelompok Sasaran dan Pendanaan "
           "Indikatif Dinas Sosial Kabupaten Lampung Selatan")
PROGRAMS = ("16", "21", "27", "30")
YEARS = {"2017": 0.90, "2018": 0.95, "2019": 1.00, "2020": 1.05, "2021": 1.10}
UNIT_KERJA = {"16": "Bidang Rehabilitasi Sosial", "21": "Bidang Pemberdayaan Sosial",
              "27": "Bidang Pemberdayaan Sosial", "30": "Bidang Perlindungan dan Jaminan Sosial"}
LOKASI = "Kab. Lampung Selatan"


def _code(seed: str) -> str:
    urusan, program, kegiatan = codes.segments(seed)
    return " ".join(filter(None, ("1", urusan, "01", program, kegiatan)))


def _targets(level: str, target: str, n: int) -> list[str]:
    """Baseline then one target per plan year."""
    if level == "program":
        return [f"{68 + n % 3}%", *(f"{70 + n % 3 + 2 * k}%" for k in range(len(YEARS)))]
    value, unit = parse_quantity(target)
    if value is None or unit not in ("orang", "unit", "kegiatan"):
        return [target] * (len(YEARS) + 1)
    word = target.split()[1]
    return [f"{round(value * f)} {word}" for f in (0.95, 1, 1.05, 1.10, 1.15, 1.20)]


def _rows() -> list[dict[str, str]]:
    """One dict per printed row with the curated keys of ``plan_items`` (integer rupiah)."""
    seed = [r for r in curated.load("renja2019_program").filled()
            if codes.segments(r["code"])[1] in PROGRAMS]
    out = []
    for n, r in enumerate(seed):
        targets = _targets(r["level"], r["target"], n)
        row = {"level": r["level"], "code": _code(r["code"]), "name": r["name"],
               "indikator": r["indikator"], "baseline": targets[0],
               "unit_kerja": UNIT_KERJA[codes.segments(r["code"])[1]], "lokasi": LOKASI}
        for (year, factor), target in zip(YEARS.items(), targets[1:], strict=True):
            row[f"target_{year}"] = target
            row[f"budget_{year}"] = (str(grown(int(r["budget"]), factor))
                                     if r["level"] == "kegiatan" else "0")
        out.append(row)
    for n, row in enumerate(out):
        if row["level"] == "program":
            stop = next((m for m in range(n + 1, len(out)) if out[m]["level"] == "program"),
                        len(out))
            for year in YEARS:
                row[f"budget_{year}"] = str(sum(int(out[m][f"budget_{year}"])
                                                for m in range(n + 1, stop)))
    return out


def _printed(row: dict[str, str]) -> tuple[str, ...]:
    pairs = [(row[f"target_{y}"], dots(int(row[f"budget_{y}"]) // 1000)) for y in YEARS]
    total = sum(int(row[f"budget_{y}"]) for y in YEARS) // 1000
    return (row["code"], row["name"], row["indikator"], row["baseline"],
            *(cell for pair in pairs for cell in pair), row["target_2021"], dots(total),
            row["unit_kerja"], row["lokasi"])


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per plan year)."""
    rows = _rows()
    header = (
        (Head("Kode", rowspan=3), Head("Program dan Kegiatan", rowspan=3),
         Head("Indikator Kinerja Program (outcome) dan Kegiatan (output)", rowspan=3),
         Head("Data Capaian pada Tahun Awal Perencanaan (2016)", rowspan=3),
         Head("Target Kinerja Program dan Kerangka Pendanaan", colspan=10),
         Head("Kondisi Kinerja pada Akhir Periode Renstra SKPD", colspan=2, rowspan=2),
         Head("Unit Kerja SKPD Penanggung Jawab", rowspan=3), Head("Lokasi", rowspan=3)),
        tuple(Head(f"Tahun {y}", colspan=2) for y in YEARS),
        tuple(Head(h) for _ in range(len(YEARS) + 1) for h in ("Target", "Rp (000)")),
    )
    widths = (20, 36, 36, 17, *(11, 14) * len(YEARS), 11, 15, 18, 15)
    table = Table(header, widths, "lllc" + "cr" * (len(YEARS) + 1) + "ll",
                  tuple(map(_printed, rows)),
                  bold=frozenset(i for i, r in enumerate(rows) if r["level"] == "program"),
                  numbers=True, caption=CAPTION)
    doc = Document("renstra_lampungselatan_2016_2021",
                   Page(330, 215, "LiberationSans", 7, margin_mm=10, page_numbers="{n}"),
                   HEADING, (table,),
                   ("Kalianda, 12 September 2016", "KEPALA DINAS SOSIAL",
                    "KABUPATEN LAMPUNG SELATAN", "", "", "Drs. HERMAN SYAHRONI, M.M.",
                    "Pembina Tingkat I", "NIP. 19660412 198803 1 006"))
    keys = ("level", "code", "name", "indikator", "lokasi",
            *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")))
    data = Curated(keys, tuple(tuple(r[k] for k in keys) for r in rows))
    truth = plan_items(data, {y: int(y) for y in YEARS})
    info = DocumentTruth("renstra", " ".join(HEADING[:2]), AGENCY, REGION, None, 2016, 2021)
    return doc, info, (("plan_items", codes.kept(truth)),)
