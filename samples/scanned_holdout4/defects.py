"""Defects no earlier scanned set made: what an old, handled copy brings to the glass.

Pages are float32 BGR reflectance in [0, 1] and sizes are millimetres at the page's dpi,
as in `samples/scanned_holdout/degrade.py`, whose helpers these build on. Each function
models one physical cause: a copy made from a copy, a sheet with a torn or taped corner,
the next sheet stuck along one edge, paper that went wavy, and the lid left open. Every
one of them stays off the printed numbers or leaves them readable through it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import cv2
import numpy as np

from samples.scanned_holdout.build import ink_box
from samples.scanned_holdout.degrade import (
    Page,
    Side,
    change_strokes,
    mm,
    photocopy_contrast,
    smooth_field,
)
from samples.scanned_holdout2.build import last_row_y

Corner = Literal["top-left", "top-right", "bottom-left", "bottom-right"]
TAPE_BGR = (0.86, 0.97, 1.0)  # aged clear tape yellows: it absorbs blue first


def generation_loss(page: Page, dpi: int, rng: np.random.Generator) -> Page:
    """A photocopy of a photocopy: strokes spread, greys harden, grey fills go blotchy.

    The second copier generation adds toner round every edge again (the first set's
    stroke change) and applies its tone curve to a copy that already had one (the
    first set's, set softer), and a copier cannot hold a flat mid grey: a shaded header
    band or heading row comes out as patchy clouds, some near white and some darker than
    printed (at most 1.3 times as dark, so text on a heavy fill still stands out). A fill
    is toned area wider than 1.5 mm: text strokes and rules are thinner, so they keep
    their darkness.
    """
    copied = photocopy_contrast(change_strokes(page, dpi, 0.04), 0.5, 5.0)
    grey = copied.min(axis=2)
    toned = ((grey > 0.2) & (grey < 0.97)).astype(np.uint8)
    solid = cv2.getStructuringElement(cv2.MORPH_RECT, (round(mm(1.5, dpi)),) * 2)
    fill = cv2.morphologyEx(toned, cv2.MORPH_OPEN, solid).astype(np.float32)
    fill = cv2.GaussianBlur(fill, (0, 0), mm(0.2, dpi))
    field = smooth_field(grey.shape, rng, 90)
    blotch = np.clip(0.2 + 1.2 * field, 0.0, 1.3)
    gain = 1.0 + fill * (blotch - 1.0)
    return np.clip(1.0 - (1.0 - copied) * gain[..., None], 0.0, 1.0)


def _at_corner(page: Page, corner: Corner, change: Callable[[Page], Page]) -> Page:
    """Apply `change`, written for the top-left corner, to `corner` by mirroring the page."""
    flip_y, flip_x = corner.startswith("bottom"), corner.endswith("right")
    view = page[:: -1 if flip_y else 1, :: -1 if flip_x else 1]
    done = change(np.ascontiguousarray(view))
    return np.ascontiguousarray(done[:: -1 if flip_y else 1, :: -1 if flip_x else 1])


def _corner_room(page: Page, corner: Corner) -> float:
    """Pixels from `corner` to the printed content, measured along both edges together.

    A straight cut from (a, 0) to (0, a) misses the content's corner when a stays below
    the content's distance from the side plus its distance from the top or bottom.
    """
    left, top, right, bottom = ink_box(page)
    height, width = page.shape[:2]
    across = left if corner.endswith("left") else width - right
    down = top if corner.startswith("top") else height - bottom
    return float(across + down)


def torn_corner(
    page: Page, dpi: int, corner: Corner, size_mm: float, lid: float, rng: np.random.Generator
) -> Page:
    """A corner torn off: a ragged edge, the white lid beyond it, a grey fibre fringe.

    The tear runs roughly from `size_mm` along one edge to `size_mm` down the other,
    shortened to miss the printed content, with a random-walk raggedness of ~0.5 mm; the
    paper's thickness throws a faint shadow onto the lid along the tear.
    """
    reach = min(mm(size_mm, dpi), 0.8 * _corner_room(page, corner))

    def tear(view: Page) -> Page:
        steps = 40
        along = np.linspace(0.0, 1.0, steps)
        jag = np.cumsum(rng.normal(0.0, mm(0.25, dpi), steps))
        jag -= np.linspace(0.0, jag[-1], steps)  # both ends stay on the sheet's edges
        xs = reach * (1.0 - along) + jag / np.sqrt(2)
        ys = reach * along + jag / np.sqrt(2)
        points = np.stack([xs, ys], axis=1)
        polygon = np.vstack([[[0.0, 0.0]], points]).round().astype(np.int32)
        gone = np.zeros(view.shape[:2], np.float32)
        cv2.fillPoly(gone, [polygon], 1.0, cv2.LINE_AA)
        fringe = np.zeros(view.shape[:2], np.float32)
        width = max(1, round(mm(0.3, dpi)))
        cv2.polylines(fringe, [points.round().astype(np.int32)], False, 1.0, width, cv2.LINE_AA)
        shadow = (1.0 - cv2.GaussianBlur(gone, (0, 0), mm(0.6, dpi))) * gone
        kept = view * (1.0 - gone[..., None]) + lid * (gone - 0.4 * shadow)[..., None]
        return kept * (1.0 - 0.45 * fringe[..., None])

    return _at_corner(page, corner, tear)


def tape(page: Page, dpi: int, corner: Corner, rng: np.random.Generator) -> Page:
    """A 19 mm strip of aged clear tape across a corner, holding a tear or a sticky note.

    Under the tape the paper yellows and the print loses a little contrast (the film
    scatters light); its two long edges catch the lamp as thin dark lines, and a glossy
    streak runs along it. The print under it stays readable.
    """

    def stick(view: Page) -> Page:
        height, width = view.shape[:2]
        ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
        angle = np.deg2rad(45.0 + rng.uniform(-12, 12))
        middle = mm(rng.uniform(16, 22), dpi)
        across = xs * np.cos(angle) + ys * np.sin(angle) - middle
        half = mm(9.5, dpi)
        under = np.clip((half - np.abs(across)) / mm(0.3, dpi), 0.0, 1.0)
        edge = np.exp(-(((np.abs(across) - half) / mm(0.15, dpi)) ** 2))
        gloss = 0.04 * np.exp(-(((across + 0.3 * half) / mm(2.0, dpi)) ** 2)) * under
        veiled = 0.06 + 0.92 * view * np.float32(TAPE_BGR)
        out = view * (1.0 - under[..., None]) + veiled * under[..., None]
        return np.clip(out * (1.0 - 0.25 * edge[..., None]) + gloss[..., None], 0.0, 1.0)

    return _at_corner(page, corner, stick)


def stuck_sheet(page: Page, other: Page, dpi: int, side: Side, width_mm: float) -> Page:
    """The next sheet stuck behind this one, showing a strip of its print along `side`.

    Two sheets went onto the glass together, the second offset; where it sticks out the
    scan shows its print (cut mid line) and the first sheet's edge as a soft dark line.
    The strip stays inside this page's blank margin, so it covers no content of its own;
    it shows the other sheet's table rows nearest the edge it slipped from (the second
    set's `last_row_y`: its lowest wide line), cut off by this sheet's edge.
    """
    turn = {"top": 0, "right": 1, "bottom": 2, "left": 3}[side]  # side to the top
    view = np.ascontiguousarray(np.rot90(page, turn))
    back = np.ascontiguousarray(np.rot90(other, turn))
    if back.shape != view.shape:
        back = cv2.resize(back, view.shape[1::-1], interpolation=cv2.INTER_AREA)
    _, top, _, _ = ink_box(view)
    band = round(min(mm(width_mm, dpi), top - mm(2, dpi)))
    if band <= 0:
        return page
    # The other sheet slid up past this one's edge: its bottom lines show above it.
    last = last_row_y(back)
    foot = ink_box(back)[3] if last is None else last
    start = max(0, min(foot + round(mm(1, dpi)), back.shape[0]) - band)
    out = view.copy()
    out[:band] = back[start : start + band]
    ys = np.arange(view.shape[0], dtype=np.float32)
    shade = 0.35 * np.exp(-(((ys - band) / mm(0.35, dpi)) ** 2))
    out *= (1.0 - shade)[:, None, None]
    return np.ascontiguousarray(np.rot90(out, -turn))


def wave(page: Page, dpi: int, amplitude_mm: float, rng: np.random.Generator) -> Page:
    """Paper gone wavy from damp or a long stay in a binder: ruled lines undulate gently.

    Rows bow up and down by up to `amplitude_mm` over a 70-120 mm wave across the page,
    columns sway less along a longer wave; the sheet's edges stay where they were.
    """
    height, width = page.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    span_x = mm(rng.uniform(70, 120), dpi)
    span_y = mm(rng.uniform(120, 180), dpi)
    lift = mm(amplitude_mm, dpi)
    dy = lift * np.sin(2 * np.pi * xs / span_x + rng.uniform(0, 2 * np.pi))
    dx = 0.5 * lift * np.sin(2 * np.pi * ys / span_y + rng.uniform(0, 2 * np.pi))
    return cv2.remap(
        page,
        xs + dx,
        ys + dy,
        cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(1.0, 1.0, 1.0),
    )


def lid_open(page: Page, dpi: int, side: Side, strength: float) -> Page:
    """The lid left up (a thick binder, a hurried clerk): room light darkens one edge.

    Past the sheet's edge the glass sees the dark room; on the sheet, light from the lamp
    escapes where the lid does not press, so the page darkens toward that edge, at most by
    `strength` right at it and half of that about 9 mm in.
    """
    height, width = page.shape[:2]
    depth = np.arange(width if side in ("left", "right") else height, dtype=np.float32)
    if side in ("right", "bottom"):
        depth = depth[::-1]
    dark = strength * np.exp(-depth / mm(13, dpi))
    dark = dark[None, :] if side in ("left", "right") else dark[:, None]
    return page * (1.0 - dark[..., None])
