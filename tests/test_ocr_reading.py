"""Reading cells on scans: what is told by shape alone, without the engine."""

from __future__ import annotations

import cv2
import numpy as np

from rencana.extract.ocr.dashes import lone_dashes
from rencana.extract.words import Word

DPI = 200
CELL = (0, 0, 120, 80)


def _ink(*blobs: tuple[int, int, int, int]) -> np.ndarray:
    """An ink mask (255 = ink) with filled boxes (x, y, width, height) in one cell."""
    ink = np.zeros((80, 120), np.uint8)
    for x, y, w, h in blobs:
        ink[y : y + h, x : x + w] = 255
    return ink


def test_a_lone_blurred_hyphen_reads_as_a_dash():
    [dash] = lone_dashes(_ink((50, 38, 5, 3)), [CELL], [], DPI)
    assert dash.text == "-" and (dash.x0, dash.top) == (50, 38)


def test_a_dash_beside_dust_still_reads_but_two_grains_of_dust_do_not():
    assert [w.text for w in lone_dashes(_ink((50, 38, 5, 3), (20, 60, 2, 2)), [CELL], [], DPI)
            ] == ["-"]
    assert lone_dashes(_ink((50, 38, 2, 3), (53, 38, 2, 3)), [CELL], [], DPI) == []
    speckle = _ink((50, 38, 2, 1), (52, 39, 2, 1), (54, 40, 2, 1))  # one flat, sparse blob
    assert lone_dashes(speckle, [CELL], [], DPI) == []
    assert lone_dashes(_ink((50, 38, 4, 1)), [CELL], [], DPI) == []  # two grains, one row


def test_no_dash_where_the_engine_read_a_word_or_the_blob_is_a_glyph():
    word = Word("7", 48, 30, 60, 45, 90.0)
    assert lone_dashes(_ink((50, 38, 5, 3)), [CELL], [word], DPI) == []
    assert lone_dashes(_ink((50, 30, 4, 14)), [CELL], [], DPI) == []
    assert lone_dashes(_ink((50, 38, 5, 3), (80, 30, 4, 14)), [CELL], [], DPI) == []


def test_a_lone_doubtful_glyph_on_a_cells_side_rule_is_a_rule_remnant_not_text():
    from rencana.extract.ocr.grid import Grid, GridCell
    from rencana.extract.ocr.preprocess import PreparedPage
    from rencana.extract.ocr.tables import grid_table

    page = PreparedPage(np.zeros((1, 1), np.uint8), np.zeros((1, 1), np.uint8), 300 / 72, 0, 0.0)
    grid = Grid(xs=(0, 600), ys=(0, 100), cells=(GridCell(0, 0, 1, 1, (0, 0, 600, 100)),))
    words = [Word("Keluarga", 20, 40, 200, 60, 95.0), Word("J", 596, 40, 601, 70, 54.0),
             Word("7", 560, 40, 575, 60, 50.0), Word("|", 0, 20, 3, 80, 91.0)]
    [cell] = grid_table(grid, words, page)
    assert "J" not in cell.text and "7" in cell.text and "|" in cell.text
    assert cell.text_bottom == 80 * 72 / 300  # how far its text reaches (a row cut by a page)


def test_an_engine_dash_stays_only_where_one_printed_bar_is():
    from rencana.extract.ocr.dashes import printed_dashes

    words = [Word("-", 49, 37, 56, 42, 87.0), Word("Rapat", 5, 5, 40, 20, 95.0)]
    bar = _ink((50, 38, 5, 3))
    two_specks = _ink((50, 38, 2, 3), (53, 38, 2, 3))
    assert [w.text for w in printed_dashes(words, bar, DPI)] == ["-", "Rapat"]
    assert [w.text for w in printed_dashes(words, two_specks, DPI)] == ["Rapat"]


class _FakeReader:
    """A second reader that reads what it is told for each crop width."""

    def __init__(self, texts: dict[int, str]) -> None:
        self.texts, self.widths = texts, []

    def read_line(self, image: np.ndarray) -> str:
        self.widths.append(image.shape[1])
        return self.texts.get(len(self.widths), "")


def test_an_amount_the_second_reader_reads_otherwise_keeps_both_readings_and_parses_to_nothing():
    from rencana.extract.families.ocr_values import reread
    from rencana.extract.ocr.amounts import second_reading
    from rencana.normalize.money import parse_money

    image = np.full((100, 400), 255, np.uint8)
    words = [Word("923.786.000", 10, 10, 90, 24, 95.0), Word("65.100.000", 10, 40, 80, 54, 95.0),
             Word("Rapat", 200, 10, 240, 24, 95.0)]
    reader = _FakeReader({1: "929.766.000", 2: "Rp65.100.000,-"})
    checked = second_reading(words, image, reader)
    assert [w.text for w in checked] == ["923.786.000 ≠ 929.766.000", "65.100.000", "Rapat"]
    assert len(reader.widths) == 2  # only amounts are read again
    text, warning = reread(checked[0].text, "money")
    assert parse_money(text).value is None and "disagree" in warning


def test_an_amount_whose_closing_dash_was_lost_is_read_twice_too():
    from rencana.extract.ocr.amounts import second_reading

    image = np.full((100, 400), 255, np.uint8)
    words = [Word("61.455.590,", 10, 10, 90, 24, 63.0), Word("783.242.000,", 10, 40, 90, 54, 90.0)]
    reader = _FakeReader({1: "Rp 61.465.500,-", 2: "Rp 783.242.000,-"})
    checked = [w.text for w in second_reading(words, image, reader)]
    assert checked == ["61.455.590, ≠ 61.465.500,-", "783.242.000,"]  # "Rp": a word of its own


def test_a_lone_dash_is_read_where_it_stands_in_a_list_of_values_and_nowhere_else():
    from rencana.extract.ocr.dashes import unread_dashes

    ink = np.zeros((300, 600), bool)
    values = [Word("Rp", 400, 40, 420, 56, 95.0), Word("783.242.000,-", 425, 40, 520, 56, 95.0),
              Word("Rp", 400, 90, 420, 106, 95.0), Word("62.000.000,-", 430, 90, 520, 106, 95.0),
              Word("Rp", 400, 150, 420, 166, 95.0), Word("7.000,-", 470, 150, 520, 166, 95.0),
              Word("80%", 200, 230, 230, 246, 95.0),
              Word("Jumlah", 20, 40, 80, 56, 95.0), Word("Orang", 20, 65, 70, 81, 95.0)]
    ink[72:75, 512:520] = True  # "-" between two amounts, flush right with them
    ink[190:193, 300:308] = True  # a speck as flat, in the white between columns
    ink[262:265, 210:218] = True  # a speck under one value: no list
    ink[70:73, 73:81] = True  # a hyphen after a word: no value's "-"
    ink[130:133, 512:520] = True  # a speck on a faint dotted rule under the amounts
    for x in (470, 485, 500, 530, 545):
        ink[131:133, x : x + 2] = True
    found = unread_dashes(ink, values, DPI)
    assert [(w.text, w.x0, w.top) for w in found] == [("-", 512, 72)]


