"""Dictionary repair of OCR look-alike misreadings (extract/ocr/lexicon.py)."""

from __future__ import annotations

import pytest

from rencana.extract.ocr.lexicon import dictionary, repair_word


def test_dictionary_holds_the_engines_indonesian_words_and_the_nomenclature():
    words = dictionary()
    assert {"jumlah", "sosial", "kabupaten", "penyandang"} <= words
    assert len(words) > 10_000


@pytest.mark.parametrize(("read", "meant"), [
    ("Jumiah", "Jumlah"), ("JUMIAH", "JUMLAH"), ("Sostal", "Sosial"),
    ("Disabilltas", "Disabilitas"), ("Menenma", "Menerima"), ("(Jumiah", "(Jumlah"),
    ("Kabupaten/Kota,", "Kabupaten/Kota,"), ("Kewenangan", "Kewenangan"),
    (",Masyarakat", "Masyarakat"), ("Penyandang’", "Penyandang"), ("(PMKS)", "(PMKS)"),
    ("Masvarakat", "Masyarakat"),
])
def test_one_look_alike_misreading_is_undone(read: str, meant: str):
    assert repair_word(read) == meant


@pytest.mark.parametrize("word", ["Probolinggo", "PMKS", "(PPKS)", "1.000.000", "80%", "kali",
                                  "data", "Rp", "Nasioanl"])
def test_names_numbers_and_dictionary_words_are_left_as_read(word: str):
    assert repair_word(word) == word
