"""Typed records passed between pipeline stages.

The central one is :class:`RawTable`: the only thing a table family ever sees. The digital
path (pdfplumber) and the OCR path (page images) both produce it, so every family works on
both without knowing where the cells came from. Keep it free of PDF objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

BBox = tuple[float, float, float, float]
"""(x0, top, x1, bottom) in PDF points, origin at the page's top-left corner."""


SHADE_LEVEL = 0.35
"""How dark (0 white … 1 black) a cell's fill must be to count as shaded: a mark, not a
pale header tint or a zebra stripe."""
SHADE_COVER = 0.6
"""Share of a cell a fill must cover for the cell to count as shaded."""


@dataclass(frozen=True)
class Cell:
    """One cell of a table grid, anchored at its top-left grid position."""

    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    bbox: BBox | None = None
    confidence: float | None = None
    """OCR confidence 0–100 of the cell's words; None for a text layer."""
    paragraph_tops: tuple[float, ...] = ()
    """Top (page points) of each paragraph of ``text`` (paragraphs are separated by a
    blank line). Packed multi-item cells are paired by these positions; empty when the
    producer cannot tell."""
    shaded: bool = False
    """The cell has a dark fill; a spreadsheet's schedule marks a quarter this way."""
    text_bottom: float | None = None
    """Bottom (page points) of the cell's last text line: a cell whose text runs to its
    lower border at a page end may continue on the next page."""


@dataclass(frozen=True)
class RawTable:
    """A table as found on one or more pages, before any family reads it.

    ``cells`` hold every non-covered grid position once; a merged cell covers
    ``rowspan × colspan`` positions and is stored once at its top-left position.
    ``row_pages[r]`` is the 1-based page on which grid row ``r`` is printed, which keeps
    provenance intact after tables are stitched across pages.
    """

    page: int
    index: int
    n_rows: int
    n_cols: int
    cells: tuple[Cell, ...]
    row_pages: tuple[int, ...]
    method: str
    bbox: BBox | None = None
    confidence: float | None = None
    context: tuple[str, ...] = ()
    """Text lines printed above the table on its first page (title block, headings)."""

    @property
    def table_id(self) -> str:
        """Stable id inside a document: first page and index on that page."""
        return f"p{self.page:03d}-t{self.index}"

    def grid(self, spread_spans: bool = True, across: bool = True) -> list[list[str]]:
        """The table as a dense ``n_rows × n_cols`` grid of strings.

        With ``spread_spans`` a merged cell's text is repeated over every position it
        covers (what header reading and fill-down want); without it covered positions are
        empty strings (what "is this row blank?" wants). ``across=False`` spreads down
        only: a body cell spanning two value columns (often a rule an OCR pass missed)
        must not give its number to both.
        """
        grid = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for cell in self.cells:
            rows = range(cell.row, min(cell.row + cell.rowspan, self.n_rows))
            cols = range(cell.col, min(cell.col + cell.colspan, self.n_cols))
            for r in rows:
                for c in cols:
                    if (r == cell.row or spread_spans) and (
                            c == cell.col or (spread_spans and across)):
                        grid[r][c] = cell.text
        return grid

    @cached_property
    def _anchors(self) -> dict[tuple[int, int], Cell]:
        return {(c.row, c.col): c for c in self.cells}

    def cell_at(self, row: int, col: int) -> Cell | None:
        """The cell anchored at a grid position (None for covered or empty positions)."""
        return self._anchors.get((row, col))

    def row_confidence(self, row: int) -> float | None:
        """Mean OCR confidence of the cells anchored in ``row`` (None for text layers)."""
        values = [c.confidence for c in self.cells if c.row == row and c.confidence is not None]
        return sum(values) / len(values) if values else None

    def with_rows(self, cells: list[Cell], n_rows: int, row_pages: list[int]) -> RawTable:
        """A copy with a new body (used by stitching and header trimming)."""
        return replace(self, cells=tuple(cells), n_rows=n_rows, row_pages=tuple(row_pages))


@dataclass
class DocumentInfo:
    """What classification learns about a document (one ``documents`` row)."""

    doc_type: str = "unknown"
    title: str | None = None
    agency: str | None = None
    region: str | None = None
    unit: str | None = None
    year_start: int | None = None
    year_end: int | None = None


@dataclass
class FamilyRows:
    """Rows a family read from one table, plus what it could not read.

    ``rows`` are dicts keyed by contract column names; each carries ``row_no`` (order in
    the table) and ``page``. Provenance columns (doc_id, table_id, method) are stamped
    later in one place by the pipeline, not by each family.
    """

    table: str
    rows: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PageTables:
    """What a page yields, by either path: its tables, its text lines, and the column
    bounds (page points) of a table drawn without vertical rules that ends the page, for
    a continuation printed without its header on the next page."""

    tables: list[RawTable]
    lines: list[str]
    open_layout: tuple[float, ...] | None = None
    disputed_words: frozenset[str] = frozenset()
    """OCR: the lower-cased words two readers read differently and no dictionary knows
    (what the document's own words may mend: :mod:`rencana.extract.ocr.vocabulary`)."""
