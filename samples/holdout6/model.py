"""The declarative document model shared by this set's two renderers: reportlab drawing on
a bare canvas (fully ruled grids, rotated header text) and python-docx files printed by
LibreOffice Writer (tables without vertical borders).

Body cells hold printed text; ``^`` marks a cell covered by the cell above (a row-spanning
merge) and ``<`` a cell covered by the cell to its left (a label spanning columns, such as
a JUMLAH row). The truth side never reads this model: it is computed from the rows the
document modules print.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Head:
    """One header cell with its spans; ``rotate`` prints its text turned 90° (read
    bottom-up), as narrow quarter or year columns often are."""

    text: str
    colspan: int = 1
    rowspan: int = 1
    rotate: bool = False


@dataclass(frozen=True)
class Table:
    """A printed table: header rows, column widths (relative shares), per-column alignment
    letters (``l``/``c``/``r``), body rows, bold body rows, optional column-number row,
    whether continuation pages repeat the header, and a caption above it."""

    header: tuple[tuple[Head, ...], ...]
    widths: tuple[float, ...]
    align: str
    body: tuple[tuple[str, ...], ...]
    bold: frozenset[int] = frozenset()
    numbers: bool = False
    repeat_header: bool = True
    caption: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        """A misaligned row or alignment string would silently shift printed columns."""
        widths = {len(self.align), *map(len, self.body)}
        if widths != {len(self.widths)}:
            raise ValueError(f"row/alignment widths {sorted(widths)} for "
                             f"{len(self.widths)} columns")


@dataclass(frozen=True)
class Page:
    """Page geometry in mm (landscape = width > height), font, size, margin, footer
    format with ``{n}`` (empty: no page numbers)."""

    width_mm: float
    height_mm: float
    font: str
    size: float
    margin_mm: float = 12.0
    page_numbers: str = ""


@dataclass(frozen=True)
class NewPage:
    """Start the next block on a new page with this geometry (Writer: a new section, so a
    portrait document can hold a landscape table)."""

    page: Page


@dataclass(frozen=True)
class Document:
    """A whole document: title block, text lines, tables and page changes in order, and
    the signature block."""

    name: str
    page: Page
    heading: tuple[str, ...]
    blocks: tuple[Table | str | NewPage, ...]
    sign: tuple[str, ...] = ()
