"""Print a ``holdout6.model.Document`` from HTML with headless Chromium in the page and
table looks of this set, which earlier Chromium sets could not express:

- a running header (the document's title) in the top margin of every page and a footer
  such as ``Halaman 2 dari 5`` (CSS page-margin boxes, ``counter(pages)``);
- a table with only its outer border and the header rules (no inner grid) or a thin grey
  grid;
- body cells vertically centred (a merged program cell's text sits halfway down its
  span, as Word and Calc print it by default);
- bold body rows (programs) on a heavy grey band;
- a table whose header rows print once while its column-number row ``(1) (2) …`` repeats
  on every continuation page (the header sits in a table of its own just above the body
  table, whose ``<thead>`` holds only the number row);
- packed cells: a body cell whose text holds line breaks prints one paragraph per line
  with a hanging indent, so numbered items ``1.`` ``1.1.`` wrap under their own text.

Page geometry, font family (``Page.font`` is the CSS family name) and size come from the
document's ``Page``; ``Page.page_numbers`` is the footer with ``{n}`` and ``{total}``.
Every word is measured with the font file fontconfig gives Chromium for that family, so no
word is wider than its column.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from reportlab.lib.units import mm

from samples.common import placed, spans
from samples.fit import face
from samples.holdout5.draw import wrap
from samples.holdout6.model import Document, Table
from samples.render_html import print_pdf

PAD_X, PAD_Y = 2.0, 1.5
HANG_EM = 2.4
"""Hanging indent of a packed cell's items, in em (room for ``1.10.``)."""
ALIGN = {"l": "left", "c": "center", "r": "right"}


@dataclass(frozen=True)
class Style:
    """How a document's tables and pages look. ``rule`` is a CSS border; ``inner`` False
    draws only the table's outer border and the header's rules; ``valign`` is the body
    cells' vertical alignment; ``shade`` the background of bold body rows (empty: none);
    ``running`` the text printed at the top of every page; ``numbering`` formats the
    column-number row (``"({n})"`` or ``"{n}"``)."""

    rule: str = "0.5pt solid #000"
    inner: bool = True
    valign: str = "top"
    shade: str = ""
    head_fill: str = ""
    running: str = ""
    numbering: str = "({n})"


def _items(text: str) -> list[str]:
    return text.split("\n")


def _check(doc: Document, table: Table) -> None:
    """Refuse a word wider than its column (Chromium would let it spill over)."""
    page = doc.page
    usable = (page.width_mm - 2 * page.margin_mm) * mm
    widths = [usable * w / sum(table.widths) for w in table.widths]
    regular, bold = face(page.font, False), face(page.font, True)
    for _, c, head in placed(table.header):
        wrap(head.text, bold, page.size, sum(widths[c:c + head.colspan]) - 2 * PAD_X - 1)
    for span in spans(table.body):
        room = sum(widths[span.col:span.last_col + 1]) - 2 * PAD_X - 1
        items = _items(span.text)
        indent = HANG_EM * page.size if len(items) > 1 else 0.0
        for item in items:
            wrap(item, bold if span.row in table.bold else regular, page.size, room - indent)


def _cell(text: str) -> str:
    items = _items(text)
    if len(items) == 1:
        return escape(text)
    return "".join(f'<div class="item">{escape(item)}</div>' for item in items)


def _colgroup(table: Table) -> str:
    total = sum(table.widths)
    return ("<colgroup>" + "".join(f'<col style="width:{100 * w / total:.3f}%">'
                                   for w in table.widths) + "</colgroup>")


def _header(table: Table) -> str:
    return "".join("<tr>" + "".join(
        f'<th colspan="{h.colspan}" rowspan="{h.rowspan}">{escape(h.text)}</th>'
        for h in row) + "</tr>" for row in table.header)


def _numbers(table: Table, style: Style) -> str:
    if not table.numbers:
        return ""
    return ('<tr class="numbers">' + "".join(
        f"<td>{style.numbering.format(n=n)}</td>" for n in range(1, len(table.widths) + 1))
        + "</tr>")


