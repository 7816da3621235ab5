"""Dictionary repair of OCR look-alike misreadings (extract/ocr/lexicon.py)."""

from __future__ import annotations

import pytest

from rencana.extract.ocr.lexicon import likelier_word, repair_word
from rencana.extract.ocr.vocabulary import harmonise
from rencana.normalize.vocabulary import known_words
from rencana.records import Cell, RawTable


def test_dictionary_holds_the_engines_indonesian_words_and_the_nomenclature():
    words = known_words()
    assert {"jumlah", "sosial", "kabupaten", "penyandang"} <= words
    assert len(words) > 10_000


def test_the_fields_own_terms_are_known_and_repair_their_misreadings():
    # "Pemerlu" (of PPKS) is in neither the engine's list nor the nomenclature's names.
    assert {"pemerlu", "keberdayaan", "psikotik"} <= known_words()
    assert [repair_word(w) for w in ("Pemeriu", "Pemertu", "Psikotlk")] == [
        "Pemerlu", "Pemerlu", "Psikotik"]


@pytest.mark.parametrize(("read", "meant"), [
    ("Jumiah", "Jumlah"), ("JUMIAH", "JUMLAH"), ("Sostal", "Sosial"),
    ("Disabilltas", "Disabilitas"), ("Menenma", "Menerima"), ("(Jumiah", "(Jumlah"),
    ("Kabupaten/Kota,", "Kabupaten/Kota,"), ("Kewenangan", "Kewenangan"),
    (",Masyarakat", "Masyarakat"), ("Penyandang’", "Penyandang"), ("(PMKS)", "(PMKS)"),
    ("-Sosial", "Sosial"), ("|DAN", "DAN"),
    ("Masvarakat", "Masyarakat"), ("kebyakan", "kebijakan"), ("advohasi", "advokasi"),
    ("20orang", "20 orang"), ("1Dokumen", "1 Dokumen"),
    ("PerSentase", "Persentase"), ("PelakSanaan,", "Pelaksanaan,"),
])
def test_one_look_alike_misreading_is_undone(read: str, meant: str):
    assert repair_word(read) == meant


@pytest.mark.parametrize("word", ["Probolinggo", "PMKS", "(PPKS)", "1.000.000", "80%", "kali",
                                  "data", "Rp", "Nasioanl", "-", "2025an", "4G",
                                  "iBangga", "RumahTangga", "SOSIAL", "KoTa"])
def test_names_numbers_and_dictionary_words_are_left_as_read(word: str):
    assert repair_word(word) == word


@pytest.mark.parametrize(("read", "meant"), [
    ("han", "hari"), ("kah", "kali"), ("duma", "dunia"), ("dar", "dan"), ("lainya", "lainnya"),
    ("ekonom", "ekonomi"), ("penah", "pernah"),
])
def test_a_far_more_common_word_one_broken_or_lost_glyph_away_is_found(read: str, meant: str):
    assert likelier_word(read) == meant


@pytest.mark.parametrize("word", ["hari", "dan", "dari", "jumlah", "kabupaten", "pakar"])
def test_a_common_word_or_one_no_far_commoner_word_lies_near_has_none(word: str):
    assert likelier_word(word) is None  # "pakar" (expert): "pakai" is not ten times commoner


def _table(method: str, texts: list[str]) -> RawTable:
    cells = tuple(Cell(row, 0, text) for row, text in enumerate(texts))
    return RawTable(page=1, index=1, n_rows=len(texts), n_cols=1, cells=cells,
                    row_pages=(1,) * len(texts), method=method)


def test_a_word_the_document_prints_more_often_repairs_its_look_alike():
    texts = ["Persentase Pemerlu Pelayanan", "Pemerlu Pelayanan\n\nKesejahteraan",
             "Jumlah Pemeriu Pelayanan (PPKS),", "PEMERLU", "Pemeriu"]
    [table] = harmonise([_table("ocr-tesseract+grid", texts)])
    assert [c.text for c in table.cells] == [
        "Persentase Pemerlu Pelayanan", "Pemerlu Pelayanan\n\nKesejahteraan",
        "Jumlah Pemerlu Pelayanan (PPKS),", "PEMERLU", "Pemerlu"]


def test_a_word_printed_as_often_as_its_look_alike_stays_as_read():
    texts = ["Pemerlu", "Pemeriu"]
    [table] = harmonise([_table("ocr-tesseract+grid", texts)])
    assert [c.text for c in table.cells] == texts


