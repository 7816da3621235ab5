"""Paper, copier and scanner defects applied to a clean page render.

A page is a float32 BGR array of reflectance in [0, 1] (1 = white paper, 0 = black toner),
so ink layers multiply and light gradients scale. Every size is given in millimetres and
converted with the page's dpi: the same document must look alike at 200 and at 300 dpi.
Each function models one physical cause, in the order a sheet meets them: toner on the
copy, holes punched for the binder, then the scanner glass, lamp and sensor.
"""

from __future__ import annotations

from typing import Literal

import cv2
import numpy as np

Page = np.ndarray
Side = Literal["left", "right", "top", "bottom"]


def mm(value: float, dpi: int) -> float:
    """Millimetres to pixels at `dpi`."""
    return value * dpi / 25.4


def smooth_field(shape: tuple[int, int], rng: np.random.Generator, cells: int) -> np.ndarray:
    """Low-frequency noise in [0, 1]: a coarse random grid upscaled, like stains or toner wear."""
    height, width = shape
    coarse = rng.random((cells, max(2, round(cells * width / height)))).astype(np.float32)
    field = cv2.resize(coarse, (width, height), interpolation=cv2.INTER_CUBIC)
    field -= field.min()
    return field / max(float(field.max()), 1e-6)


def ramp(shape: tuple[int, int], angle_deg: float) -> np.ndarray:
    """Linear 0..1 gradient across the page along `angle_deg` (0 = left to right)."""
    height, width = shape
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    angle = np.deg2rad(angle_deg)
    along = xs * np.cos(angle) + ys * np.sin(angle)
    along -= along.min()
    return along / max(float(along.max()), 1e-6)


def change_strokes(page: Page, dpi: int, width_mm: float) -> Page:
    """Thicken (width > 0, over-toned copy) or thin (width < 0, starved toner) every stroke.

    A minimum filter spreads dark ink; a maximum filter eats it. A kernel of n + 1 pixels
    moves each stroke edge by n pixels; n is at least 1 so a 200 dpi page still changes.
    """
    grow = max(1, round(mm(abs(width_mm), dpi)))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (grow + 1, grow + 1))
    op = cv2.erode if width_mm > 0 else cv2.dilate
    return op(page, kernel)


def fade_toner(page: Page, rng: np.random.Generator, strength: float, angle_deg: float) -> Page:
    """Lighten the ink along a gradient, with blotchy wear and one pale drum streak.

    Only the ink is scaled (1 - reflectance), so the paper stays white and the weakest spot
    keeps `1 - strength` of its darkness: the text fades but stays legible.
    """
    shape = page.shape[:2]
    wear = 0.6 * ramp(shape, angle_deg) + 0.4 * smooth_field(shape, rng, 6)
    streak_x = rng.uniform(0.2, 0.8) * shape[1]
    xs = np.arange(shape[1], dtype=np.float32)
    streak = np.exp(-(((xs - streak_x) / (0.03 * shape[1])) ** 2))[None, :]
    keep = 1.0 - strength * np.clip(0.8 * wear + 0.35 * streak, 0.0, 1.0)
    return 1.0 - (1.0 - page) * keep[..., None]


def photocopy_contrast(page: Page, midpoint: float, steepness: float) -> Page:
    """A copier's hard tone curve: light greys go white, dark greys go black, edges roughen."""
    curve = 1.0 / (1.0 + np.exp(-steepness * (page - midpoint)))
    low = 1.0 / (1.0 + np.exp(steepness * midpoint))
    high = 1.0 / (1.0 + np.exp(-steepness * (1.0 - midpoint)))
    return ((curve - low) / (high - low)).astype(np.float32)


def add_specks(page: Page, rng: np.random.Generator, dpi: int, per_cm2: float) -> Page:
    """Toner dust (dark dots, some in small clusters) and dropouts (white pinholes in ink)."""
    height, width = page.shape[:2]
    area_cm2 = (height / dpi * 2.54) * (width / dpi * 2.54)
    dust = np.ones((height, width), np.float32)
    for _ in range(round(per_cm2 * area_cm2)):
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        for _ in range(int(rng.integers(1, 4))):
            radius = max(1, round(mm(rng.uniform(0.05, 0.2), dpi)))
            dx, dy = (int(v) for v in rng.integers(-radius * 3, radius * 3 + 1, size=2))
            cv2.circle(dust, (x + dx, y + dy), radius, float(rng.uniform(0.05, 0.5)), -1)
    holes = (rng.random((height, width)) < per_cm2 * 4e-4).astype(np.uint8)
    holes = cv2.dilate(holes, np.ones((2, 2), np.uint8)).astype(np.float32)
    dropped = page + (1.0 - page) * holes[..., None] * 0.8
    return dropped * dust[..., None]


