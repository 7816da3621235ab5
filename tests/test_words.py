"""Words → cell text (extract/words.py), shared by the digital and the OCR path."""

from __future__ import annotations

from dataclasses import replace

from rencana.extract.words import Word, cell_text, row_cell_texts


def _lines(tops: list[float], height: float = 6.0) -> list[Word]:
    return [Word(f"w{i}", 10, top, 40, top + height) for i, top in enumerate(tops)]


def test_a_cell_measures_its_own_line_pitch_for_paragraph_breaks():
    # OCR boxes hug the glyphs: 6 px words at an 8.4 px pitch, items 11.4 px apart —
    # under 1.9 word heights, yet clearly wider than the cell's own pitch.
    words = _lines([0, 8.4, 16.8, 28.2, 36.6, 45.0])
    text, tops = cell_text(words, 1.9)
    assert text == "w0\nw1\nw2\n\nw3\nw4\nw5"
    assert tops == (0, 28.2)


def test_a_tight_break_level_with_a_break_beside_it_starts_a_paragraph():
    # A packed list of kegiatan (10 px pitch, one item gap of 12 px: 1.2 times, under the
    # cell's own threshold) beside its indicators, whose gap there is plain (22 px).
    kegiatan = _lines([0, 10, 20, 30, 42, 52, 62], height=8)
    indikator = [Word(w.text, 60, w.top, 90, w.bottom)
                 for w in _lines([0, 10, 20, 42, 52], height=8)]
    alone, _ = cell_text(kegiatan, 1.9)
    assert "\n\n" not in alone
    (text, tops), (_, other_tops) = row_cell_texts([kegiatan, indikator], [(2, 1), (2, 1)],
                                                   1.9)
    assert text == "w0\nw1\nw2\nw3\n\nw4\nw5\nw6" and tops == (0, 42)
    assert other_tops == (0, 42)
    # A cell of another row band is no witness.
    [(text, _), _] = row_cell_texts([kegiatan, indikator], [(2, 1), (2, 2)], 1.9)
    assert "\n\n" not in text


def test_evenly_spaced_lines_stay_one_paragraph():
    text, tops = cell_text(_lines([0, 8.4, 16.8, 25.2]), 1.9)
    assert "\n\n" not in text and tops == (0,)


def test_loosely_set_lines_a_little_further_apart_than_the_word_threshold_stay_one_paragraph():
    # OCR boxes hug the glyphs: 15 px words at a 27-29 px pitch (1.9 word heights is
    # 28.5), and a line of descenders ("Pendayagunaan") has its box, and its centre,
    # pulled down. Five such lines step at the cell's own pitch: no break.
    words = [Word("Pemeriksaan", 10, 0, 90, 15), Word("Hasil", 10, 27, 40, 42),
             Word("pada", 10, 56, 40, 76), Word("Makanan", 10, 84, 70, 99),
             Word("Rumah", 10, 111, 60, 126)]
    text, tops = cell_text(words, 1.9)
    assert "\n\n" not in text and tops == (0,)


def test_a_line_of_descenders_under_a_line_of_capitals_is_no_break():
    # Three lines, too few to measure the cell's own pitch: the step is the smaller of the
    # centres' and the tops' (a blank line between items moves both).
    words = [Word("Perencanaan", 10, 0, 90, 15), Word("Pendayagunaan", 10, 27, 100, 47),
             Word("Manusia", 10, 54, 70, 69)]
    text, tops = cell_text(words, 1.9)
    assert text == "Perencanaan\nPendayagunaan\nManusia" and tops == (0,)
    items = [Word("Perencanaan", 10, 0, 90, 15), Word("Pendayagunaan", 10, 56, 100, 76)]
    assert cell_text(items, 1.9)[1] == (0, 56)


def test_a_speck_the_engine_boxed_with_a_word_is_trimmed_from_its_box():
    import numpy as np

    from rencana.extract.ocr.words import trim_specks

    ink = np.zeros((40, 200), bool)
    ink[10:28, 20:60] = True  # the word's letters, 18 px tall
    ink[18:20, 12:14] = True  # a speck 6 px before it
    ink[10:28, 100:140] = True  # another word
    ink[25:28, 142:144] = True  # its full stop, 2 px after: part of the word
    words = [Word("Masalah", 11, 10, 61, 28, 90.0), Word("Sosial.", 100, 10, 145, 28, 90.0)]
    trimmed = trim_specks(words, ink)
    assert (trimmed[0].x0, trimmed[0].x1) == (20, 60)
    assert (trimmed[1].x0, trimmed[1].x1) == (100, 144)  # a stop close by is the word's
    assert [w.text for w in trimmed] == ["Masalah", "Sosial."]


def test_a_box_the_engine_stretched_to_its_lines_height_is_shrunk_to_the_words_print():
    import numpy as np

    from rencana.extract.ocr.words import trim_specks

    ink = np.zeros((60, 300), bool)
    ink[20:35, 20:80] = True  # "Kewenangan": 15 px of print ...
    ink[20:35, 100:160] = True
    words = [Word("Kewenangan", 20, 12, 80, 40, 92.0),  # ... boxed 28 px tall
             Word("Kabupaten", 100, 20, 160, 35, 92.0)]
    assert [(w.top, w.bottom) for w in trim_specks(words, ink)] == [(20, 35), (20, 35)]
    ink[45:58, 20:80] = True  # a second line of print under the first: the box stays
    tall = Word("Kewenangan", 20, 18, 80, 58, 92.0)
    kept, _ = trim_specks([tall, words[1]], ink)
    assert (kept.top, kept.bottom) == (18, 58)


