"""A small HTML table model for this set and its Chromium print.

The look deliberately differs from ``samples/render_html`` (the first holdout): thin grey
borders, a coloured header band repeated on every page, zebra body rows and serif fonts,
so the first measurement on this set tells whether the extractor relies on black rules,
white headers or sans-serif glyph widths.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from samples.curated import MERGED
from samples.render_html import print_pdf


@dataclass(frozen=True)
class HeaderCell:
    """One header cell with its spans (multi-row headers: years under one band)."""

    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class Table:
    """A printed table: header rows, column widths (relative) and alignments, and body
    rows whose ``^`` cells are covered by the cell above (a row-spanning merge)."""

    header: tuple[tuple[HeaderCell, ...], ...]
    widths: tuple[float, ...]
    align: tuple[str, ...]
    body: tuple[tuple[str, ...], ...]
    bold: frozenset[int] = frozenset()
    caption: str = ""


@dataclass(frozen=True)
class Page:
    """The whole document: title lines, the tables, CSS page size and font."""

    name: str
    heading: tuple[str, ...]
    tables: tuple[Table, ...]
    size: str
    font: str
    font_pt: float
    sign: tuple[str, ...] = ()
    keep_rows: bool = True
    """Keep each row on one page. Off for tables with tall row spans: Chromium then pushes
    the whole span to the next page (a blank first page), so rows split instead."""


def _rowspans(body: tuple[tuple[str, ...], ...]) -> dict[tuple[int, int], int]:
    """Row span of every cell that starts a merge (covered cells are absent)."""
    spans: dict[tuple[int, int], int] = {}
    for r, row in enumerate(body):
        for c, cell in enumerate(row):
            if cell == MERGED:
                continue
            n = 1
            while r + n < len(body) and body[r + n][c] == MERGED:
                n += 1
            spans[(r, c)] = n
    return spans


def _table(table: Table) -> str:
    total = sum(table.widths)
    out = [f'<p class="caption">{escape(table.caption)}</p>'] if table.caption else []
    out.append('<table><colgroup>')
    out += [f'<col style="width:{100 * w / total:.2f}%">' for w in table.widths]
    out.append("</colgroup><thead>")
    for row in table.header:
        cells = "".join(f'<th colspan="{h.colspan}" rowspan="{h.rowspan}">{escape(h.text)}</th>'
                        for h in row)
        out.append(f"<tr>{cells}</tr>")
    out.append("</thead><tbody>")
    spans = _rowspans(table.body)
    for r, row in enumerate(table.body):
        cls = ' class="bold"' if r in table.bold else ""
        cells = "".join(
            f'<td rowspan="{spans[(r, c)]}" style="text-align:{table.align[c]}">'
            f"{escape(cell)}</td>"
            for c, cell in enumerate(row) if cell != MERGED)
        out.append(f"<tr{cls}>{cells}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def html(page: Page) -> str:
    """The document as one HTML page; Chromium paginates it and repeats ``thead``."""
    css = f"""
@page {{ size: {page.size}; margin: 14mm 12mm; }}
body {{ font-family: "{page.font}"; font-size: {page.font_pt}pt; margin: 0; color: #111; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.font_pt + 3}pt;
  margin-bottom: 8pt; }}
.caption {{ font-style: italic; margin: 6pt 0 2pt; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.4pt solid #8c8c8c; padding: 2.5pt 3pt; vertical-align: top; }}
th {{ background: #dde6f1; font-weight: bold; text-align: center; vertical-align: middle; }}
thead {{ display: table-header-group; }}
tbody tr:nth-child(even) td {{ background: #f3f3f3; }}
tr.bold td {{ font-weight: bold; }}
{"tr {{ break-inside: avoid; }}" if page.keep_rows else ""}
.sign {{ margin: 14pt 0 0 60%; text-align: center; break-inside: avoid; }}
.gap {{ height: 34pt; }}
"""
    heading = "".join(f"<div>{escape(line)}</div>" for line in page.heading)
    sign = ""
    if page.sign:
        lines = [f"<div>{escape(t)}</div>" if t else '<div class="gap"></div>'
                 for t in page.sign]
        sign = f'<div class="sign">{"".join(lines)}</div>'
    body = "".join(_table(t) for t in page.tables)
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>'
            f"{escape(page.name)}</title><style>{css}</style></head><body>"
            f'<div class="heading">{heading}</div>{body}{sign}</body></html>')


def render(page: Page, path: Path) -> None:
    """Print ``page`` to ``path`` with headless Chromium."""
    print_pdf(html(page), page.name, path)
