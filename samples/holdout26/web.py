"""Print a ``holdout6.model.Document`` with headless Chromium in this set's look: black
hairline grid, body cells vertically centred (as Excel exports of SIPD tables print),
a white bold header with a heavier rule under it, repeated by the browser on every page
(``<thead>``), page numbers centred in the ``@page`` footer. The page, the word-fit check
and the printing are ``holdout7.web``'s; only the style is this set's own.
"""

from __future__ import annotations

from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import CSS_FONT, PAD_X, PAD_Y, html_page, print_document


def _css(doc: Document) -> str:
    page = doc.page
    face = CSS_FONT[page.font]
    footer = page.page_numbers.replace("{n}", '" counter(page) "')
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm;
  @bottom-center {{ content: "{footer}"; font-family: "{face}"; font-size: {page.size}pt; }} }}
body {{ font-family: "{face}"; font-size: {page.size}pt; margin: 0; line-height: 1.35; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 3}pt;
  margin-bottom: 10pt; }}
.caption {{ font-weight: bold; text-align: center; margin: 6pt 0 4pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.5pt solid #000; padding: {PAD_Y}pt {PAD_X}pt; vertical-align: middle; }}
th {{ font-weight: bold; text-align: center; }}
thead tr:last-child th {{ border-bottom: 1.2pt solid #000; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 32pt; }}
"""


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path``."""
    print_document(doc, html_page(doc, _css(doc)), path)
