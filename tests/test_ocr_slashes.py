"""A slash the engine lost between two words (extract/ocr/slashes.py)."""

from __future__ import annotations

import numpy as np
import pytest
from readers import OneTextReader

from rencana.extract.ocr.slashes import read_lost_slashes, slashed_pairs
from rencana.extract.words import Word

IMAGE = np.full((60, 400), 255, np.uint8)


def _line(*texts: str) -> list[Word]:
    words, x = [], 10
    for text in texts:
        words.append(Word(text, x, 20, x + 9 * len(text), 38, 90.0))
        x += 9 * len(text) + 6
    return words


def test_the_nomenclature_s_slashed_pairs_are_those_it_never_prints_apart():
    assert ("kabupaten", "kota") in slashed_pairs()
    assert ("desa", "kelurahan") in slashed_pairs()


@pytest.mark.parametrize(("first", "second", "read", "mended"), [
    ("Kabupaten", "Kota", "Kabupaten/ Kota", ["Kabupaten/", "Kota"]),
    ("Kabupaten", "Kota,", "Kabupaten/Kota,", ["Kabupaten/Kota,"]),
    ("KABUPATEN,", "KOTA", "KABUPATEN/KOTA", ["KABUPATEN/KOTA"]),  # the slash read as ","
    ("Kabupaten", "Kota", "Kabupaten / Kota", ["Kabupaten", "/", "Kota"]),
    ("Kabupaten", "Kota", "Kabupaten /Kota", ["Kabupaten", "/Kota"]),
    ("Kabupaten", "Kota", "Kabupaten Kota", ["Kabupaten", "Kota"]),  # no slash seen
    ("Kabupaten", "Kota", "Kabupaten/Kita", ["Kabupaten", "Kota"]),  # other letters
])
def test_a_slash_the_second_reader_reads_between_a_slashed_pair_goes_back(
        first: str, second: str, read: str, mended: list[str]):
    words = _line("Daerah", first, second)
    out = read_lost_slashes(words, IMAGE, OneTextReader(read))
    assert [w.text for w in out] == ["Daerah", *mended]
    assert out[-1].x1 == words[-1].x1


def test_pairs_read_with_their_slash_or_not_slashed_are_not_read_again():
    reader = OneTextReader("Kabupaten/Kota")
    for words in (_line("Kabupaten/", "Kota"), _line("Pemerintah", "Kota"),
                  _line("Kabupaten", "/", "Kota"), _line("Kabupaten", "/Kota"),
                  [Word("Kabupaten", 10, 20, 90, 38, 90.0),  # its box reaching into the word's
                   Word("/", 86, 18, 96, 40, 60.0), Word("Kota", 10, 45, 50, 60, 90.0)],
                  [Word("Kabupaten", 10, 20, 90, 38, 90.0),  # boxed short, half the height
                   Word("/", 95, 23, 98, 31, 90.0), Word("Kota", 104, 20, 140, 38, 90.0)]):
        assert read_lost_slashes(words, IMAGE, reader) == words
    assert reader.calls == 0


@pytest.mark.parametrize(("read", "mended"), [("Kabupaten/", "Kabupaten/"),
                                              ("Kabupaten", "Kabupaten")])
def test_the_first_of_a_pair_ending_its_line_takes_the_slash_the_second_reader_reads(
        read: str, mended: str):
    words = [Word("Kabupaten", 10, 20, 90, 38, 90.0), Word("Kota", 10, 45, 50, 60, 90.0)]
    found = read_lost_slashes(words, IMAGE, OneTextReader(read))
    assert [w.text for w in found] == [mended, "Kota"]


def test_the_first_of_a_pair_before_another_column_s_word_is_read_alone():
    words = _line("Kabupaten", "Bencana")  # "Kabupaten/" ends its cell; "Bencana" is the next
    assert [w.text for w in read_lost_slashes(words, IMAGE, OneTextReader("Kabupaten/"))] == [
        "Kabupaten/", "Bencana"]
