"""Print a ``holdout6.model.Document`` with headless Chromium in the look of a spreadsheet
"table style" printed as is: a **dark header fill with white bold text**, **zebra body
rows** (every second row light grey), no vertical rules at all and only a hairline under
each row, cells top-aligned. A cell's line breaks are kept (``white-space: pre-line``), so
a cell can hold one bullet per line. The header is repeated on every page (``<thead>``),
page numbers bottom right. Page, word-fit check and printing are ``holdout7.web``'s; only
the style is this set's own.
"""

from __future__ import annotations

from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import CSS_FONT, PAD_X, PAD_Y, html_page, print_document

HEADER_FILL = "#1f3a5f"
ZEBRA_FILL = "#e6e6e6"


def _css(doc: Document) -> str:
    page = doc.page
    face = CSS_FONT[page.font]
    footer = page.page_numbers.replace("{n}", '" counter(page) "')
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm;
  @bottom-right {{ content: "{footer}"; font-family: "{face}"; font-size: {page.size}pt; }} }}
body {{ font-family: "{face}"; font-size: {page.size}pt; margin: 0; line-height: 1.3;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 3}pt;
  margin-bottom: 10pt; }}
.caption {{ font-weight: bold; margin: 6pt 0 4pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: none; border-bottom: 0.3pt solid #9a9a9a; padding: {PAD_Y}pt {PAD_X}pt;
  vertical-align: top; white-space: pre-line; }}
th {{ background: {HEADER_FILL}; color: #fff; font-weight: bold; text-align: center;
  vertical-align: middle; border-bottom: 0.6pt solid #fff; }}
tbody tr:nth-child(even) td {{ background: {ZEBRA_FILL}; }}
thead {{ display: table-header-group; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 32pt; }}
"""


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path``."""
    print_document(doc, html_page(doc, _css(doc)), path)