def test_a_short_thin_dash_counts_on_a_line_of_its_own_in_a_list_not_between_two_lines():
    from rencana.extract.ocr.dashes import unread_dashes

    ink = np.zeros((400, 600), bool)
    # A list set a line apart (24 px), then one set two lines apart (50 px).
    values = [Word("783.242.000,-", 425, 60, 520, 76, 95.0),
              Word("62.000.000,-", 430, 84, 520, 100, 95.0),
              Word("19.800.000,-", 430, 250, 520, 266, 95.0),
              Word("174.338.000,-", 425, 300, 520, 316, 95.0),
              Word("7.000,-", 470, 350, 520, 366, 95.0)]
    ink[43:45, 515:518] = True  # a thin "-" binarised 3 × 2 px, a line above the first
    ink[282:284, 515:518] = True  # a speck as small, halfway between two lines
    found = unread_dashes(ink, values, DPI)
    assert [(w.text, w.x0, w.top) for w in found] == [("-", 515, 43)]


def test_a_second_reading_that_miscounts_a_run_of_one_digit_agrees_when_its_groups_line_up():
    from rencana.extract.ocr.amounts import second_reading

    image = np.full((200, 400), 255, np.uint8)
    firsts = ["97.515.000,-", "15.000.000", "3.808.000,00", "1.500", "96.235.009", "211.995"]
    words = [Word(text, 10, 10 + 30 * i, 90, 24 + 30 * i, 95.0) for i, text in enumerate(firsts)]
    reader = _FakeReader({1: ".97.515.00,-", 2: "Rp 15.0000.000", 3: "3.808.000",
                          4: "1.500.00", 5: "96.235.000", 6: "211.995 000"})
    checked = [w.text for w in second_reading(words, image, reader)]
    assert checked == ["97.515.000,-", "15.000.000", "3.808.000,00",
                       "1.500 ≠ 1.500.00", "96.235.009 ≠ 96.235.000", "211.995 ≠ 211.995 000"]


def test_an_amount_with_lost_or_misread_dots_takes_the_second_reading_only_with_same_digits():
    from rencana.extract.ocr.amounts import second_reading
    from rencana.normalize.money import parse_money

    image = np.full((140, 400), 255, np.uint8)
    words = [Word("Rp783", 10, 10, 50, 24, 95.0), Word("242", 54, 10, 76, 24, 95.0),
             Word("000", 80, 10, 102, 24, 95.0),  # the dots lost: three words
             Word("Rp62", 10, 40, 44, 54, 95.0), Word("000", 48, 40, 70, 54, 95.0),
             Word("000", 74, 40, 96, 54, 95.0),
             Word("2", 10, 70, 16, 84, 95.0), Word("Dokumen", 20, 70, 80, 84, 95.0),
             Word("750.748:114", 10, 90, 80, 98, 95.0),  # a dot read as a colon...
             Word("1.045:673.114", 10, 100, 80, 108, 95.0),  # ... by both readers
             Word("1:100.000", 10, 110, 80, 118, 95.0)]  # a map's scale
    reader = _FakeReader({1: "Rp783.242.000", 2: "Rp62.000.800", 3: "Rp 750.748.114",
                          4: "1.045:673.114", 5: "1:100.000"})
    checked = [w.text for w in second_reading(words, image, reader)]
    assert checked == ["Rp783.242.000", "Rp62 000 000 ≠ Rp62.000.800", "2", "Dokumen",
                       "750.748.114", "1.045.673.114", "1:100.000"]
    assert parse_money(checked[0]).value == 783242000
    assert parse_money(checked[1]).value is None
    assert parse_money(checked[4]).value == 750748114


def test_an_amount_in_a_cell_is_read_again_over_the_cells_width():
    from rencana.extract.ocr.amounts import second_reading

    image = np.full((100, 400), 255, np.uint8)
    word = Word("211.995", 110, 10, 160, 24, 95.0)  # the engine lost the last group
    reader = _FakeReader({1: "211.995.000"})
    [checked] = second_reading([word], image, reader, cells=[(100, 5, 300, 30)])
    assert checked.text == "211.995 ≠ 211.995.000"
    assert reader.widths[0] > 200


def test_an_amount_read_again_glued_to_its_list_number_agrees_unless_it_is_another_amount():
    from rencana.extract.ocr.amounts import second_reading

    image = np.full((100, 400), 255, np.uint8)
    words = [Word("325.524.000", 110, 10, 160, 24, 95.0), Word("325.524.000", 110, 50, 160, 64,
                                                                 95.0)]
    reader = _FakeReader({1: "1.1.325.524.000", 2: "1.325.524.000"})
    checked = second_reading(words, image, reader, cells=[(100, 5, 300, 30),
                                                          (100, 45, 300, 70)])
    assert [w.text for w in checked] == ["325.524.000", "325.524.000 ≠ 1.325.524.000"]


def test_another_reading_of_a_doubtful_cell_is_kept_only_when_it_is_surely_better():
    from rencana.extract.ocr.cells import _better

    tall = (0, 0, 30, 90)  # a narrow header cell: its label may be printed turned
    wide = (0, 0, 200, 30)
    garbled = [Word("w", 0, 0, 10, 10, 81.0), Word("N", 0, 20, 10, 30, 88.0)]
    year = [Word("2025", 0, 0, 30, 90, 96.0)]
    assert _better(tall, year, True, garbled, garbled)  # a turned year label
    value = [Word("89%", 0, 40, 30, 50, 35.0)]
    assert not _better(tall, [Word("kes", 0, 0, 9, 9, 62.0), Word("S", 0, 0, 9, 9, 60.0)],
                       True, value, value)  # turned garbage is never sure enough
    assert not _better(wide, [Word("“4", 0, 0, 9, 9, 90.0)], False, [], [])  # a speck
    assert _better(wide, [Word("v", 0, 0, 9, 9, 80.0)], False, [], [])  # a tick
    label = [Word("S-2ran", 0, 0, 60, 20, 6.0)]
    assert _better(wide, [Word("Sasaran", 0, 0, 60, 20, 95.0)], False, label, label)


class _LineSkippingEngine:
    """Tesseract, except that reading a strip of several cells skips the lowest line of
    print, as its line finder now and then does on long strips."""

    name = "tesseract"

    def __init__(self) -> None:
        from rencana.extract.ocr.engines import TesseractEngine

        self.engine, self.calls = TesseractEngine(), 0

    def read_batch(self, images: list[np.ndarray], sparse: bool = False) -> list[list[Word]]:
        read = self.read_sparse_words if sparse else self.read_words
        return [read(image) for image in images]

    def read_words(self, image: np.ndarray) -> list[Word]:
        self.calls += 1
        words = self.engine.read_words(image)
        if self.calls > 1 or not words:
            return words
        last = max(w.top for w in words)
        return [w for w in words if w.top < last - 5]

    def read_sparse_words(self, image: np.ndarray) -> list[Word]:
        return self.engine.read_sparse_words(image)


