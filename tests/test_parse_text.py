"""Cell clean-up: the contract's rules for raw text columns."""

import pytest

from rencana.normalize.text import (
    clean_cell,
    fold,
    is_blank,
    is_page_footer,
    without_trailing_speck,
)

VOCABULARY = frozenset({"pengarusutamaan", "kesejahteraan"})


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("  Rehabilitasi   Sosial ", "Rehabilitasi Sosial"),
        ("Penyediaan\nPermakanan", "Penyediaan Permakanan"),
        ("Penyediaan\r\nPermakanan\rLansia", "Penyediaan Permakanan Lansia"),
        ("Rp\t133.324.000", "Rp 133.324.000"),
        ("Pengarus-\nutamaan Gender", "Pengarusutamaan Gender"),
        ("PENGARUS-\nUTAMAAN GENDER", "PENGARUSUTAMAAN GENDER"),
        ("Kese-  \n  jahteraan Sosial", "Kesejahteraan Sosial"),
        # not a known word: the printed hyphen may belong to the word, so it stays
        ("Anak-\nanak", "Anak-anak"),
        ("Isu-\nisu Strategis", "Isu-isu Strategis"),
        ("2019-\n2024", "2019-2024"),
        # a dash after a space is not a hyphenation
        ("Rp -\nRp 5.000", "Rp - Rp 5.000"),
        ("Ke\u00adsejahteraan", "Kesejahteraan"),
        ("Kese\u00ad\njahteraan", "Kesejahteraan"),
        ("Peng\u200barusutamaan\ufeff", "Pengarusutamaan"),
        ("Pantli Sosial", "Pantli Sosial"),  # no spelling correction
        ("Kota\u00a0Probolinggo", "Kota Probolinggo"),
        # a list bullet opening the cell is layout; a lone dash (no value) or a minus stays
        ("\u2022 Rapat koordinasi", "Rapat koordinasi"),
        ("- Jumlah Orang", "Jumlah Orang"),
        ("-", "-"),
        ("-5", "-5"),
    ],
)
def test_clean_cell(raw, expected):
    assert clean_cell(raw, VOCABULARY) == expected


def test_clean_cell_without_vocabulary_keeps_every_hyphen():
    assert clean_cell("Pengarus-\nutamaan", frozenset()) == "Pengarus-utamaan"


def test_clean_cell_rejoins_known_words_by_default():
    assert clean_cell("Kesejah-\nteraan Sosial") == "Kesejahteraan Sosial"
    assert clean_cell("Tar-\nget") == "Target"
    assert clean_cell("Anak-\nanak") == "Anak-anak"


@pytest.mark.parametrize("raw", [None, "", "   ", "\n\t", "\u200b", "\u00a0"])
def test_is_blank(raw):
    assert is_blank(raw)


@pytest.mark.parametrize("raw", ["-", "0", "v", ".", "N/A"])
def test_is_not_blank(raw):
    assert not is_blank(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("TARGET KINERJA", "target kinerja"),
        ("Target\nKinerja (%)", "target kinerja"),
        ("Anggaran (Rp.)", "anggaran rp"),
        ("Kab/Kota", "kab kota"),
        ("SUB KEGIATAN", "sub kegiatan"),
        ("Sub-Kegiatan", "sub kegiatan"),
        ("Capaian  2022", "capaian 2022"),
        ("Tahun 2019–2024", "tahun 2019 2024"),
        ("Kinerja awal (2018)", "kinerja awal 2018"),
        ("Rénstra", "renstra"),
        ("TW I", "tw i"),
        ("NO.", "no"),
        ("", ""),
    ],
)
def test_fold(raw, expected):
    assert fold(raw) == expected


@pytest.mark.parametrize(("line", "footer"), [
    ("Halaman 3", True), ("Hal. 2 dari 5", True), ("- 4 -", True), ("Page 7", True),
    ("3", False), ("100%", False), ("Halaman Pengesahan", False)])
def test_page_number_lines_are_footers_but_bare_values_are_not(line: str, footer: bool):
    assert is_page_footer(line) is footer


@pytest.mark.parametrize(("raw", "expected"), [
    ("Kesejahteraan Sosial (PMKS) -", "Kesejahteraan Sosial (PMKS)"),
    ("yang tertangani\n\nas", "yang tertangani"),
    ("REHABILITASI SOSIAL\n\n✓", "REHABILITASI SOSIAL"),
    ("kembang anak\n\n-", "kembang anak"),
    ("-", "-"), ("2020 - 2024", "2020 - 2024"), ("Kesejahte-", "Kesejahte-"),
    ("Program A\n\nProgram B", "Program A\n\nProgram B"), ("Target\nas", "Target\nas"),
    ("Nilai 5", "Nilai 5"),
])
def test_a_speck_after_a_names_last_word_is_dropped(raw, expected):
    assert without_trailing_speck(raw) == expected
