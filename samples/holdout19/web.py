"""Print an ``Outline`` table (a ``holdout6.model.Table`` whose rows carry their level as
indentation) with headless Chromium.

Earlier sets give each level of the plan hierarchy its own column. Here the level is
told by the row: its indentation in the name column, bold, or a full-width heading row
(a body cell spanning every column, shaded, with forced line breaks ``\\n`` between its
parts). Every line of every cell is measured with the font file Chromium uses against the
room its column leaves after padding and indentation, so no word can wrap differently
from the plan or spill into the next column. Page numbers print in the page's bottom-right
margin box; the print date is pinned by ``render_html.print_pdf``.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from reportlab.lib.units import mm

from samples.common import placed, spans
from samples.fonts import ensure as font
from samples.holdout5.draw import wrap
from samples.holdout6.model import Document, NewPage, Table
from samples.render_html import print_pdf

CSS_FONT = {"LiberationSans": "Liberation Sans", "LiberationSerif": "Liberation Serif",
            "DejaVuSans": "DejaVu Sans"}
ALIGN = {"l": "left", "c": "center", "r": "right"}
PAD_X, PAD_Y = 3.0, 1.5
STEP = 10.0
"""Indentation per level, in points."""


@dataclass(frozen=True)
class Outline(Table):
    """A table whose body row ``n`` is indented ``indent[n]`` steps in column ``indented``
    (no indentation when ``indent`` is empty)."""

    indent: tuple[int, ...] = ()
    indented: int = 0


def _indent(table: Table, row: int, col: int) -> float:
    if isinstance(table, Outline) and table.indent and col == table.indented:
        return STEP * table.indent[row]
    return 0.0


def _check(doc: Document, table: Table) -> None:
    """Refuse a word wider than the room its cell leaves (Chromium would let it spill)."""
    usable = (doc.page.width_mm - 2 * doc.page.margin_mm) * mm
    widths = [usable * w / sum(table.widths) for w in table.widths]
    face, bold = font(doc.page.font), font(f"{doc.page.font}-Bold")
    for _, c, head in placed(table.header):
        for line in head.text.split("\n"):
            wrap(line, bold, doc.page.size, sum(widths[c:c + head.colspan]) - 2 * PAD_X - 2)
    for span in spans(table.body):
        room = (sum(widths[span.col:span.last_col + 1]) - 2 * PAD_X - 2
                - _indent(table, span.row, span.col))
        for line in span.text.split("\n"):
            wrap(line, bold if span.row in table.bold else face, doc.page.size, room)


def _text(text: str) -> str:
    return "<br>".join(escape(line) for line in text.split("\n"))


def _table(table: Table) -> str:
    total = sum(table.widths)
    cols = "".join(f'<col style="width:{100 * w / total:.3f}%">' for w in table.widths)
    head = "".join("<tr>" + "".join(
        f'<th colspan="{h.colspan}" rowspan="{h.rowspan}">{_text(h.text)}</th>'
        for h in row) + "</tr>" for row in table.header)
    if table.numbers:
        head += "<tr>" + "".join(f'<th class="no">{n}</th>'
                                 for n in range(1, len(table.widths) + 1)) + "</tr>"
    rows: list[list[str]] = [[] for _ in table.body]
    for span in spans(table.body):
        width = span.last_col - span.col + 1
        style = f"text-align:{ALIGN[table.align[span.col]]}"
        indent = _indent(table, span.row, span.col)
        if indent:
            style += f";padding-left:{PAD_X + indent:.1f}pt"
        kind = ' class="section"' if width == len(table.widths) else ""
        rows[span.row].append(
            f'<td{kind} rowspan="{span.last_row - span.row + 1}" colspan="{width}" '
            f'style="{style}">{_text(span.text)}</td>')
    body = "".join(f'<tr{" class=bold" if r in table.bold else ""}>{"".join(cells)}</tr>'
                   for r, cells in enumerate(rows))
    caption = "".join(f'<p class="caption">{escape(t)}</p>' for t in table.caption)
    return (f"{caption}<table><colgroup>{cols}</colgroup><thead>{head}</thead>"
            f"<tbody>{body}</tbody></table>")


def _block(block: Table | str | NewPage) -> str:
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, NewPage):
        return '<div class="break"></div>'
    if block.isupper():
        return f'<p class="title">{escape(block)}</p>'
    return f'<p class="text">{escape(block)}</p>'


def html(doc: Document) -> str:
    """The whole document as one HTML page; Chromium paginates it."""
    page = doc.page
    footer = page.page_numbers.replace("{n}", '" counter(page) "')
    css = f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm;
  @bottom-right {{ content: "{footer}"; font-family: "{CSS_FONT[page.font]}";
  font-size: {page.size}pt; }} }}
body {{ font-family: "{CSS_FONT[page.font]}"; font-size: {page.size}pt; margin: 0; }}
.heading, .title {{ text-align: center; font-weight: bold; font-size: {page.size + 2.5}pt;
  line-height: 1.3; margin: 0 0 10pt; }}
.title {{ margin: 0; }}
.caption {{ font-weight: bold; margin: 6pt 0 4pt; }}
.text {{ margin: 3pt 0; }}
.break {{ break-before: page; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; margin-bottom: 6pt; }}
th, td {{ border: 0.6pt solid #000; padding: {PAD_Y}pt {PAD_X}pt; vertical-align: top;
  line-height: 1.2; }}
th {{ font-weight: bold; text-align: center; vertical-align: middle; }}
th.no {{ font-weight: normal; font-style: italic; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
tr.bold td {{ font-weight: bold; }}
td.section {{ background: #ececec; }}
.sign {{ margin: 16pt 0 0 62%; text-align: center; break-inside: avoid; }}
.gap {{ height: 32pt; }}
"""
    heading = "".join(f"<div>{escape(line)}</div>" for line in doc.heading)
    blocks = "".join(_block(b) for b in doc.blocks)
    sign = "".join(f"<div>{escape(t)}</div>" if t else '<div class="gap"></div>'
                   for t in doc.sign)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>'
            f"{escape(doc.name)}</title><style>{css}</style></head><body>"
            f'<div class="heading">{heading}</div>{blocks}<div class="sign">{sign}</div>'
            "</body></html>")


def render(doc: Document, path: Path) -> None:
    """Check word fit, then print ``doc`` to ``path`` with Chromium (date pinned)."""
    for block in doc.blocks:
        if isinstance(block, Table):
            _check(doc, block)
    print_pdf(html(doc), doc.name, path)
