"""A photographed sheet: the page found on the desk around it and seen square-on.

A planner who has no scanner photographs the page with a phone. The sheet then fills only
part of the image, on a darker desk, and the camera's tilt makes it a quadrilateral whose
far edge is shorter (perspective): the rows of its table slope by different amounts and
converge, which no deskew undoes. The sheet is found as the largest bright region, its
four corners from its outline, and the image is warped so the sheet fills a rectangle as
wide and as tall as its longer edges (nothing is scaled down).

A flatbed scan is left as it is: its paper reaches the image's edges, and a sheet laid
crooked on a scanner's dark lid is a rectangle that deskew turns straight.
"""

from __future__ import annotations

import cv2
import numpy as np

WORK_WIDTH = 600
"""The sheet is looked for on a copy this wide: its outline needs no detail."""
BORDER_SHARE = 0.02
"""Width of the image's edge strip, as a share of its size, looked at for desk."""
MIN_DESK_SHARE = 0.6
"""Share of the edge strip that must be darker than the paper for a photographed sheet."""
SHEET_AREA = (0.3, 0.97)
"""Share of the image the sheet covers: less is no page; more leaves no desk round it."""
CORNER_FIT = 0.02
"""Tolerance, as a share of its perimeter, of the sheet's outline fitted with corners."""
MIN_PERSPECTIVE = 0.02
"""Opposite edges differing by this share of their length are seen in perspective; a
rectangle (a sheet laid crooked on a scanner) is for deskew."""


def _paper_mask(gray: np.ndarray) -> np.ndarray:
    """The bright pixels (Otsu's threshold on a blurred copy): paper, not desk."""
    blurred = cv2.GaussianBlur(gray, (0, 0), 3)
    _, mask = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return mask


def _desk_round(mask: np.ndarray) -> bool:
    """Is the image's edge strip mostly darker than paper (a desk, not a scan's margin)?"""
    h, w = mask.shape
    b = max(1, int(BORDER_SHARE * min(h, w)))
    strip = np.concatenate([mask[:b].ravel(), mask[-b:].ravel(),
                            mask[:, :b].ravel(), mask[:, -b:].ravel()])
    return float(np.mean(strip == 0)) >= MIN_DESK_SHARE


def _corners(mask: np.ndarray) -> np.ndarray | None:
    """The four corners of the largest bright region (top-left, top-right, bottom-right,
    bottom-left), None unless its outline is a quadrilateral of SHEET_AREA."""
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    hull = cv2.convexHull(max(contours, key=cv2.contourArea))
    share = cv2.contourArea(hull) / float(mask.size)
    if not SHEET_AREA[0] <= share <= SHEET_AREA[1]:
        return None
    quad = cv2.approxPolyDP(hull, CORNER_FIT * cv2.arcLength(hull, True), True)
    if len(quad) != 4:
        return None
    points = quad.reshape(4, 2).astype(np.float32)
    by_sum, by_diff = points.sum(axis=1), np.diff(points, axis=1).ravel()
    return np.array([points[by_sum.argmin()], points[by_diff.argmin()],
                     points[by_sum.argmax()], points[by_diff.argmax()]], np.float32)


def _edge_lengths(corners: np.ndarray) -> tuple[float, float, float, float]:
    top, right, bottom, left = (float(np.linalg.norm(corners[(k + 1) % 4] - corners[k]))
                                for k in range(4))
    return top, right, bottom, left


def _in_perspective(corners: np.ndarray) -> bool:
    top, right, bottom, left = _edge_lengths(corners)
    return (abs(top - bottom) >= MIN_PERSPECTIVE * max(top, bottom)
            or abs(left - right) >= MIN_PERSPECTIVE * max(left, right))


def square_on(image: np.ndarray) -> np.ndarray:
    """The image with a photographed sheet warped to fill it square-on; any other image
    (a scan) as it is."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    scale = WORK_WIDTH / gray.shape[1]
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    mask = _paper_mask(small)
    if not _desk_round(mask):
        return image
    corners = _corners(mask)
    if corners is None or not _in_perspective(corners):
        return image
    corners /= scale
    top, right, bottom, left = _edge_lengths(corners)
    width, height = round(max(top, bottom)), round(max(left, right))
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]],
                      np.float32)
    warp = cv2.getPerspectiveTransform(corners, target)
    return cv2.warpPerspective(image, warp, (width, height), flags=cv2.INTER_CUBIC,
                               borderMode=cv2.BORDER_REPLICATE)
