"""Print a ``holdout6.model.Document`` with headless Chromium in this set's look: a full
thin grid, header cells shaded and repeated by the browser on every page (``<thead>``),
cells top-aligned, page numbers in the ``@page`` footer. The page, the word-fit check and
the printing are ``holdout7.web``'s; only the style is this set's own.
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
  @bottom-center {{ content: "{footer}"; font-family: "{CSS_FONT[page.font]}";
  font-size: {page.size}pt; }} }}
body {{ font-family: "{CSS_FONT[page.font]}"; font-size: {page.size}pt; margin: 0; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2}pt;
  line-height: 1.3; margin-bottom: 10pt; }}
.caption {{ font-weight: bold; margin: 6pt 0 4pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.6pt solid #000; padding: {PAD_Y}pt {PAD_X}pt; vertical-align: top; }}
th {{ background: #d9d9d9; font-weight: bold; text-align: center;
  vertical-align: middle; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 32pt; }}
"""


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path``."""
    print_document(doc, html_page(doc, _css(doc)), path)
