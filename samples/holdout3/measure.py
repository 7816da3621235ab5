"""Row heights and word fit for cells, measured with the fonts LibreOffice will use.

openpyxl cannot auto-fit rows (Excel does it when a user edits a sheet and stores the
height); LibreOffice keeps the stored height on import, so a row left at the default height
prints its wrapped text overlapping the next row. Each row's height is therefore computed
here by wrapping the text greedily with the substituted font's metrics on a width a little
narrower than the column, which can only over-estimate the line count. A word wider than
its column would be broken mid-word by Calc (and the PDF would no longer print the truth's
text), so such a layout fails the build (``samples.fit``).
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from samples import fit

POINTS_PER_CM = fit.POINTS_PER_CM
PADDING_PT = 0.25 * POINTS_PER_CM  # Calc's cell indents plus a safety margin
LINE_FACTOR = 1.18  # ascent + descent of Liberation / DejaVu faces, rounded up
ROW_PADDING_PT = 3.0


def _fits(words: list[str], room: float, face: str, size: float) -> int:
    """Number of lines greedy wrapping needs for ``words`` in ``room`` points."""
    lines, current = 1, 0.0
    space = pdfmetrics.stringWidth(" ", face, size)
    for word in words:
        width = pdfmetrics.stringWidth(word, face, size)
        if current and current + space + width > room:
            lines, current = lines + 1, width
        else:
            current = current + space + width if current else width
    return lines


def line_count(text: str, width_pt: float, font: str, size: float, bold: bool) -> int:
    """Printed lines of a wrapped cell; raises when a word cannot fit its column."""
    if not text.strip():
        return 1
    width_cm = width_pt / POINTS_PER_CM
    too_wide = fit.overflowing(text, width_cm, font, size, bold)
    if too_wide:
        raise ValueError(f"words wider than a {width_cm:.2f} cm column: {too_wide}")
    face = fit.face(font, bold)
    room = (width_pt - PADDING_PT) * 0.95
    return sum(_fits(part.split(), room, face, size) for part in text.split("\n"))


def height(lines: int, size: float) -> float:
    """Row height in points for ``lines`` lines of ``size``-point text."""
    return lines * size * LINE_FACTOR + ROW_PADDING_PT
