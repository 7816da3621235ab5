"""Word fit of a ``book.Grid`` in a given width: both renderers refuse a word wider than
its column (reportlab would let it stick out, Chromium would spill it into the next
column, and the page would no longer print the truth's words where they belong)."""

from __future__ import annotations

from samples.common import placed, spans
from samples.fonts import ensure as font
from samples.holdout5.draw import wrap
from samples.holdout16.book import Grid


def column_widths(table: Grid, width: float) -> list[float]:
    """Column widths in points of a table ``width`` points wide."""
    return [width * w / sum(table.widths) for w in table.widths]


def check(table: Grid, name: str, size: float, width: float, pad: float) -> None:
    """Raise if a header or body word of ``table`` is wider than its (spanned) column."""
    widths = column_widths(table, width)
    face, bold = font(name), font(f"{name}-Bold")
    for _, c, head in placed(table.header):
        wrap(head.text, bold, size, sum(widths[c:c + head.colspan]) - 2 * pad - 1)
    for span in spans(table.body):
        wrap(span.text, bold if span.row in table.bold else face, size,
             sum(widths[span.col:span.last_col + 1]) - 2 * pad - 1)
