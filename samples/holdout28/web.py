"""Print a ``holdout6.model.Document`` with headless Chromium in the two web templates of this
set. Both start from holdout26's page (black hairline grid, bold header with a heavier rule
under it, repeated by the browser, page number at the foot) and add their own colours and
alignment: the Dinas Kesehatan's IKU page (pale green header, text at the top of its cell,
so a merged cell's text stands beside its first line) and the Bappeda's Renstra page (navy
header in white, cells vertically centred, program rows pale blue, as the exports of
planning applications colour them). The word-fit check and the printing are
``holdout7.web``'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from samples.holdout6.model import Document
from samples.holdout7.web import html_page, print_document
from samples.holdout26.web import _css as hairline_page


@dataclass(frozen=True)
class Style:
    """The colours and alignment that tell the two templates apart."""

    head_fill: str
    head_text: str
    row_fill: str
    valign: str
    rows: str
    """``break-inside`` of body rows: the IKU's tujuan cell spans most of the table, and a
    row that may not break would push the whole merge off page 1."""
    bold_cells: str
    """Selector of the cells a bold row sets bold: in the IKU only the row's own last three
    (kegiatan, indicator, pagu), not the merged cells that start beside it."""


IKU = Style("#e2efda", "#000", "#f3f3f3", "top", "auto", ":nth-last-child(-n+3)")
RENSTRA = Style("#1f3864", "#fff", "#dde8f5", "middle", "avoid", "")


def _css(doc: Document, style: Style) -> str:
    """holdout26's page with this template's rules after it (later rules win)."""
    return hairline_page(doc) + f"""
th {{ background: {style.head_fill}; color: {style.head_text}; }}
td {{ vertical-align: {style.valign}; }}
tr {{ break-inside: {style.rows}; }}
tr.bold td {{ font-weight: normal; }}
tr.bold td{style.bold_cells} {{ font-weight: bold; background: {style.row_fill}; }}
"""


def render_iku(doc: Document, path: Path) -> None:
    """Print ``doc`` in the Dinas Kesehatan's template."""
    print_document(doc, html_page(doc, _css(doc, IKU)), path)


def render_renstra(doc: Document, path: Path) -> None:
    """Print ``doc`` in the Bappeda's template."""
    print_document(doc, html_page(doc, _css(doc, RENSTRA)), path)
