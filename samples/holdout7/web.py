"""Print a ``holdout6.model.Document`` from HTML with headless Chromium, in a look no
earlier set used: NO borders or rules at all, every cell vertically centred
(``vertical-align: middle``, so a short cell's text sits halfway down a tall wrapped row),
generous padding, and a light grey header band that Chromium repeats on every page
(``<thead>``). Columns are told apart only by whitespace. Every word is measured with the
same font file Chromium uses against its column (``holdout5.draw.wrap``), so no word can
overflow into the next column.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from reportlab.lib.units import mm

from samples.common import placed, spans
from samples.fonts import ensure as font
from samples.holdout5.draw import wrap
from samples.holdout6.model import Document, Table
from samples.render_html import print_pdf

CSS_FONT = {"DejaVuSans": "DejaVu Sans", "LiberationSans": "Liberation Sans",
            "LiberationSerif": "Liberation Serif"}
PAD_X, PAD_Y = 5.0, 4.0
ALIGN = {"l": "left", "c": "center", "r": "right"}


def _check(doc: Document, table: Table) -> None:
    """Refuse a word wider than its column (Chromium would let it spill over)."""
    usable = (doc.page.width_mm - 2 * doc.page.margin_mm) * mm
    widths = [usable * w / sum(table.widths) for w in table.widths]
    face, bold = font(doc.page.font), font(f"{doc.page.font}-Bold")
    for _, c, head in placed(table.header):
        wrap(head.text, bold, doc.page.size, sum(widths[c:c + head.colspan]) - 2 * PAD_X - 1)
    for span in spans(table.body):
        wrap(span.text, bold if span.row in table.bold else face, doc.page.size,
             sum(widths[span.col:span.last_col + 1]) - 2 * PAD_X - 1)


def _table(table: Table) -> str:
    total = sum(table.widths)
    cols = "".join(f'<col style="width:{100 * w / total:.3f}%">' for w in table.widths)
    head = "".join("<tr>" + "".join(
        f'<th colspan="{h.colspan}" rowspan="{h.rowspan}">{escape(h.text)}</th>'
        for h in row) + "</tr>" for row in table.header)
    rows: list[list[str]] = [[] for _ in table.body]
    for span in spans(table.body):
        rows[span.row].append(
            f'<td rowspan="{span.last_row - span.row + 1}" '
            f'colspan="{span.last_col - span.col + 1}" '
            f'style="text-align:{ALIGN[table.align[span.col]]}">{escape(span.text)}</td>')
    bold = ' class="bold"'
    body = "".join(f'<tr{bold if r in table.bold else ""}>{"".join(cells)}</tr>'
                   for r, cells in enumerate(rows))
    caption = "".join(f'<p class="caption">{escape(t)}</p>' for t in table.caption)
    return (f"{caption}<table><colgroup>{cols}</colgroup><thead>{head}</thead>"
            f"<tbody>{body}</tbody></table>")


def html(doc: Document) -> str:
    """The whole document as one HTML page; Chromium paginates it."""
    page = doc.page
    css = f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm; }}
body {{ font-family: "{CSS_FONT[page.font]}"; font-size: {page.size}pt; margin: 0; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2}pt;
  line-height: 1.35; margin-bottom: 12pt; }}
.caption {{ font-weight: bold; margin: 8pt 0 6pt; }}
.text {{ margin: 4pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: none; padding: {PAD_Y}pt {PAD_X}pt; vertical-align: middle; }}
th {{ background: #e3e3e3; font-weight: bold; text-align: center; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 18pt 0 0 60%; text-align: center; break-inside: avoid; }}
.gap {{ height: 34pt; }}
"""
    return html_page(doc, css)


def html_page(doc: Document, css: str) -> str:
    """The document as one HTML page with ``css``; Chromium paginates it (shared by the
    later sets' renderers, which differ only in their style)."""
    heading = "".join(f"<div>{escape(line)}</div>" for line in doc.heading)
    blocks = "".join(f'<p class="text">{escape(b)}</p>' if isinstance(b, str) else
                     _table(b) for b in doc.blocks if isinstance(b, str | Table))
    sign = "".join(f"<div>{escape(t)}</div>" if t else '<div class="gap"></div>'
                   for t in doc.sign)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>'
            f"{escape(doc.name)}</title><style>{css}</style></head><body>"
            f'<div class="heading">{heading}</div>{blocks}<div class="sign">{sign}</div>'
            "</body></html>")


def print_document(doc: Document, markup: str, path: Path) -> None:
    """Check word fit, then print ``markup`` to ``path`` with Chromium (date pinned)."""
    for block in doc.blocks:
        if isinstance(block, Table):
            _check(doc, block)
    print_pdf(markup, doc.name, path)


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` to ``path`` in this set's style."""
    print_document(doc, html(doc), path)
