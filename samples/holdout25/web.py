"""Print a ``holdout6.model.Document`` with headless Chromium in this set's dense look:
hairline grid, body cells top-aligned (a merged cell's text
starts on its first row's lines: centred text in tight 5 pt rows sits between other
columns' baselines and no reader can tell its lines apart), a two-tone header repeated
by the browser on every page (``<thead>``), page numbers in the ``@page`` footer. The
page, the word-fit check and the printing are ``holdout7.web``'s; only the style is this
set's own.
"""

from __future__ import annotations

from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import CSS_FONT, PAD_X, PAD_Y, html_page, print_document


def _css(doc: Document) -> str:
    page = doc.page
    footer = page.page_numbers.replace("{n}", '" counter(page) "')
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm;
  @bottom-right {{ content: "{footer}"; font-family: "{CSS_FONT[page.font]}";
  font-size: {page.size}pt; }} }}
body {{ font-family: "{CSS_FONT[page.font]}"; font-size: {page.size}pt; margin: 0;
  line-height: 1.15; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2.5}pt;
  margin-bottom: 8pt; }}
.caption {{ font-weight: bold; margin: 5pt 0 3pt; }}
.text {{ margin: 2pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.4pt solid #333; padding: {PAD_Y}pt {PAD_X}pt; vertical-align: top; }}
th {{ background: #cfd8e3; font-weight: bold; text-align: center;
  vertical-align: middle; }}
thead tr + tr th {{ background: #e8edf3; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 14pt 0 0 64%; text-align: center; break-inside: avoid; }}
.gap {{ height: 30pt; }}
"""


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path``."""
    print_document(doc, html_page(doc, _css(doc)), path)
