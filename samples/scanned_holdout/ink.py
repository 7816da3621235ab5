"""Hand-applied ink on the last page: an agency's round rubber stamp and a pen signature.

Both are drawn as coverage masks and laid on the page multiplicatively, so the printed text
underneath stays visible through the ink (as it does through real stamp pad ink and
ballpoint): they obstruct, they do not erase.
"""

from __future__ import annotations

import cv2
import numpy as np

from samples.scanned_holdout.degrade import Page, mm, smooth_field

BGR = tuple[float, float, float]
STAMP_BLUE: BGR = (0.80, 0.38, 0.22)
STAMP_RED: BGR = (0.30, 0.28, 0.82)
BALLPOINT: BGR = (0.50, 0.22, 0.12)
_FONT = cv2.FONT_HERSHEY_DUPLEX


def lay_ink(page: Page, mask: np.ndarray, colour: BGR, opacity: float) -> Page:
    """Multiply ink of `colour` into `page` where `mask` (0..1) says it landed."""
    absorb = 1.0 - np.float32(colour)
    return page * (1.0 - opacity * mask[..., None] * absorb)


def _glyph(char: str, size_px: int, thickness: int, angle_deg: float) -> np.ndarray:
    """One character rendered on a square patch and turned by `angle_deg`."""
    scale = cv2.getFontScaleFromHeight(_FONT, size_px, thickness)
    (text_w, text_h), _ = cv2.getTextSize(char, _FONT, scale, thickness)
    side = 2 * max(text_w, text_h) + 4
    patch = np.zeros((side, side), np.uint8)
    origin = ((side - text_w) // 2, (side + text_h) // 2)
    cv2.putText(patch, char, origin, _FONT, scale, 255, thickness, cv2.LINE_AA)
    turn = cv2.getRotationMatrix2D((side / 2, side / 2), angle_deg, 1.0)
    return cv2.warpAffine(patch, turn, (side, side))


def _paste(mask: np.ndarray, patch: np.ndarray, centre: tuple[float, float]) -> None:
    """Max-combine `patch` into `mask` centred at `centre`, clipped at the mask's edges."""
    side = patch.shape[0]
    x0, y0 = round(centre[0] - side / 2), round(centre[1] - side / 2)
    ys = slice(max(0, y0), min(mask.shape[0], y0 + side))
    xs = slice(max(0, x0), min(mask.shape[1], x0 + side))
    if ys.stop <= ys.start or xs.stop <= xs.start:
        return
    piece = patch[ys.start - y0 : ys.stop - y0, xs.start - x0 : xs.stop - x0]
    np.maximum(mask[ys, xs], piece, out=mask[ys, xs])


def _arc_text(
    mask: np.ndarray,
    text: str,
    centre: tuple[float, float],
    radius: float,
    glyph_px: int,
    thickness: int,
    bottom: bool,
) -> None:
    """Write `text` round an arc centred on the top (or bottom) of a circle, upright-readable.

    Top text runs clockwise with letter tops outward; bottom text runs counter-clockwise with
    letter tops inward, so both read left to right as on a real rubber stamp.
    """
    step = np.rad2deg(1.15 * glyph_px * 0.75 / radius)
    span = step * len(text)
    middle, direction = (90.0, -1.0) if bottom else (-90.0, 1.0)
    for index, char in enumerate(text):
        if char == " ":
            continue
        angle = middle + direction * (-span / 2 + step * (index + 0.5))
        rad = np.deg2rad(angle)
        where = (centre[0] + radius * np.cos(rad), centre[1] + radius * np.sin(rad))
        turn = 90.0 - angle if bottom else -(angle + 90.0)
        _paste(mask, _glyph(char, glyph_px, thickness, turn), where)


def _fit_words(text: str, limit: int) -> str:
    """The leading whole words of `text` that fit in `limit` characters."""
    kept = ""
    for word in text.replace(",", "").split():
        candidate = f"{kept} {word}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    return kept or text[:limit]


def stamp_mask(
    shape: tuple[int, int],
    dpi: int,
    centre: tuple[float, float],
    top_text: str,
    bottom_text: str,
    tilt_deg: float,
    rng: np.random.Generator,
) -> np.ndarray:
    """A 40 mm round stamp: double rim, `top_text` and `bottom_text` round it, a star inside.

    Texts longer than the arc holds are cut at a word, as a stamp maker would abbreviate.
    Pad ink never prints evenly, so the mask is mottled. Drawn in 8 bits because OpenCV's
    text renderer only writes those. The stamp is drawn on its own square, turned by
    `tilt_deg` (nobody stamps straight), then placed at `centre`.
    """
    radius = mm(20, dpi)
    side = round(2.2 * radius)
    local = np.zeros((side, side), np.uint8)
    line = max(2, round(mm(0.6, dpi)))
    thin = max(1, line // 2)
    middle = (side / 2, side / 2)
    point = (side // 2, side // 2)
    cv2.circle(local, point, round(radius), 255, line, cv2.LINE_AA)
    cv2.circle(local, point, round(radius * 0.68), 255, thin, cv2.LINE_AA)
    glyph_px = round(mm(3.4, dpi))
    for text, bottom in ((top_text, False), (bottom_text, True)):
        fitted = _fit_words(text, 26 if not bottom else 22)
        _arc_text(local, fitted, middle, radius * 0.84, glyph_px, thin, bottom)
    star = [
        (
            middle[0] + radius * (0.3 if k % 2 == 0 else 0.12) * np.sin(np.pi * k / 5),
            middle[1] - radius * (0.3 if k % 2 == 0 else 0.12) * np.cos(np.pi * k / 5),
        )
        for k in range(10)
    ]
    cv2.fillPoly(local, [np.round(star).astype(np.int32)], 255, cv2.LINE_AA)
    turn = cv2.getRotationMatrix2D(middle, tilt_deg, 1.0)
    mask = np.zeros(shape, np.uint8)
    _paste(mask, cv2.warpAffine(local, turn, (side, side)), centre)
    mottle = 0.55 + 0.45 * smooth_field(shape, rng, 40)
    return mask.astype(np.float32) / 255.0 * mottle


def signature_mask(
    shape: tuple[int, int],
    dpi: int,
    start: tuple[float, float],
    rng: np.random.Generator,
) -> np.ndarray:
    """A 50 mm ballpoint scrawl: a capital loop, a run of cursive humps, an underline flourish.

    The pen path is a sum of sinusoids with random phases so every document signs differently.
    """
    mask = np.zeros(shape, np.float32)
    steps = np.linspace(0.0, 1.0, 900)
    humps = rng.uniform(5.0, 8.0)
    wobble = rng.uniform(0, 2 * np.pi)
    xs = 50.0 * steps + 4.0 * np.sin(2 * np.pi * humps * steps + wobble)
    ys = -6.0 * np.sin(2 * np.pi * humps * steps) * (1.0 - 0.6 * steps) - 4.0 * np.sin(
        np.pi * steps
    )
    loop = np.linspace(0, 2 * np.pi, 160)
    cap_x, cap_y = 3.0 * np.sin(loop) - 2.0, -9.0 * (1 - np.cos(loop)) / 2 + 2.0
    tail = np.linspace(0.0, 1.0, 200)
    flourish_x, flourish_y = 52.0 - 58.0 * tail, 5.0 + 2.5 * np.sin(np.pi * tail) - 1.5 * tail
    for path_x, path_y in ((cap_x, cap_y), (xs, ys), (flourish_x, flourish_y)):
        points = np.stack([start[0] + mm(1, dpi) * path_x, start[1] + mm(1, dpi) * path_y], axis=1)
        speed = np.linalg.norm(np.diff(points, axis=0), axis=1)
        heavy = 1.0 - speed / max(float(speed.max()), 1e-6)
        for index in range(len(points) - 1):
            width = max(1, round(mm(0.25 + 0.25 * heavy[index], dpi)))
            a, b = (tuple(np.round(p).astype(int)) for p in points[index : index + 2])
            cv2.line(mask, a, b, 1.0, width, cv2.LINE_AA)
    return mask