def punch_holes(page: Page, dpi: int, side: Side, margin_mm: float) -> Page:
    """Two ISO 838 binder holes (6 mm, 80 mm apart) showing the dark lid, with a soft shadow.

    The holes sit in the middle of the page's blank margin so they never cover text.
    """
    height, width = page.shape[:2]
    radius = mm(min(3.0, margin_mm / 3.0), dpi)
    inset = mm(margin_mm / 2.0, dpi)
    along = width if side in ("top", "bottom") else height
    centres = [along / 2 - mm(40, dpi), along / 2 + mm(40, dpi)]
    shadow = np.zeros((height, width), np.float32)
    hole = np.zeros((height, width), np.float32)
    for centre in centres:
        x, y = {
            "left": (inset, centre),
            "right": (width - inset, centre),
            "top": (centre, inset),
            "bottom": (centre, height - inset),
        }[side]
        point = (round(x), round(y))
        cv2.circle(shadow, (point[0] + 2, point[1] + 3), round(radius * 1.25), 1.0, -1)
        cv2.circle(hole, point, round(radius), 1.0, -1, lineType=cv2.LINE_AA)
    shadow = cv2.GaussianBlur(shadow, (0, 0), radius / 3)
    dimmed = page * (1.0 - 0.35 * shadow[..., None])
    return dimmed * (1.0 - hole[..., None]) + 0.22 * hole[..., None]


def warp(
    page: Page,
    dpi: int,
    skew_deg: float,
    keystone: float,
    curl_mm: float,
    scale: float,
    fill: float,
) -> Page:
    """Place the sheet on the glass: rotated, trapezoid, reduced, and curled at the left edge.

    `keystone` is how much narrower the top edge is than the bottom (a lid not pressed flat);
    `curl_mm` is how far lines bow near the binding edge, which also darkens as it lifts.
    """
    height, width = page.shape[:2]
    corners = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    inset = keystone * width / 2
    trapezoid = np.float32([[inset, 0], [width - inset, 0], [width, height], [0, height]])
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), skew_deg, scale)
    placed = cv2.transform(trapezoid[None], turn)[0]
    matrix = cv2.getPerspectiveTransform(corners, placed.astype(np.float32))
    flat = cv2.warpPerspective(
        page,
        matrix,
        (width, height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(fill, fill, fill),
    )
    if curl_mm <= 0:
        return flat
    reach = 0.18 * width
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    lift = np.clip((reach - xs) / reach, 0.0, 1.0) ** 2
    bow = mm(curl_mm, dpi) * lift * (ys - height / 2) / (height / 2)
    curled = cv2.remap(
        flat,
        xs + mm(curl_mm, dpi) * 0.6 * lift,
        ys + bow,
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(fill, fill, fill),
    )
    return curled * (1.0 - 0.22 * lift[..., None])


def uneven_light(page: Page, rng: np.random.Generator, strength: float, angle_deg: float) -> Page:
    """Lamp fall-off: a gradient across the glass plus vignetting toward the corners."""
    shape = page.shape[:2]
    height, width = shape
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    corner = ((xs / width - 0.5) ** 2 + (ys / height - 0.5) ** 2) * 2.0
    light = 1.0 - strength * (0.6 * ramp(shape, angle_deg) + 0.3 * corner)
    light -= 0.03 * smooth_field(shape, rng, 4)
    return page * light[..., None]


def scanner_border(page: Page, dpi: int, side: Side, width_mm: float) -> Page:
    """The dark band of a sheet not flush with the glass edge: black lid, soft inner edge."""
    height, width = page.shape[:2]
    depth = np.arange(width if side in ("left", "right") else height, dtype=np.float32)
    if side in ("right", "bottom"):
        depth = depth[::-1]
    band = np.clip((mm(width_mm, dpi) - depth) / mm(1.5, dpi), 0.0, 1.0)
    band = band[None, :] if side in ("left", "right") else band[:, None]
    return page * (1.0 - band[..., None]) + 0.08 * band[..., None]


def sensor(page: Page, rng: np.random.Generator, dpi: int, blur_mm: float, noise: float) -> Page:
    """Scanner optics (Gaussian blur) and sensor noise, then clip to valid reflectance."""
    sigma = mm(blur_mm, dpi)
    soft = cv2.GaussianBlur(page, (0, 0), sigma) if sigma > 0.2 else page
    grain = rng.normal(0.0, noise, soft.shape[:2]).astype(np.float32)[..., None]
    return np.clip(soft + grain, 0.0, 1.0)


def paper_tint(page: Page, bgr: tuple[float, float, float]) -> Page:
    """Off-white paper colour, multiplied under the ink like real recycled stock."""
    return page * np.float32(bgr)
