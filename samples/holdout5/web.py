"""Print a ``model.Document`` from HTML with headless Chromium (this set's second renderer).

Looks unlike holdout/holdout4 (bordered Chromium tables): no vertical borders at all —
``hairline`` tables have a light rule under every row, ``booktabs`` tables heavy top and
bottom rules only, and full-width section bands. A table with ``repeat_header`` off puts
its header rows in the body, so Chromium prints them on the first page only. Every cell's
words are checked against its column width with the same font's metrics before printing
(``draw.wrap``), so no word can overflow into the next column.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from reportlab.lib.units import mm

from samples.common import SPAN_LEFT, SPAN_UP, covered, placed
from samples.holdout5.draw import font, wrap
from samples.holdout5.model import Document, Grid
from samples.render_html import print_pdf

CSS_FONT = {"DejaVuSansCondensed": "DejaVu Sans Condensed",
            "LiberationSansNarrow": "Liberation Sans Narrow"}
PAD_PT = 2.5
ALIGN = {"l": "left", "c": "center", "r": "right"}


def _spans(body: tuple[tuple[str, ...], ...], r: int, c: int) -> tuple[int, int]:
    rowspan = 1
    while r + rowspan < len(body) and body[r + rowspan][c] == SPAN_UP:
        rowspan += 1
    colspan = 1
    while c + colspan < len(body[r]) and body[r][c + colspan] == SPAN_LEFT:
        colspan += 1
    return rowspan, colspan


def _check(doc: Document, grid: Grid) -> None:
    """Refuse a word wider than its column, header or body (Chromium would let it
    overflow into the next column)."""
    face = font(doc.page.font)
    bold = font(f"{doc.page.font}-Bold")
    usable = (doc.page.width_mm - 2 * doc.page.margin_mm) * mm
    widths = [usable * w / sum(grid.widths) for w in grid.widths]
    for _, c, head in placed(grid.header):
        wrap(head.text, bold, doc.page.size, sum(widths[c:c + head.colspan]) - 2 * PAD_PT - 1)
    for r, row in enumerate(grid.body):
        for c, text in enumerate(row):
            if covered(text):
                continue
            _, colspan = _spans(grid.body, r, c)
            strong = r in grid.bold or r in grid.section
            wrap(text, bold if strong else face, doc.page.size,
                 sum(widths[c:c + colspan]) - 2 * PAD_PT - 1)


def _table(grid: Grid) -> str:
    total = sum(grid.widths)
    cols = "".join(f'<col style="width:{100 * w / total:.3f}%">' for w in grid.widths)
    head = "".join(
        "<tr>" + "".join(f'<th colspan="{h.colspan}" rowspan="{h.rowspan}">{escape(h.text)}'
                         "</th>" for h in row) + "</tr>" for row in grid.header)
    if grid.numbers:
        head += "<tr class=\"num\">" + "".join(
            f"<th>{n}</th>" for n in range(1, len(grid.widths) + 1)) + "</tr>"
    rows = []
    for r, row in enumerate(grid.body):
        classes = [n for n, s in (("bold", grid.bold), ("section", grid.section),
                                  ("group", grid.group)) if r in s]
        cells = []
        for c, text in enumerate(row):
            if covered(text):
                continue
            rowspan, colspan = _spans(grid.body, r, c)
            cells.append(f'<td rowspan="{rowspan}" colspan="{colspan}" '
                         f'style="text-align:{ALIGN[grid.align[c]]}">{escape(text)}</td>')
        rows.append(f'<tr class="{" ".join(classes)}">{"".join(cells)}</tr>')
    caption = "".join(f'<p class="caption">{escape(t)}</p>' for t in grid.caption)
    thead = f"<thead>{head}</thead><tbody>" if grid.repeat_header else f"<tbody>{head}"
    return (f'{caption}<table class="{grid.rules}"><colgroup>{cols}</colgroup>{thead}'
            f'{"".join(rows)}</tbody></table>')


def html(doc: Document) -> str:
    """The document as one HTML page; Chromium paginates it."""
    page = doc.page
    size = f"{page.width_mm}mm {page.height_mm}mm"
    css = f"""
@page {{ size: {size}; margin: {page.margin_mm}mm; }}
body {{ font-family: "{CSS_FONT[page.font]}"; font-size: {page.size}pt; margin: 0; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2.5}pt;
  margin-bottom: 10pt; line-height: 1.3; }}
.caption {{ font-weight: bold; margin: 10pt 0 3pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ padding: {PAD_PT}pt; vertical-align: top; border: none; }}
th {{ font-weight: bold; text-align: center; vertical-align: middle; }}
thead {{ display: table-header-group; }}
tr.bold td {{ font-weight: bold; }}
tr.num th {{ font-weight: normal; font-style: italic; }}
tr.section td {{ background: #e4e4e4; font-weight: bold; }}
table.hairline th {{ border-bottom: 1pt solid #000; }}
table.hairline td {{ border-bottom: 0.3pt solid #9a9a9a; }}
table.booktabs {{ border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; }}
table.booktabs tr:last-child th {{ border-bottom: 0.6pt solid #000; }}
table.booktabs tr.group td {{ border-top: 0.4pt solid #777; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 36pt; }}
"""
    heading = "".join(f"<div>{escape(line)}</div>" for line in doc.heading)
    blocks = "".join(f'<p class="text">{escape(b)}</p>' if isinstance(b, str) else _table(b)
                     for b in doc.blocks)
    sign = "".join(f"<div>{escape(t)}</div>" if t else '<div class="gap"></div>'
                   for t in doc.sign)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>'
            f"{escape(doc.name)}</title><style>{css}</style></head><body>"
            f'<div class="heading">{heading}</div>{blocks}<div class="sign">{sign}</div>'
            "</body></html>")


def render(doc: Document, path: Path) -> None:
    """Check word fit, then print ``doc`` to ``path`` with Chromium."""
    for block in doc.blocks:
        if isinstance(block, Grid):
            _check(doc, block)
    print_pdf(html(doc), doc.name, path)
