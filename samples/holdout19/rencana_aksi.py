"""Rencana Aksi 2026 of two bidang of the Dinas Sosial, Pemberdayaan Perempuan dan
Perlindungan Anak Kabupaten Pati, printed by headless Chromium (``web``), F4 landscape,
Liberation Sans 7 pt, one table per bidang, each bidang on its own page.

The program, kegiatan and sub kegiatan are NOT columns: each is a **full-width heading
row** (one shaded cell over every column) printed above the aksi it holds, its indicator
and target inside the heading text on forced lines —

    Program : PROGRAM PEMBERDAYAAN SOSIAL
    Indikator Program : …
    Target : 100%

("Kegiatan : …" / "Indikator Kegiatan : …", "Sub Kegiatan : …" / "Indikator Sub
Kegiatan : …" likewise, indented one and two steps; a part the seed leaves blank is not
printed). The aksi rows carry only No, Rencana Aksi, Volume and the quarter marks ``√``
under "TW I … TW IV". A heading row is printed wherever the program / kegiatan / sub
kegiatan (name, indicator or target) differs from the row before, so every aksi row sits
under the headings of its own groups.

Data: seed 000's bidang 4 and bidang 2 as curated (spellings kept, merges filled down), the
sasaran of each from ``ra2025_sasaran``, "Kota Probolinggo" re-homed to the region.
**Invented**: region, year, the bidang order.
"""

from __future__ import annotations

from samples import curated
from samples.curated import Curated
from samples.derive import relocate
from samples.families import KEGIATAN, PROGRAM, SUB, Row, rencana_aksi
from samples.holdout6.model import Document, Head, NewPage, Page
from samples.holdout19.web import Outline
from samples.sample import DocumentTruth
from samples.values import is_mark

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Pati"
BIDANG = (("4", "Pemberdayaan Sosial"), ("2", "Perlindungan Perempuan dan Anak"))
"""(seed bidang, the unit printed after "BIDANG")."""
MARK = "√"
PAGE = Page(330, 215, "LiberationSans", 7, margin_mm=12, page_numbers="Halaman {n}")
GROUPS = ((PROGRAM, "Program"), (KEGIATAN, "Kegiatan"), (SUB, "Sub Kegiatan"))
"""Each group level's curated key and the label its heading row prints."""
WIDTH = 7
"""Printed columns: No, Rencana Aksi, Volume, TW I … TW IV."""


def _heading(key: str, label: str, r: dict[str, str]) -> str:
    parts = ((label, r[key]), (f"Indikator {label}", r[f"{key}_indikator"]),
             ("Target", r[f"{key}_target"]))
    return "\n".join(f"{name} : {text}" for name, text in parts if text)


def _table(data: Curated) -> Outline:
    body: list[tuple[str, ...]] = []
    indent: list[int] = []
    bold = set()
    previous: dict[str, str] = {}
    for n, r in enumerate(data.filled(), start=1):
        changed = False
        for depth, (key, label) in enumerate(GROUPS):
            group = [f"{key}{tail}" for tail in ("", "_indikator", "_target")]
            changed = changed or any(r[k] != previous.get(k) for k in group)
            if changed:
                if depth == 0:
                    bold.add(len(body))
                body.append((_heading(key, label, r), *"<" * (WIDTH - 1)))
                indent.append(depth)
        body.append((str(n), r["aksi"], r["volume"],
                     *(MARK if is_mark(r[f"tw{q}"]) else "" for q in range(1, 5))))
        indent.append(0)
        previous = r
    header = ((Head("No", rowspan=2), Head("Rencana Aksi", rowspan=2),
               Head("Volume", rowspan=2), Head("Jadwal Pelaksanaan", colspan=4)),
              tuple(Head(f"TW {q}") for q in ("I", "II", "III", "IV")))
    return Outline(header, (3, 60, 9, 4, 4, 4, 4), "llccccc", tuple(body),
                   bold=frozenset(bold), indent=tuple(indent), indented=0)


def _title(bidang: str) -> tuple[str, ...]:
    return ("RENCANA AKSI TAHUN 2026", f"BIDANG {bidang.upper()}", AGENCY.upper(),
            REGION.upper())


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its two rencana_aksi tables (one row per aksi)."""
    sasaran = curated.load("ra2025_sasaran")
    blocks: list[object] = []
    tables = []
    for n, (seed, bidang) in enumerate(BIDANG):
        data = relocate(curated.load(f"ra2025_bidang{seed}"), {"Kota Probolinggo": REGION})
        target = sasaran.where("bidang", seed).filled()[0]
        if n:
            blocks += [NewPage(PAGE), *_title(bidang)]
        blocks += [f"Sasaran Strategis : {target['sasaran']}",
                   f"Indikator Kinerja Sasaran : {target['indikator']}", _table(data)]
        tables.append(("rencana_aksi", rencana_aksi(data, bidang, target["sasaran"])))
    heading = _title(BIDANG[0][1])
    doc = Document("rencana_aksi_pati_2026", PAGE, heading,
                   tuple(blocks),  # type: ignore[arg-type]
                   ("Pati, 5 Januari 2026", "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN",
                    "DAN PERLINDUNGAN ANAK KABUPATEN PATI", "", "",
                    "Drs. TRI HARYUMI, M.M.", "Pembina Utama Muda",
                    "NIP. 19680921 199403 1 008"))
    info = DocumentTruth("rencana_aksi", " ".join(heading[:2]), AGENCY, REGION, None,
                         2026, 2026)
    return doc, info, tuple(tables)
