"""Print a ``holdout6.model.Document`` with headless Chromium in the look of an Excel sheet
printed as is: **Liberation Sans Narrow**, **light grey hairline gridlines** (0.25 pt,
``#bfbfbf``, as Excel's "Print gridlines" draws them) on every cell, wrapped cells
top-aligned, a plain grey header that Chromium repeats on every page (``<thead>``, as a
sheet's "rows to repeat at top"), page numbers bottom right.

A body cell holding only ``SHADE`` prints **empty and filled** (``SHADE_FILL``): a planner's
schedule cell coloured in Excel instead of ticked. Page, word-fit check and printing are
``holdout7.web``'s; only the style and the fill are this set's own.
"""

from __future__ import annotations

from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import PAD_X, PAD_Y, html_page, print_document
from samples.holdout42 import narrow

SHADE = "#"
"""The body text of a filled schedule cell (printed as fill alone, no character)."""
SHADE_FILL = "#70ad47"
"""Excel's green accent: the fill of a planned month."""
GRID = "0.25pt solid #bfbfbf"


def _css(doc: Document) -> str:
    page = doc.page
    footer = page.page_numbers.replace("{n}", '" counter(page) "')
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm;
  @bottom-right {{ content: "{footer}"; font-family: "{narrow.CSS_NAME}";
    font-size: {page.size}pt; }} }}
body {{ font-family: "{narrow.CSS_NAME}"; font-size: {page.size}pt; margin: 0;
  line-height: 1.25; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 3}pt;
  margin-bottom: 10pt; }}
.caption {{ font-weight: bold; margin: 6pt 0 4pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: {GRID}; padding: {PAD_Y / 2}pt {PAD_X / 2}pt; vertical-align: top; }}
th {{ background: #e7e6e6; font-weight: bold; text-align: center; vertical-align: middle; }}
td.on {{ background: {SHADE_FILL}; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 32pt; }}
"""


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path``, every ``SHADE`` cell as a filled empty cell."""
    narrow.register()
    markup = html_page(doc, _css(doc)).replace(f'">{SHADE}</td>', '" class="on"></td>')
    print_document(doc, markup, path)
