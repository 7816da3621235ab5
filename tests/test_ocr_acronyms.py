"""An acronym in brackets that does not spell the words before it (extract/ocr/acronyms.py).

The phrases are the seeds' own and those of the nomenclature's agencies: an acronym
defined after the words it shortens."""

from __future__ import annotations

import numpy as np
import pytest
from readers import OneTextReader

from rencana.extract.ocr.acronyms import read_acronyms, spells, spelt_letters
from rencana.extract.words import Word

IMAGE = np.full((200, 600), 255, np.uint8)


def _line(*texts: str, top: float = 20) -> list[Word]:
    words, x = [], 10
    for text in texts:
        words.append(Word(text, x, top, x + 9 * len(text), top + 18, 90.0))
        x += 9 * len(text) + 6
    return words


@pytest.mark.parametrize(("acronym", "letters"), [
    ("IPG", "IPG"), ("LK3", "LKKK"), ("P2TP2A", "PPTPPA"), ("P3A", "PPPA")])
def test_a_count_in_an_acronym_repeats_its_letter(acronym: str, letters: str):
    assert spelt_letters(acronym) == letters


@pytest.mark.parametrize(("acronym", "phrase", "spelt"), [
    ("IPG", "Indeks Pembangunan Gender", True),
    ("LPG", "Indeks Pembangunan Gender", False),
    ("PPKS", "Persentase Pemerlu Pelayanan Kesejahteraan Sosial", True),
    ("LK3", "Lembaga Konsultasi Kesejahteraan Keluarga", True),
    ("P3A", "Pemberdayaan Perempuan dan Perlindungan Anak", True),  # "dan" skipped
    ("ABH", "Anak Berhadapan dengan Hukum", True),
    ("PMKS", "penyandang masalah kesejahteraan sosial", True),  # in lower case
    ("PMKS", "Pemerlu Pelayanan Kesejahteraan Sosial", False),
    ("IPG", "Gender", False),  # too few words
    ("IPG", "Indeks Pembangunan Dan Gender", False),  # a capitalised word is not skipped
])
def test_an_acronym_spells_the_initials_of_the_words_before_it(
        acronym: str, phrase: str, spelt: bool):
    assert spells(acronym, phrase.split()) is spelt


def test_an_acronym_that_spells_nothing_takes_the_second_reading_that_does():
    words = _line("Indeks", "Pembangunan", "Gender", "(LPG)")
    reader = OneTextReader("(IPG)")
    out = read_acronyms(words, IMAGE, reader)
    assert [w.text for w in out] == ["Indeks", "Pembangunan", "Gender", "(IPG)"]
    assert reader.calls == 1


def test_the_words_of_an_acronym_are_found_on_the_lines_above_it_in_its_cell():
    words = [*_line("Indeks", "Pembangunan", top=20), *_line("Gender", "(LPG).", top=42),
             *_line("Jumlah", "Lembaga", top=100)]  # another row's words, below it
    cell = (0, 10, 300, 70)
    out = read_acronyms(words, IMAGE, OneTextReader("IPG)"), [cell])
    assert out[3].text == "(IPG)."
    assert out[3].x0 == words[3].x0


def test_a_line_read_again_whole_counts_before_the_acronym_it_is_boxed_across():
    words = [*_line("Jumlah", "Dokumen", "Komunikasi", top=20),
             Word("Informasi", 10, 42, 240, 60, 50.0),  # the second reader's line, boxed whole
             Word("dan", 100, 42, 127, 60, 96.0), Word("Edukasi", 133, 42, 196, 60, 96.0),
             Word("(KIE)", 202, 40, 240, 62, 96.0)]
    reader = OneTextReader("(KE)")
    out = read_acronyms(words, IMAGE, reader, [(0, 10, 300, 70)])
    assert out == words  # "KIE" spells "Komunikasi Informasi dan Edukasi": not read again
    assert reader.calls == 0


def test_the_words_of_an_acronym_are_found_up_its_column_on_a_page_without_rules():
    words = [*_line("Indeks", "Pembangunan", top=20), *_line("Gender", "(LPG)", top=42)]
    beside = Word("Target", 400, 42, 454, 60, 90.0)  # the next column's word on its line
    out = read_acronyms([*words, beside], IMAGE, OneTextReader("(IPG)"))
    assert [w.text for w in out] == ["Indeks", "Pembangunan", "Gender", "(IPG)", "Target"]


@pytest.mark.parametrize("read", [
    "(PMKS)",  # the document shortens its words its own way: both readers agree
    "(PPKA)",  # a second reading that spells nothing either
    "(IPGKS)",  # too far from the first reading
    "Pemerlu",  # no acronym at all
])
def test_a_second_reading_that_does_not_spell_the_words_changes_nothing(read: str):
    words = _line("Pemerlu", "Pelayanan", "Kesejahteraan", "Sosial", "(PMKS)")
    assert read_acronyms(words, IMAGE, OneTextReader(read)) == words


def test_an_acronym_that_spells_its_words_is_not_read_again():
    reader = OneTextReader("(LPG)")
    for words in (_line("Indeks", "Pembangunan", "Gender", "(IPG)"),
                  _line("Kesetaraan", "Gender", "dan", "IPG"),  # not in brackets
                  _line("(IPG)")):  # nothing before it to check it by
        assert read_acronyms(words, IMAGE, reader) == words
    assert reader.calls == 0
