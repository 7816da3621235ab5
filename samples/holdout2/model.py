"""Declarative model of a holdout2 document: page look, title lines, tables, signature.

Kept separate from the python-docx writer so the four document modules state *what* an
agency prints (columns, header wording, merges) and the writer alone knows *how* Word
tables are built. Table cells follow the curated convention of ``samples/curated.py``:
``^`` = covered by the cell above (vertical merge), plus ``<`` = covered by the cell to
the left (horizontal merge, e.g. a JUMLAH label spanning the code and name columns) and
``¶`` = paragraph break inside a cell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from samples.curated import Curated
from samples.families import Row
from samples.sample import DocumentTruth

LEFT_SPAN = "<"
PARAGRAPH = "¶"

A4 = (29.7, 21.0)
F4 = (33.0, 21.5)


@dataclass(frozen=True)
class Column:
    """One printed column: curated key, width in cm, alignment, optional print style."""

    key: str
    width: float
    align: str = "left"
    style: Callable[[str], str] | None = None


@dataclass(frozen=True)
class Table:
    """A Word table: header rows (repeated on every page), optional ``1 2 3 …`` row, body.

    ``bold`` marks body rows printed bold (urusan, program and total rows in a Renja).
    """

    header: tuple[tuple[str, ...], ...]
    columns: tuple[Column, ...]
    data: Curated
    number_row: bool = True
    valign: str = "top"
    bold: Callable[[dict[str, str]], bool] | None = None


@dataclass(frozen=True)
class Lines:
    """Paragraphs outside a table (title block, captions, the sasaran text of a section)."""

    lines: tuple[str, ...]
    align: str = "center"
    bold: bool = True
    size: float | None = None


@dataclass(frozen=True)
class Signature:
    """The closing signature block, printed in the right third of the page."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class PageBreak:
    """Start the next block on a new page."""


Block = Table | Lines | Signature | PageBreak


@dataclass(frozen=True)
class Look:
    """Page and type: Word font name (LibreOffice substitutes metric-compatible fonts),
    point size, landscape page (width, height) in cm, margins, page numbers, header fill."""

    font: str
    size: float
    page: tuple[float, float] = A4
    margin: float = 1.5
    page_numbers: bool = False
    header_fill: str | None = None


@dataclass(frozen=True)
class Doc:
    """A whole document in print order."""

    name: str
    look: Look
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Sample:
    """A holdout2 document plus its truth tables in document order (``table_seq``)."""

    document: Doc
    info: DocumentTruth
    tables: tuple[tuple[str, list[Row]], ...]
