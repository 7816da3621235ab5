"""Words → cell text (extract/words.py), shared by the digital and the OCR path."""

from __future__ import annotations

from rencana.extract.words import Word, cell_text


def _lines(tops: list[float], height: float = 6.0) -> list[Word]:
    return [Word(f"w{i}", 10, top, 40, top + height) for i, top in enumerate(tops)]


def test_a_cell_measures_its_own_line_pitch_for_paragraph_breaks():
    # OCR boxes hug the glyphs: 6 px words at an 8.4 px pitch, items 11.4 px apart —
    # under 1.9 word heights, yet clearly wider than the cell's own pitch.
    words = _lines([0, 8.4, 16.8, 28.2, 36.6, 45.0])
    text, tops = cell_text(words, 1.9)
    assert text == "w0\nw1\nw2\n\nw3\nw4\nw5"
    assert tops == (0, 28.2)


def test_evenly_spaced_lines_stay_one_paragraph():
    text, tops = cell_text(_lines([0, 8.4, 16.8, 25.2]), 1.9)
    assert "\n\n" not in text and tops == (0,)
