"""Tabel Keterkaitan IKU dengan Program dan Kegiatan 2027 of the Dinas Sosial P3A Kota
Palopo, printed by headless Chromium (``web``: dark header, zebra rows), F4 landscape,
DejaVu Sans 6 pt.

What is new here: each program is **one table row whose kegiatan cell is a bullet list**
(``• item`` per line) with the indicators in the next cell and the amounts in the last
cell **also one per line** (``Rp 783.242.000,-``, ``-`` where the line has no anggaran),
so only the order pairs a kegiatan with its indicator and amount; targets and capaian are
written in words (``89 persen``, ``80,90 persen``). Tujuan, IKU and sasaran cells are
merged down over the programs they serve.

Data: seed 001's ``iku2023`` (all 50 lines) as curated, spellings kept ("Pantli",
"(PMKS) (PMKS)"). **Invented**: region, years (seed target → 2027, capaian → 2026), the
"persen" wording, the packing into one row per program, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout41.agency import AGENCY, REGION, signature
from samples.sample import DocumentTruth
from samples.values import dots

STEM = "iku_palopo_2027"
HEADING = ("TABEL KETERKAITAN INDIKATOR KINERJA UTAMA (IKU) DENGAN PROGRAM DAN KEGIATAN",
           "TAHUN 2027", AGENCY.upper(), REGION.upper())
MERGED_TEXT = ("no", "tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian",
               "program", "indikator_program")
"""Curated keys printed once per program row (merged down where the seed merges them)."""
BULLET = "• "


def in_words(raw: str) -> str:
    """``89%`` → ``89 persen``; qualitative targets (``Utama``, ``-``) unchanged."""
    return f"{raw.removesuffix('%')} persen" if raw.endswith("%") else raw


def _worded(data: Curated) -> Curated:
    """The seed with its target and capaian cells as this document writes them."""
    keys = {data.column("target"), data.column("capaian")}
    return Curated(data.columns, tuple(
        tuple(in_words(c) if i in keys else c for i, c in enumerate(row)) for row in data.rows))


def _amount(raw: str) -> str:
    return f"Rp {dots(int(raw))},-" if raw else "-"


def _programs(data: Curated) -> tuple[tuple[str, ...], ...]:
    """One printed row per program: its merged cells as the seed has them on the program's
    first line, then the packed kegiatan, indicator and amount lists."""
    program = data.column("program")
    starts = [n for n, raw in enumerate(data.rows) if raw[program] != MERGED]
    filled = data.filled()
    body = []
    for start, stop in zip(starts, [*starts[1:], len(data.rows)], strict=True):
        lines = filled[start:stop]
        body.append((*(data.rows[start][data.column(k)] for k in MERGED_TEXT),
                     "\n".join(BULLET + r["kegiatan"] for r in lines),
                     "\n".join(BULLET + r["indikator_kegiatan"] for r in lines),
                     "\n".join(_amount(r["anggaran"]) for r in lines)))
    return tuple(body)


def build() -> Built:
    """The document and its iku_links truth (one row per packed kegiatan line)."""
    data = _worded(curated.load("iku2023"))
    heads = ("NO", "TUJUAN RPJMD", "IKU KOTA", "SASARAN STRATEGIS", "INDIKATOR KINERJA")
    tail = ("PROGRAM", "INDIKATOR PROGRAM", "KEGIATAN / SUB KEGIATAN", "INDIKATOR KEGIATAN",
            "ANGGARAN 2027")
    header = ((*(Head(t, rowspan=2) for t in heads), Head("KINERJA SASARAN", colspan=2),
               *(Head(t, rowspan=2) for t in tail)),
              (Head("TARGET 2027"), Head("CAPAIAN 2026")))
    table = Table(header, (4, 11, 11, 12, 14, 7, 7, 13, 14, 21, 23, 11), "c" + "l" * 4
                  + "cc" + "l" * 4 + "r", _programs(data))
    doc = Document(STEM, Page(330, 215, "DejaVuSans", 6, margin_mm=12,
                              page_numbers="Hal. {n}"),
                   HEADING, (table,),
                   signature("12 Januari 2027", f"Kepala {AGENCY}",
                             "Drs. MUH. ASWAN DARWIS, M.Si.", "Pembina Utama Muda",
                             "19700312 199603 1 005"))
    info = DocumentTruth("iku_linkage", " ".join(HEADING[:2]), AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("iku_links", iku_links(data)),)
