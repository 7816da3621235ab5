"""Header label words misread on a scan, mended against the family's own rule words."""

from __future__ import annotations

from rencana.extract.families.label_words import mend_label, rule_words

VOCABULARY = rule_words([r"realisasi.*(anggaran|\brp\b)", r"\bsatuan\b", r"lokasi|lokal"])


def test_rule_words_are_the_patterns_words_without_their_escapes():
    assert {"realisasi", "anggaran", "satuan", "lokasi"} == VOCABULARY


def test_a_word_one_letter_off_one_rule_word_is_mended_and_known_words_are_not():
    assert mend_label("reslisasi kinerja dan anggaran", VOCABULARY) == (
        "realisasi kinerja dan anggaran")
    assert mend_label("satuan", VOCABULARY) == "satuan"
    assert mend_label("sasaran strategis", VOCABULARY) == "sasaran strategis"  # a word
    assert mend_label("rcalisssi", VOCABULARY) == "rcalisssi"  # two letters off: unknown


def test_a_word_hyphenated_over_two_lines_of_a_narrow_cell_is_joined():
    vocabulary = rule_words([r"indikator", r"\btarget\b"])
    assert mend_label("indi kalor kinerja", vocabulary) == "indikator kinerja"
    assert mend_label("tar get", vocabulary) == "target"
    assert mend_label("target tahun", vocabulary) == "target tahun"
