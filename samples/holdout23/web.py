"""Print a ``holdout6.model.Document`` with headless Chromium in this set's look: a full
thin grid, body cells **vertically centred** (a tujuan or sasaran merged over several
indicator rows sits halfway down its span), a shaded ``<thead>`` the browser repeats on
every page, page numbers in the ``@page`` footer. The page, the word-fit check and the
printing are ``holdout7.web``'s; only the style is this set's own.
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
body {{ font-family: "{CSS_FONT[page.font]}"; font-size: {page.size}pt; margin: 0; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2.5}pt;
  line-height: 1.3; margin-bottom: 10pt; }}
.caption {{ font-weight: bold; text-align: center; margin: 4pt 0 3pt; }}
.text {{ margin: 4pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.5pt solid #333; padding: {PAD_Y / 2}pt {PAD_X / 2}pt;
  vertical-align: middle; }}
th {{ background: #dde6f0; font-weight: bold; text-align: center; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 16pt 0 0 64%; text-align: center; break-inside: avoid; }}
.gap {{ height: 30pt; }}
"""


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path``."""
    print_document(doc, html_page(doc, _css(doc)), path)
