"""Words → lines → cell text, shared by the digital and the OCR path.

Both paths end with words in boxes (from the text layer or from an OCR engine) that must
become the text of a cell: lines grouped by their vertical centres (OCR boxes hug the
glyphs, so tops differ within a line), lines joined by "\\n", and a paragraph break — a
line pitch clearly taller than the rest — kept as a blank line, with the top of each
paragraph, because packed multi-item cells print one item per paragraph.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean, median

OWN_PITCH_RATIO = 1.25
MIN_STEPS_FOR_OWN_PITCH = 3
LEVEL_PITCH_RATIO = 1.15
"""A step this many times a cell's usual one is a paragraph break when a cell beside it
starts a paragraph at that height (:func:`row_cell_texts`). Lines of one paragraph step
within 1.08 times their median on the samples; a tight packed list breaks at 1.23 at 200
dpi, under OWN_PITCH_RATIO."""
LEVEL_TOLERANCE = 0.5
"""Word heights by which a line's top may miss a paragraph top beside it and be level."""


@dataclass(frozen=True)
class Word:
    """A word and its box (page points for a text layer, image pixels for OCR)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    conf: float | None = None
    """Engine confidence 0–100; None for a text layer."""
    disputed: bool = False
    """OCR: a second reader read the word otherwise, and neither reading is a dictionary
    word (:mod:`rencana.extract.ocr.unknown_words`): a blot, not a name as printed."""

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


def group_lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into lines by vertical centre, top to bottom, left to right."""
    if not words:
        return []
    height = median(w.bottom - w.top for w in words)
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.cy):
        if lines and abs(word.cy - fmean(w.cy for w in lines[-1])) < height * 0.5:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _line_text(line: Sequence[Word]) -> str:
    return " ".join(w.text for w in line)


def line_texts(words: Sequence[Word]) -> list[str]:
    """Text lines of a set of words."""
    return [_line_text(line) for line in group_lines(words)]


def cell_text(words: Sequence[Word], paragraph_pitch: float,
              level_tops: Sequence[float] = ()) -> tuple[str, tuple[float, ...]]:
    """The cell's text and the top of each of its paragraphs.

    Lines further apart (centre to centre, and top to top) than ``paragraph_pitch`` word
    heights start a new paragraph. Ordinary line pitch is about 1.2 heights for
    text-layer boxes (the font's full height) and 1.3 for OCR boxes; each path sets its
    threshold above that. A cell of several lines also measures its own pitch: a step
    OWN_PITCH_RATIO times its usual one is a break even when OCR boxes (which hug the
    glyphs) make the word height a poor ruler, and, where its usual step is no break, a
    step under that is none either (loosely set lines a little further apart than the
    word height allows). ``level_tops`` are paragraph tops printed beside the cell: a
    line level with one of them needs only a step LEVEL_PITCH_RATIO times the usual one.
    """
    lines = group_lines(words)
    if not lines:
        return "", ()
    height = median(w.bottom - w.top for w in words)
    # A line's step is the smaller of its centres' and its tops': OCR boxes hug the
    # glyphs, so a line with descenders ("Pendayagunaan") has its centre pulled down and
    # one without ascenders its top; a blank line between paragraphs moves both.
    centres = [fmean(w.cy for w in line) for line in lines]
    line_tops = [median(w.top for w in line) for line in lines]
    steps = [min(b - a, d - c) for (a, c), (b, d)
             in itertools.pairwise(zip(centres, line_tops, strict=True))]
    threshold = level_threshold = paragraph_pitch * height
    if len(steps) >= MIN_STEPS_FOR_OWN_PITCH:
        usual = median(steps)
        own = OWN_PITCH_RATIO * usual
        threshold = own if usual <= threshold else min(threshold, own)
        level_threshold = LEVEL_PITCH_RATIO * usual
    parts = [_line_text(lines[0])]
    tops = [min(w.top for w in lines[0])]
    for k in range(1, len(lines)):
        top = min(w.top for w in lines[k])
        level = any(abs(top - t) <= LEVEL_TOLERANCE * height for t in level_tops)
        if steps[k - 1] > threshold or (level and steps[k - 1] > level_threshold):
            parts.append("\n\n")
            tops.append(top)
        else:
            parts.append("\n")
        parts.append(_line_text(lines[k]))
    return "".join(parts), tuple(tops)


def row_cell_texts(buckets: Sequence[Sequence[Word]], spans: Sequence[tuple[int, int]],
                   paragraph_pitch: float) -> list[tuple[str, tuple[float, ...]]]:
    """:func:`cell_text` of each cell of a grid, given its words and its (row, rowspan).

    Packed cells side by side print their items level: a kegiatan, its indicator and its
    amount each start at the same height. A break one column shows plainly (a wider step)
    is then looked for at that height in the cells spanning the same rows, where a tight
    list (or a scan's blur of line positions) leaves it less plain."""
    first = [cell_text(words, paragraph_pitch) for words in buckets]
    out = []
    for i, words in enumerate(buckets):
        level = [top for j, (_, tops) in enumerate(first)
                 if j != i and spans[j] == spans[i] and len(tops) > 1 for top in tops[1:]]
        out.append(cell_text(words, paragraph_pitch, level) if level else first[i])
    return out
