"""Print a ``holdout6.model.Document`` from HTML with headless Chromium in the look of a Word
table saved as PDF with Cambria (→ Caladea): every cell boxed by a thin rule, a light grey
header whose column-number row is part of the repeated ``<thead>``, cells vertically
centred (as Word's "Center" cell alignment prints planning forms), page numbers in the
bottom margin.

Table markup, word-fit check and printing are holdout7's (``samples.holdout7.web``); the
font table there knows only DejaVu / Liberation, so this module names the family itself.
"""

from __future__ import annotations

from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import html_page, print_document
from samples.holdout12 import fonts

CSS_FONT = {"Caladea": "Caladea", "Carlito": "Carlito"}


def _css(doc: Document) -> str:
    page = doc.page
    before, _, after = page.page_numbers.partition("{n}")
    family = CSS_FONT[page.font]
    footer = (f'@bottom-right {{ content: "{before}" counter(page) "{after}"; '
              f'font-family: "{family}"; font-size: {page.size}pt; }}'
              if page.page_numbers else "")
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm; {footer} }}
body {{ font-family: "{family}"; font-size: {page.size}pt; margin: 0; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2.5}pt;
  line-height: 1.3; margin-bottom: 8pt; }}
.caption {{ font-weight: bold; margin: 6pt 0 4pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.4pt solid #000; padding: 1.2pt 2.5pt; vertical-align: middle; }}
th {{ background: #d9d9d9; font-weight: bold; text-align: center; }}
thead {{ display: table-header-group; }}
td[rowspan="1"] {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 14pt 0 0 64%; text-align: center; break-inside: avoid; }}
.gap {{ height: 30pt; }}
"""


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path`` (the word-fit check measures with the registered font)."""
    fonts.register()
    print_document(doc, html_page(doc, _css(doc)), path)
