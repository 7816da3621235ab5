"""Tables that print one level of the plan per row, named in a "Level" column.

A cascading table may list "Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan" one
per row, each with its description, indicator, target and budget in the same columns. The
families read a level from its own column ("Program", "Indikator Program"); such a table
is turned into that form first: every (level, column) pair becomes a column of its own
("indikator kinerja program"), holding the values of that level's rows. Rows stay as they
are, so provenance and fill-down work unchanged.
"""

from __future__ import annotations

from rencana.extract.header import Header
from rencana.normalize.numbers import is_column_number_row
from rencana.normalize.text import clean_cell, fold
from rencana.records import Cell, RawTable

LEVELS = ("tujuan", "sasaran", "program", "kegiatan", "sub kegiatan")
LEVEL_SHARE = 0.8
"""Share of a column's body cells that must name a level for it to be a level column."""
MIN_LEVELS = 3
NAME_LABELS = frozenset({"", "uraian", "nama", "uraian kinerja", "nomenklatur"})
"""Column labels that hold the level's own name: "Uraian" of a Program row is the program."""


def _level_column(grid: list[list[str]], first: int) -> int | None:
    for col in range(len(grid[0]) if grid else 0):
        names = [fold(row[col]) for row in grid[first:] if row[col].strip()]
        named = [n for n in names if n in LEVELS]
        if names and len(named) >= LEVEL_SHARE * len(names) and len(set(named)) >= MIN_LEVELS:
            return col
    return None


def spread_levels(table: RawTable, header: Header) -> tuple[RawTable, Header]:
    """The table with a level column spread into one column per level and field, and its
    header; any other table unchanged."""
    grid = [[clean_cell(t) for t in row] for row in table.grid(spread_spans=False)]
    col = _level_column(grid, header.n_rows)
    if col is None:
        return table, header
    # The body starts at the first row naming a level: a Tujuan row of words only may
    # have been taken for a header row.
    start = next(r for r, row in enumerate(grid) if fold(row[col]) in LEVELS)
    spread_grid = [[fold(t) for t in row] for row in table.grid(spread_spans=True)[:start]]
    titles = [" ".join(dict.fromkeys(row[c] for row in spread_grid
                                     if row[c] and not is_column_number_row(row)))
              for c in range(table.n_cols)]
    body = grid[start:]
    levels = list(dict.fromkeys(fold(row[col]) for row in body if fold(row[col]) in LEVELS))
    fields = [c for c in range(table.n_cols) if c != col]
    columns = [(level, c) for level in levels for c in fields]
    labels = [level if titles[c] in NAME_LABELS else f"{titles[c]} {level}"
              for level, c in columns]
    cells = [Cell(0, k, label) for k, label in enumerate(labels)]
    for r, row in enumerate(body, start=1):
        level = fold(row[col])
        cells += [Cell(r, k, row[c] if level == name else "")
                  for k, (name, c) in enumerate(columns)]
    spread = RawTable(page=table.page, index=table.index, n_rows=len(body) + 1,
                      n_cols=len(columns), cells=tuple(cells),
                      row_pages=(table.row_pages[0], *table.row_pages[start:]),
                      method=table.method, bbox=table.bbox, confidence=table.confidence,
                      context=table.context)
    # The header is the one label row built here: the first rows (a Tujuan printed
    # without numbers) must not be taken for header rows.
    names = tuple(labels)
    return spread, Header(n_rows=1, labels=names, leaves=names, rows=(names,),
                          has_number_row=False)
