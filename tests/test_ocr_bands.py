"""Zebra rows on a scan: light tinted bands found against the paper around them."""

from __future__ import annotations

import cv2
import numpy as np

from rencana.extract.ocr.bands import band_edges, tinted

DPI = 200


def _page(bands: list[tuple[int, int]]) -> np.ndarray:
    """A page lit unevenly (paper 235 falling to 205 across), tinted 0.93 of the paper in
    ``bands`` (top, bottom), with lines of thin print on every row."""
    light = np.linspace(235, 205, 1600, dtype=np.float32)[None, :].repeat(1200, axis=0)
    for top, bottom in bands:
        light[top:bottom, 100:1500] *= 0.93
    page = light.astype(np.uint8)
    for y in range(110, 1100, 45):
        for x in range(120, 1450, 60):
            cv2.putText(page, "Sosial", (x, y), cv2.FONT_HERSHEY_PLAIN, 1.0, 30, 1)
    return page


def test_the_edges_of_tinted_rows_are_found_and_print_on_white_is_no_band():
    edges = band_edges(tinted(_page([(300, 360), (420, 500)]), DPI), DPI)
    heights = sorted(round(y) for y, _, _ in edges)
    assert len(heights) == 4
    assert all(abs(a - b) <= 6 for a, b in zip(heights, [300, 360, 420, 500], strict=True))
    assert all(x0 <= 110 and x1 >= 1490 for _, x0, x1 in edges)
    assert band_edges(tinted(_page([]), DPI), DPI) == []


def test_a_tint_reaching_the_edge_of_the_image_is_the_scanners_not_a_row():
    page = _page([(300, 360)])
    page[:, :40] = (page[:, :40] * 0.9).astype(np.uint8)  # a dark lid down the left edge
    page[700:800, :] = (page[700:800, :] * 0.93).astype(np.uint8)  # a grey strip across
    heights = sorted(round(y) for y, _, _ in band_edges(tinted(page, DPI), DPI))
    assert len(heights) == 2 and abs(heights[0] - 300) <= 6
