"""Curated source tables (``samples/tables/*.tsv``): the single source of PDFs and truth.

A curated table is a tab-separated file with a header line of column keys. A cell holding
only ``^`` is covered by the cell above it (a row-spanning merged cell in the PDF); an empty
cell is printed blank. Keeping that distinction explicit lets the renderer draw spans and
the truth builder fill down exactly what a reader of the PDF would fill down.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MERGED = "^"
TABLES_DIR = Path(__file__).parent / "tables"


@dataclass(frozen=True)
class Curated:
    """A curated table: column keys and raw rows (``^`` and blanks kept)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def column(self, key: str) -> int:
        """Index of a column key (KeyError-like ValueError when absent)."""
        return self.columns.index(key)

    def where(self, key: str, value: str) -> Curated:
        """Rows whose ``key`` cell equals ``value`` (for files holding several sections)."""
        i = self.column(key)
        return Curated(self.columns, tuple(r for r in self.rows if r[i] == value))

    def filled(self) -> list[dict[str, str]]:
        """Rows as dicts with merged cells filled down from the cell they continue."""
        out: list[dict[str, str]] = []
        previous: dict[str, str] = {}
        for row in self.rows:
            current = {
                key: (previous.get(key, "") if cell == MERGED else cell)
                for key, cell in zip(self.columns, row, strict=True)
            }
            out.append(current)
            previous = current
        return out


def load(name: str, folder: Path = TABLES_DIR) -> Curated:
    """Read ``<folder>/<name>.tsv`` (the seed tables by default; a holdout set passes its
    own folder); every row must have the header's width."""
    lines = (folder / f"{name}.tsv").read_text(encoding="utf-8").splitlines()
    columns = tuple(lines[0].split("\t"))
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = tuple(" ".join(c.split()) for c in line.split("\t"))
        if len(cells) != len(columns):
            raise ValueError(f"{name}.tsv line {number}: {len(cells)} cells for {len(columns)}")
        rows.append(cells)
    return Curated(columns, tuple(rows))
