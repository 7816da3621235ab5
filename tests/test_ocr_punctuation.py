"""Punctuation a scan misread in a name, told by where it stands (extract/ocr/punctuation.py)."""

from __future__ import annotations

import pytest

from rencana.extract.ocr.punctuation import mend_punctuation


@pytest.mark.parametrize(("read", "mended"), [
    ("dunia usaha. media, dan lembaga", "dunia usaha, media, dan lembaga"),
    ("Anak Terlantar; Lanjut Usia", "Anak Terlantar, Lanjut Usia"),
    ("Organisasi Pemerintah. Non Pemerintah", "Organisasi Pemerintah, Non Pemerintah"),
    ("dunia usaha.\nmedia", "dunia usaha,\nmedia"),  # a wrapped line goes on
    ("PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN,", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN"),
    ("Peningkatan Kualitas : Hidup Anak", "Peningkatan Kualitas Hidup Anak"),
    ("Peningkatan Kualitas :\nHidup Anak", "Peningkatan Kualitas\nHidup Anak"),
    ('Organisasi yang "Mendapat Advokasi', "Organisasi yang Mendapat Advokasi"),
    ("“Peningkatan Kualitas Hidup", "Peningkatan Kualitas Hidup"),
])
def test_marks_a_scan_misread_in_a_name_are_mended(read: str, mended: str):
    assert mend_punctuation(read) == mended


@pytest.mark.parametrize("read", [
    "KTP, KTA. TPPO",  # a short word: an abbreviation may end there
    "Prov. Jawa Timur",
    "PUSPAGA. Forum Anak",  # an acronym
    "Rehabilitasi Sosial.\nPenyediaan Alat Bantu",  # a capital after a line break: a new item
    "1. Rapat koordinasi. 2. Sosialisasi",  # a number after it: a list's next item
    "Tahun 2025.",
    "Xyzzyq. pada",  # no dictionary word: left as read
    "Bidang Politik, Hukum, Sosial,ekonomi dan",  # a comma glued: typists do
    'Kampung "KB" Desa',  # a quote that closes is printed
    "“Kampung KB” Desa",
    "Program (PMKS),",  # after a bracket: no word's speck
    "Sasaran: Meningkatnya",  # a label's colon, glued to its word
])
def test_marks_that_may_be_printed_stay(read: str):
    assert mend_punctuation(read) == read
