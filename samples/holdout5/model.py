"""The declarative document model shared by this set's two renderers (reportlab canvas
drawing and HTML printed by Chromium).

Body cells hold printed text; ``^`` marks a cell covered by the cell above (a row-spanning
merge) and ``<`` a cell covered by the cell to its left (a label spanning columns, such as a
JUMLAH row). The truth side never reads this model: it is computed from the curated rows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Head:
    """One header cell with its spans (multi-row headers: years under one band)."""

    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class Grid:
    """A printed table.

    ``rules`` is the ruling style: ``booktabs`` (horizontal rules only: heavy top and
    bottom, light under the header and above every ``group`` row) or ``none`` (no lines at
    all, zebra-shaded body rows). ``repeat_header`` off prints the header on the table's
    first page only, as some agencies' documents do.
    """

    header: tuple[tuple[Head, ...], ...]
    widths: tuple[float, ...]
    align: str
    body: tuple[tuple[str, ...], ...]
    bold: frozenset[int] = frozenset()
    group: frozenset[int] = frozenset()
    numbers: bool = False
    rules: str = "booktabs"
    repeat_header: bool = True
    caption: tuple[str, ...] = ()
    section: frozenset[int] = frozenset()
    """Rows printed as a full-width band (a label row whose text spans every column)."""


@dataclass(frozen=True)
class Page:
    """Page geometry and type: size in mm (landscape = width > height), font, size."""

    width_mm: float
    height_mm: float
    font: str
    size: float
    margin_mm: float = 12.0
    page_numbers: str = ""
    """Footer format with ``{n}`` (empty: no page numbers)."""


@dataclass(frozen=True)
class Document:
    """A whole document: title block, text lines and tables in order, signature block."""

    name: str
    page: Page
    heading: tuple[str, ...]
    blocks: tuple[Grid | str, ...]
    sign: tuple[str, ...] = ()
