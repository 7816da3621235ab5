"""How the sheet became pixels, beyond the first set's flatbed: copier screen, binding, fax, phone.

Pages are float32 BGR reflectance in [0, 1], sizes in millimetres at the page's dpi, as in
`samples/scanned_holdout/degrade.py`, whose helpers these build on. Each function models
one physical cause: a copier printing greys as a dot screen, a stapled stack pressed on the
glass, a sheet laid down at a slant, a fax / black-and-white scan mode, a phone photograph.
"""

from __future__ import annotations

import cv2
import numpy as np

from samples.scanned_holdout.degrade import Page, mm, ramp, sensor, smooth_field, warp

DESK_BGR = (0.30, 0.40, 0.50)  # a wooden desk under the phone
PHONE_BLUR_MM = 0.12  # focus a little off and a hand that moved
PHONE_NOISE = 0.02


def halftone(page: Page, dpi: int, lpi: float, angle_deg: float) -> Page:
    """A copier's dot screen: greys become dots at `lpi` lines per inch, turned `angle_deg`.

    Solid black text and white paper are unchanged; grey fills (zebra rows, header bands)
    and anti-aliased edges become a dot pattern the scanner samples at its own pitch, which
    beats against the screen into moiré. The copy is black and white, so colour is lost.
    """
    height, width = page.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    angle = np.deg2rad(angle_deg)
    period = dpi / lpi
    u = (xs * np.cos(angle) + ys * np.sin(angle)) * 2 * np.pi / period
    v = (-xs * np.sin(angle) + ys * np.cos(angle)) * 2 * np.pi / period
    screen = 0.5 + 0.23 * (np.cos(u) + np.cos(v))  # 0.04..0.96: paper stays white
    grey = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    dots = np.clip((grey - screen) / 0.06 + 0.5, 0.0, 1.0)
    return np.repeat(dots[..., None], 3, axis=2)


def bind(page: Page, dpi: int, rng: np.random.Generator) -> Page:
    """A stapled stack scanned without unstapling: staple at top left, binding shadow.

    The staple holds the left edge up off the glass, so the edge falls into a shadow (up
    to 45 % darker right at the edge, half gone 3 mm in, strongest near the staple) that
    stays in the blank margin; the staple itself prints as a dark 12 mm bar at 45°.
    """
    height, width = page.shape[:2]
    xs = np.arange(width, dtype=np.float32)[None, :]
    ys = np.arange(height, dtype=np.float32)[:, None]
    lift = 0.3 + 0.7 * np.exp(-ys / (0.4 * height))
    shadow = 0.45 * lift * np.exp(-xs / mm(4.3, dpi))
    shaded = page * (1.0 - shadow[..., None])
    staple = np.zeros((height, width), np.float32)
    corner = np.float32([mm(9, dpi), mm(9, dpi)]) + rng.uniform(-1, 1, 2) * mm(2, dpi)
    reach = mm(6, dpi) * np.float32([1, -1]) / np.sqrt(2)
    ends = [tuple(np.round(corner + sign * reach).astype(int)) for sign in (-1, 1)]
    cv2.line(staple, ends[0], ends[1], 1.0, max(1, round(mm(0.8, dpi))), cv2.LINE_AA)
    return shaded * (1.0 - 0.8 * staple[..., None])


def tilt(page: Page, dpi: int, degrees: float, lid: float) -> Page:
    """The sheet laid on the glass at `degrees`, reduced so its corners stay on the glass."""
    return warp(page, dpi, degrees, 0.0, 0.0, 1.0 - 0.012 * abs(degrees), lid)


def fax(page: Page, rng: np.random.Generator, threshold: float) -> Page:
    """Black-and-white scan mode (fax, "text" setting): every pixel black or white.

    The threshold drifts a little over the page and from pixel to pixel, so hairlines
    and faint greys drop out in places, thin strokes break and edges go jagged.
    """
    grey = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    drift = 0.08 * (smooth_field(grey.shape, rng, 5) - 0.5)
    jitter = rng.normal(0.0, 0.03, grey.shape).astype(np.float32)
    white = (grey > threshold + drift + jitter).astype(np.float32)
    return np.repeat(white[..., None], 3, axis=2)


def photograph(page: Page, dpi: int, rng: np.random.Generator) -> Page:
    """The sheet photographed on a desk by phone and cropped loosely by the scanning app.

    Each corner lands 2-6 % in from the picture's corner (perspective, not a rectangle),
    the desk shows round it, light falls off from one side with the phone's soft shadow
    over part of the page, the white balance is off, and focus and the hand blur it.
    """
    height, width = page.shape[:2]
    corners = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    inward = np.float32([[1, 1], [-1, 1], [-1, -1], [1, -1]])
    placed = corners + inward * rng.uniform(0.02, 0.06, (4, 1)) * np.float32([width, height])
    matrix = cv2.getPerspectiveTransform(corners, placed.astype(np.float32))
    sheet = cv2.warpPerspective(
        page, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=(-1.0, -1.0, -1.0)
    )
    desk = np.float32(DESK_BGR) * (0.8 + 0.4 * smooth_field((height, width), rng, 12))[..., None]
    photo = np.where(sheet < 0, desk, sheet)
    light = 1.0 - 0.22 * ramp((height, width), float(rng.uniform(0, 360)))
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    centre = (rng.uniform(0.6, 1.0) * width, rng.uniform(0.0, 0.4) * height)
    spread = 0.35 * min(width, height)
    phone = 0.18 * np.exp(-((xs - centre[0]) ** 2 + (ys - centre[1]) ** 2) / (2 * spread**2))
    balance = np.float32([1.0, 0.96, 0.9])  # tungsten desk lamp: warm cast
    photo = photo * (light - phone)[..., None] * balance
    smear = np.zeros((5, 5), np.float32)
    smear[2, :] = 1.0 / 5
    turn = cv2.getRotationMatrix2D((2, 2), float(rng.uniform(0, 180)), 1.0)
    smear = cv2.warpAffine(smear, turn, (5, 5))
    moved = cv2.filter2D(photo, -1, smear / max(float(smear.sum()), 1e-6))
    return sensor(moved, rng, dpi, PHONE_BLUR_MM, PHONE_NOISE)
