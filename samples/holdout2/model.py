"""Declarative model of a holdout2 document: page look, title lines, tables, signature.

Kept separate from the python-docx writer so the four document modules state *what* an
agency prints (columns, header wording, merges) and the writer alone knows *how* Word
tables are built. Table cells follow the curated convention of ``samples/curated.py``:
``^`` = covered by the cell above (vertical merge), plus ``<`` = covered by the cell to
the left (horizontal merge, e.g. a JUMLAH label spanning the code and name columns) and
``¶`` = paragraph break inside a cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from samples import common
from samples.common import Column, Lines
from samples.sample import Sample as AnySample

PARAGRAPH = "¶"

A4 = (29.7, 21.0)
F4 = (33.0, 21.5)


@dataclass(frozen=True)
class Table(common.Table[Column]):
    """A Word table: its header rows are flagged to repeat on every page (``w:tblHeader``);
    ``¶`` in a cell starts a new paragraph."""


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


Doc = common.Document[Look, Block]
"""A whole Word document in print order."""
Sample = AnySample[Doc]
"""A holdout2 document plus its truth tables in document order (``table_seq``)."""