def test_text_layer_tables_neither_vote_nor_change():
    digital = _table("pdfplumber-lattice", ["Pemerlu", "Pemerlu", "Pemeriu"])
    scanned = _table("ocr-tesseract+grid", ["Pemeriu", "Pemeriu"])
    assert harmonise([digital, scanned]) == [digital, scanned]


def test_a_junk_dictionary_word_becomes_the_commoner_word_the_document_prints_elsewhere():
    # Both readers read "Hari" as "Han" (a word of the engine's list) in one cell only.
    texts = ["Peringatan Han Ibu", "Peringatan Hari Anak", "Hari Jadi Kota", "1 kah", "2 kali",
             "3 kali", "Bencana Alam", "dalam rangka", "di dalam daerah", "Kordinasi",
             "Koordinasi", "Koordinasi"]
    [table] = harmonise([_table("ocr-tesseract+grid", texts)])
    assert [c.text for c in table.cells][:4] == [
        "Peringatan Hari Ibu", "Peringatan Hari Anak", "Hari Jadi Kota", "1 kali"]
    # A lost glyph is no look-alike: "Alam" stays though the document prints "dalam", and
    # the document's own misspelling stays as printed.
    assert [c.text for c in table.cells][6:] == texts[6:]
    # A last glyph lost (a faint final "i") is mended like a look-alike.
    [lost] = harmonise([_table("ocr-tesseract+grid",
                               ["Edukasi melalu zoom", "melalui Rapat", "melalui Sosialisasi"])])
    assert lost.cells[0].text == "Edukasi melalui zoom"
    # Printed no more often than the junk form, the commoner word is no evidence.
    [alone] = harmonise([_table("ocr-tesseract+grid", ["Han Ibu", "Hari Anak"])])
    assert alone.cells[0].text == "Han Ibu"


def test_a_word_the_engine_split_is_joined_when_the_document_prints_it_whole():
    texts = ["Persentase (PMK S) yang", "Masalah Sosial (PMKS)", "(PMKS) Lainnya",
             "Pen anganan Bencana", "Penanganan Bencana", "Penanganan Sosial",
             "Jum lah\nOrang", "Jumlah Anak", "jumlah Anak",
             # Two common words stay apart, though the document prints them joined too.
             "di luar Panti", "diluar panti", "di Luar", "diluar",
             # Printed whole only once, or never: no evidence.
             "Peng awasan", "Pengawasan", "Pem binaan"]
    [table] = harmonise([_table("ocr-tesseract+grid", texts)])
    assert [c.text for c in table.cells] == [
        "Persentase (PMKS) yang", "Masalah Sosial (PMKS)", "(PMKS) Lainnya",
        "Penanganan Bencana", "Penanganan Bencana", "Penanganan Sosial",
        "Jumlah\nOrang", "Jumlah Anak", "jumlah Anak",
        "di luar Panti", "diluar panti", "di Luar", "diluar",
        "Peng awasan", "Pengawasan", "Pem binaan"]


def test_a_blot_two_readers_read_apart_becomes_the_word_the_document_prints_near_it():
    texts = ["Penyediaan Permakaran", "Permakanan Lansia", "Permakanan Anak",
             "Kewenantjan Kabupaten", "Kewenangan Kota", "Kewenangan Provinsi",
             "PENGARUSUTAMAAI! GENDER", "Pengarusutamaan Gender", "Pengarusutamaan Anak",
             # Read alike by both readers: a misspelling as printed.
             "Jumlah Dokumem", "Dokumen", "Dokumen",
             # Two printed words as near: no evidence which.
             "Kabupatem", "Kabupaten", "Kabupaten", "Kabupatel", "Kabupatel",
             # An acronym one letter from another; a misspelling three from a word.
             "Sosial (PPKS)", "(PMKS)", "(PMKS)", "Pemeliharannya", "Pemeliharaan",
             "Pemeliharaan"]
    disputed = {"permakaran", "kewenantjan", "pengarusutamaai!", "kabupatem", "ppks",
                "pemeliharannya"}
    [table] = harmonise([_table("ocr-tesseract+grid", texts)], disputed)
    assert [c.text for c in table.cells][:12] == [
        "Penyediaan Permakanan", *texts[1:3], "Kewenangan Kabupaten", *texts[4:6],
        "PENGARUSUTAMAAN GENDER", *texts[7:12]]
    assert [c.text for c in table.cells][12:] == texts[12:]
    # Undisputed, the same blot stays as read.
    [kept] = harmonise([_table("ocr-tesseract+grid", texts)])
    assert kept.cells[0].text == "Penyediaan Permakaran"
