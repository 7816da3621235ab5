"""Print a ``book.Book`` with headless Chromium (``samples.render_html.print_pdf``, print
date pinned): one page-high ``<section>`` per planned sheet, a named ``@page`` for the
landscape sheets (a landscape page size inside a portrait document), the folio placed at
the bottom of each sheet, ruled tables with a grey header. Sections have a ``min-height``
(not a height): an overfull sheet grows onto an extra page instead of being clipped, so
after printing the page count must equal the sheet count and every page's lowest word must
be its folio, or the page plan (which the contents' page numbers print) is broken."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pdfplumber
from reportlab.lib.units import mm

from samples.common import spans
from samples.fonts import ensure as font
from samples.holdout16 import fit
from samples.holdout16.book import Block, Book, Grid, Sheet, Sign
from samples.render_html import print_pdf

CSS_FONT = {"LiberationSans": "Liberation Sans", "LiberationSerif": "Liberation Serif",
            "DejaVuSans": "DejaVu Sans", "DejaVuSerif": "DejaVu Serif"}
PAD = 2.0
BOLD = ' class="bold"'
ALIGN = {"l": "left", "c": "center", "r": "right"}


def _grid(table: Grid) -> str:
    total = sum(table.widths)
    cols = "".join(f'<col style="width:{100 * w / total:.3f}%">' for w in table.widths)
    head = "".join("<tr>" + "".join(
        f'<th colspan="{h.colspan}" rowspan="{h.rowspan}">{escape(h.text)}</th>'
        for h in row) + "</tr>" for row in table.header)
    if table.numbers:
        head += "<tr>" + "".join(f"<th>{n}</th>" for n in range(1, len(table.widths) + 1)) + "</tr>"
    rows: list[list[str]] = [[] for _ in table.body]
    for span in spans(table.body):
        rows[span.row].append(
            f'<td rowspan="{span.last_row - span.row + 1}" '
            f'colspan="{span.last_col - span.col + 1}" '
            f'style="text-align:{ALIGN[table.align[span.col]]}">{escape(span.text)}</td>')
    body = "".join(f"<tr{BOLD if r in table.bold else ''}>{''.join(cells)}</tr>"
                   for r, cells in enumerate(rows))
    caption = "".join(f'<p class="caption">{escape(t)}</p>' for t in table.caption)
    return (f"{caption}<table><colgroup>{cols}</colgroup><thead>{head}</thead>"
            f"<tbody>{body}</tbody></table>")


def _block(block: Block) -> str:
    if isinstance(block, Grid):
        return _grid(block)
    if isinstance(block, Sign):
        lines = "".join(f"<div>{escape(t)}</div>" if t else '<div class="gap"></div>'
                        for t in block.lines)
        return f'<div class="sign">{lines}</div>'
    if block.style == "toc":
        return (f'<p class="toc"><span>{escape(block.text)}</span>'
                f"<span>{escape(block.page)}</span></p>")
    return f'<p class="{block.style}">{escape(block.text)}</p>'


def _sheet(sheet: Sheet) -> str:
    land = ' class="land"' if sheet.landscape else ""
    folio = f'<div class="folio">{escape(sheet.folio)}</div>' if sheet.folio else ""
    return f"<section{land}>{''.join(_block(b) for b in sheet.blocks)}{folio}</section>"


def html(book: Book) -> str:
    """The whole book as one HTML page of page-high sheets."""
    w, h, m = book.paper[0], book.paper[1], book.margin_mm
    size = book.size
    css = f"""
@page {{ size: {w}mm {h}mm; margin: {m}mm; }}
@page land {{ size: {h}mm {w}mm; margin: {m}mm; }}
body {{ font-family: "{CSS_FONT[book.font]}"; font-size: {size}pt; margin: 0; }}
section {{ display: flow-root; position: relative; box-sizing: border-box;
  padding-bottom: 8mm; min-height: {h - 2 * m - 1}mm;
  break-after: page; }}
section.land {{ page: land; min-height: {w - 2 * m - 1}mm; }}
section:last-child {{ break-after: auto; }}
.folio {{ position: absolute; bottom: 0; left: 0; right: 0; text-align: center;
  font-size: {size + 1}pt; }}
p {{ margin: 0 0 6pt; }}
.cover {{ text-align: center; font-weight: bold; font-size: {size + 6}pt; margin-bottom: 12pt; }}
.h1 {{ text-align: center; font-weight: bold; font-size: {size + 2}pt; margin-bottom: 12pt; }}
.h2 {{ font-weight: bold; margin: 6pt 0 4pt; }}
.p {{ text-align: justify; font-size: {size + 2}pt; line-height: 1.45; }}
.c {{ text-align: center; font-size: {size + 2}pt; }}
.toc {{ display: flex; justify-content: space-between; font-size: {size + 2}pt; }}
.caption {{ text-align: center; font-weight: bold; margin: 0 0 2pt; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; margin: 4pt 0 8pt; }}
th, td {{ border: 0.5pt solid #000; padding: 1.5pt {PAD}pt; vertical-align: top; }}
th {{ background: #d9d9d9; font-weight: bold; text-align: center; vertical-align: middle; }}
tr.bold td {{ font-weight: bold; }}
.sign {{ margin: 12pt 0 0 55%; text-align: center; font-size: {size + 2}pt; }}
.gap {{ height: 30pt; }}
"""
    sheets = "".join(_sheet(s) for s in book.sheets)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>'
            f"{escape(book.name)}</title><style>{css}</style></head><body>{sheets}</body></html>")


def _overflowed(book: Book, path: Path) -> list[str]:
    """Pages that break the plan: a wrong count, or text printed below the folio."""
    with pdfplumber.open(path) as pdf:
        if len(pdf.pages) != len(book.sheets):
            return [f"{len(pdf.pages)} pages for {len(book.sheets)} sheets"]
        out = []
        for n, (page, sheet) in enumerate(zip(pdf.pages, book.sheets, strict=True), start=1):
            words = page.extract_words()
            if sheet.folio and words:
                lowest = max(words, key=lambda w: w["bottom"])
                if lowest["text"] not in sheet.folio.split():
                    out.append(f"page {n}: {lowest['text']!r} below the folio")
        return out


def render(book: Book, path: Path) -> int:
    """Check word fit, print ``book`` to ``path``, check the page plan; the page count."""
    for sheet in book.sheets:
        if sheet.rotate:
            raise ValueError("Chromium prints landscape sheets on landscape pages only")
        width = book.paper[1] if sheet.landscape else book.paper[0]
        for block in sheet.blocks:
            if isinstance(block, Grid):
                fit.check(block, font(book.font), book.size,
                          (width - 2 * book.margin_mm) * mm, PAD + 0.5)
    print_pdf(html(book), book.name, path)
    problems = _overflowed(book, path)
    if problems:
        raise ValueError(f"{book.name}: {problems}")
    return len(book.sheets)
