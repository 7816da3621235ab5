"""Print a ``book.Book`` with reportlab (``invariant=1``: byte-reproducible): one frame per
planned sheet, portrait or landscape page size per sheet, ruled tables (``Table`` with
spans), justified prose, footer folio centred under the frame. A sheet whose blocks do not
fit its frame is an error: the page plan (and the contents' page numbers) must hold."""

from __future__ import annotations

from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

from samples.common import placed, spans
from samples.fonts import ensure as font
from samples.holdout16 import fit
from samples.holdout16.book import Block, Book, Grid, Sign

PAD = 2.0
FOOT = 10 * mm
"""Room under the frame for the folio."""
ALIGN = {"l": TA_LEFT, "c": TA_CENTER, "r": TA_RIGHT}


class Styles:
    """Paragraph styles of one book (its font and size)."""

    def __init__(self, book: Book) -> None:
        self.face, self.bold = font(book.font), font(f"{book.font}-Bold")
        self.size = size = book.size

        def style(name: str, bold: bool = False, grow: float = 0, align: int = TA_LEFT,
                  after: float = 0, leading: float = 1.2) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=self.bold if bold else self.face,
                                  fontSize=size + grow, leading=(size + grow) * leading,
                                  alignment=align, spaceAfter=after)

        self.text = {"cover": style("cover", True, 6, TA_CENTER, 10),
                     "h1": style("h1", True, 2, TA_CENTER, 10),
                     "h2": style("h2", True, 0, TA_LEFT, 4),
                     "p": style("p", False, 2, TA_JUSTIFY, 6, 1.45),
                     "c": style("c", False, 2, TA_CENTER, 4),
                     "toc": style("toc", False, 2, TA_RIGHT, 6, 1.45)}
        self.cell = {(a, b): style(f"cell{a}{b}", b, 0, ALIGN[a]) for a in ALIGN
                     for b in (False, True)}


def _grid(table: Grid, styles: Styles, width: float) -> list[Flowable]:
    fit.check(table, styles.face, styles.size, width, PAD)
    cols = len(table.widths)
    heads = len(table.header) + table.numbers
    data: list[list[object]] = [[""] * cols for _ in range(heads + len(table.body))]
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, heads - 1), colors.Color(0.85, 0.85, 0.85)),
        ("VALIGN", (0, 0), (-1, heads - 1), "MIDDLE"), ("VALIGN", (0, heads), (-1, -1), "TOP"),
        *((side, (0, 0), (-1, -1), PAD) for side in ("LEFTPADDING", "RIGHTPADDING")),
        *((side, (0, 0), (-1, -1), 1.5) for side in ("TOPPADDING", "BOTTOMPADDING"))]
    for r, c, head in placed(table.header):
        data[r][c] = Paragraph(escape(head.text), styles.cell["c", True])
        if head.rowspan > 1 or head.colspan > 1:
            commands.append(("SPAN", (c, r), (c + head.colspan - 1, r + head.rowspan - 1)))
    if table.numbers:
        data[heads - 1] = [Paragraph(str(n), styles.cell["c", True]) for n in range(1, cols + 1)]
    for span in spans(table.body):
        style = styles.cell[table.align[span.col], span.row in table.bold]
        data[heads + span.row][span.col] = Paragraph(escape(span.text), style)
        if span.merges:
            commands.append(("SPAN", (span.col, heads + span.row),
                             (span.last_col, heads + span.last_row)))
    captions = [Paragraph(escape(line), styles.cell["c", True]) for line in table.caption]
    grid = Table(data, colWidths=fit.column_widths(table, width), style=TableStyle(commands))
    return [*captions, Spacer(0, 4), grid, Spacer(0, 8)]


def _block(block: Block, styles: Styles, width: float) -> list[Flowable]:
    if isinstance(block, Grid):
        return _grid(block, styles, width)
    if isinstance(block, Sign):
        style = ParagraphStyle("sign", parent=styles.text["c"], leftIndent=width * 0.55,
                               spaceAfter=0)
        return [Spacer(0, 10), *(Paragraph(escape(line), style) if line else Spacer(0, 30)
                                 for line in block.lines)]
    if block.style == "toc":
        row = Table([[Paragraph(escape(block.text), styles.text["p"]),
                      Paragraph(block.page, styles.text["toc"])]],
                    colWidths=(width - 30, 30),
                    style=TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        return [row]
    return [Paragraph(escape(block.text), styles.text[block.style])]


def render(book: Book, path: Path) -> int:
    """Print ``book`` to ``path``; the page count (one page per sheet)."""
    styles = Styles(book)
    canvas = Canvas(str(path), invariant=1)
    canvas.setTitle(book.name)
    margin = book.margin_mm * mm
    for n, sheet in enumerate(book.sheets, start=1):
        width, height = (book.paper[1], book.paper[0]) if sheet.landscape else book.paper
        width, height = width * mm, height * mm
        canvas.saveState()
        canvas.setPageRotation(90 if sheet.rotate else 0)
        canvas.setPageSize((width, height))  # reportlab writes a /Rotate 90 MediaBox turned
        if sheet.rotate:  # the portrait MediaBox is shown turned: draw the content turned back
            canvas.translate(height, 0)
            canvas.rotate(90)
        room = width - 2 * margin
        frame = Frame(margin, margin + FOOT, room, height - 2 * margin - FOOT,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        flow = [f for block in sheet.blocks for f in _block(block, styles, room)]
        frame.addFromList(flow, canvas)
        if flow:
            raise ValueError(f"{book.name}: sheet {n} does not fit its page")
        if sheet.folio:
            canvas.setFont(styles.face, book.size + 1)
            canvas.drawCentredString(width / 2, margin, sheet.folio)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return len(book.sheets)
