"""Renja 2027 of the Dinas Kesehatan Kabupaten Polewali Mandar, typed in Word (Arial →
Liberation Sans 6.3 pt, F4 landscape) and printed by LibreOffice Writer with Word's "Table
Grid" (``holdout15.word``).

What no earlier set printed: the pagu of the plan year **split by source of funds**, as a
Dinas Kesehatan budgets it — the band "Rencana Tahun 2027" holds "Target Kinerja" and the
band "Pagu Indikatif Menurut Sumber Dana (Rp)" over "APBD | DAK | BLUD | Jumlah" (a source
that does not fund the line prints ``-``); the prakiraan maju 2028 has one "Kebutuhan Dana
(Rp)". Three header rows + ``1 … 11``, repeated by Writer. Two group rows open the table:
urusan ``1`` (no amounts) and bidang urusan ``1.02`` (with its totals), then programs bold.
Health targets with units of people (``9.214 Ibu Hamil``, thousands grouped), a
qualitative SAKIP grade (``BB``) and decimal-comma percentages (``92,5%``).

Data: items of ``tables/dinkes_items.tsv`` (invented 1.02 nomenclature lines, see
``items``); pagu 2027 = seed 2.08 sub kegiatan × 3.5, 2028 = × 3.8 (whole thousands),
programs and kegiatan summed. The split is invented: BLUD and DAK lines are funded by that
source alone, an "APBD+DAK" line 35 % APBD (whole thousands) and the rest DAK.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import PROGRAM, SUB, plan_items
from samples.holdout5.data import rollup
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout28 import items
from samples.holdout28.agency import DINKES
from samples.sample import DocumentTruth
from samples.values import dots

TITLE = "RENCANA KERJA DINAS KESEHATAN"
STEM = "renja_polewalimandar_2027"
YEARS = {"2027": 3.5, "2028": 3.8}
SOURCES = ("APBD", "DAK", "BLUD")
APBD_SHARE = 0.35
"""The APBD part of a line funded by APBD and DAK together."""
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "budget_2027",
           "target_2028", "budget_2028")
GROUPS = (("1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
          ("1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN"))


def _split(total: int, dana: str) -> tuple[int, ...]:
    """A sub kegiatan's pagu by source, in ``SOURCES`` order; the parts sum to ``total``."""
    if dana in SOURCES:
        return tuple(total if source == dana else 0 for source in SOURCES)
    if dana != "APBD+DAK":
        raise ValueError(f"unknown source of funds {dana!r}")
    apbd = round(total * APBD_SHARE / 1000) * 1000
    return apbd, total - apbd, 0


def _by_source(rows: list[dict[str, str]], totals: list[int]) -> list[tuple[int, ...]]:
    """Per row the pagu of each source; programs and kegiatan sum their sub kegiatan."""
    parts = [_split(t, r["dana"]) for r, t in zip(rows, totals, strict=True)
             if r["level"] == SUB]
    columns = [rollup(rows, [p[i] for p in parts]) for i in range(len(SOURCES))]
    return list(zip(*columns, strict=True))


def _money(amount: int) -> str:
    return dots(amount) if amount else "-"


def build() -> Built:
    """The document and its plan_items truth (one row per item per year; the two group rows
    count in ``row_no`` but are no items)."""
    rows = items.load("dinkes_items", "2.08")
    now, later = (items.pagu(rows, f) for f in YEARS.values())
    sources = _by_source(rows, now)
    programs = [n for n, r in enumerate(rows) if r["level"] == PROGRAM]
    totals = tuple(sum(sources[n][i] for n in programs) for i in range(len(SOURCES)))
    body = [(GROUPS[0][0], GROUPS[0][1], "", "", "", "", "", "", "", "", ""),
            (GROUPS[1][0], GROUPS[1][1], "", "", "", *map(_money, totals),
             _money(sum(totals)), "", _money(sum(later[n] for n in programs)))]
    for n, row in enumerate(rows):
        body.append((row["code"], row["name"], row["indikator"], row["lokasi"],
                     row["target_2027"], *map(_money, sources[n]), dots(now[n]),
                     row["target_2028"], dots(later[n])))
    header = ((Head("Kode", rowspan=3),
               Head("Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Indikator Kinerja Program / Kegiatan / Sub Kegiatan", rowspan=3),
               Head("Lokasi", rowspan=3), Head("Rencana Tahun 2027", colspan=5),
               Head("Prakiraan Maju Tahun 2028", colspan=2)),
              (Head("Target Kinerja", rowspan=2),
               Head("Pagu Indikatif Menurut Sumber Dana (Rp)", colspan=4),
               Head("Target Kinerja", rowspan=2), Head("Kebutuhan Dana (Rp)", rowspan=2)),
              (*(Head(s) for s in SOURCES), Head("Jumlah")))
    table = Table(header, (10.5, 25, 25, 12, 8.5, 11, 11, 11, 11.5, 8.5, 11.5), "lllccrrrrcr",
                  tuple(body), bold=frozenset({0, 1, *(n + 2 for n in programs)}),
                  numbers=True,
                  caption=("Tabel 3.2",
                           "Rumusan Rencana Program dan Kegiatan Dinas Kesehatan Tahun 2027 "
                           "dan Prakiraan Maju Tahun 2028"))
    heading = (TITLE, DINKES.region.upper(), "TAHUN 2027")
    doc = Document(STEM,
                   Page(330, 215, "Arial", 6.3, margin_mm=12, page_numbers="{n}"),
                   heading,
                   ("Rencana program, kegiatan dan sub kegiatan Dinas Kesehatan tahun 2027 "
                    "beserta pagu indikatif menurut sumber dana disajikan pada tabel "
                    "berikut.", table),
                   (f"{DINKES.town}, 24 Juni 2026", *DINKES.sign))
    info = DocumentTruth("renja", TITLE, DINKES.name, DINKES.region, None, 2027, 2028)
    printed = [("", code, name, "", "", "", "", "", "") for code, name in GROUPS]
    printed += [(r["level"], r["code"], r["name"], r["indikator"], r["lokasi"],
                 r["target_2027"], str(now[n]), r["target_2028"], str(later[n]))
                for n, r in enumerate(rows)]
    truth = plan_items(Curated(COLUMNS, tuple(printed)), {"2027": 2027, "2028": 2028})
    return doc, info, (("plan_items", truth),)
