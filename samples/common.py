"""Notation and blocks shared by every document model of the corpus.

Three renderer families describe documents (``layout`` for reportlab and Chromium,
``holdout2.model`` for Word, ``holdout3.model`` for Excel). They differ in looks, columns,
tables and signatures, which stay in their own models; what they share lives here once:
the span notation of table cells (``^`` = covered by the cell above, the curated merge
mark; ``<`` = covered by the cell to the left), printed text columns, the bordered table of
the two office models, text lines outside tables, and a named document made of blocks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from samples.curated import MERGED, Curated

SPAN_UP = MERGED
SPAN_LEFT = "<"
COVERED = (SPAN_UP, SPAN_LEFT)

LookT = TypeVar("LookT")
BlockT = TypeVar("BlockT")
ColumnT = TypeVar("ColumnT")


@dataclass(frozen=True)
class Span:
    """An anchor cell and the rectangle it covers (0-based, inclusive) in a grid."""

    row: int
    col: int
    last_row: int
    last_col: int
    text: str

    @property
    def merges(self) -> bool:
        """Whether the anchor covers more than its own cell."""
        return (self.last_row, self.last_col) != (self.row, self.col)


def spans(grid: Sequence[Sequence[str]]) -> list[Span]:
    """Every anchor of ``grid`` in reading order, with its ``^`` / ``<`` cover marks
    resolved into the rectangle it spans."""
    found = []
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text in COVERED:
                continue
            last_col = c
            while last_col + 1 < len(row) and row[last_col + 1] == SPAN_LEFT:
                last_col += 1
            last_row = r
            while last_row + 1 < len(grid) and grid[last_row + 1][c] == SPAN_UP:
                last_row += 1
            found.append(Span(r, c, last_row, last_col, text))
    return found


@dataclass(frozen=True)
class Column:
    """One printed column: which curated key fills it, its width (in its model's unit: a
    share of the table width for reportlab and Chromium, cm for Word), its alignment
    (``left``, ``center``, ``right``) and how a body cell is printed (a money style)."""

    key: str
    width: float
    align: str = "left"
    fmt: Callable[[str], str] | None = None

    def text(self, raw: str) -> str:
        """Printed text of a curated cell (print styles apply to non-empty cells)."""
        if self.fmt is None or not raw:
            return raw
        return self.fmt(raw)


@dataclass(frozen=True)
class Table(Generic[ColumnT]):
    """A bordered table of the office models (Word, Excel): header rows in span notation,
    repeated at the top of every printed page; an optional ``1 2 3 …`` row; curated body
    rows, vertically aligned by ``valign`` (``top`` or ``center``). ``bold`` marks body rows
    printed bold (urusan, program and total rows of a plan table)."""

    header: tuple[tuple[str, ...], ...]
    columns: tuple[ColumnT, ...]
    data: Curated
    number_row: bool = True
    valign: str = "top"
    bold: Callable[[dict[str, str]], bool] | None = None


@dataclass(frozen=True)
class Lines:
    """Text lines outside a table: a centred title block, or left/right aligned captions
    and notes. ``align`` is ``left``, ``center`` or ``right``; ``size`` None = the look's
    default size for such lines."""

    lines: tuple[str, ...]
    align: str = "center"
    bold: bool = True
    size: float | None = None


@dataclass(frozen=True)
class Document(Generic[LookT, BlockT]):
    """A whole document in print order: its name, its look and its blocks."""

    name: str
    look: LookT
    blocks: tuple[BlockT, ...]


class Spanning(Protocol):
    """A header cell: anything with row and column spans."""

    @property
    def rowspan(self) -> int: ...

    @property
    def colspan(self) -> int: ...


HeadT = TypeVar("HeadT", bound=Spanning)


def placed(header: tuple[tuple[HeadT, ...], ...]) -> list[tuple[int, int, HeadT]]:
    """(row, column, cell) of every header cell: a cell starts at the first column of its
    row not taken by a span from a row above (how HTML and Word place them)."""
    taken: set[tuple[int, int]] = set()
    out: list[tuple[int, int, HeadT]] = []
    for r, row in enumerate(header):
        c = 0
        for head in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, head))
            taken |= {(r + i, c + j) for i in range(head.rowspan) for j in range(head.colspan)}
            c += head.colspan
    return out


def covered(cell: str) -> bool:
    """Whether a body cell is covered by a merge (above ``^`` or to the left ``<``)."""
    return cell in COVERED

