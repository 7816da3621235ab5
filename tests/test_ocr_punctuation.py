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
    # A stop ending a line a capital goes on from, and a colon after a word: specks.
    ("Pemberdayaan Lembaga.\nKemasyarakatan", "Pemberdayaan Lembaga\nKemasyarakatan"),
    ("Penyelenggaraan: Gerakan Pemberdayaan", "Penyelenggaraan Gerakan Pemberdayaan"),
    ("Pendataan Potensi:\nSumber", "Pendataan Potensi\nSumber"),
    ("Kewenangan Kabupaten/ Kota:", "Kewenangan Kabupaten/ Kota"),
])
def test_marks_a_scan_misread_in_a_name_are_mended(read: str, mended: str):
    assert mend_punctuation(read) == mended


@pytest.mark.parametrize("read", [
    "KTP, KTA. TPPO",  # a short word: an abbreviation may end there
    "Prov. Jawa Timur",
    "PUSPAGA. Forum Anak",  # an acronym
    # Items of a packed cell, each closed by a stop.
    "Rehabilitasi Sosial.\nPenyediaan Alat Bantu.",
    "Bantuan KTA.\nPenyediaan Alat Bantu",  # an acronym
    "1. Rapat koordinasi. 2. Sosialisasi",  # a number after it: a list's next item
    "Tahun 2025.",
    "Xyzzyq. pada",  # no dictionary word: left as read
    "Bidang Politik, Hukum, Sosial,ekonomi dan",  # a comma glued: typists do
    'Kampung "KB" Desa',  # a quote that closes is printed
    "“Kampung KB” Desa",
    "Program (PMKS),",  # after a bracket: no word's speck
])
def test_marks_that_may_be_printed_stay(read: str):
    assert mend_punctuation(read) == read