def _body(table: Table) -> str:
    rows: list[list[str]] = [[] for _ in table.body]
    for span in spans(table.body):
        rows[span.row].append(
            f'<td rowspan="{span.last_row - span.row + 1}" '
            f'colspan="{span.last_col - span.col + 1}" '
            f'style="text-align:{ALIGN[table.align[span.col]]}">{_cell(span.text)}</td>')
    bold = ' class="bold"'
    return "".join(f'<tr{bold if r in table.bold else ""}>{"".join(cells)}</tr>'
                   for r, cells in enumerate(rows))


def _table(table: Table, style: Style) -> str:
    """A table whose header repeats on every page, or whose header prints once above a
    body table repeating only the number row."""
    caption = "".join(f'<p class="caption">{escape(t)}</p>' for t in table.caption)
    cols = _colgroup(table)
    body = f"<tbody>{_body(table)}</tbody>"
    if table.repeat_header:
        return (f"{caption}<table>{cols}<thead>{_header(table)}{_numbers(table, style)}"
                f"</thead>{body}</table>")
    return (f'{caption}<table class="lead">{cols}<thead>{_header(table)}</thead></table>'
            f"<table>{cols}<thead>{_numbers(table, style)}</thead>{body}</table>")


def _css(doc: Document, style: Style) -> str:
    page = doc.page
    before, _, rest = page.page_numbers.partition("{n}")
    middle, _, after = rest.partition("{total}")
    total = ' counter(pages) "' if "{total}" in page.page_numbers else ' "'
    box = f'font-family: "{page.font}"; font-size: {page.size}pt;'
    footer = (f'@bottom-right {{ content: "{before}" counter(page) "{middle}"{total}{after}"; '
              f"{box} }}" if page.page_numbers else "")
    running = (f'@top-center {{ content: "{style.running}"; {box} font-style: italic; }}'
               if style.running else "")
    cells = style.rule if style.inner else "none"
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm;
  {running} {footer} }}
body {{ font-family: "{page.font}"; font-size: {page.size}pt; margin: 0;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2}pt;
  line-height: 1.3; margin-bottom: 8pt; }}
.caption {{ font-weight: bold; margin: 8pt 0 3pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed;
  border: {style.rule}; }}
table.lead {{ border-bottom: none; }}
th {{ border: {style.rule}; padding: {PAD_Y}pt {PAD_X}pt; font-weight: bold;
  text-align: center; vertical-align: middle; background: {style.head_fill or "none"}; }}
td {{ border: {cells}; padding: {PAD_Y}pt {PAD_X}pt; vertical-align: {style.valign}; }}
tr.numbers td {{ border: {style.rule}; text-align: center; font-style: italic;
  vertical-align: middle; }}
thead {{ display: table-header-group; }}
td[rowspan="1"] {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; background: {style.shade or "none"}; }}
.item {{ padding-left: {HANG_EM}em; text-indent: -{HANG_EM}em; }}
.sign {{ margin: 14pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 30pt; }}
"""


def html(doc: Document, style: Style) -> str:
    """The whole document as one HTML page; Chromium paginates it."""
    heading = "".join(f"<div>{escape(line)}</div>" for line in doc.heading)
    blocks = "".join(f'<p class="text">{escape(b)}</p>' if isinstance(b, str) else
                     _table(b, style) for b in doc.blocks if isinstance(b, str | Table))
    sign = "".join(f"<div>{escape(t)}</div>" if t else '<div class="gap"></div>'
                   for t in doc.sign)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>'
            f"{escape(doc.name)}</title><style>{_css(doc, style)}</style></head><body>"
            f'<div class="heading">{heading}</div>{blocks}<div class="sign">{sign}</div>'
            "</body></html>")


def render(doc: Document, path: Path, style: Style) -> None:
    """Check word fit, then print ``doc`` to ``path`` in ``style`` (print date pinned)."""
    for block in doc.blocks:
        if isinstance(block, Table):
            _check(doc, block)
    print_pdf(html(doc, style), doc.name, path)