def _two_line_cell() -> np.ndarray:
    import cv2

    image = np.full((90, 420), 255, np.uint8)
    for y, line in ((30, "Pelayanan dan Rehabilitasi"), (70, "Penyandang Disabilitas")):
        cv2.putText(image, line, (5, y), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2, cv2.LINE_AA)
    return image


class _CountingEngine:
    """Tesseract, counting its runs (each loads the models: about 0.1 s)."""

    name = "tesseract"

    def __init__(self) -> None:
        from rencana.extract.ocr.engines import TesseractEngine

        self.engine, self.runs = TesseractEngine(), 0

    def read_batch(self, images: list[np.ndarray], sparse: bool = False) -> list[list[Word]]:
        self.runs += 1
        return self.engine.read_batch(images, sparse)


def test_the_page_text_and_the_cells_are_read_in_one_run_as_they_read_apart():
    import cv2

    from rencana.extract.ocr.cells import read_box_groups, read_page_and_cells
    from rencana.extract.ocr.words import read_words

    page = np.full((120, 500), 255, np.uint8)
    cv2.putText(page, "Rencana Aksi", (10, 40), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 0, 2,
                cv2.LINE_AA)
    cells = _two_line_cell()
    box = (0, 0, cells.shape[1], cells.shape[0])
    engine = _CountingEngine()
    text, read = read_page_and_cells(page, cells, [box], engine, 300)
    assert engine.runs == 1
    assert [w.text for w in text] == [w.text for w in read_words(engine, page, 300)]
    assert [(w.text, w.x0, w.top) for w in read] == [
        (w.text, w.x0, w.top) for w in read_box_groups([(cells, [box], None)], engine, 300)[0]]
    assert "Rehabilitasi" in [w.text for w in read]


def test_a_cell_whose_reading_skipped_a_line_is_read_again_alone():
    from rencana.extract.ocr.cells import _unread_ink, read_cells

    image = _two_line_cell()
    box = (0, 0, image.shape[1], image.shape[0])
    engine = _LineSkippingEngine()
    words = read_cells(image, [box], engine, 300)
    assert engine.calls == 2
    assert "Disabilitas" in " ".join(w.text for w in words)
    assert _unread_ink(image, box, words, 300) == []
    assert len(_unread_ink(image, box, [w for w in words if w.top < 40], 300)) == 1


def test_a_disputed_figure_keeps_of_the_second_reading_only_the_figure():
    from rencana.extract.ocr.amounts import second_reading

    image = np.full((100, 600), 255, np.uint8)
    words = [Word("860", 10, 10, 40, 24, 95.0), Word("Orang", 50, 10, 100, 24, 95.0),
             Word("14,590", 10, 40, 60, 54, 95.0), Word("772.000", 10, 70, 60, 84, 95.0)]
    cells = [(0, 0, 120, 30)]  # the first word's cell: its unit is read again too
    reader = _FakeReader({1: "60 Orang", 2: "≤ 14,5%", 3: "191 772.000"})
    checked = [w.text for w in second_reading(words, image, reader, cells)]
    assert checked == ["860 ≠ 60", "Orang",  # the unit stays the first engine's word
                       "14,590 ≠ ≤ 14,5%",  # the sign stays with its figure
                       "772.000 ≠ 191 772.000"]  # two figures: the reading stays whole


def test_a_doubtful_digit_as_tall_as_a_word_stays_only_if_the_second_reader_reads_it():
    from rencana.extract.ocr.short_digits import confirmed_digits
    from rencana.extract.ocr.words import plausible_words

    words = [Word("2", 10, 10, 22, 32, 35.0), Word("Dokumen", 30, 10, 130, 32, 90.0),
             Word("Orang", 30, 50, 100, 72, 90.0),
             Word("4", 150, 20, 157, 34, 35.0),  # a speck's size: residue
             Word("50", 160, 50, 180, 72, 0.0)]  # no unit after it: residue as ever
    kept = plausible_words(words)
    assert [w.text for w in kept] == ["2", "Dokumen", "Orang"]
    image = np.full((100, 200), 255, np.uint8)
    assert [w.text for w in confirmed_digits(kept, image, _FakeReader({1: "2"}))] == [
        "2", "Dokumen", "Orang"]
    reader = _FakeReader({1: "Z"})  # no digit to the second reader: a speck's reading
    assert [w.text for w in confirmed_digits(kept, image, reader)] == ["Dokumen", "Orang"]
    assert len(reader.widths) == 1  # words read surely are not read again


def test_a_percentage_is_read_again_and_a_sign_read_as_a_digit_is_mended():
    from rencana.extract.ocr.amounts import second_reading

    image = np.full((100, 600), 255, np.uint8)
    words = [Word("285%", 10, 10, 60, 24, 95.0),  # "≥ 85%": the sign read as a "2"
             Word("2", 10, 40, 16, 54, 80.0), Word("86", 20, 40, 45, 54, 95.0),
             Word("%", 48, 40, 58, 54, 90.0),
             Word("90%", 10, 70, 50, 84, 95.0), Word("Persen", 200, 70, 260, 84, 95.0)]
    reader = _FakeReader({1: "≥ 85%", 2: "≥ 86%", 3: "96%"})
    checked = second_reading(words, image, reader)
    assert [w.text for w in checked] == ["≥ 85%", "≥ 86%", "90% ≠ 96%", "Persen"]
    assert len(reader.widths) == 3


def test_dust_scattered_over_a_tall_cell_is_no_print_but_one_tick_is():
    from rencana.extract.ocr.reading import ink_box

    dpi = 240
    cell = (0, 0, 300, 400)
    dust = np.zeros((400, 300), np.uint8)
    for x, y in ((40, 30), (250, 120), (90, 300), (200, 360)):
        dust[y : y + 7, x : x + 6] = 255  # grains of 42 px, far apart
    assert ink_box(dust, cell, dpi) is None
    tick = np.zeros((400, 300), np.uint8)
    tick[190:200, 140:150] = 255  # one small mark: a tick "v"
    assert ink_box(tick, cell, dpi) is not None
    digit = dust.copy()
    digit[180:198, 140:146] = 255  # a glyph-tall "1" among the dust is print
    assert ink_box(digit, cell, dpi) is not None
    word = dust.copy()
    for x in range(120, 170, 10):
        word[60:70, x : x + 6] = 255  # a word in print too small for a glyph-tall blob
    box = ink_box(word, cell, dpi)
    assert box is not None and box[1] >= 50 and box[3] <= 80  # the word, not the dust
    row = dust.copy()
    for x in (60, 130, 200):
        row[250:256, x : x + 6] = 255  # three grains on a line, a word space apart
    assert ink_box(row, cell, dpi) is None


