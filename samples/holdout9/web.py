"""Print a ``holdout6.model.Document`` from HTML with headless Chromium as the ordinary
"Table Grid" look of a Word table saved as a web page: EVERY cell boxed by a thin black
rule, top-aligned body cells, a bold header repeated on each page by the browser
(``<thead>``) and page numbers in the bottom margin.

The table markup and the word-fit check (no word wider than its column) are holdout7's
(``samples.holdout7.web``); only the page style differs, so this module holds CSS only.
Cells are padded less than holdout7's check assumes, so the check stays conservative.
"""

from __future__ import annotations

from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import CSS_FONT, html_page, print_document


def _css(doc: Document) -> str:
    page = doc.page
    before, _, after = page.page_numbers.partition("{n}")
    footer = (f'@bottom-center {{ content: "{before}" counter(page) "{after}"; '
              f"font-size: {page.size}pt; }}" if page.page_numbers else "")
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm; {footer} }}
body {{ font-family: "{CSS_FONT[page.font]}"; font-size: {page.size}pt; margin: 0; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2}pt;
  line-height: 1.3; margin-bottom: 10pt; }}
.caption {{ font-weight: bold; margin: 8pt 0 4pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.5pt solid #000; padding: 1.5pt 3pt; vertical-align: top; }}
th {{ font-weight: bold; text-align: center; vertical-align: middle; }}
thead {{ display: table-header-group; }}
td[rowspan="1"] {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 32pt; }}
"""


def html(doc: Document) -> str:
    """The whole document as one HTML page; Chromium paginates it."""
    return html_page(doc, _css(doc))


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path`` in this set's style."""
    print_document(doc, html(doc), path)
