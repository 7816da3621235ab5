"""A rule-less table body read column by column (extract/ocr/strips.py)."""

from __future__ import annotations

import cv2
import numpy as np

from rencana.extract.ocr.strips import column_strips, read_in_strips

_LEFT = ["Pencegahan", "Kekerasan", "Terhadap", "Perempuan"]
_RIGHT = ["Koordinasi dan", "Sinkronisasi", "Pelaksanaan", "Kebijakan"]


def _body(offset: int) -> np.ndarray:
    """Two columns of four lines, the right one ``offset`` pixels lower (a cell set in
    the middle of its row beside a taller one)."""
    image = np.full((260, 620), 255, np.uint8)
    for k, (left, right) in enumerate(zip(_LEFT, _RIGHT, strict=True)):
        y = 40 + 44 * k
        cv2.putText(image, left, (10, y), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2, cv2.LINE_AA)
        cv2.putText(image, right, (330, y + offset), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2,
                    cv2.LINE_AA)
    return image


def test_columns_parted_by_white_over_the_whole_body_are_cut_in_its_middle():
    image = _body(22)
    strips = column_strips(image < 128)
    assert len(strips) == 2
    (a0, cut), (cut_again, b1) = strips
    assert (a0, b1) == (0, image.shape[1]) and cut == cut_again
    left_ink = np.flatnonzero((image[:, :330] < 128).any(axis=0)).max()
    assert left_ink < cut < 330
    # A line crossing the gap (running text) leaves one strip; a blank body none.
    cv2.putText(image, "Jumlah Dokumen Hasil Koordinasi", (10, 250), cv2.FONT_HERSHEY_SIMPLEX,
                0.8, 0, 2, cv2.LINE_AA)
    assert column_strips(image < 128) == [(0, image.shape[1])]
    assert column_strips(np.zeros((50, 50), bool)) == []


def test_each_column_is_read_as_its_own_block_with_page_boxes():
    from rencana.extract.ocr.engines import TesseractEngine

    words = read_in_strips(TesseractEngine(), _body(22), 300)
    left = " ".join(w.text for w in words if w.x1 < 320)
    right = " ".join(w.text for w in words if w.x0 > 320)
    assert left == " ".join(_LEFT)
    assert right == " ".join(_RIGHT)
