"""Text turned a quarter in a narrow header cell reads in its own direction."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from rencana.extract.digital import extract_page_tables


def _ruled_pdf(path: Path) -> None:
    """A 3 × 3 ruled grid whose third column's header is set bottom to top."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    xs, ys = [50, 150, 250, 280], [700, 640, 620, 600]
    for x in xs:
        pdf.line(x, ys[-1], x, ys[0])
    for y in ys:
        pdf.line(xs[0], y, xs[-1], y)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(55, 660, "Kegiatan")
    pdf.drawString(155, 660, "Volume")
    pdf.saveState()
    pdf.translate(268, 645)
    pdf.rotate(90)
    pdf.drawString(0, 0, "Kuartal I")
    pdf.restoreState()
    for y, (name, volume) in zip((625, 605), (("Rapat", "1 kali"), ("Sosialisasi", "2 kali")),
                                 strict=True):
        pdf.drawString(55, y, name)
        pdf.drawString(155, y, volume)
        pdf.drawString(262, y, "v")
    pdf.save()


def test_turned_header_text_reads_bottom_to_top(tmp_path: Path):
    path = tmp_path / "turned.pdf"
    _ruled_pdf(path)
    with pdfplumber.open(path) as pdf:
        [table] = extract_page_tables(pdf.pages[0], 1).tables
    assert table.grid()[0] == ["Kegiatan", "Volume", "Kuartal I"]
    assert [row[2] for row in table.grid()[1:]] == ["v", "v"]


def _rules_only_pdf(path: Path) -> None:
    """A table with horizontal rules only, whose "Satuan" header is set bottom to top."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for y in (675, 640, 580):
        pdf.line(50, y, 400, y)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(55, 650, "Program / Kegiatan")
    pdf.drawString(205, 650, "Indikator Kinerja")
    pdf.saveState()
    pdf.translate(320, 644)
    pdf.rotate(90)
    pdf.drawString(0, 0, "Satuan")
    pdf.restoreState()
    pdf.drawString(345, 650, "Target")
    for y, row in zip((628, 614, 600), (("Rapat Koordinasi", "Jumlah rapat", "Kali", "4"),
                                        ("Sosialisasi", "Jumlah peserta", "Orang", "50"),
                                        ("Pendataan", "Jumlah data", "Dokumen", "2")),
                      strict=True):
        for x, text in zip((55, 205, 305, 345), row, strict=True):
            pdf.drawString(x, y, text)
    pdf.save()


def test_turned_header_text_reads_in_its_direction_in_a_table_without_vertical_rules(
        tmp_path: Path):
    path = tmp_path / "turned_rules_only.pdf"
    _rules_only_pdf(path)
    with pdfplumber.open(path) as pdf:
        [table] = extract_page_tables(pdf.pages[0], 1).tables
    assert "Satuan" in [text.strip() for text in table.grid()[0]]
