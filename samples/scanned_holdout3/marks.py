"""What readers leave on a printed sheet before it is scanned: highlighter, pen, coffee, clip.

Every mark is a coverage mask laid multiplicatively (the first set's `lay_ink`), so the
print underneath stays visible as it does under real translucent ink and stains. Marks
that people put beside the table (ticks, notes) are kept to the blank margins found from
the printed content; marks that fall on the table (highlighter, coffee) are faint enough
that every number stays readable.
"""

from __future__ import annotations

import cv2
import numpy as np

from samples.scanned_holdout.build import ink_box
from samples.scanned_holdout.degrade import Page, mm, smooth_field
from samples.scanned_holdout.ink import BALLPOINT, BGR, lay_ink
from samples.scanned_holdout2.build import INK, last_row_y

HIGHLIGHT_YELLOW: BGR = (0.30, 0.96, 0.99)
HIGHLIGHT_GREEN: BGR = (0.50, 0.98, 0.60)
COFFEE: BGR = (0.52, 0.68, 0.80)
RULE = 0.5  # a line of ink across half the page width is a rule, not text
NOTES = ("sdh cek", "ok, sesuai", "cek lagi", "tdk berubah")
_SCRIPT = cv2.FONT_HERSHEY_SCRIPT_SIMPLEX


def text_line(page: Page, dpi: int, fraction: float) -> int | None:
    """Centre height of a line of table text near `fraction` of the page height.

    The second set's finder gives the lowest wide line of ink above that height: a rule
    in a ruled grid, the foot of a text line in a table without rules. The densest band
    of ink that is not a rule within 8 mm of it is the text a reader highlights or ticks.
    """
    row = last_row_y(page[: round(fraction * page.shape[0])])
    if row is None:
        return None
    coverage = (page.min(axis=2) < INK).mean(axis=1)
    text = np.where(coverage > RULE, 0.0, coverage)
    band = np.convolve(text, np.ones(max(1, round(mm(3, dpi)))), mode="same")
    reach = round(mm(8, dpi))
    low = max(0, row - reach)
    return low + int(np.argmax(band[low : row + reach]))


def highlight(page: Page, dpi: int, rng: np.random.Generator, colour: BGR) -> Page:
    """One highlighter stroke along a table row, 4.5 mm tall, soft-edged, slightly tilted.

    The stroke sits on a line of the row's text and covers most of the row from its left
    edge; its ends are the chisel tip's soft edges and its density varies where the felt
    ran dry.
    """
    row = text_line(page, dpi, float(rng.uniform(0.4, 0.75)))
    if row is None:
        return page
    height, width = page.shape[:2]
    left, _, right, _ = ink_box(page)
    start = left + rng.uniform(0.0, 0.05) * (right - left)
    stop = start + rng.uniform(0.55, 0.9) * (right - left)
    xs = np.arange(width, dtype=np.float32)
    slope = np.tan(np.deg2rad(rng.uniform(-0.5, 0.5)))
    centre = row + slope * (xs - start)
    ys = np.arange(height, dtype=np.float32)[:, None]
    across = np.clip((mm(2.25, dpi) - np.abs(ys - centre[None, :])) / mm(0.4, dpi), 0.0, 1.0)
    along = np.clip(np.minimum(xs - start, stop - xs) / mm(1.5, dpi), 0.0, 1.0)
    density = 0.8 + 0.2 * smooth_field((height, width), rng, 30)
    return lay_ink(page, across * along[None, :] * density, colour, 0.9)


def _margin_x(page: Page) -> float:
    """Centre of the wider of the left and right blank margins, for ticks beside rows."""
    left, _, right, _ = ink_box(page)
    room_right = page.shape[1] - right
    return right + room_right / 2 if room_right >= left else left / 2


def _tick(mask: np.ndarray, dpi: int, at: tuple[float, float], rng: np.random.Generator) -> None:
    """A quick ballpoint check mark, 4 mm wide, its tip at `at`."""
    size = mm(rng.uniform(3.5, 4.5), dpi)
    shape = np.float32([[-0.45, -0.35], [-0.1, 0.1], [0.55, -0.9]])
    shape += rng.normal(0.0, 0.05, shape.shape).astype(np.float32)
    points = np.round(np.float32(at) + shape * size).astype(np.int32)
    thickness = max(1, round(mm(0.3, dpi)))
    cv2.polylines(mask, [points], False, 1.0, thickness, cv2.LINE_AA)


