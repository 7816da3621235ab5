"""Print a ``holdout6.model.Document`` from HTML with headless Chromium in the look of a
Word table pasted into a web editor: RULES BETWEEN ROWS ONLY (a heavier rule above and
below the header, a thin one under every body row, no vertical rules), every cell
vertically centred, and the header repeated on each page by the browser (``<thead>``).

The table markup and the word-fit check (no word wider than its column) are holdout7's
(``samples.holdout7.web``); only the page style differs.
"""

from __future__ import annotations

from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import CSS_FONT, PAD_X, PAD_Y, html_page, print_document


def html(doc: Document) -> str:
    """The whole document as one HTML page; Chromium paginates it."""
    page = doc.page
    css = f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm; }}
body {{ font-family: "{CSS_FONT[page.font]}"; font-size: {page.size}pt; margin: 0; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 3}pt;
  line-height: 1.3; margin-bottom: 10pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; margin-top: 6pt; }}
th, td {{ border: none; border-bottom: 0.5pt solid #000; padding: {PAD_Y}pt {PAD_X}pt;
  vertical-align: middle; }}
th {{ font-weight: bold; text-align: center; border-top: 1.2pt solid #000; }}
thead tr:last-child th {{ border-bottom: 1.2pt solid #000; }}
thead {{ display: table-header-group; }}
td[rowspan="1"] {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 30pt; }}
"""
    return html_page(doc, css)


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path`` in this set's style."""
    print_document(doc, html(doc), path)