def test_a_comma_after_a_letter_whose_baseline_ink_lies_left_is_kept_dust_below_is_not():
    from rencana.extract.ocr.reading import _text_mask

    dpi = 300
    letter = np.zeros((60, 80), np.uint8)
    letter[10:40, 10:14] = 255  # the stem of a "P", down to the baseline (row 40)
    letter[10:24, 14:26] = 255  # its bowl, high on the right
    with_comma = letter.copy()
    with_comma[37:44, 28:31] = 255  # a comma at the baseline, 14 px right of the stem
    assert _text_mask(with_comma, dpi)[40, 29]
    with_dust = letter.copy()
    with_dust[52:56, 28:31] = 255  # a grain under the line
    assert not _text_mask(with_dust, dpi)[53, 29]


class _DamagedLineEngine(_LineSkippingEngine):
    """Tesseract whose block reading always drops the lowest line (as it drops a line
    with one damaged word), while its sparse reading keeps it."""

    def read_words(self, image: np.ndarray) -> list[Word]:
        self.calls = 0
        return super().read_words(image)


def test_a_line_every_block_reading_drops_is_taken_from_a_sparse_reading():
    from rencana.extract.ocr.cells import read_cells

    image = _two_line_cell()
    box = (0, 0, image.shape[1], image.shape[0])
    text = " ".join(w.text for w in read_cells(image, [box], _DamagedLineEngine(), 300))
    assert "Pelayanan" in text and "Disabilitas" in text
    assert text.count("Pelayanan") == 1  # the sparse reading only fills the lost line


class _WordDroppingEngine(_LineSkippingEngine):
    """Tesseract whose block reading drops the last word of the first line, as it drops
    a word at a line's end now and then; its sparse reading keeps it."""

    def read_words(self, image: np.ndarray) -> list[Word]:
        words = self.engine.read_words(image)
        first = [w for w in words if w.top < min(w.top for w in words) + 5]
        return [w for w in words if w is not max(first, key=lambda w: w.x1)]


def test_a_word_the_block_reading_drops_from_a_line_is_taken_from_a_sparse_reading():
    from rencana.extract.ocr.cells import read_cells

    image = _two_line_cell()
    box = (0, 0, image.shape[1], image.shape[0])
    texts = [w.text for w in read_cells(image, [box], _WordDroppingEngine(), 300)]
    assert "Rehabilitasi" in texts and texts.count("Pelayanan") == 1


def test_a_word_no_dictionary_knows_takes_a_second_reading_only_when_that_is_a_close_word():
    from rencana.extract.ocr.unknown_words import reread_unknown

    image = np.full((40, 1200), 255, np.uint8)
    read = ["Jumlah", "Nila:", "pakaran", "Kebyakan,", "Target:", "Leafet", "Amanubam",
            "Fenguetes"]
    words = [Word(text, 10 + 140 * i, 10, 130 + 140 * i, 26, 90.0) for i, text in enumerate(read)]
    reader = _FakeReader({1: "Nilai", 2: "pakaian", 3: "Kebijakan", 4: "Target", 5: "Leaf",
                          6: "Amanuban", 7: "Penguatan"})
    checked = [w.text for w in reread_unknown(words, image, reader)]
    assert len(reader.widths) == 7  # "Jumlah" is a word: not read again
    assert checked == ["Jumlah", "Nilai", "pakaian", "Kebijakan,",  # its comma kept
                       "Target:",  # the second reading only dropped the colon
                       "Leafet",  # a reading cut short at the crop's edge is no evidence
                       "Amanubam",  # a name no dictionary knows stays as read
                       "Fenguetes"]  # four glyphs apart: too far to be the same print


def test_an_unknown_word_the_second_reader_reads_otherwise_and_no_better_is_disputed():
    from rencana.extract.ocr.unknown_words import reread_unknown

    image = np.full((40, 800), 255, np.uint8)
    read = ["Permakaran", "Dokumem", "Søsial", "Sosial", "Honrarium", "Honrarium"]
    words = [Word(text, 10 + 130 * i, 10, 120 + 130 * i, 26, 90.0) for i, text in enumerate(read)]
    reader = _FakeReader({1: "Permakan", 2: "Dokumem", 3: "Søsial", 4: "Honrarium tim", 5: ""})
    checked = reread_unknown(words, image, reader)
    assert [(w.text, w.disputed) for w in checked] == [
        ("Permakaran", True), ("Dokumem", False),  # both read it so: printed
        ("Sosial", False),  # a struck "ø" is an "o" a speck crosses
        ("Sosial", False),
        ("Honrarium", False), ("Honrarium", False)]  # a crop run on, or nothing: no evidence


def test_a_junk_dictionary_word_takes_a_second_reading_only_when_that_is_the_commoner_word():
    from rencana.extract.ocr.unknown_words import reread_unknown

    image = np.full((40, 1200), 255, np.uint8)
    read = ["Han", "Duma", "kah", "Hari", "Han", "HAN", "Lainya,"]
    words = [Word(text, 10 + 140 * i, 10, 130 + 140 * i, 26, 96.0) for i, text in enumerate(read)]
    reader = _FakeReader({1: "Hari", 2: "Dunia", 3: "kali", 4: "Han", 5: "Lainnya"})
    checked = [w.text for w in reread_unknown(words, image, reader)]
    assert len(reader.widths) == 5  # neither "Hari" nor the acronym "HAN" is read again
    assert checked == ["Hari", "Dunia", "kali", "Hari",
                       "Han",  # both readers read "Han": it stands
                       "HAN", "Lainnya,"]


def test_a_mark_read_from_a_speck_goes_when_the_second_reader_reads_the_same_letters_without_it():
    from rencana.extract.ocr.marks import settle_marks

    image = np.full((80, 1500), 255, np.uint8)
    read = ["Penerima.Manfaat", '"Kab/Kota', "Pegawai.", "serta-Gelandangan", "Hari-hari",
            "Politik,", "Hukum", "Aparatur.", "Nila:"]
    words = [Word(text, 10 + 120 * i, 10, 120 + 120 * i, 26, 90.0) for i, text in enumerate(read)]
    words += [Word(text, 10 + 200 * i, 50, 80 + 200 * i, 66, 90.0)
              for i, text in enumerate(["Anak,", "lainnya:", "anak;", "TPPO,", "/program/.",
                                        "Kec.", "Koordinasi,"])]
    reader = _FakeReader({1: "PenerimaManfaat", 2: "Kab/Kotà", 3: "Pegawai",
                          4: "serta Gelandangan", 5: "Hari-hari", 6: "Aparatur.", 7: "Nilai",
                          8: "Anak;", 9: "lainnya;", 10: "anak", 11: "TPPO.", 12: "/program/",
                          13: "Kec", 14: "Koordinasi"})
    settled = [w.text for w in settle_marks(words, image, reader)]
    assert len(reader.widths) == 14  # "Politik," goes on to "Hukum" on its line: not read
    assert settled == ["Penerima Manfaat",  # the speck had joined two words
                       "Kab/Kota", "Pegawai",  # a speck read as a quote, a full stop
                       "serta Gelandangan", "Hari-hari",  # a hyphen both readers see stays
                       "Politik,", "Hukum", "Aparatur.",
                       "Nila:",  # other letters: the second reading settles nothing
                       "Anak;",  # a ";" read "," at the end of its line
                       "lainnya;",
                       "anak;",  # a speck never makes a ";": one the second reader lost stays
                       "TPPO,",  # between "," and "." the second reader is no surer
                       "/program/",  # a mark after a closing slash is checked too
                       "Kec.", "Koordinasi,"]  # an abbreviation's stop, a comma: may be print


