"""Print a ``holdout6.model.Document`` with headless Chromium in this agency's web template:
thin grey rules, a pale header band repeated by the browser (``<thead>``), page numbers
bottom centre, and line breaks typed inside a cell kept (``white-space: pre-line``), so a
target typed as value and unit on two lines prints on two lines. Only the vertical
alignment of body cells differs per document: the IKU table puts a merged cell's text at
the BOTTOM of the merge, the Renstra table centres it. The page, the word-fit check and
the printing are ``holdout7.web``'s. The IKU lets rows break across pages
(``break-inside: auto``): its tujuan cell merges over dozens of rows, and a row that may not
break would be pushed whole to the next page, leaving page 1 empty.
"""

from __future__ import annotations

from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import CSS_FONT, PAD_X, PAD_Y, html_page, print_document


def _css(doc: Document, valign: str, rows: str) -> str:
    page = doc.page
    font = CSS_FONT[page.font]
    footer = page.page_numbers.replace("{n}", '" counter(page) "')
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm;
  @bottom-center {{ content: "{footer}"; font-family: "{font}"; font-size: {page.size}pt; }} }}
body {{ font-family: "{font}"; font-size: {page.size}pt; margin: 0; line-height: 1.2; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2}pt;
  margin-bottom: 10pt; }}
.caption {{ font-weight: bold; margin: 6pt 0 4pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.5pt solid #777; padding: {PAD_Y}pt {PAD_X}pt; vertical-align: {valign};
  white-space: pre-line; }}
th {{ background: #f2e6d9; font-weight: bold; text-align: center; vertical-align: middle; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: {rows}; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 32pt; }}
"""


def render_bottom(doc: Document, path: Path) -> None:
    """Print ``doc`` with body text at the bottom of its cell (the IKU table)."""
    print_document(doc, html_page(doc, _css(doc, "bottom", "auto")), path)


def render_middle(doc: Document, path: Path) -> None:
    """Print ``doc`` with body text centred in its cell (the Renstra table)."""
    print_document(doc, html_page(doc, _css(doc, "middle", "avoid")), path)
