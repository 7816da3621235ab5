"""Render a :class:`~samples.layout.Document` as HTML and print it with headless Chromium.

Used for the holdout set: a second rendering engine (Skia text layout, CSS table borders,
Chromium's own page breaking with ``<thead>`` repeated on each page and ``rowspan`` cells
split across pages) so an extractor tuned on the reportlab samples meets unfamiliar PDFs.
Chromium stamps the print time into the PDF; it is replaced by a fixed date of the same
length so rebuilds are byte-identical.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

from samples.common import COVERED
from samples.layout import Document, Grid, Lines, Look, NewPage, Signature
from samples.printed import body_rows, body_spans, header_spans

CSS_FONTS = {
    "Helvetica": "Liberation Sans", "Times-Roman": "Liberation Serif",
    "DejaVuSans": "DejaVu Sans", "DejaVuSansCondensed": "DejaVu Sans Condensed",
    "DejaVuSerif": "DejaVu Serif", "LiberationSans": "Liberation Sans",
    "LiberationSerif": "Liberation Serif",
}
FIXED_DATE = b"D:20250101000000+00'00'"
PT_PER_MM = 72 / 25.4


def _css(look: Look) -> str:
    width, height = (v / PT_PER_MM for v in look.page)
    family = CSS_FONTS[look.font]
    return f"""
@page {{ size: {width:.1f}mm {height:.1f}mm; margin: {look.margin / PT_PER_MM:.1f}mm; }}
body {{ font-family: "{family}"; font-size: {look.size}pt; margin: 0; }}
.lines {{ font-size: {look.title_size}pt; margin-bottom: 6pt; }}
.lines div {{ line-height: 1.25; }}
table.grid {{ border-collapse: collapse; width: 100%; table-layout: fixed; margin: 4pt 0 10pt; }}
table.grid th, table.grid td {{ border: {look.line_width}pt solid #000; padding: 2pt;
  vertical-align: {look.valign.lower()}; overflow-wrap: normal; }}
table.grid th {{ font-size: {look.header_size}pt; vertical-align: middle; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
.caption {{ font-weight: bold; }}
.sign {{ margin-left: 62%; text-align: center; break-inside: avoid; margin-top: 10pt; }}
.gap {{ height: 36pt; }}
.newpage {{ break-before: page; }}
"""


def _grid(grid: Grid) -> str:
    total = sum(c.width for c in grid.columns)
    out = [f'<div class="caption">{escape(t)}</div>' for t in grid.caption]
    out.append('<table class="grid"><colgroup>')
    out += [f'<col style="width:{100 * c.width / total:.3f}%">' for c in grid.columns]
    out.append("</colgroup><thead>")
    spans = {(c0, r0): (c1 - c0 + 1, r1 - r0 + 1)
             for c0, r0, c1, r1 in header_spans(grid.header)}
    for r, row in enumerate(grid.header):
        out.append("<tr>")
        for c, text in enumerate(row):
            if text in COVERED:
                continue
            colspan, rowspan = spans.get((c, r), (1, 1))
            out.append(f'<th colspan="{colspan}" rowspan="{rowspan}">{escape(text)}</th>')
        out.append("</tr>")
    if grid.number_row:
        out.append("<tr>" + "".join(f"<th>{i + 1}</th>" for i in range(len(grid.columns)))
                   + "</tr>")
    out.append("</thead><tbody>")
    rows = body_rows(grid)
    rowspans = {(r0, c): r1 - r0 + 1 for c, r0, r1 in body_spans(rows)}
    for r, row in enumerate(rows):
        out.append("<tr>")
        for c, cell in enumerate(row):
            if cell.merged:
                continue
            align = grid.columns[c].align
            bold = " font-weight:bold;" if grid.columns[c].key in grid.bold_keys else ""
            text = ("".join(f"<div>{escape(t)}</div>" for t in cell.items)
                    if cell.items is not None else escape(cell.text))
            out.append(f'<td rowspan="{rowspans.get((r, c), 1)}" '
                       f'style="text-align:{align};{bold}">{text}</td>')
        out.append("</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def html(document: Document) -> str:
    """The document as one self-contained HTML page."""
    parts = []
    for block in document.blocks:
        if isinstance(block, NewPage):
            parts.append('<div class="newpage"></div>')
        elif isinstance(block, Lines):
            weight = "bold" if block.bold else "normal"
            size = f"font-size:{block.size}pt;" if block.size else ""
            body = "".join(f"<div>{escape(t)}</div>" for t in block.lines)
            parts.append(f'<div class="lines" style="text-align:{block.align};'
                         f'font-weight:{weight};{size}">{body}</div>')
        elif isinstance(block, Signature):
            lines = []
            for i, text in enumerate(block.lines):
                lines.append(f"<div>{escape(text)}</div>")
                if i == block.gap_after:
                    lines.append('<div class="gap"></div>')
            parts.append(f'<div class="sign">{"".join(lines)}</div>')
        else:
            parts.append(_grid(block))
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
            f"<title>{escape(document.name)}</title><style>{_css(document.look)}</style>"
            f"</head><body>{''.join(parts)}</body></html>")


def chromium() -> str:
    """Path of the Chromium binary (``apt-get install chromium``)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError("the holdout set needs Chromium: apt-get install -y chromium")


def print_pdf(html_text: str, name: str, path: Path) -> None:
    """Print an HTML page to ``path`` with headless Chromium, with the print date pinned
    so that a rebuild is byte-identical."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / f"{name}.html"
        page.write_text(html_text, encoding="utf-8")
        subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--no-pdf-header-footer",
             f"--user-data-dir={tmp}/profile", f"--print-to-pdf={path}", page.as_uri()],
            check=True, capture_output=True, timeout=120)
    data = re.sub(rb"/(CreationDate|ModDate) \(D:\d{14}[^)]*\)",
                  lambda m: b"/" + m.group(1) + b" (" + FIXED_DATE + b")", path.read_bytes())
    path.write_bytes(data)


def render(document: Document, path: Path) -> None:
    """Print ``document`` to ``path``."""
    print_pdf(html(document), document.name, path)
