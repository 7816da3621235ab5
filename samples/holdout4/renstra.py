"""Renstra 2021–2026 of Dinas Sosial Kabupaten Gresik: "Tabel Tujuan, Sasaran, Indikator
Kinerja dan Target", with the Satuan column printed *after* the six year columns and the
seed's "%" moved into that column (so targets print as bare numbers)."""

from __future__ import annotations

from samples import curated
from samples.families import Row
from samples.holdout4.html import HeaderCell, Page, Table
from samples.sample import DocumentTruth
from samples.values import parse_quantity

YEARS = tuple(range(2021, 2027))
SEED_YEARS = ("y2019", "y2020", "y2021", "y2022", "y2023", "y2024")
"""The seed's six targets, re-dated to this plan's period (one target per year column)."""
HEADING = ("TABEL TUJUAN, SASARAN, INDIKATOR KINERJA DAN TARGET",
           "RENCANA STRATEGIS TAHUN 2021-2026", "DINAS SOSIAL KABUPATEN GRESIK")


def satuan(indikator: str) -> str:
    """The unit a planner would write beside each seed indicator."""
    if indikator.startswith("Indeks"):
        return "Indeks"
    if indikator.startswith("Kategori"):
        return "Predikat"
    return "Persen"


def _target(raw: str) -> str:
    """The seed target without its percent sign (the unit now sits in Satuan)."""
    return raw.replace("%", "").strip()


def build() -> tuple[Page, DocumentTruth, list[Row]]:
    """The printed page and its truth rows (renstra_targets, long format per year)."""
    data = curated.load("renstra_t43")
    body: list[tuple[str, ...]] = []
    rows: list[Row] = []
    for raw, filled in zip(data.rows, data.filled(), strict=True):
        cell = dict(zip(data.columns, raw, strict=True))
        unit = satuan(filled["indikator"])
        targets = [_target(filled[k]) for k in SEED_YEARS]
        body.append((cell["no"], cell["tujuan"], cell["sasaran"], cell["indikator"],
                     *targets, unit))
        for year, target in zip(YEARS, targets, strict=True):
            rows.append({
                "tujuan": filled["tujuan"] or None, "sasaran": filled["sasaran"] or None,
                "indikator": filled["indikator"], "year": year, "target_raw": target,
                "target_value": parse_quantity(target)[0], "target_unit": unit.lower()})
    header = (
        (HeaderCell("No.", rowspan=2), HeaderCell("Tujuan", rowspan=2),
         HeaderCell("Sasaran", rowspan=2),
         HeaderCell("Indikator Kinerja Tujuan/Sasaran", rowspan=2),
         HeaderCell("Target Kinerja pada Tahun ke-", colspan=6),
         HeaderCell("Satuan", rowspan=2)),
        tuple(HeaderCell(str(y)) for y in YEARS),
    )
    table = Table(header, (3, 16, 18, 22, 6, 6, 6, 6, 6, 6, 7),
                  ("center", "left", "left", "left", *["center"] * 6, "center"),
                  tuple(body))
    page = Page("renstra_gresik_2021_2026", HEADING, (table,), "A4 landscape",
                "DejaVu Serif", 8.5,
                ("Gresik, 12 Januari 2021", "KEPALA DINAS SOSIAL", "KABUPATEN GRESIK", "",
                 "Drs. H. ABDUL MALIK, M.Si", "NIP. 19680412 199303 1 007"))
    info = DocumentTruth("renstra", " ".join(HEADING[:2]), "Dinas Sosial", "Kabupaten Gresik",
                         None, 2021, 2026)
    return page, info, rows
