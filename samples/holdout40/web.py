"""Print a ``holdout6.model.Document`` with headless Chromium in this set's look: a black
hairline grid, cells top-aligned, a bold grey ``<thead>`` the browser repeats on every
page, a running page header with the document's first heading line (``@top-center``) and
"Halaman n" bottom right. Unlike every earlier Chromium set, **table rows may break across
pages** (``break-inside: auto``): a tall row's wrapped cells may continue at the top of
the next page under the repeated header, so one printed row's text can sit on two pages. The page,
the word-fit check and the date-pinned printing are ``holdout7.web``'s.
"""

from __future__ import annotations

from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import CSS_FONT, PAD_X, PAD_Y, html_page, print_document


def _css(doc: Document) -> str:
    page = doc.page
    face = CSS_FONT[page.font]
    footer = page.page_numbers.replace("{n}", '" counter(page) "')
    small = f'font-family: "{face}"; font-size: {page.size}pt;'
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm;
  @top-center {{ content: "{doc.heading[0]}"; {small} font-style: italic; }}
  @bottom-right {{ content: "{footer}"; {small} }} }}
body {{ font-family: "{face}"; font-size: {page.size}pt; margin: 0; line-height: 1.3; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 3}pt;
  margin-bottom: 10pt; }}
.caption {{ font-weight: bold; margin: 6pt 0 4pt; }}
.text {{ margin: 2pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.4pt solid #000; padding: {PAD_Y}pt {PAD_X}pt; vertical-align: top; }}
th {{ background: #d0d0d0; font-weight: bold; text-align: center; vertical-align: middle; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: auto; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 30pt; }}
"""


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path``."""
    print_document(doc, html_page(doc, _css(doc)), path)