def test_a_full_stop_glued_between_two_words_or_after_a_conjunction_goes_whoever_read_it():
    from rencana.extract.ocr.marks import settle_marks

    image = np.full((40, 2600), 255, np.uint8)
    read = ["Penerima.Manfaat", "Cakupan.Daerah", "Dan.", "yang.", "S.Sos", "Kab.Kota",
            "Sosial,ekonomi", "Aparatur.", "Data.di", "Kec.Ba", "Hak'Anak", "Jum'at",
            "penyelenggaraan.PUG", "KEMENTERIAN.RI"]
    words = [Word(text, 10 + 160 * i, 10, 150 + 160 * i, 26, 90.0) for i, text in enumerate(read)]
    # The second reader sees the speck too: the first readings come back as they were.
    reader = _FakeReader(dict(enumerate(read, 1)))
    settled = [w.text for w in settle_marks(words, image, reader)]
    assert settled == ["Penerima Manfaat", "Cakupan Daerah",  # a speck joined two words
                       "Dan", "yang",  # no sentence ends on a conjunction
                       "S.Sos", "Kab.Kota",  # an abbreviation's stop
                       "Sosial,ekonomi",  # a glued comma is printed now and then
                       "Aparatur.", "Data di",  # may end a sentence; "di": a preposition
                       "Kec.Ba",  # an abbreviation, a name
                       "Hak Anak",  # a quote a speck made between two words
                       "Jum'at",  # a quote printed inside a word
                       "penyelenggaraan PUG",  # a word and an acronym
                       "KEMENTERIAN.RI"]  # in capitals both: an abbreviation may be


def test_print_the_engine_left_unread_in_a_cell_is_taken_from_the_second_reader_if_words():
    from rencana.extract.ocr.cells import read_lost_print

    image = np.full((60, 420), 255, np.uint8)
    for x0, x1 in ((10, 30), (32, 90), (110, 140), (160, 250), (270, 330)):
        image[20:34, x0:x1] = 0  # "Si|nkronisasi", "dan", then two more unread pieces
    words = [Word("Si", 10, 20, 30, 34, 91.0), Word("dan", 110, 20, 140, 34, 97.0)]
    reader = _FakeReader({1: "Sinkronisasi", 2: "Stempel9", 3: "19.800"})
    found = read_lost_print(image, [(0, 0, 420, 60)], words, reader, 300)
    assert len(reader.widths) == 3
    assert [(w.text, w.x0, w.x1) for w in found] == [
        ("dan", 110, 140),
        ("Sinkronisasi", 10, 90)]  # the word it continues is read with it; no figure taken


def test_a_line_holding_one_of_the_field_s_acronyms_read_by_the_second_reader_is_kept():
    from rencana.extract.ocr.cells import read_lost_print

    image = np.full((60, 420), 255, np.uint8)
    image[20:34, 10:100] = 0  # "Kesejahteraan", read
    image[40:54, 10:130] = 0  # "Sosial (PPKS)", unread
    words = [Word("Kesejahteraan", 10, 20, 100, 34, 96.0)]
    found = read_lost_print(image, [(0, 0, 420, 60)], words,
                            _FakeReader({1: "Sosial (PPKS)"}), 300)
    assert [w.text for w in found] == ["Kesejahteraan", "Sosial (PPKS)"]


def test_a_word_the_engine_read_keeps_its_reading_when_the_second_reader_makes_it_rarer():
    from rencana.extract.ocr.cells import read_lost_print

    image = np.full((60, 420), 255, np.uint8)
    for x0, x1 in ((10, 100), (200, 290)):
        image[20:34, x0:x1] = 0  # "Koordinasi" unread, twice
    words = [Word("dan", 102, 20, 130, 34, 97.0), Word("dar", 292, 20, 320, 34, 97.0)]
    reader = _FakeReader({1: "Koordinasi dar", 2: "Koordinasi dan"})
    found = read_lost_print(image, [(0, 0, 420, 60)], words, reader, 300)
    assert [w.text for w in found] == ["Koordinasi dan", "Koordinasi dan"]


def test_a_word_boxed_over_two_lines_goes_once_the_second_reader_reads_both_lines_as_words():
    from rencana.extract.ocr.cells import read_lost_print

    image = np.full((70, 620), 255, np.uint8)
    for dx in (0, 300):  # two cells alike
        for top, x0, x1 in ((20, 10, 60), (20, 70, 150), (40, 10, 150)):
            image[top : top + 14, dx + x0 : dx + x1] = 0
    words = [Word(text, dx + 10, 20, dx + 60, 34, 90.0) for dx, text in
             ((0, "Sosialisasi"), (300, "Sosialisasi"))]
    words += [Word("Peringkatar", dx + 70, 20, dx + 150, 54, 40.0) for dx in (0, 300)]
    reader = _FakeReader({1: "Peningkatan", 2: "Partisipasi Perempuan", 3: "Peningkatan",
                          4: "Xq9 Perempuan"})
    found = read_lost_print(image, [(0, 0, 300, 70), (300, 0, 620, 70)], words, reader, 300)
    assert [w.text for w in found] == [
        "Sosialisasi", "Sosialisasi",
        "Peringkatar",  # the second cell's other line read no word: the garbled box stays
        "Peningkatan", "Partisipasi Perempuan", "Peningkatan"]


def test_a_piece_of_a_word_read_twice_in_a_cell_is_kept_once():
    from rencana.extract.ocr.cells import read_lost_print

    image = np.full((60, 400), 255, np.uint8)
    words = [Word("Si", 100, 18, 115, 36, 91.0), Word("Sinkronisasi", 100, 20, 190, 34, 96.0),
             Word("Sinar", 300, 20, 340, 34, 96.0), Word("Si", 200, 20, 215, 34, 90.0)]
    found = read_lost_print(image, [(0, 0, 400, 60)], words, _FakeReader({}), 300)
    assert [w.text for w in found] == ["Sinkronisasi", "Sinar", "Si"]  # the last stands apart


def test_a_small_initial_i_or_j_without_its_dot_is_a_capital_where_the_second_reader_says_so():
    from rencana.extract.ocr.initials import capital_initials

    image = np.full((60, 1020), 255, np.uint8)
    for x in (10, 170, 330, 490, 650, 810):
        image[22:44, x : x + 4] = 0  # each word's first stem, then the rest of its letters
        image[26:40, x + 8 : x + 100] = 0
    image[16:20, 170:174] = 0  # the dot over the second word's "j"
    read = ["jumlah", "jiwa", "iuran", "jenis", "iuran", "iainnya"]
    words = [Word(text, 10 + 160 * i, 22, 110 + 160 * i, 44, 90.0) for i, text in enumerate(read)]
    reader = _FakeReader({1: "Jumlah", 2: "iuran", 3: "Jems", 4: "luran", 5: "lainnya"})
    found = [w.text for w in capital_initials(words, image, image < 128, reader)]
    assert len(reader.widths) == 5  # "jiwa" has its dot: not read again
    assert found == ["Jumlah", "jiwa",
                     "iuran",  # the second reader reads a small one too
                     "jenis",  # other letters settle nothing
                     "Iuran",  # a sans-serif "I" read as the "l" it looks like: "luran" is no word
                     "iainnya"]  # "lainnya" is: a small "l" the engine misread, no capital


