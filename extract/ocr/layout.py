"""Scanned tables without a ruled grid, read like their text-layer twins.

A scan whose table has faint, broken or no vertical rules gets no grid from
:mod:`rencana.extract.ocr.grid`. Its words are then laid out by the same reader as a
digital page without vertical rules (:mod:`rencana.extract.unruled`: columns from white
space anchored on the header, rows from rules and paragraphs), with the horizontal rules
found in the ink. One implementation serves both paths; its geometry is measured in word
heights, so pixels and points are alike to it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rencana.extract.ocr.grid import find_rules, rule_masks
from rencana.extract.unruled import LayoutTable, Rule, unruled_tables
from rencana.extract.words import Word

PARAGRAPH_PITCH = 1.9
"""Lines further apart (centre to centre) than this many word heights are separate
paragraphs (a blank line), as in the digital path, where packed multi-item cells print
one item per paragraph. Ordinary line pitch is about 1.3 word heights."""


STRAY_SHARE = 0.03
"""Misread specks, stamp remnants and show-through may cross a column gap: one such word
per 30 body lines (at least one) does not close it."""


def layout_tables(ink: np.ndarray, words: Sequence[Word], dpi: float) -> list[LayoutTable]:
    """Tables of a page that has no ruled grid (cell boxes in pixels)."""
    horizontal, _ = rule_masks(ink, dpi)
    rules = [Rule(rule.pos, start, end) for rule in find_rules(horizontal, dpi, axis=0)
             for start, end in rule.spans]
    return unruled_tables(words, rules, stray_share=STRAY_SHARE)
