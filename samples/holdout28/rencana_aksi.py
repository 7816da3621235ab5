"""Rencana Aksi 2026 of the Bappeda Kota Palangka Raya, drawn with reportlab
(``holdout6.draw``, fully ruled grid), A4 landscape, Liberation Sans 6.4 pt, 17 columns.

What no earlier set printed: the aksi's target split in **two columns**, the band "Target
Aksi" over "Volume | Satuan" (``30`` | ``Kelurahan``), and a planning agency's year — the
RKPD cycle (Musrenbang in triwulan I, RKPD set in II, its revision in III, LKPJ / LPPD in
I), with the marks an upper-case **``V``**. Columns: No | Program | Indikator Program |
Target | Kegiatan | Indikator Kegiatan | Target | Sub Kegiatan | Indikator Sub Kegiatan |
Target | Uraian Rencana Aksi | Target Aksi (Volume | Satuan) | "Jadwal Pelaksanaan
(Triwulan)" over I … IV; two header rows + ``1 … 17``; program / kegiatan / sub kegiatan
merged down; "Sasaran Strategis :" / "Indikator Sasaran :" lines above.

Data: programs 5.01.02 and 5.01.03 with their kegiatan and sub kegiatan, indicators and
2026 targets from the Renstra (``tables/bappeda_items.tsv``); aksi, volumes and marks
(``tables/bappeda_aksi.tsv``) are invented.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.families import rencana_aksi
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout28 import items
from samples.holdout28.agency import BAPPEDA
from samples.holdout28.merge import merge_down
from samples.holdout28.renstra import YEARS, plan, targets
from samples.sample import DocumentTruth
from samples.values import is_mark

TITLE = "RENCANA AKSI BADAN PERENCANAAN PEMBANGUNAN DAERAH"
STEM = "rencana_aksi_palangkaraya_2026"
YEAR = 2026
MARK = "V"
KEYS = ("no", "program", "program_indikator", "program_target", "kegiatan",
        "kegiatan_indikator", "kegiatan_target", "sub_kegiatan", "sub_kegiatan_indikator",
        "sub_kegiatan_target", "aksi", "volume", "tw1", "tw2", "tw3", "tw4")
GROUPS = ((0, 1, 2, 3), (4, 5, 6), (7, 8, 9))
SASARAN = "Meningkatnya Kualitas Perencanaan dan Pengendalian Pembangunan Daerah"
INDIKATOR = "Persentase Keselarasan Program RPJMD dengan RKPD"


def _parents(code: str) -> tuple[str, str, str]:
    """Program, kegiatan and sub kegiatan codes of a sub kegiatan code."""
    parts = code.split(".")
    return ".".join(parts[:3]), ".".join(parts[:5]), code


def _item(row: dict[str, str]) -> tuple[str, str, str]:
    """Name, indicator and the plan year's target of an item as the table prints them."""
    target = targets(row)[YEARS.index(YEAR)]
    return row["name"], row["indikator"], items.with_unit(target, row["satuan"])


def _print(cells: tuple[str, ...], aksi: dict[str, str]) -> tuple[str, ...]:
    """The printed row: the aksi's volume and unit in two cells, marks as ``V``."""
    *head, _, tw1, tw2, tw3, tw4 = cells
    marks = (MARK if is_mark(m) else "" for m in (tw1, tw2, tw3, tw4))
    return (*head, aksi["volume"], aksi["satuan"], *marks)


def build() -> Built:
    """The document and its rencana_aksi truth (one row per aksi; the volume as number and
    unit joined by one space)."""
    by_code = {r["code"]: r for r in plan()[0]}
    aksi = curated.load("bappeda_aksi", items.TABLES).filled()
    programs: list[str] = []
    lines = []
    for row in aksi:
        codes = _parents(row["code"])
        if codes[0] not in programs:
            programs.append(codes[0])
        cells = (str(len(programs)), *(c for code in codes for c in _item(by_code[code])),
                 row["aksi"], f"{row['volume']} {row['satuan']}",
                 row["tw1"], row["tw2"], row["tw3"], row["tw4"])
        lines.append((cells, codes))
    data = curated.Curated(KEYS, tuple(merge_down(lines, GROUPS)))
    body = tuple(_print(cells, row) for cells, row in zip(data.rows, aksi, strict=True))
    plain = ("No", "Program", "Indikator Program", "Target", "Kegiatan", "Indikator Kegiatan",
             "Target", "Sub Kegiatan", "Indikator Sub Kegiatan", "Target",
             "Uraian Rencana Aksi")
    header = ((*(Head(t, rowspan=2) for t in plain), Head("Target Aksi", colspan=2),
               Head("Jadwal Pelaksanaan (Triwulan)", colspan=4)),
              (Head("Volume"), Head("Satuan"), Head("I"), Head("II"), Head("III"),
               Head("IV")))
    table = Table(header, (2.6, 10, 11, 4.6, 10, 11, 4.2, 11, 12, 5.6, 13, 4.2, 6.4,
                           2.6, 2.6, 2.6, 2.6),
                  "cllcllcllclcccccc", body, numbers=True)
    doc = Document(STEM,
                   Page(297, 210, "LiberationSans", 6.4, margin_mm=12,
                        page_numbers="Hal. {n}"),
                   (TITLE, BAPPEDA.region.upper(), f"TAHUN {YEAR}"),
                   (f"Sasaran Strategis : {SASARAN}", f"Indikator Sasaran : {INDIKATOR}",
                    table),
                   (f"{BAPPEDA.town}, 5 Januari {YEAR}", *BAPPEDA.sign))
    info = DocumentTruth("rencana_aksi", TITLE, BAPPEDA.name, BAPPEDA.region, None, YEAR, YEAR)
    return doc, info, (("rencana_aksi", rencana_aksi(data, None, SASARAN)),)
