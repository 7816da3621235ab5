"""Print a ``holdout6.model.Document`` with headless Chromium in this set's look: **DejaVu
Serif Condensed**, hairline grid with a double rule under the header, generous top padding
and tight side padding in body cells, a running header (the document's first heading line)
top right and "Halaman n" bottom right on every page. The page, the word-fit check and the
printing are ``holdout7.web``'s; only the style is this set's own.

``render_pair`` prints a page whose two tables stand **side by side** (a Perjanjian Kinerja
lampiran: targets left, programs and budget right) by laying the body out as a CSS grid.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import html_page, print_document

FACE = "DejaVu Serif Condensed"
"""Chromium's face; the word-fit check measures with the wider DejaVu Serif (``page.font``),
so a word that passes it fits the condensed print too."""
GAP_MM = 6.0
"""White space between two tables printed side by side."""
PAIR = """
body {{ display: grid; grid-template-columns: {left}fr {right}fr; column-gap: {gap}mm;
  align-items: start; }}
body > .heading, body > .text, body > .sign {{ grid-column: 1 / -1; }}
body > :nth-child(3) {{ grid-column: 1; grid-row: 3; }}
body > :nth-child(4) {{ grid-column: 1; grid-row: 4; }}
body > :nth-child(5) {{ grid-column: 2; grid-row: 3; }}
body > :nth-child(6) {{ grid-column: 2; grid-row: 4; }}
"""
"""Children of ``<body>``: heading, one text line, caption + table, caption + table,
signature; the two caption/table pairs take one grid column each."""


def _css(doc: Document) -> str:
    page = doc.page
    footer = page.page_numbers.replace("{n}", '" counter(page) "')
    running = doc.heading[0].replace('"', "'")
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm;
  @top-right {{ content: "{running}"; font-family: "{FACE}"; font-size: {page.size - 1}pt;
    font-style: italic; }}
  @bottom-right {{ content: "{footer}"; font-family: "{FACE}"; font-size: {page.size}pt; }} }}
body {{ font-family: "{FACE}"; font-size: {page.size}pt; margin: 0; line-height: 1.25; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2.5}pt;
  margin-bottom: 8pt; }}
.caption {{ font-weight: bold; text-align: left; margin: 5pt 0 3pt; }}
.text {{ margin: 3pt 0; text-align: justify; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.4pt solid #222; padding: 4pt 2.5pt 1.5pt; vertical-align: top; }}
th {{ font-weight: bold; text-align: center; vertical-align: middle; background: #f2f2f2;
  print-color-adjust: exact; -webkit-print-color-adjust: exact; }}
thead tr:last-child th {{ border-bottom: 1.8pt double #222; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 12pt 0 0 66%; text-align: center; break-inside: avoid; }}
.gap {{ height: 28pt; }}
"""


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path`` (tables one below the other)."""
    print_document(doc, html_page(doc, _css(doc)), path)


def render_pair(doc: Document, path: Path, shares: tuple[float, float]) -> None:
    """Print ``doc`` (one text line, then exactly two tables) with its tables side by side,
    ``shares`` of the usable width each. Words are checked against the narrower of the
    two columns: the check is run as if the page were that column's width."""
    page = doc.page
    css = _css(doc) + PAIR.format(left=shares[0], right=shares[1], gap=GAP_MM)
    usable = page.width_mm - 2 * page.margin_mm - GAP_MM
    narrow = usable * min(shares) / sum(shares)
    checked = replace(doc, page=replace(page, width_mm=narrow + 2 * page.margin_mm))
    print_document(checked, html_page(doc, css), path)
