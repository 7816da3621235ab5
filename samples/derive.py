"""Curated tables derived from others, for the holdout sets: seed rows re-homed to another
region, columns a layout adds (a sasaran merged down beside the rows, an "Rp" cell), tables
joined, and the totals a plan prints computed from its leaf amounts instead of typed, so a
printed sum can never disagree with the rows it sums.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from samples.curated import Curated, load

TOTAL = "Σ"


def relocate(data: Curated, replacements: Mapping[str, str]) -> Curated:
    """The seed's own place names replaced by the holdout agency's (``Kota Probolinggo`` →
    ``Kota Madiun``): a Madiun plan does not print Probolinggo."""
    def swap(cell: str) -> str:
        for old, new in replacements.items():
            cell = cell.replace(old, new)
        return cell
    return Curated(data.columns, tuple(tuple(map(swap, row)) for row in data.rows))


def seed(name: str, replacements: Mapping[str, str]) -> Curated:
    """A seed table of ``samples/tables`` re-homed with :func:`relocate`."""
    return relocate(load(name), replacements)


def with_column(data: Curated, key: str, cells: Iterable[str], at: int = 0) -> Curated:
    """``data`` with a new column ``key`` inserted at position ``at``."""
    cells = list(cells)
    columns = (*data.columns[:at], key, *data.columns[at:])
    rows = tuple((*row[:at], cell, *row[at:])
                 for row, cell in zip(data.rows, cells, strict=True))
    return Curated(columns, rows)


def concat(*parts: Curated) -> Curated:
    """Rows of tables with the same columns, one after the other."""
    if any(p.columns != parts[0].columns for p in parts):
        raise ValueError("cannot concatenate tables with different columns")
    return Curated(parts[0].columns, tuple(row for p in parts for row in p.rows))


def totals(data: Curated, leaf: str, budgets: Iterable[str]) -> Curated:
    """Replace every ``Σ`` budget cell by the sum of the ``leaf``-level amounts it covers.

    A Renja prints Kebutuhan Dana at every level (urusan, bidang urusan, program,
    kegiatan, JUMLAH); only the sub kegiatan amounts are data, the rest are their sums.
    A coded row covers the leaves whose code extends its own; an uncoded row (JUMLAH)
    covers all leaves.
    """
    level_i, code_i = data.column("level"), data.column("code")
    budget_is = [data.column(b) for b in budgets]
    leaves = [row for row in data.rows if row[level_i] == leaf]
    rows = []
    for row in data.rows:
        cells = list(row)
        for i in budget_is:
            if cells[i] != TOTAL:
                continue
            prefix = row[code_i] + "."
            covered = [int(leaf_row[i]) for leaf_row in leaves
                       if not row[code_i] or leaf_row[code_i].startswith(prefix)]
            cells[i] = str(sum(covered))
        rows.append(tuple(cells))
    return Curated(data.columns, tuple(rows))
