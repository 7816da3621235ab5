"""The OCR path end to end, with the real Tesseract, on a small scanned table.

A ruled table with a merged header and a merged body cell is printed with reportlab,
rasterised at 200 dpi, skewed, blurred, noised and saved as an image-only PDF; the OCR
path must give back the grid, the spans and the printed texts and numbers.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from rencana.extract.ocr.engines import get_engine
from rencana.extract.ocr.repair import repair_numeric
from rencana.extract.ocr.tables import ocr_page

DPI = 200
ROWS = [
    ["NO", "PROGRAM", "", "ANGGARAN (Rp)", "TW I"],
    ["", "NAMA", "TARGET", "", ""],
    ["1", "Rehabilitasi Sosial", "86%", "1.250.000.000", "v"],
    ["", "Penyediaan Permakanan", "100%", "85.400.000", ""],
    ["2", "Pemberdayaan Sosial", "75,5%", "9.600.000", "v"],
]


def _scanned_table(tmp_path: Path) -> Path:
    digital = tmp_path / "table.pdf"
    table = Table(ROWS, colWidths=[40, 190, 70, 120, 50])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("SPAN", (1, 0), (2, 0)),  # PROGRAM over NAMA and TARGET
                ("SPAN", (0, 0), (0, 1)),
                ("SPAN", (3, 0), (3, 1)),
                ("SPAN", (4, 0), (4, 1)),
                ("SPAN", (0, 2), (0, 3)),  # row number merged over two rows
            ]
        )
    )
    SimpleDocTemplate(str(digital), pagesize=landscape(A4)).build([table])
    page = pdfium.PdfDocument(digital)[0]
    gray = np.array(page.render(scale=DPI / 72).to_pil().convert("L"))
    h, w = gray.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), 1.3, 1.0)
    gray = cv2.warpAffine(gray, turn, (w, h), borderValue=245)
    gray = cv2.GaussianBlur(gray, (0, 0), 0.6)
    noise = np.random.default_rng(7).normal(0, 6, gray.shape)
    gray = np.clip(gray + noise, 0, 255).astype(np.uint8)
    scanned = tmp_path / "scanned.pdf"
    Image.fromarray(gray).save(scanned, resolution=DPI)
    return scanned


@pytest.mark.ocr
def test_scanned_table_comes_back_as_the_same_raw_table(tmp_path: Path) -> None:
    found = ocr_page(_scanned_table(tmp_path), 1, get_engine("tesseract"))
    tables, lines = found.tables, found.lines
    assert len(tables) == 1
    table = tables[0]
    assert (table.n_rows, table.n_cols) == (5, 5)
    assert table.method == "ocr-tesseract+grid"
    assert table.row_pages == (1,) * 5
    spans = {(c.row, c.col): (c.rowspan, c.colspan) for c in table.cells}
    assert spans[(0, 1)] == (1, 2)
    assert spans[(0, 0)] == (2, 1)
    assert spans[(2, 0)] == (2, 1)
    grid = table.grid(spread_spans=False)
    assert grid[0][1] == "PROGRAM"
    assert grid[1][1:3] == ["NAMA", "TARGET"]
    assert [row[2] for row in grid[2:]] == ["86%", "100%", "75,5%"]
    assert [row[3] for row in grid[2:]] == ["1.250.000.000", "85.400.000", "9.600.000"]
    assert [row[1] for row in grid[2:]] == [
        "Rehabilitasi Sosial",
        "Penyediaan Permakanan",
        "Pemberdayaan Sosial",
    ]
    # Tesseract sometimes doubles a lone tick ("Vv"); the mark repair reads it as a tick.
    assert [repair_numeric(row[4], "mark")[0] for row in grid[2:]] == ["v", "", "v"]
    assert table.confidence is not None and table.confidence > 70
    x0, top, x1, bottom = table.bbox
    assert 0 < x0 < x1 < landscape(A4)[0] and 0 < top < bottom < landscape(A4)[1]
    assert any("Rehabilitasi" in line for line in lines)