def _note(mask: np.ndarray, dpi: int, rng: np.random.Generator, page: Page) -> None:
    """A short handwritten remark in the wider of the top and bottom blank margins."""
    _, top, _, bottom = ink_box(page)
    room_bottom = page.shape[0] - bottom
    text = NOTES[int(rng.integers(len(NOTES)))]
    scale = cv2.getFontScaleFromHeight(_SCRIPT, round(mm(3.5, dpi)), 1)
    thickness = max(1, round(mm(0.3, dpi)))
    (text_w, _), _ = cv2.getTextSize(text, _SCRIPT, scale, thickness)
    x = round(rng.uniform(0.55, 0.8) * (page.shape[1] - text_w))
    y = round(top / 2 + mm(1.75, dpi) if top >= room_bottom else bottom + room_bottom / 2)
    note = np.zeros(mask.shape, np.uint8)  # putText draws on 8-bit images only
    cv2.putText(note, text, (x, y), _SCRIPT | cv2.FONT_ITALIC, scale, 255, thickness, cv2.LINE_AA)
    turn = cv2.getRotationMatrix2D((x + text_w / 2, y), float(rng.uniform(-4, 4)), 1.0)
    turned = cv2.warpAffine(note, turn, note.shape[::-1]).astype(np.float32) / 255.0
    np.maximum(mask, turned, out=mask)


def pen(page: Page, dpi: int, rng: np.random.Generator) -> Page:
    """Ticks beside three table rows and a short remark, as a checking reader leaves them.

    Ticks go in the side margin at the rows' height, the note in the top or bottom
    margin, so the pen never crosses printed text.
    """
    mask = np.zeros(page.shape[:2], np.float32)
    x = _margin_x(page)
    for fraction in sorted(rng.uniform(0.35, 0.85, 3)):
        row = text_line(page, dpi, float(fraction))
        if row is not None:
            _tick(mask, dpi, (x, row + mm(1.0, dpi)), rng)
    _note(mask, dpi, rng, page)
    return lay_ink(page, mask, BALLPOINT, 0.9)


def coffee_ring(page: Page, dpi: int, rng: np.random.Generator) -> Page:
    """The ring a wet mug leaves: a darker rim (the coffee-ring effect), a faint inside.

    The rim is broken where the mug lifted unevenly, and it lands on the table area.
    """
    height, width = page.shape[:2]
    centre = (rng.uniform(0.25, 0.75) * width, rng.uniform(0.35, 0.75) * height)
    radius = mm(rng.uniform(36, 42), dpi)
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    distance = np.hypot(xs - centre[0], ys - centre[1])
    angle = np.arctan2(ys - centre[1], xs - centre[0])
    rim = np.exp(-(((distance - radius) / mm(0.9, dpi)) ** 2))
    broken = np.clip(0.6 + 0.6 * np.sin(2 * angle + rng.uniform(0, 2 * np.pi)), 0.15, 1.0)
    inside = 0.18 * (distance < radius) * smooth_field((height, width), rng, 8)
    return lay_ink(page, rim * broken + inside, COFFEE, 0.55)


def _stadium(mask: np.ndarray, x: float, y0: float, y1: float, half: float, width: int) -> None:
    """One wire turn of a clip: two straight legs joined by round ends."""
    cx, top, bottom, r = round(x), round(y0 + half), round(y1 - half), round(half)
    cv2.ellipse(mask, (cx, top), (r, r), 0, 180, 360, 1.0, width, cv2.LINE_AA)
    cv2.ellipse(mask, (cx, bottom), (r, r), 0, 0, 180, 1.0, width, cv2.LINE_AA)
    for side in (cx - r, cx + r):
        cv2.line(mask, (side, top), (side, bottom), 1.0, width, cv2.LINE_AA)


def paper_clip(page: Page, dpi: int, rng: np.random.Generator) -> Page:
    """A steel paper clip over the top edge, with its shadow, seen through the glass.

    The clip (three nested wire turns, 33 x 9 mm, 0.9 mm wire) sits near the left of the
    top edge with its upper 10 mm beyond the sheet; the wire prints mid grey and throws a
    soft shadow down and to the right, where the lamp comes from.
    """
    x = rng.uniform(0.08, 0.16) * page.shape[1]
    top = -mm(10, dpi)
    wire = np.zeros(page.shape[:2], np.float32)
    width = max(1, round(mm(0.9, dpi)))
    for loop_w, loop_h, offset in ((9.0, 33.0, 0.0), (6.5, 26.0, 4.0), (4.5, 20.0, 1.0)):
        y0 = top + mm(offset, dpi)
        _stadium(wire, x, y0, y0 + mm(loop_h, dpi), mm(loop_w / 2, dpi), width)
    shift = (round(mm(1.5, dpi)), round(mm(1.2, dpi)))
    shadow = cv2.GaussianBlur(np.roll(wire, shift, (0, 1)), (0, 0), mm(0.8, dpi))
    shaded = page * (1.0 - 0.4 * shadow[..., None])
    return shaded * (1.0 - wire[..., None]) + 0.35 * wire[..., None]
