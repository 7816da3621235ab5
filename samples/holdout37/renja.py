"""Renja 2027 of the Dinas Sosial, P3A Kota Bima, "Tabel 3.2 Rumusan Rencana Program dan
Kegiatan Perangkat Daerah Tahun 2027 dan Prakiraan Maju Tahun 2028", printed by headless
Chromium (``holdout26.web``: hairline grid, cells centred, ``<thead>`` repeated), F4
landscape, Liberation Sans 6.2 pt.

Eleven columns, as the full Permendagri 86/2017 form has them: Kode | Program / Kegiatan /
Sub Kegiatan | Indikator Kinerja | **Kelompok Sasaran** | **Lokasi** | band "Rencana Tahun
2027" over Target | Pagu Indikatif (Rp) | **Sumber Dana** | band "Prakiraan Maju Tahun 2028"
over Target | Kebutuhan Dana (Rp) | **Keterangan**, then ``1 … 11``. Program, kegiatan and
sub kegiatan each print their own indicator, target and money in the same table.

What no earlier set printed: **sub kegiatan that end in 2027** — their Prakiraan Maju
cells are left blank and their Keterangan says "Tidak dilanjutkan 2028" (the 2028 totals
of their kegiatan and program leave them out); the other rows say "Lanjutan". Kelompok
Sasaran names who the item serves (Perempuan, Anak, Perangkat Daerah, Masyarakat).

Data: the 2.08 items of ``renja2023_kode`` (``holdout5.data``): sub kegiatan pagu 2027 =
seed × 1.06, 2028 = seed × 1.11, rounded to thousands; programs and kegiatan sum their
sub kegiatan. **Invented**: targets, Kelompok Sasaran, Lokasi, Sumber Dana, which sub
kegiatan end, signatory.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import KEGIATAN, PROGRAM, SUB, plan_items
from samples.holdout5.data import grown, items, rollup, satuan
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout37.agency import AGENCY, HEAD, KECAMATAN, REGION
from samples.holdout37.lookup import by_word
from samples.sample import DocumentTruth
from samples.values import canonical_code, dots

HEADING = ("RENCANA KERJA PERANGKAT DAERAH (RENJA) TAHUN 2027", AGENCY.upper(),
           REGION.upper())
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2027", "budget_2027",
           "target_2028", "budget_2028")
ENDED = "Tidak dilanjutkan 2028"
GROUPS = (("perempuan", "Perempuan"), ("anak", "Anak"), ("data", "Perangkat Daerah"),
          ("pug", "Perangkat Daerah"), ("gender", "Perangkat Daerah"))
"""A word of the item's name → its Kelompok Sasaran (first hit wins)."""


def _ends(rows: list[dict[str, str]], n: int) -> bool:
    """A sub kegiatan on an even row ends in 2027 (5 of 23), but never its kegiatan's last
    one, so no kegiatan is left without a 2028 plan."""
    following = rows[n + 1]["level"] if n + 1 < len(rows) else ""
    return rows[n]["level"] == SUB and following == SUB and n % 2 == 0


def _target(level: str, indikator: str, n: int, later: bool) -> str:
    """Programs a percentage rising a point in 2028, kegiatan full delivery, sub kegiatan
    a count in the indicator's unit."""
    if level == PROGRAM:
        return f"{78 + n % 6 + later}%"
    if level == KEGIATAN:
        return "100%"
    return f"{4 + 3 * (n % 7) + 2 * later} {satuan(indikator)}"


def _lokasi(level: str, n: int) -> str:
    if level != SUB or n % 3 == 0:
        return REGION
    return "Kec. " + ", ".join(KECAMATAN[: 2 + n % 4])


def _rows() -> list[tuple[str, ...]]:
    """Plan rows in COLUMNS order (2028 blank where the sub kegiatan ends)."""
    rows = items("2.08")
    subs = [int(r["budget"]) for r in rows if r["level"] == SUB]
    ending = [_ends(rows, n) for n, r in enumerate(rows) if r["level"] == SUB]
    now = rollup(rows, [grown(b, 1.06) for b in subs])
    later = rollup(rows, [0 if end else grown(b, 1.11)
                          for b, end in zip(subs, ending, strict=True)])
    out = []
    for n, r in enumerate(rows):
        level, ind = r["level"], r["indikator"]
        tail = ("", "") if _ends(rows, n) else (_target(level, ind, n, True), str(later[n]))
        out.append((level, canonical_code(r["code"]) or "", r["name"], ind, _lokasi(level, n),
                    _target(level, ind, n, False), str(now[n]), *tail))
    return out


def _printed(n: int, row: tuple[str, ...]) -> tuple[str, ...]:
    level, code, name, ind, lokasi, target, budget, target2, budget2 = row
    fund = "DAU" if level != SUB else ("DAK Non Fisik" if n % 5 == 2 else "DAU")
    note = ENDED if level == SUB and not target2 else "Lanjutan"
    return (code, name, ind, by_word(name, GROUPS, "Masyarakat"), lokasi, target,
            dots(int(budget)), fund, target2, dots(int(budget2)) if budget2 else "", note)


def build() -> Built:
    """The document and its plan_items truth (one row per item per planned year)."""
    rows = _rows()
    header = ((*(Head(t, rowspan=2) for t in ("Kode", "Program / Kegiatan / Sub Kegiatan",
                                                "Indikator Kinerja", "Kelompok Sasaran",
                                                "Lokasi")),
               Head("Rencana Tahun 2027", colspan=3), Head("Prakiraan Maju Tahun 2028",
                                                            colspan=2),
               Head("Keterangan", rowspan=2)),
              (Head("Target"), Head("Pagu Indikatif (Rp)"), Head("Sumber Dana"),
               Head("Target"), Head("Kebutuhan Dana (Rp)")),
              tuple(Head(str(n)) for n in range(1, 12)))
    table = Table(header, (11, 22, 24, 9, 11, 8, 10, 7, 8, 10, 9), "lllccccccrc",
                  tuple(_printed(n, r) for n, r in enumerate(rows)),
                  bold=frozenset(n for n, r in enumerate(rows) if r[0] == PROGRAM),
                  caption=("Tabel 3.2 Rumusan Rencana Program dan Kegiatan Perangkat Daerah "
                           "Tahun 2027 dan Prakiraan Maju Tahun 2028",))
    doc = Document("renja_bima_2027",
                   Page(330, 215, "LiberationSans", 6.2, margin_mm=12,
                        page_numbers="Halaman {n}"),
                   HEADING, (table,),
                   ("Bima, 20 Juni 2026", f"Kepala {AGENCY}", REGION, "", *HEAD))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {"2027": 2027, "2028": 2028})
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("plan_items", truth),)
