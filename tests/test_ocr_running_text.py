"""Scanned text outside ruled grids: lines the engine skipped, check marks, bold labels
read in fragments, and the layout reader's measures on OCR words."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from rencana.extract.words import Word

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _page() -> np.ndarray:
    """Two columns of a table without rules, 300 dpi: three lines on the left, two on
    the right."""
    image = np.full((200, 900), 255, np.uint8)
    for x, y, text in ((10, 40, "Jumlah Orang yang"), (10, 80, "Sesuai kebutuhan"),
                       (10, 120, "Kewenangan Daerah"), (520, 40, "Penyediaan"),
                       (520, 80, "Permakanan")):
        cv2.putText(image, text, (x, y), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 0, 2, cv2.LINE_AA)
    return image


def test_a_line_the_page_reading_skipped_is_read_again_and_nothing_is_read_twice():
    from rencana.extract.ocr.engines import TesseractEngine
    from rencana.extract.ocr.lost_lines import read_lost_lines
    from rencana.extract.ocr.words import read_words

    engine, image = TesseractEngine(), _page()
    words = read_words(engine, image, 300)
    assert "kebutuhan" in [w.text for w in words]
    skipped = [w for w in words if not 60 < w.cy < 90 or w.x0 > 400]  # "Sesuai kebutuhan"
    image[150:153, 600:603] = 0  # a speck: no line of print
    found = read_lost_lines(engine, image, 300, skipped)
    texts = [w.text for w in found]
    assert "Sesuai" in texts and "kebutuhan" in texts
    assert sorted(texts) == sorted(w.text for w in words)


def test_a_garbled_word_is_replaced_only_where_the_print_under_it_reads_surely():
    from rencana.extract.ocr.engines import TesseractEngine
    from rencana.extract.ocr.lost_lines import read_lost_lines
    from rencana.extract.ocr.words import read_words

    engine, image = TesseractEngine(), _page()
    words = [w for w in read_words(engine, image, 300) if not 60 < w.cy < 90 or w.x0 > 400]
    garbled = Word("Sesu4i", 10, 60, 120, 86, 21.0)  # a doubtful reading of "Sesuai"
    found = [w.text for w in read_lost_lines(engine, image, 300, [*words, garbled])]
    assert "Sesu4i" not in found and "Sesuai" in found
    blank = np.full_like(image, 255)  # no print under a doubtful word: it stays
    assert [w.text for w in read_lost_lines(engine, blank, 300, [garbled])] == ["Sesu4i"]


class _DigitDropper:
    """Tesseract, except that it reads no lone digit, as it reads a count's "2" standing
    apart with so little confidence that it goes as residue."""

    name = "tesseract"

    def __init__(self) -> None:
        from rencana.extract.ocr.engines import TesseractEngine

        self.engine = TesseractEngine()

    def read_batch(self, images: list[np.ndarray], sparse: bool = False) -> list[list[Word]]:
        return [[w for w in self.engine.read_words(image) if not w.text.isdigit()]
                for image in images]


def test_a_doubtful_digit_the_reading_again_leaves_out_stays_for_the_second_reader():
    from rencana.extract.ocr.lost_lines import read_lost_lines

    image = np.full((80, 600), 255, np.uint8)
    cv2.putText(image, "2 Dokumen", (10, 50), cv2.FONT_HERSHEY_SIMPLEX, 0.9, 0, 2, cv2.LINE_AA)
    doubtful = [Word("2", 10, 30, 28, 52, 35.0), Word("Dokumen", 45, 30, 175, 52, 35.0)]
    found = read_lost_lines(_DigitDropper(), image, 300, doubtful)
    assert sorted(w.text for w in found) == ["2", "Dokumen"]
    assert next(w for w in found if w.text == "Dokumen").conf > 35.0  # read again, surely


class _StripLineDropper:
    """Tesseract, except that the first strip it reads loses its lowest line of print, as
    its block finder now and then drops a crisp line of a strip of crops."""

    name = "tesseract"

    def __init__(self) -> None:
        from rencana.extract.ocr.engines import TesseractEngine

        self.engine, self.batches = TesseractEngine(), 0

    def read_batch(self, images: list[np.ndarray], sparse: bool = False) -> list[list[Word]]:
        self.batches += 1
        read = [self.engine.read_words(image) for image in images]
        if self.batches == 1 and read[0]:
            last = max(w.top for w in read[0])
            read[0] = [w for w in read[0] if w.top < last - 5]
        return read


def test_a_lost_line_the_strip_of_pieces_drops_is_read_alone():
    from rencana.extract.ocr.engines import TesseractEngine
    from rencana.extract.ocr.lost_lines import read_lost_lines
    from rencana.extract.ocr.words import read_words

    image = _page()
    words = read_words(TesseractEngine(), image, 300)
    kept = [w for w in words if not 60 < w.cy < 90]  # "Sesuai kebutuhan", "Permakanan"
    engine = _StripLineDropper()
    texts = [w.text for w in read_lost_lines(engine, image, 300, kept)]
    assert engine.batches == 2
    assert sorted(texts) == sorted(w.text for w in words)


def _tick(size: int = 12) -> np.ndarray:
    """A check mark's ink: a short arm down to a vertex left of the middle, a long arm up
    to the top right."""
    ink = np.zeros((size + 4, size + 4), np.uint8)
    vertex = (2 + size * 3 // 10, 2 + size)
    cv2.line(ink, (2, 2 + size // 2), vertex, 255, 2)
    cv2.line(ink, vertex, (2 + size, 2), 255, 2)
    return ink


def _glyph(text: str) -> np.ndarray:
    ink = np.zeros((40, 30), np.uint8)
    cv2.putText(ink, text, (4, 32), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 255, 2)
    return ink


def test_a_check_mark_is_told_from_a_one_a_four_and_a_slash_by_its_shape():
    from rencana.extract.ocr.ticks import _tick_shape

    assert _tick_shape(_tick() > 0)
    assert _tick_shape(_tick(30) > 0)
    for text in ("1", "4", "/", "7", "y", "L"):
        assert not _tick_shape(_glyph(text) > 0), text


def test_a_tick_read_as_a_digit_becomes_a_mark_only_standing_alone():
    from rencana.extract.ocr.ticks import TICK, read_ticks

    ink = np.zeros((40, 300), bool)
    tick = _tick() > 0
    for x in (10, 150):
        ink[10 : 10 + tick.shape[0], x : x + tick.shape[1]] = tick
    words = [Word("1", 10, 10, 26, 26, 60.0),  # a schedule cell's tick
             Word("4", 150, 10, 166, 26, 60.0), Word("Orang", 170, 10, 230, 26, 95.0)]
    assert [w.text for w in read_ticks(words, ink)] == [TICK, "4", "Orang"]


def test_a_band_of_tall_words_is_read_again_when_one_is_a_sure_fragment_of_a_word():
    from rencana.extract.ocr.words import _merged_bands

    short = [Word("dan", x, 100, x + 30, 114, 96.0) for x in range(0, 300, 40)]
    fragments = [Word("Indika", 400, 10, 460, 50, 92.0), Word("Kinerja", 470, 10, 540, 50, 95.0)]
    words = [Word("Program", 400, 60, 480, 98, 96.0), Word("Kegiatan", 490, 60, 570, 98, 96.0)]
    assert _merged_bands([*short, *fragments], 14.0) == [(10, 50)]
    assert _merged_bands([*short, *words], 14.0) == []


def test_a_band_of_sure_tall_words_is_read_again_when_a_box_holds_two_lines_of_print():
    from rencana.extract.ocr.words import _merged_bands

    short = [Word("dan", x, 100, x + 30, 114, 96.0) for x in range(0, 300, 40)]
    tall = [Word("Jumlah", 400, 10, 460, 50, 94.0), Word("Dokumen", 470, 10, 540, 50, 95.0)]
    ink = np.zeros((120, 600), bool)
    ink[12:26, 400:540] = True  # the line the engine read ...
    assert _merged_bands([*short, *tall], 14.0, ink) == []
    ink[6:9, 400:540] = True  # ... with the tips of the line above: still one line
    assert _merged_bands([*short, *tall], 14.0, ink) == []
    ink[32:46, 400:540] = True  # ... and a second line it skipped
    assert _merged_bands([*short, *tall], 14.0, ink) == [(10, 50)]


def test_a_lone_row_key_opening_the_table_keeps_its_column_on_a_scan():
    from rencana.extract.unruled.columns import find_rivers

    words = [Word("1", 10, 0, 16, 10, 90.0), Word("Rehabilitasi", 40, 0, 120, 10, 96.0),
             Word("Sosial", 40, 14, 80, 24, 96.0), Word("Dasar", 40, 28, 80, 38, 96.0)]
    assert find_rivers(words, 10.0, stray=2)[0] == (16, 40)
    speck = [Word("1", 50, 42, 56, 52, 90.0), *words[1:]]  # a short token inside a column
    assert all(left >= 80 for left, _ in find_rivers(speck, 10.0, stray=2))


def test_on_ocr_heights_a_justified_prose_line_still_parts_two_tables():
    from rencana.extract.unruled import unruled_tables

    def line(top: float, *cells: tuple[float, str], space: float = 4.0) -> list[Word]:
        out = []
        for x, text in cells:
            for token in text.split():
                out.append(Word(token, x, top, x + 7 * len(token), top + 10, 95.0))
                x += 7 * len(token) + space
        return out

    table = [line(top + k * 14, (10, "Kode"), (90, "Nama Kegiatan"), (260, "Target"),
                  (340, "Pagu")) if k == 0 else
             line(top + k * 14, (10, f"1.0{k}"), (90, "Penyediaan Permakanan"),
                  (260, "80%"), (340, f"{k}.000.000")) for top in (0, 200) for k in range(4)]
    prose = line(110, (10, "Rencana program, kegiatan dan sub kegiatan beserta indikator"
                           " kinerja dan pendanaan indikatif disajikan pada tabel berikut"),
                 space=9.0)  # justified: 0.9 ink heights between words
    words = [w for ln in table for w in ln] + prose
    assert len(unruled_tables(words, [], stray_share=0.03, height_scale=1.2)) == 2
    assert len(unruled_tables(words, [], stray_share=0.03)) == 1