def test_the_dot_of_an_i_is_looked_for_in_the_page_s_ink_not_in_the_engine_s_image():
    from rencana.extract.ocr.initials import capital_initials

    engine_image = np.full((60, 200), 255, np.uint8)
    engine_image[22:44, 10:14] = 0  # the "i"'s stem, then the rest of its word's letters
    engine_image[26:40, 18:110] = 0
    ink = engine_image < 128
    ink[17:20, 10:13] = True  # its dot, cleared from the engine's image as a speck
    words = [Word("indikator", 10, 22, 110, 44, 90.0)]
    reader = _FakeReader({1: "Indikator"})  # reading the dotless image, it sees a capital
    assert [w.text for w in capital_initials(words, engine_image, ink, reader)] == ["indikator"]
    assert not reader.widths
    assert [w.text for w in capital_initials(words, engine_image, engine_image < 128, reader)
            ] == ["Indikator"]  # without the dot, the second reader decides


def test_a_figure_read_among_its_cells_other_words_agrees_and_a_percent_read_96_is_mended():
    from rencana.extract.ocr.amounts import second_reading

    image = np.full((130, 600), 255, np.uint8)
    words = [Word("100.000", 60, 10, 120, 24, 95.0), Word("211.995", 60, 40, 120, 54, 95.0),
             Word("17,896", 60, 70, 120, 84, 95.0), Word("17,896", 60, 100, 120, 114, 95.0),
             Word("1009", 200, 10, 240, 24, 95.0), Word("2025", 200, 40, 240, 54, 95.0),
             Word("78,59", 200, 70, 240, 84, 95.0), Word("896", 300, 10, 330, 24, 90.0),
             Word("10046", 300, 40, 350, 54, 90.0), Word("80,54", 300, 70, 350, 84, 90.0),
             Word("756", 300, 100, 330, 114, 90.0)]
    reader = _FakeReader({1: "98 per 100.000 KH", 2: "211.995 000", 3: "17,8%", 4: "17,5%",
                          5: "100%", 6: "78,5%", 7: "89%", 8: "100%", 9: "80,5%", 10: "756"})
    checked = [w.text for w in second_reading(words, image, reader)]
    assert checked == ["100.000", "211.995 ≠ 211.995 000",  # the figure ran on: no agreement
                       "17,8%",  # a "%" the first engine read as "96"
                       "17,896 ≠ 17,5%",  # digits of its own: which one is unsure
                       "100%",  # a bare number that was a percentage, its "%" read "9"
                       "2025",  # a bare number is mended, never disputed
                       "78,5%",  # a decimal one too
                       "89%", "100%", "80,5%",  # a "%" read "6", "46", "4"
                       "756"]  # the second reader read the same count: left as read


def test_a_percent_sign_or_decimal_comma_one_reader_lost_is_settled_by_the_other():
    from rencana.extract.ocr.amounts import second_reading

    firsts = ["63,51", "69,540", "9036", "95%", "610%", "750", "61,0%", "95%", "63,4%"]
    seconds = ["63,5%", "69,5%", "90%", "9596", "61,0%", "75,0%", "610%", "9,5%", "63,5%"]
    image = np.full((40 * len(firsts), 400), 255, np.uint8)
    words = [Word(text, 10, 10 + 40 * i, 90, 24 + 40 * i, 90.0) for i, text in enumerate(firsts)]
    reader = _FakeReader(dict(enumerate(seconds, start=1)))
    checked = [w.text for w in second_reading(words, image, reader)]
    assert checked == ["63,5%", "69,5%", "90%",  # a "%" the first engine read as digits
                       "95%",  # the second reader did: the first reading stands
                       "61,0%", "75,0%",  # a comma lost: over 100 % read for under it
                       "61,0%",  # the second reader lost it: the first reading stands
                       "95% ≠ 9,5%",  # both under 100 %: which one is unsure
                       "63,4% ≠ 63,5%"]  # another digit


def test_a_percent_sign_the_engine_lost_is_taken_from_the_second_reading_unless_print_follows():
    from rencana.extract.ocr.amounts import second_reading

    image = np.full((130, 400), 255, np.uint8)
    image[72:82, 120:130] = 0  # print after a figure that no word holds
    words = [Word("76,5", 10, 10, 90, 24, 0.0), Word("72,5", 10, 40, 90, 54, 27.0),
             Word("%", 76, 40, 90, 54, 60.0), Word("68,35", 10, 70, 90, 84, 90.0),
             Word("80", 10, 100, 90, 114, 90.0)]
    reader = _FakeReader({1: "76,5 %", 2: "72,5%", 3: "68,35%", 4: "80%"})
    checked = [w.text for w in second_reading(words, image, reader, [(0, 0, 200, 130)])]
    assert checked == ["76,5%",  # the sign inside the figure's box, lost: taken
                       "72,5", "%",  # the sign is a word of its own, boxed over the figure
                       "68,35",  # print left unread after it: read as such, not guessed
                       "80%"]


def test_a_number_a_percent_may_hide_in_is_read_across_its_cells_print_in_the_pages_ink():
    from rencana.extract.ocr.amounts import second_reading

    image = np.full((110, 400), 255, np.uint8)
    words = [Word("1009", 10, 10, 50, 24, 90.0), Word("28", 10, 40, 30, 54, 90.0),
             Word("OPD", 40, 40, 80, 54, 90.0), Word("1.650.000", 10, 70, 90, 84, 90.0)]
    engine_ink = [(8, 8, 50, 26), (8, 38, 82, 56), (8, 68, 92, 86)]
    page_ink = [(8, 8, 70, 26), (8, 38, 99, 56), (0, 68, 150, 86)]
    reader = _FakeReader({1: "1009", 2: "100%", 3: "28 OPD", 4: "281 OPD", 5: "1.650.000"})
    checked = [w.text for w in second_reading(words, image, reader, engine_ink, page_ink)]
    # Read across the engine's ink, then across the page's: that reading counts only
    # where it finds the sign; an amount is read across the engine's ink alone.
    assert checked == ["100%", "28", "OPD", "1.650.000"]
    pad = int(0.3 * 14) + 1
    assert reader.widths == [w + 2 * pad for w in (42, 62, 74, 91, 84)]


