"""A ruled table whose last row is cut by the page end (no lower border) keeps that row."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from rencana.extract.digital import extract_page_tables


def _cut_pdf(path: Path) -> None:
    """A 3-column grid: header, one full row, then a row whose borders run down to the
    page's bottom margin with no rule under it (the rest prints on the next page)."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    xs, ys = [50, 200, 350, 450], [700, 680, 650]
    for x in xs:
        pdf.line(x, 600, x, ys[0])
    for y in ys:
        pdf.line(xs[0], y, xs[-1], y)
    pdf.setFont("Helvetica", 8)
    for x, text in zip(xs, ("Kegiatan", "Indikator Kegiatan", "Pagu (Rp)"), strict=False):
        pdf.drawString(x + 4, 687, text)
    for x, text in zip(xs, ("Pencegahan Kekerasan", "Persentase kasus", "120.000.000"),
                       strict=False):
        pdf.drawString(x + 4, 662, text)
    for x, text in zip(xs, ("Koordinasi dan Sinkronisasi", "Jumlah Dokumen", "51.500.000"),
                       strict=False):
        pdf.drawString(x + 4, 637, text)
    pdf.save()


def test_a_row_cut_by_the_page_end_is_closed_and_kept(tmp_path: Path):
    path = tmp_path / "cut.pdf"
    _cut_pdf(path)
    with pdfplumber.open(path) as pdf:
        [table] = extract_page_tables(pdf.pages[0], 1).tables
    assert table.grid()[-1] == ["Koordinasi dan Sinkronisasi", "Jumlah Dokumen", "51.500.000"]
