"""Declarative model of a holdout3 worksheet: page setup, title rows, tables, signature.

The four document modules state *what* an agency types into its Excel sheet (columns,
header wording, merges, number formats); only ``render_xlsx`` knows openpyxl. Table
cells follow the curated convention of ``samples/curated.py`` (``^`` = covered by the
cell above, a vertical merge) plus ``<`` = covered by the cell to the left (a horizontal
merge, e.g. an URUSAN heading or a JUMLAH label spanning several columns).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from samples import common
from samples.common import Lines
from samples.sample import Sample as AnySample

A4 = 9  # Excel paper-size codes
FOLIO = 14  # 8.5 × 13 in, the closest Excel size to the Indonesian F4 sheet

CellValue = str | int | float


@dataclass(frozen=True)
class Column:
    """One sheet column: curated key, width in points, alignment, and optionally how a
    curated cell becomes the typed cell value (a number for amounts) with its Excel
    number format."""

    key: str
    width: float
    align: str = "left"
    value: Callable[[str], CellValue] | None = None
    number_format: str | None = None


@dataclass(frozen=True)
class Table(common.Table[Column]):
    """A bordered table: header rows (repeated at the top of every printed page via
    "rows to repeat at top"), optional ``1 2 3 …`` row, body rows.

    ``bold`` and ``indent`` style body rows (program rows bold, kegiatan and sub kegiatan
    indented); keys in ``fill_marks`` are schedule columns whose marks are printed as a
    filled cell instead of a character.
    """

    indent: Callable[[dict[str, str]], int] | None = None
    fill_marks: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Signature:
    """The closing signature block, merged over the right-most columns."""

    lines: tuple[str, ...]
    columns: int = 4


Block = Table | Lines | Signature


@dataclass(frozen=True)
class Look:
    """Sheet look: font name as Excel names it (LibreOffice substitutes metric-compatible
    fonts), point size, paper, margins in inches, page-number footer, header fill."""

    font: str
    size: float
    paper: int = A4
    margin: float = 0.4
    footer: str | None = None
    header_fill: str | None = None


Doc = common.Document[Look, Block]
"""A whole worksheet in print order."""
Sample = AnySample[Doc]
"""A holdout3 document plus its truth tables in document order (``table_seq``)."""
