"""Print a ``holdout6.model.Document`` from HTML with headless Chromium in the look of a
Word table pasted into a web editor: RULES BETWEEN ROWS ONLY (a heavier rule above and
below the header, a thin one under every body row, no vertical rules), every cell
vertically centred, and the header repeated on each page by the browser (``<thead>``).

The table markup and the word-fit check (no word wider than its column) are holdout7's
(``samples.holdout7.web``); only the page style differs.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from samples.holdout6.model import Document, Table
from samples.holdout7.web import CSS_FONT, PAD_X, PAD_Y, _check, _table
from samples.render_html import print_pdf


def html(doc: Document) -> str:
    """The whole document as one HTML page; Chromium paginates it."""
    page = doc.page
    css = f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm; }}
body {{ font-family: "{CSS_FONT[page.font]}"; font-size: {page.size}pt; margin: 0; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 3}pt;
  line-height: 1.3; margin-bottom: 10pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; margin-top: 6pt; }}
th, td {{ border: none; border-bottom: 0.5pt solid #000; padding: {PAD_Y}pt {PAD_X}pt;
  vertical-align: middle; }}
th {{ font-weight: bold; text-align: center; border-top: 1.2pt solid #000; }}
thead tr:last-child th {{ border-bottom: 1.2pt solid #000; }}
thead {{ display: table-header-group; }}
td[rowspan="1"] {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 30pt; }}
"""
    heading = "".join(f"<div>{escape(line)}</div>" for line in doc.heading)
    blocks = "".join(f'<p class="text">{escape(b)}</p>' if isinstance(b, str) else
                     _table(b) for b in doc.blocks if isinstance(b, str | Table))
    sign = "".join(f"<div>{escape(t)}</div>" if t else '<div class="gap"></div>'
                   for t in doc.sign)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>'
            f"{escape(doc.name)}</title><style>{css}</style></head><body>"
            f'<div class="heading">{heading}</div>{blocks}<div class="sign">{sign}</div>'
            "</body></html>")


def render(doc: Document, path: Path) -> None:
    """Check word fit, then print ``doc`` to ``path`` with Chromium (print date pinned)."""
    for block in doc.blocks:
        if isinstance(block, Table):
            _check(doc, block)
    print_pdf(html(doc), doc.name, path)
