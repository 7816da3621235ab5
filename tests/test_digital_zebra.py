"""A table drawn only by its fills (a spreadsheet's banded rows) keeps its white rows."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from rencana.extract.digital import extract_page_tables

ROWS = [("1", "Penyediaan Permakanan", "50 Orang", "783.242.000"),
        ("2", "Penyediaan Alat Bantu", "33 Orang", "62.000.000"),
        ("3", "Penyediaan Sandang", "20 Orang", "174.338.000"),
        ("4", "Pengelolaan Data Fakir Miskin", "1 Dokumen", "52.750.000")]


def _fill_cells(pdf: canvas.Canvas, xs: list[int], y: float, height: float) -> None:
    for x0, x1 in pairwise(xs):
        pdf.rect(x0, y, x1 - x0, height, stroke=0, fill=1)


def _zebra_pdf(path: Path) -> None:
    """A dark header with white text, body rows filled grey every other row, no stroke;
    each cell fills its own box, as a browser paints a table's cell backgrounds."""
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    xs, top, row = [50, 90, 330, 450, 600], 500, 20
    pdf.setFont("Helvetica", 9)
    pdf.setFillColorRGB(0.12, 0.23, 0.37)
    _fill_cells(pdf, xs, top - row, row)
    pdf.setFillColorRGB(1, 1, 1)
    for x, text in zip(xs, ("No", "Sub Kegiatan", "Target", "Pagu (Rp)"), strict=False):
        pdf.drawString(x + 4, top - 14, text)
    for k, cells in enumerate(ROWS):
        y = top - row * (k + 2)
        if k % 2 == 0:  # the first body row is filled, touching the header
            pdf.setFillColorRGB(0.9, 0.9, 0.9)
            _fill_cells(pdf, xs, y, row)
        pdf.setFillColorRGB(0, 0, 0)
        for x, text in zip(xs, cells, strict=False):
            pdf.drawString(x + 4, y + 6, text)
    pdf.save()


def test_white_rows_between_filled_rows_are_rows_of_the_table(tmp_path: Path):
    path = tmp_path / "zebra.pdf"
    _zebra_pdf(path)
    with pdfplumber.open(path) as pdf:
        [table] = extract_page_tables(pdf.pages[0], 1).tables
    grid = table.grid()
    assert grid[0] == ["No", "Sub Kegiatan", "Target", "Pagu (Rp)"]
    assert [tuple(r) for r in grid[1:]] == ROWS
