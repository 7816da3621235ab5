"""Lampiran Perjanjian Kinerja 2026 of the Dinas Sosial, P3A Kota Pangkalpinang, printed by
headless Chromium (``web.render_pair``) on one A4 landscape page, DejaVu Serif Condensed
7.5 pt, with **two tables side by side**: left "Sasaran Strategis | Indikator Kinerja |
Target" (the sasaran merged over its indicators), right "Program | Anggaran (Rp) |
Keterangan" with a bold **Jumlah** row; the signatures of both parties below
("PIHAK KEDUA" the Kepala Dinas, "PIHAK PERTAMA" the Wali Kota).

Data: the sasaran and indicators of seed 000 (``ra2025_sasaran``, one row per distinct
indicator, spellings kept) with their yearly target (the seed's TW IV column); the programs
and their 2026 pagu are the Renja's (``renja.plan``), so both documents agree. **Invented**:
the target of "Peringkat Kategori Kota Layak Anak" (blank in the seed: ``Madya``), the
Keterangan (funding source), the Wali Kota and the date.
"""

from __future__ import annotations

from pathlib import Path

from samples import curated
from samples.curated import MERGED, Curated
from samples.families import PROGRAM, Row, plan_items, renstra_targets
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout38 import renja, web
from samples.holdout38.agency import AGENCY, HEAD, HEAD_RANK, PLACE, REGION
from samples.sample import DocumentTruth
from samples.values import dots

HEADING = ("LAMPIRAN PERJANJIAN KINERJA TAHUN 2026", AGENCY.upper(), REGION.upper())
YEAR = 2026
INVENTED_TARGET = {"Peringkat Kategori Kota Layak Anak": "Madya"}
"""Indicators whose seed target is blank → the target this document prints."""
SHARES = (1.1, 1.0)
"""Widths of the two tables side by side (targets left, budget right)."""
KETERANGAN = "DAU"
"""Funding source printed for every program."""


def _targets() -> Curated:
    """Sasaran / indikator / target, one row per distinct indicator, sasaran merged over
    the indicators that share it."""
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for r in curated.load("ra2025_sasaran").filled():
        if r["indikator"] in seen:
            continue
        seen.add(r["indikator"])
        same = bool(rows) and r["sasaran"] == _sasaran_of(rows)
        target = r["tw4"] or INVENTED_TARGET[r["indikator"]]
        rows.append((MERGED if same else r["sasaran"], r["indikator"], target))
    return Curated(("sasaran", "indikator", "target"), tuple(rows))


def _sasaran_of(rows: list[tuple[str, str, str]]) -> str:
    """The sasaran the last row carries (looking up through merged cells)."""
    return next(r[0] for r in reversed(rows) if r[0] != MERGED)


def _numbered(targets: Curated) -> tuple[tuple[str, ...], ...]:
    """The left table's body: a number per sasaran, merged with it over its indicators."""
    body, n = [], 0
    for sasaran, indikator, target in targets.rows:
        n += sasaran != MERGED
        body.append((MERGED if sasaran == MERGED else str(n), sasaran, indikator, target))
    return tuple(body)


def _programs() -> Curated:
    """The Renja's programs with their 2026 pagu."""
    data = renja.plan()
    return Curated(("level", "name", "budget"), tuple(
        (PROGRAM, r["name"], r["budget_2026"]) for r in data.filled() if r["level"] == PROGRAM))


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its truth: renstra_targets (one row per indicator, year 2026)
    and plan_items (one row per program, year 2026; the Jumlah row is none)."""
    targets, programs = _targets(), _programs()
    left = Table(((Head("No"), Head("Sasaran Strategis"), Head("Indikator Kinerja"),
                   Head("Target")),),
                 (3, 14, 17, 5), "cllc", _numbered(targets),
                 caption=("A. Sasaran Strategis, Indikator Kinerja dan Target",))
    total = sum(int(r[2]) for r in programs.rows)
    right = Table(((Head("No"), Head("Program"), Head("Anggaran (Rp)"),
                    Head("Keterangan")),),
                  (3, 17, 9, 8), "clrc",
                  (*((str(n), name, dots(int(b)), KETERANGAN)
                     for n, (_, name, b) in enumerate(programs.rows, start=1)),
                   ("Jumlah", "<", dots(total), "")),
                  bold=frozenset({len(programs.rows)}),
                  caption=("B. Program dan Anggaran",))
    doc = Document("pk_pangkalpinang_2026",
                   Page(297, 210, "DejaVuSerif", 7.5, margin_mm=15,
                        page_numbers="Halaman {n}"),
                   HEADING,
                   ("Sasaran strategis, indikator kinerja dan target yang disepakati, serta "
                    "program dan anggaran Tahun 2026 untuk mencapainya:", left, right),
                   (f"{PLACE}, 5 Januari 2026", "PIHAK KEDUA, Kepala Dinas", "", HEAD,
                    *HEAD_RANK, "", "PIHAK PERTAMA, Wali Kota Pangkalpinang", "",
                    "Dr. H. MARWAN SYAHRONI, S.E., M.M."))
    info = DocumentTruth("rencana_aksi", HEADING[0], AGENCY, REGION, None, YEAR, YEAR)
    return doc, info, (("renstra_targets", renstra_targets(targets, {"target": YEAR})),
                       ("plan_items", plan_items(programs, {None: YEAR})))


def render(doc: Document, path: Path) -> None:
    """Print with the two tables side by side."""
    web.render_pair(doc, path, SHARES)
