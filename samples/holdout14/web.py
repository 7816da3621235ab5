"""Print a ``holdout6.model.Document`` from HTML with headless Chromium as a spreadsheet
saved as a web page and printed: Excel's light grey gridlines (#bfbfbf) on every cell, a
black outline around the header, a dark header band with white bold text repeated by the
browser, top-aligned wrapped cells, amounts right-aligned, bold total rows on a light
fill, "Halaman n" in the bottom margin.

The table markup and the word-fit check (no word wider than its column) are holdout7's
(``samples.holdout7.web``); only the page style differs, so this module holds CSS only.
"""

from __future__ import annotations

from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import CSS_FONT, html_page, print_document


def _css(doc: Document) -> str:
    page = doc.page
    before, _, after = page.page_numbers.partition("{n}")
    footer = (f'@bottom-right {{ content: "{before}" counter(page) "{after}"; '
              f"font-family: Arial; font-size: {page.size}pt; }}" if page.page_numbers else "")
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm; {footer} }}
body {{ font-family: "{CSS_FONT[page.font]}"; font-size: {page.size}pt; margin: 0; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2}pt;
  line-height: 1.3; margin-bottom: 8pt; }}
.text {{ margin: 2pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.4pt solid #bfbfbf; padding: 1pt 2pt; vertical-align: top; }}
th {{ background: #1f4e78; color: #fff; font-weight: bold; text-align: center;
  vertical-align: middle; border: 0.6pt solid #000; }}
thead {{ display: table-header-group; }}
td[rowspan="1"] {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; background: #ddebf7; border-top: 0.6pt solid #000; }}
.sign {{ margin: 14pt 0 0 66%; text-align: center; break-inside: avoid; }}
.gap {{ height: 30pt; }}
"""


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path`` in this set's spreadsheet look."""
    print_document(doc, html_page(doc, _css(doc)), path)
