"""Labels printed turned a quarter on a page read as running text, with a real engine."""

from __future__ import annotations

import cv2
import numpy as np

from rencana.extract.ocr.engines import TesseractEngine
from rencana.extract.ocr.turned import label_boxes, read_turned_labels
from rencana.extract.ocr.words import read_words

DPI = 300


def _text(image: np.ndarray, text: str, x: int, y: int) -> None:
    cv2.putText(image, text, (x, y), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 0, 2, cv2.LINE_AA)


def _header() -> np.ndarray:
    """A header row: two upright labels, and "Target" set bottom to top between them."""
    page = np.full((260, 900), 255, np.uint8)
    _text(page, "Indikator Kinerja", 20, 130)
    _text(page, "Pagu Indikatif", 560, 130)
    label = np.full((40, 150), 255, np.uint8)
    _text(label, "Target", 8, 30)
    page[55:205, 420:460] = cv2.rotate(label, cv2.ROTATE_90_COUNTERCLOCKWISE)
    return page


def test_a_turned_label_is_found_by_its_shape_and_read_in_its_direction():
    page = _header()
    engine = TesseractEngine()
    upright = read_words(engine, page, DPI)
    assert "Target" not in " ".join(w.text for w in upright)
    ink = page < 128
    height = float(np.median([w.bottom - w.top for w in upright]))
    [box] = label_boxes(ink, upright, height, DPI)
    assert 400 <= box[0] < box[2] <= 480  # the turned label, not the upright words
    words = read_turned_labels(engine, page, ink, upright, DPI)
    texts = [w.text for w in words]
    assert "Target" in texts
    assert "Indikator" in texts and "Pagu" in texts  # upright words are kept


def test_upright_text_alone_has_no_turned_label():
    page = np.full((200, 900), 255, np.uint8)
    for k, line in enumerate(("Jumlah dokumen perencanaan", "dan evaluasi yang tersusun",
                              "Penyediaan Gaji dan Tunjangan")):
        _text(page, line, 20, 50 + 40 * k)
    engine = TesseractEngine()
    upright = read_words(engine, page, DPI)
    height = float(np.median([w.bottom - w.top for w in upright]))
    assert label_boxes(page < 128, upright, height, DPI) == []