def test_a_percent_sign_standing_alone_read_as_letters_is_mended_only_by_a_second_reading():
    from rencana.extract.ocr.amounts import second_reading

    image = np.full((100, 400), 255, np.uint8)
    words = [Word("Y", 10, 10, 20, 24, 88.0), Word("Yo", 10, 40, 24, 54, 90.0),
             Word("y", 10, 70, 20, 84, 90.0), Word("Orang", 200, 10, 250, 24, 95.0)]
    reader = _FakeReader({1: "%", 2: "%", 3: "y"})
    checked = [w.text for w in second_reading(words, image, reader)]
    assert checked == ["%", "%", "y", "Orang"]  # the third read "y" again: left as read
    assert len(reader.widths) == 3  # words are read again only where a "%" may hide


def test_light_grey_joined_to_print_is_print_and_light_grey_alone_is_not():
    from rencana.extract.ocr.reading import _faint_print

    rng = np.random.default_rng(0)
    gray = rng.integers(235, 256, (60, 200)).astype(np.uint8)  # paper
    gray[10:50, 20:60] = rng.integers(30, 60, (40, 40))  # print
    threshold, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    light = int(threshold + 0.3 * (255 - threshold))  # lighter than the ink threshold
    for k in range(20):  # a thin slash joined to the print, and the same grey alone
        gray[30 + k, 60 + k // 2 : 62 + k // 2] = light
        gray[30 + k, 120 + k // 2 : 122 + k // 2] = light
    gray[0:8, 20:60] = light  # a tinted band along the print's top: an area, not a stroke
    faint = _faint_print(gray, gray <= threshold, 300)
    assert faint[40, 65] and not faint[40, 125] and not faint[4, 40]


def test_a_number_whose_decimal_comma_or_digit_the_readers_disagree_on_parses_to_nothing():
    from rencana.extract.ocr.amounts import second_reading
    from rencana.normalize.numbers import parse_quantity

    image = np.full((160, 400), 255, np.uint8)
    words = [Word("6835", 10, 10, 60, 24, 90.0), Word("610%", 10, 40, 60, 54, 90.0),
             Word("68,35", 10, 70, 60, 84, 90.0), Word("36", 10, 100, 30, 114, 90.0),
             Word("35", 10, 130, 30, 144, 90.0), Word("2", 200, 10, 210, 24, 90.0),
             Word("0002", 200, 40, 240, 54, 90.0)]
    reader = _FakeReader({1: "68.35", 2: "61,0%", 3: "68,35", 4: "96", 5: "35 Orang",
                          6: "1.06.06.02.02 0002"})
    checked = [w.text for w in second_reading(words, image, reader)]
    assert checked == ["6835 ≠ 68.35",  # the decimal comma lost: ten or a hundred times
                       "61,0%",  # a percentage's comma lost: over 100 % for under it
                       "68,35",  # the same decimals agree
                       "36 ≠ 96", "35",  # a count read among its unit
                       "2",  # a lone digit (a row number) is not read again
                       "0002"]  # the last group of a code the engine read apart
    assert len(reader.widths) == 6
    assert parse_quantity(checked[0]).value is None


def test_a_tick_alone_in_a_cell_the_engine_read_nothing_in_is_read_by_its_shape():
    from rencana.extract.ocr.ticks import lone_ticks

    def cell(*strokes: tuple[tuple[int, int], tuple[int, int]]) -> np.ndarray:
        ink = np.zeros((80, 120), np.uint8)
        for a, b in strokes:
            cv2.line(ink, a, b, 255, 2)
        return ink

    tick = cell(((52, 40), (57, 47)), ((57, 47), (66, 32)))  # short arm down, long arm up
    [found] = lone_ticks(tick, [CELL], [], DPI, 6)
    assert found.text == "✓" and 50 <= found.x0 <= 53
    assert lone_ticks(tick, [CELL], [Word("v", 50, 30, 68, 48, 60.0)], DPI, 6) == []
    one = cell(((58, 32), (58, 48)), ((55, 35), (58, 32)))  # a "1": a stem, a flag
    assert lone_ticks(one, [CELL], [], DPI, 6) == []
    dust = _ink((30, 20, 2, 2), (70, 60, 1, 2))
    assert lone_ticks(dust, [CELL], [], DPI, 6) == []
    grain = tick.copy()
    grain[58:61, 56:58] = 255  # a grain under the tick (a zebra band's): still a tick
    [found] = lone_ticks(grain, [CELL], [], DPI, 6)
    assert found.text == "✓" and found.bottom <= 50
    faded = cell(((52, 40), (57, 47)), ((60, 43), (66, 32)))  # broken in two: a tick
    assert [w.text for w in lone_ticks(faded, [CELL], [], DPI, 6)] == ["✓"]
    strokes = cell(((52, 40), (57, 47)), ((60, 43), (61, 41)), ((63, 37), (66, 32)))
    assert lone_ticks(strokes, [CELL], [], DPI, 6) == []  # three: strokes of a glyph


def test_an_empty_cell_of_a_schedule_column_without_rules_takes_the_tick_its_ink_is():
    from rencana.extract.ocr.preprocess import PreparedPage
    from rencana.extract.ocr.tables import _lone_marks
    from rencana.records import Cell

    ink = np.zeros((200, 300), np.uint8)
    for x0, y0 in ((52, 132), (202, 132)):  # a tick under each of two columns, row 2
        cv2.line(ink, (x0, y0 + 8), (x0 + 5, y0 + 15), 255, 2)
        cv2.line(ink, (x0 + 5, y0 + 15), (x0 + 14, y0), 255, 2)
    page = PreparedPage(ink, ink, DPI / 72, 0, 0.0)
    cells = [Cell(0, 0, "✓", bbox=(0, 0, 120, 100)), Cell(1, 0, "", bbox=(0, 100, 120, 200)),
             Cell(0, 1, "Rapat", bbox=(150, 0, 300, 100)),
             Cell(1, 1, "", bbox=(150, 100, 300, 200))]
    texts = [c.text for c in _lone_marks(cells, page, 20.0)]
    assert texts == ["✓", "✓", "Rapat", ""]  # only a column that holds ticks takes one


def _page_line(top: int, *cells: tuple[int, str]) -> list[Word]:
    """Words of one line of a page read at DPI: each (x, text) cell's words set from x."""
    out = []
    for x, text in cells:
        for token in text.split():
            out.append(Word(token, x, top, x + 22 * len(token), top + 40, 95.0))
            x += 22 * len(token) + 14
    return out


def test_a_layout_tables_text_positions_are_in_points_like_its_boxes():
    # Stitching tells a row broken over the page by how far a cell's text reaches towards
    # its lower border: both must be in the same unit.
    from rencana.extract.ocr.preprocess import PreparedPage
    from rencana.extract.ocr.reading import PageReading
    from rencana.extract.ocr.tables import tables_from_reading

    blank = np.zeros((1400, 1800), np.uint8)
    page = PreparedPage(blank, blank, DPI / 72, 0, 0.0)

    words = [*_page_line(100, (100, "No"), (300, "Program"), (1200, "Pagu")),
             *[w for k in range(6) for w in _page_line(
                 200 + 160 * k, (100, str(k + 1)), (300, "Penyediaan Permakanan"),
                 (1200, "1.000.000"))],
             *_page_line(250, (300, "Kewenangan Kota"))]
    [table] = tables_from_reading(PageReading(page, [], words), _NoEngine(), 1).tables
    for cell in table.cells:
        if cell.text_bottom is not None:
            assert cell.bbox[1] < cell.text_bottom <= cell.bbox[3] + 1
            assert all(cell.bbox[1] <= top <= cell.bbox[3] for top in cell.paragraph_tops)


def test_a_quarter_shaded_in_a_schedule_without_rules_is_a_shaded_cell():
    # A layout table's cells are looked at in the page's solid fills like a grid's: a
    # schedule drawn without rules shades the quarters an action runs in.
    from rencana.extract.ocr.preprocess import PreparedPage
    from rencana.extract.ocr.reading import PageReading
    from rencana.extract.ocr.tables import tables_from_reading

    blank = np.zeros((1400, 1800), np.uint8)
    shade = np.zeros((1400, 1800), bool)

    words = [*_page_line(100, (100, "No"), (300, "Rencana Aksi"), (900, "Volume"), (1200, "TW 1"),
                   (1500, "TW 2")),
             *[w for k in range(4) for w in _page_line(
                 200 + 160 * k, (100, str(k + 1)), (300, "Rapat Koordinasi"), (900, "1 Kali"))]]
    shade[192:300, 1392:1582] = True  # the first action's second quarter
    shade[520:528, 1100:1582] = True  # a bar across the third row: no cell is covered
    page = PreparedPage(blank, blank, DPI / 72, 0, 0.0, shade)
    [table] = tables_from_reading(PageReading(page, [], words), _NoEngine(), 1).tables
    assert [(c.row, c.col) for c in table.cells if c.shaded] == [(1, 4)]


def test_a_dash_on_the_first_line_of_a_tall_merged_grid_cell_is_read_despite_its_specks():
    # A baseline "-" merged over eight rows: the cell's specks, a line's height apart,
    # rule out the whole cell's test; the line its row starts on is clear but for the bar.
    from rencana.extract.ocr.dashes import grid_row_start_dashes
    from rencana.extract.ocr.grid import Grid, GridCell

    ink = np.zeros((1000, 400), np.uint8)
    ink[116:119, 160:168] = 255  # the "-", level with the row's first line
    ink[300:304, 150:154] = 255  # specks further down the merged cell
    ink[620:625, 170:175] = 255
    ink[16:19, 160:168] = 255  # a bar in the next row, whose left cell is carried over
    cells = (GridCell(0, 0, 1, 1, (0, 0, 100, 100)), GridCell(0, 1, 1, 1, (100, 0, 250, 100)),
             GridCell(1, 0, 1, 1, (0, 100, 100, 1000)), GridCell(1, 1, 1, 1, (100, 100, 250, 1000)),
             GridCell(0, 2, 1, 1, (250, 0, 400, 100)), GridCell(1, 2, 1, 1, (250, 100, 400, 1000)))
    grid = Grid((0, 100, 250, 400), (0, 100, 1000), cells)
    words = [Word("2", 40, 110, 52, 128, 95.0), Word("Utama", 260, 110, 320, 128, 95.0),
             Word("Program", 260, 10, 340, 28, 95.0)]
    [dash] = grid_row_start_dashes(ink, [grid], words, DPI)
    assert (dash.text, dash.x0, dash.top) == ("-", 160, 116)
    ink[116:119, 160:168] = 0
    ink[160:163, 160:168] = 255  # a speck two lines under the row's start
    assert grid_row_start_dashes(ink, [grid], words, DPI) == []


def test_a_dash_alone_in_a_value_column_of_a_table_without_rules_is_read_on_its_rows_first_line():
    from rencana.extract.ocr.preprocess import PreparedPage
    from rencana.extract.ocr.reading import PageReading
    from rencana.extract.ocr.tables import tables_from_reading

    ink = np.zeros((1400, 1800), np.uint8)
    words = [*_page_line(100, (100, "No"), (300, "Program"), (900, "Capaian"),
                         (1200, "Pagu")),
             *[w for k in range(5) for w in _page_line(
                 200 + 160 * k, (100, str(k + 1)), (300, "Penyediaan Permakanan"),
                 *([] if k in (1, 2) else [(900, "80,90%")]), (1200, "1.000.000"))]]
    ink[538:541, 940:952] = 255  # row 3's "-", level with its first line
    ink[420:423, 940:952] = 255  # a speck in row 2, a line under its start
    page = PreparedPage(ink, ink, DPI / 72, 0, 0.0)
    [table] = tables_from_reading(PageReading(page, [], words), _NoEngine(), 1).tables
    capaian = {c.row: c.text for c in table.cells if c.col == 2}
    assert (capaian[2], capaian[3]) == ("", "-")


class _NoEngine:
    """An engine that is never asked to read (a page of words already read)."""

    name = "tesseract"


def test_a_percent_sign_alone_in_a_cell_is_taken_only_when_the_second_reader_reads_just_it():
    from rencana.extract.ocr.lone_signs import lone_percents

    image = np.full((200, 400), 255, np.uint8)
    cells = [(10, 10, 50, 50), (10, 60, 50, 100), (10, 110, 50, 150), (100, 10, 300, 50)]
    words = [Word("Indeks", 12, 112, 48, 140, 95.0)]
    reader = _FakeReader({1: "%", 2: "9"})
    found = lone_percents(image, cells, words, reader, DPI)
    assert [(w.text, w.top) for w in found] == [("%", 10)]
    assert len(reader.widths) == 2  # the cell with a word and the wide cell are not read


def test_two_words_whose_boxes_touch_are_read_as_one_when_that_is_a_word():
    from rencana.extract.ocr.touching import read_touching_words

    image = np.full((200, 600), 255, np.uint8)
    words = [Word("N", 10, 10, 27, 28, 90.0), Word("lo", 14, 10, 40, 28, 89.0),  # overlap
             Word("Sub", 100, 10, 142, 28, 93.0), Word("Ki", 150, 10, 169, 28, 66.0),
             Word("Kegiatan", 169, 10, 250, 28, 92.0),  # touching: no word space
             Word("Rencana", 20, 60, 90, 78, 91.0), Word("Aksi", 90, 60, 130, 78, 92.0),
             Word("Kegiatan", 300, 10, 380, 28, 92.0), Word("Target", 386, 10, 450, 28, 96.0)]
    # Read in the order of the first word's left edge: "N|lo", "Rencana|Aksi", "Ki|Kegiatan".
    reader = _FakeReader({1: "No", 2: "RencanaAksi", 3: "Kegiatan"})
    found = read_touching_words(words, image, reader)
    assert len(reader.widths) == 3  # words a space apart are not read again
    assert sorted((w.text, w.x0, w.x1) for w in found) == [
        ("Aksi", 90, 130), ("Kegiatan", 150, 250), ("Kegiatan", 300, 380), ("No", 10, 40),
        ("Rencana", 20, 90), ("Sub", 100, 142), ("Target", 386, 450)]
