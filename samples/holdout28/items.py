"""This set's health and planning items, with pagu translated from the seeds.

``tables/dinkes_items.tsv`` (urusan 1.02) and ``tables/bappeda_items.tsv`` (urusan 5.01) hold
program / kegiatan / sub kegiatan lines written for this set in Permendagri 90/2019 form:
names, codes, indicators and targets are invented in the nomenclature's wording. Money is
never invented: the n-th sub kegiatan takes the pagu of the n-th sub kegiatan of one seed
urusan (``renja2023_kode``), so a table's amounts keep the seeds' spread, and programs and
kegiatan sum their sub kegiatan as real tables print them (``holdout5.data``).
"""

from __future__ import annotations

from pathlib import Path

from samples import curated
from samples.holdout5 import data

TABLES = Path(__file__).parent / "tables"
PERCENT = "%"


def load(name: str, seed_urusan: str) -> list[dict[str, str]]:
    """Rows of ``tables/<name>.tsv``, each sub kegiatan given the seed pagu (``budget``) of
    the sub kegiatan at its position in ``seed_urusan``; the two counts must agree, so the
    translation keeps the seed's number of sub kegiatan."""
    rows = curated.load(name, TABLES).filled()
    seed = [r["budget"] for r in data.items(seed_urusan) if r["level"] == data.SUB]
    subs = [r for r in rows if r["level"] == data.SUB]
    if len(subs) != len(seed):
        raise ValueError(f"{name}: {len(subs)} sub kegiatan for {len(seed)} in {seed_urusan}")
    for row, budget in zip(subs, seed, strict=True):
        row["budget"] = budget
    return rows


def pagu(rows: list[dict[str, str]], factor: float) -> list[int]:
    """One year's pagu per row: a sub kegiatan's seed pagu × ``factor`` in whole thousands,
    a program or kegiatan the sum of its sub kegiatan."""
    subs = [data.grown(int(r["budget"]), factor) for r in rows if r["level"] == data.SUB]
    return data.rollup(rows, subs)


def with_unit(value: str, satuan: str) -> str:
    """A bare target and its Satuan written as one cell: ``90`` + ``%`` → ``90%``,
    ``2`` + ``Dokumen`` → ``2 Dokumen``; a qualitative target (``BB``) stays as it is."""
    if not value[0].isdigit():
        return value
    return f"{value}{satuan}" if satuan == PERCENT else f"{value} {satuan}"
