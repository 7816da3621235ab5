"""List bullets the engine did not read, found in the ink (extract/ocr/bullets.py)."""

from __future__ import annotations

import cv2
import numpy as np

from rencana.extract.ocr.bullets import BULLET, printed_bullets
from rencana.extract.words import Word

HEIGHT = 18  # word height in pixels


def _page(dots: list[tuple[int, int, int]]) -> np.ndarray:
    """An ink mask (ink = 255) with a filled disc of radius r at each (x, y, r)."""
    ink = np.zeros((300, 400), np.uint8)
    for x, y, r in dots:
        cv2.circle(ink, (x, y), r, 255, -1)
    return ink


def _word(text: str, x0: int, top: int) -> Word:
    return Word(text, x0, top, x0 + 80, top + HEIGHT, 91.0)


def test_a_column_of_dots_each_before_a_word_is_a_list_of_bullets():
    words = [_word("Penyediaan", 40, 20), _word("Permakanan", 40, 60), _word("Sandang", 40, 100)]
    ink = _page([(30, 29, 3), (30, 69, 3), (30, 109, 3)])
    found = printed_bullets(words, ink)
    assert [w.text for w in found] == [BULLET] * 3
    assert all(abs(w.cy - y) <= 1 and abs(w.cx - 30) <= 1 for w, y in zip(
        sorted(found, key=lambda w: w.cy), (29, 69, 109), strict=True))
    assert all(w.conf == 91.0 for w in found)


def test_no_bullet_from_a_lone_dot_a_letter_sized_blob_a_dot_inside_a_word_or_far_from_one():
    words = [_word("Penyediaan", 40, 20), _word("Permakanan", 40, 60),
             _word("Sandang", 40, 100), _word("Bantu", 40, 140)]
    assert printed_bullets(words, _page([(30, 29, 3)])) == []  # one speck: no list
    assert printed_bullets(words, _page([(28, 69, 6), (28, 109, 6)])) == []  # letter-sized
    assert printed_bullets(words, _page([(60, 29, 3), (60, 69, 3)])) == []  # inside the words
    assert printed_bullets(words, _page([(2, 109, 3), (2, 149, 3)])) == []  # too far before


def test_the_two_dots_of_an_unread_colon_before_one_word_are_no_list():
    words = [_word("Meningkatnya", 40, 20)]
    assert printed_bullets(words, _page([(30, 24, 3), (30, 33, 3)])) == []


def test_the_clipped_commas_of_two_lines_are_no_list_but_bullets_after_a_word_space_are():
    words = [_word("ABH,", 40, 20), _word("dan", 150, 20),
             _word("KTP,", 40, 60), _word("KTA.", 150, 60)]
    commas = _page([(123, 33, 3), (123, 73, 3)])  # just past "ABH," and "KTP,": their tails
    assert printed_bullets(words, commas) == []
    bullets = _page([(136, 29, 3), (136, 69, 3)])  # a word space past them, before "dan"
    assert [w.text for w in printed_bullets(words, bullets)] == [BULLET] * 2
