"""Declarative description of a sample document: its look (``Look``) and its content blocks.

Both renderers (reportlab PDFs and the HTML/Chromium holdout) read these; the truth
builders read only the curated data inside ``Grid`` blocks, so layout choices can vary
freely without touching the truth. Text lines and the document container are shared with
the holdout2/holdout3 models (``samples.common``).
"""

from __future__ import annotations

from dataclasses import dataclass

from samples import common
from samples.common import Column, Lines
from samples.curated import Curated

MM = 72 / 25.4
A4 = (297 * MM, 210 * MM)
F4 = (330 * MM, 215 * MM)
"""Landscape page sizes in points (F4 / folio is common in Indonesian offices)."""


@dataclass(frozen=True)
class Look:
    """Fonts, sizes and page geometry of one document."""

    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    size: float = 6.5
    header_size: float = 6.5
    title_size: float = 11.0
    page: tuple[float, float] = A4
    margin: float = 12 * MM
    valign: str = "TOP"
    line_width: float = 0.5
    page_numbers: bool = False


@dataclass(frozen=True)
class Grid:
    """A ruled table: header rows in span notation, printed columns, curated body.

    ``pack_key`` names a curated column; consecutive rows sharing a non-empty value there
    print as ONE table row whose ``packed`` columns stack the items as separate paragraphs
    (how IKU linkage tables cram several kegiatan into one cell).
    """

    header: tuple[tuple[str, ...], ...]
    columns: tuple[Column, ...]
    data: Curated
    number_row: bool = True
    pack_key: str | None = None
    packed: tuple[str, ...] = ()
    bold_keys: tuple[str, ...] = ()
    caption: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signature:
    """The signature block printed after a table (place/date, office, name, NIP)."""

    lines: tuple[str, ...]
    gap_after: int = 2
    """Index of the line after which the blank signing space is left."""


@dataclass(frozen=True)
class NewPage:
    """Force a page break (each bidang of a Rencana Aksi starts on a new page)."""


Block = Grid | Lines | Signature | NewPage

Document = common.Document[Look, Block]
"""One sample PDF: its look and its blocks in reading order."""
