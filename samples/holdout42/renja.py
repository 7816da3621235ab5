"""Renja 2027 of the Dinas Sosial Kota Kotamobagu, "Tabel 3.1 Rencana Program, Kegiatan dan
Sub Kegiatan Tahun 2027 dan Prakiraan Maju Tahun 2028", drawn with reportlab
(``holdout6.draw``, full grid), F4 landscape, **Liberation Sans Narrow** 6.5 pt
(``narrow``).

What is new here:
- the hierarchy is printed **in three name columns, Program | Kegiatan | Sub Kegiatan**, a
  staircase: a program's name is merged down over its own row and every row of its
  kegiatan and sub kegiatan, a kegiatan's over its sub kegiatan; the full code stays in
  one Kode column (earlier plan tables printed one name column, or split only the code);
- money **in thousands**, announced only in the header ("Pagu Indikatif (Rp. 000)"):
  ``1.101.743`` is Rp 1.101.743.000;
- the table runs over several pages **without a repeated header** (nor column-number row):
  the continuation pages start with body rows, the merged program / kegiatan cells go on
  as empty boxes.

Data: the 1.06 and 2.08 items of ``renja2023_kode`` through ``holdout5.data.yearly_rows``
(sub kegiatan pagu = seed × 1.07 for 2027, × 1.13 for 2028, whole thousands; programs
and kegiatan sum their sub kegiatan). **Invented**: targets (``_target``), signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import KEGIATAN, PROGRAM, SUB, plan_items
from samples.holdout5.data import satuan, yearly_rows
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout42.agency import AGENCY, REGION, signature
from samples.holdout42.narrow import register
from samples.sample import DocumentTruth
from samples.values import canonical_code, ribu

STEM = "renja_kotamobagu_2027"
HEADING = ("RENCANA KERJA PERANGKAT DAERAH (RENJA)", "TAHUN 2027", AGENCY.upper(),
           REGION.upper())
GROWTH = {"2027": 1.07, "2028": 1.13}
LEVELS = (PROGRAM, KEGIATAN, SUB)
"""The three name columns, left to right."""
COLUMNS = ("level", "code", "name", "indikator", "target_2027", "budget_2027",
           "target_2028", "budget_2028")


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Programs a percentage with a decimal comma rising a point and a half, kegiatan full
    delivery, sub kegiatan a count in the indicator's unit rising by four."""
    if level == PROGRAM:
        return f"{71 + 2 * (n % 5) + later},{5 if later else 0}%"
    if level == SUB:
        return f"{8 + 3 * (n % 11) + 4 * later} {satuan(indikator)}"
    return "100%"


def _rows() -> list[tuple[str, ...]]:
    """Curated rows (``COLUMNS``) of both urusan in printed order."""
    return [(level, canonical_code(code) or code, name, ind, t1, b1, t2, b2)
            for urusan in ("1.06", "2.08")
            for level, code, name, ind, t1, b1, t2, b2 in yearly_rows(urusan, GROWTH, _target)]


def _names(level: str, name: str, above: tuple[str, ...]) -> tuple[str, ...]:
    """The three name cells of a row: its own name in its level's column, the columns of
    the levels above merged into the cells over them, the levels below blank."""
    depth = LEVELS.index(level)
    return tuple(MERGED if n < depth and above[n] else name if n == depth else ""
                 for n in range(len(LEVELS)))


def _body(rows: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    body, above = [], ("", "", "")
    for level, code, name, ind, t1, b1, t2, b2 in rows:
        names = _names(level, name, above)
        above = names
        body.append((code, *names, ind, t1, ribu(int(b1)), t2, ribu(int(b2))))
    return tuple(body)


def build() -> Built:
    """The document and its plan_items truth (one row per item per year, 2027 and the
    prakiraan maju 2028; amounts in whole rupiah)."""
    rows = _rows()
    header = ((Head("Kode", rowspan=2), Head("Program", rowspan=2), Head("Kegiatan", rowspan=2),
               Head("Sub Kegiatan", rowspan=2), Head("Indikator Kinerja", rowspan=2),
               Head("Rencana Tahun 2027", colspan=2),
               Head("Prakiraan Maju Tahun 2028", colspan=2)),
              (Head("Target"), Head("Pagu Indikatif (Rp. 000)"), Head("Target"),
               Head("Kebutuhan Dana (Rp. 000)")))
    table = Table(header, (13, 24, 24, 26, 34, 9, 11, 9, 11), "lllllcrcr", _body(rows),
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] == PROGRAM),
                  repeat_header=False,
                  caption=("Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2027 "
                           "dan Prakiraan Maju Tahun 2028",))
    doc = Document(STEM, Page(330, 215, register(), 6.5, margin_mm=12,
                              page_numbers="Halaman {n}"),
                   HEADING,
                   ("Rencana program, kegiatan dan sub kegiatan Dinas Sosial Kota Kotamobagu "
                    "tahun 2027 disusun berdasarkan Renstra 2025-2029 dan hasil Musrenbang "
                    "Kota Kotamobagu, sebagaimana tabel berikut.", table),
                   signature("17 Juni 2026"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {"2027": 2027, "2028": 2028})
    info = DocumentTruth("renja", " ".join(HEADING[:2]), AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", truth),)