def test_a_cell_words_box_stretched_over_a_speck_below_is_shrunk_to_its_line_alone():
    import numpy as np

    from rencana.extract.ocr.words import shrink_tall_boxes

    ink = np.zeros((80, 300), bool)
    ink[10:30, 20:80] = True  # "Pengelolaan": 20 px of print ...
    ink[52:54, 40:46] = True  # ... and a speck 22 px under it, both in one 50 px box
    ink[10:30, 100:160] = True
    ink[10:30, 180:240] = True
    ink[40:60, 100:160] = True  # the cell's next line
    words = [Word("Pengelolaan", 20, 8, 80, 58, 15.0), Word("Pelayanan", 100, 10, 160, 30),
             Word("Balita", 180, 10, 240, 30), Word("Jumlah", 100, 40, 160, 60)]
    shrunk = shrink_tall_boxes(words, ink)
    assert (shrunk[0].top, shrunk[0].bottom) == (10, 30)
    assert shrunk[1:] == words[1:]  # boxes of a line's height stay as the engine drew them
    sure = [replace(words[0], conf=93.0), *words[1:]]  # boxed tall but read surely: stays
    assert shrink_tall_boxes(sure, ink) == sure
    ink[40:58, 20:80] = True  # print on two lines under the box: it stays
    assert shrink_tall_boxes(words, ink)[0] == words[0]


def test_a_box_that_stops_short_of_a_narrow_glyph_is_widened_over_it_not_cut_to_a_speck():
    import numpy as np

    from rencana.extract.ocr.words import trim_specks

    ink = np.zeros((40, 200), bool)
    ink[10:13, 20:24] = True  # a "1": its flag,
    ink[10:28, 22:25] = True  # its stem
    ink[26:28, 20:27] = True  # and its foot
    ink[12:28, 40:70] = True  # "kali"
    words = [Word("1", 2, 8, 22, 30, 70.0),  # the engine's box: the white before it
             Word("kali", 40, 12, 70, 28, 96.0)]
    one, kali = trim_specks(words, ink)
    assert (one.x0, one.top, one.x1, one.bottom) == (20, 10, 27, 28)  # the whole digit
    assert (kali.x0, kali.x1) == (40, 70)
    # An "i" read out of letters that touch ("giat"), the others lost: its box stays.
    [i] = trim_specks([Word("i", 52, 12, 56, 28, 60.0)], ink)
    assert (i.x0, i.x1) == (52, 56)


class _TwoModeEngine:
    """Reads a header as one block (two-line labels boxed tall and garbled) or sparsely."""

    name = "fake"

    def read_batch(self, images, sparse=False):
        return [(self.read_sparse_words if sparse else self.read_words)(i) for i in images]

    def read_words(self, image):
        return [Word("Kegiatan", 100, 10, 160, 60, 90.0), Word("inci", 200, 10, 250, 62, 24.0),
                Word("1", 20, 80, 26, 98, 90.0), Word("Rapat", 100, 80, 150, 98, 95.0),
                Word("koordinasi", 160, 80, 240, 98, 95.0)]

    def read_sparse_words(self, image):
        return [Word("Kegiatan", 100, 10, 160, 28, 95.0), Word("Indikator", 200, 10, 260, 28,
                                                               95.0),
                Word("Kegiatan", 200, 34, 260, 52, 95.0)]


def test_a_band_of_garbled_words_boxed_over_two_lines_is_read_again_line_by_line():
    import numpy as np

    from rencana.extract.ocr.words import read_words, reread_merged_lines

    engine, image = _TwoModeEngine(), np.full((120, 300), 255, np.uint8)
    words = reread_merged_lines(engine, image, 300, read_words(engine, image, 300))
    header = sorted(w.text for w in words if w.top < 60)
    assert header == ["Indikator", "Kegiatan", "Kegiatan"]
    assert {"1", "Rapat", "koordinasi"} <= {w.text for w in words}


class _GarblingSparseEngine(_TwoModeEngine):
    """Beside a two-line label, a volume "1 Kegiatan" of ordinary height, which the sparse
    reading garbles ("1K")."""

    def read_words(self, image):
        return [*super().read_words(image), Word("1", 300, 30, 306, 45, 90.0),
                Word("Kegiatan", 312, 30, 390, 48, 95.0)]

    def read_sparse_words(self, image):
        return [*super().read_sparse_words(image), Word("1K", 300, 30, 324, 45, 60.0)]


def test_words_a_band_read_again_would_garble_into_fewer_glyphs_stand():
    import numpy as np

    from rencana.extract.ocr.words import read_words, reread_merged_lines

    engine, image = _GarblingSparseEngine(), np.full((120, 400), 255, np.uint8)
    words = reread_merged_lines(engine, image, 300, read_words(engine, image, 300))
    assert sorted(w.text for w in words if w.x0 >= 300) == ["1", "Kegiatan"]
    header = sorted(w.text for w in words if w.top < 60 and w.x0 < 300)
    assert header == ["Indikator", "Kegiatan", "Kegiatan"]  # the band is still read again
