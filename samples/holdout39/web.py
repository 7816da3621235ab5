"""Print a ``holdout6.model.Document`` with headless Chromium as a page **printed from a
browser window** of a planning web application: Chromium's own print header and footer
(print date and page title at the top, the page address and "n/N" at the bottom), a
0.5 px black grid, zebra-shaded body rows, a tinted ``<thead>`` repeated on every page,
and **money cells in accounting layout**: "Rp" at the cell's left edge, the amount
right-aligned in a monospaced face (DejaVu Sans Mono) at the right edge. The "Rp" is CSS
generated content, so it is printed text without being part of the cell's model text.

The page, the word-fit check and the printing are ``holdout7.web``'s. The check measures
with DejaVu Sans (``page.font``), wider than both faces used here, so every printed word
fits its column.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import html_page, print_document

FACE = "DejaVu Sans Condensed"
MONEY_FACE = "DejaVu Sans Mono"
STAMP = "05/06/25, 09.42"
"""The print date Chromium writes top left (pinned: the build must be reproducible)."""
ADDRESS = "https://sipd-ri.kemendagri.go.id/renja/cetak"
"""The page address Chromium writes bottom left."""


def _css(doc: Document, money_columns: tuple[int, ...]) -> str:
    page = doc.page
    cells = [f"tbody td:nth-child({c})" for c in money_columns]
    money, sign = ", ".join(cells), ", ".join(f"{c}::before" for c in cells)
    box = f'font-family: "{FACE}"; font-size: 7pt; color: #333;'
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm;
  @top-left {{ content: "{STAMP}"; {box} }}
  @top-center {{ content: "{doc.heading[0].title()} - SIPD RI"; {box} }}
  @bottom-left {{ content: "{ADDRESS}"; {box} }}
  @bottom-right {{ content: counter(page) "/" counter(pages); {box} }} }}
body {{ font-family: "{FACE}"; font-size: {page.size}pt; margin: 0; line-height: 1.3; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2}pt;
  margin-bottom: 8pt; }}
.caption {{ font-weight: bold; text-align: left; margin: 5pt 0 3pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.5px solid #000; padding: 2.5pt 3pt; vertical-align: top; }}
th {{ font-weight: bold; text-align: center; vertical-align: middle; background: #dbe4f0;
  print-color-adjust: exact; -webkit-print-color-adjust: exact; }}
tbody tr:nth-child(even) td {{ background: #f0f0f0; print-color-adjust: exact;
  -webkit-print-color-adjust: exact; }}
{money} {{ font-family: "{MONEY_FACE}"; white-space: nowrap; }}
{sign} {{ content: "Rp"; float: left;
  font-family: "{FACE}"; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 14pt 0 0 64%; text-align: center; break-inside: avoid; }}
.gap {{ height: 30pt; }}
"""


def render_money(money_columns: tuple[int, ...]) -> Callable[[Document, Path], None]:
    """A ``blind.build_documents`` renderer whose table prints its 1-based columns
    ``money_columns`` in accounting layout."""

    def render(doc: Document, path: Path) -> None:
        print_document(doc, html_page(doc, _css(doc, money_columns)), path)

    return render
