"""Grid recovery on synthetic page images: spans from missing lines, broken lines, skew."""

from __future__ import annotations

import cv2
import numpy as np

from rencana.extract.ocr.blobs import chosen_pixels
from rencana.extract.ocr.grid import find_grids, free_rule_pixels
from rencana.extract.ocr.layout import layout_tables
from rencana.extract.ocr.preprocess import binarize, prepare
from rencana.extract.words import Word

DPI = 200
XS = [100, 300, 500, 700, 900]
YS = [100, 180, 260, 340, 420]


def _ruled_page(skip_h=(), skip_v=(), gap: int = 0) -> np.ndarray:
    """White page with a 4×4 ruled grid; ``skip_h``/``skip_v`` remove internal line
    pieces ((line index, cell index)); ``gap`` breaks every line every 60 px."""
    img = np.full((600, 1000), 255, np.uint8)
    for i, y in enumerate(YS):
        for c in range(len(XS) - 1):
            if (i, c) not in skip_h:
                cv2.line(img, (XS[c], y), (XS[c + 1], y), 0, 2)
    for i, x in enumerate(XS):
        for r in range(len(YS) - 1):
            if (i, r) not in skip_v:
                cv2.line(img, (x, YS[r]), (x, YS[r + 1]), 0, 2)
    if gap:
        for x in range(0, img.shape[1], 60):
            img[:, x : x + gap] = 255
        for y in range(0, img.shape[0], 60):
            img[y : y + gap, :] = 255
    return img


def _spans(grid) -> dict[tuple[int, int], tuple[int, int]]:
    return {(c.row, c.col): (c.rowspan, c.colspan) for c in grid.cells}


def test_full_grid_has_every_cell() -> None:
    (grid,) = find_grids(binarize(_ruled_page()), DPI)
    assert (grid.n_rows, grid.n_cols) == (4, 4)
    assert set(_spans(grid).values()) == {(1, 1)}
    assert len(grid.cells) == 16


def test_missing_internal_lines_become_spans() -> None:
    # Header cell over columns 1-2 (vertical line 2 missing in row 0) and a body cell
    # over rows 1-2 of column 0 (horizontal line 2 missing under column 0).
    page = _ruled_page(skip_v={(2, 0)}, skip_h={(2, 0)})
    (grid,) = find_grids(binarize(page), DPI)
    spans = _spans(grid)
    assert spans[(0, 1)] == (1, 2)
    assert spans[(1, 0)] == (2, 1)
    assert (0, 2) not in spans and (2, 0) not in spans
    assert len(grid.cells) == 14


def test_cells_joined_into_no_rectangle_are_split_and_none_is_lost() -> None:
    # A stamp broke the rule under (0, 2) and the rule between (1, 1) and (1, 2): the
    # three cells join into an L, which no printed merged cell is. Closed to its bounding
    # box it began at (0, 1), a cell of its own, and all three vanished with their text.
    page = _ruled_page(skip_h={(1, 2)}, skip_v={(2, 1)})
    (grid,) = find_grids(binarize(page), DPI)
    covered = [(c.row + r, c.col + k) for c in grid.cells
               for r in range(c.rowspan) for k in range(c.colspan)]
    assert sorted(covered) == [(r, k) for r in range(4) for k in range(4)]  # each once
    spans = _spans(grid)
    assert spans[(0, 1)] == (1, 1) and spans[(0, 2)] == (1, 1) and spans[(1, 1)] == (1, 2)


def test_broken_lines_still_separate_cells() -> None:
    (grid,) = find_grids(binarize(_ruled_page(gap=6)), DPI)
    assert (grid.n_rows, grid.n_cols) == (4, 4)
    assert len(grid.cells) == 16


def test_skewed_scan_is_levelled_before_the_grid_is_read() -> None:
    page = _ruled_page(skip_v={(2, 0)})
    h, w = page.shape
    turned = cv2.warpAffine(
        page, cv2.getRotationMatrix2D((w / 2, h / 2), 2.2, 1.0), (w, h), borderValue=255
    )
    prepared = prepare(turned, DPI)
    assert abs(prepared.skew_deg + 2.2) < 0.15
    (grid,) = find_grids(prepared.ink, DPI)
    assert (grid.n_rows, grid.n_cols) == (4, 4)
    assert _spans(grid)[(0, 1)] == (1, 2)


def test_page_without_rules_has_no_grid() -> None:
    img = np.full((600, 1000), 255, np.uint8)
    cv2.putText(img, "Rencana Aksi 2025", (100, 200), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3)
    assert find_grids(binarize(img), DPI) == []


def _three_rules() -> np.ndarray:
    """A page with three long horizontal rules (top, under the header, bottom) and no
    vertical ones."""
    img = np.full((600, 1000), 255, np.uint8)
    for y in (100, 160, 400):
        cv2.line(img, (80, y), (920, y), 0, 2)
    return img


UNRULED_WORDS = [
    Word("NO", 100, 120, 130, 140, 95),
    Word("PROGRAM", 300, 120, 420, 140, 95),
    Word("ANGGARAN", 700, 120, 820, 140, 95),
    Word("1", 100, 180, 110, 200, 95),
    Word("Rehabilitasi", 200, 180, 330, 200, 95),
    Word("86%", 450, 180, 500, 200, 95),
    Word("85.400.000", 700, 180, 820, 200, 95),
    Word("2", 100, 300, 110, 320, 95),
    Word("Perlindungan", 200, 300, 340, 320, 95),
    Word("100%", 450, 300, 510, 320, 95),
    Word("9.600.000", 700, 300, 810, 320, 95),
]
UNRULED_BODY = [["1", "Rehabilitasi", "86%", "85.400.000"],
                ["2", "Perlindungan", "100%", "9.600.000"]]


def test_table_without_vertical_rules_is_clustered_on_its_header() -> None:
    # The columns come from white rivers in the body, the header phrase over two body
    # columns becomes one cell spanning them, and the row numbers split the body rows.
    [table] = layout_tables(binarize(_three_rules()), UNRULED_WORDS, DPI)
    cells, n_rows, n_cols = table.cells, table.n_rows, table.n_cols
    assert (n_rows, n_cols) == (3, 4)
    header = {c.col: (c.text, c.colspan) for c in cells if c.row == 0 and c.text}
    assert header == {0: ("NO", 1), 1: ("PROGRAM", 2), 3: ("ANGGARAN", 1)}
    body = [[c.text for c in sorted(cells, key=lambda c: c.col) if c.row == r] for r in (1, 2)]
    assert body == UNRULED_BODY


def test_a_punch_hole_and_a_speck_read_as_words_open_no_row_and_no_column() -> None:
    # The table above with a punch hole in the left margin read "O" (a capital alone is a
    # row key) and a speck between its rows read "2".
    blobs = [Word("O", 10, 110, 70, 170, 80), Word("2", 104, 250, 108, 259, 70)]
    [table] = layout_tables(binarize(_three_rules()), [*blobs, *UNRULED_WORDS], DPI)
    body = [[c.text for c in sorted(table.cells, key=lambda c: c.col) if c.row == r]
            for r in range(1, table.n_rows)]
    assert (table.n_rows, table.n_cols) == (3, 4)
    assert body == UNRULED_BODY


def test_prose_between_two_rules_is_not_a_table() -> None:
    img = np.full((600, 1000), 255, np.uint8)
    for y in (100, 400):
        cv2.line(img, (80, y), (920, y), 0, 2)
    words = [Word("Rencana", 100, 200, 200, 220, 95), Word("Aksi", 210, 200, 260, 220, 95)]
    assert layout_tables(binarize(img), words, DPI) == []


def test_free_rules_are_found_but_neither_glyphs_nor_shaded_bands():
    dpi = 200
    ink = np.zeros((400, 800), np.uint8)
    ink[50:52, 100:700] = 255  # a booktabs rule, 0.01 inch thick, 3 inches long
    ink[100:112, 100:120] = 255  # a bold glyph stroke
    ink[150:160, 100:130] = 255  # a dash
    ink[200:260, 100:700] = 255  # a shaded band
    mask = free_rule_pixels(ink, dpi)
    assert mask[50:52, 102:698].all()
    assert not mask[100:112].any() and not mask[150:160].any() and not mask[200:260].any()


def test_a_box_with_rules_between_rows_only_is_no_grid() -> None:
    # A spreadsheet's table framed by an outer box, rows parted by rules, no inner
    # vertical rule: one column, read by its layout instead.
    img = _ruled_page(skip_v={(i, r) for i in (1, 2, 3) for r in range(4)})
    assert find_grids(binarize(img), DPI) == []
    assert len(find_grids(binarize(_ruled_page()), DPI)) == 1


def test_bold_text_runs_at_a_partial_rules_height_are_not_rule_pieces() -> None:
    # A band's underline under the last two columns; in the first column a thick run of
    # text lies at the same height: it must not be painted out as part of the rule.
    img = _ruled_page(skip_h={(1, 0), (1, 1)})
    cv2.rectangle(img, (150, 178), (230, 182), 0, -1)  # heavy text stroke, 80 px long
    [grid] = find_grids(binarize(img), DPI)
    rule = next(r for r in grid.h_rules if abs(r.pos - YS[1]) < 4)
    assert all(a >= XS[1] - 4 for a, _ in rule.spans)


def test_a_header_band_printed_white_on_navy_is_read_dark_on_light() -> None:
    page = np.full((300, 600, 3), 235, np.uint8)
    page[40:100, 20:580] = (100, 56, 31)  # a navy band (RGB)
    cv2.putText(page, "Target Tahun", (60, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.0,
                (255, 255, 255), 2, cv2.LINE_AA)
    cv2.putText(page, "Persentase", (60, 160), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 0), 2,
                cv2.LINE_AA)
    page[200:204, 20:580] = 0  # a rule stays a rule
    prepared = prepare(page, 300, quarter_turns=0)
    band, body = prepared.ink[45:95, 60:300], prepared.ink[135:170, 60:300]
    assert 0.05 < band.mean() / 255 < 0.5  # the band's letters are ink, the band is not
    assert body.mean() / 255 > 0.05  # black print beside it is untouched
    assert prepared.ink[202, 100:500].all()


def test_a_cell_filled_grey_as_a_schedule_mark_is_shaded_after_preparation() -> None:
    from rencana.extract.ocr.grid import Grid, GridCell
    from rencana.extract.ocr.tables import grid_table

    dpi = 200
    page = np.full((400, 600), 245, np.uint8)
    cv2.rectangle(page, (100, 100), (300, 200), 0, 2)  # two cells side by side
    cv2.rectangle(page, (300, 100), (500, 200), 0, 2)
    page[103:198, 103:298] = 122  # the first filled mid-grey, as a quarter marked
    cv2.putText(page, "Rapat", (320, 160), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    prepared = prepare(page, dpi, quarter_turns=0)
    cells = (GridCell(0, 0, 1, 1, (100, 100, 300, 200)), GridCell(0, 1, 1, 1, (300, 100, 500, 200)))
    shaded = [c.shaded for c in grid_table(Grid((100, 300, 500), (100, 200), cells), [], prepared)]
    assert shaded == [True, False]  # print is no fill


def test_stamp_ink_is_found_but_not_a_scanners_colour_fringes() -> None:
    from rencana.extract.ocr.preprocess import colour_ink

    page = np.full((300, 600, 3), 245, np.uint8)
    cv2.putText(page, "Pemenuhan Hak", (40, 120), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (30, 30, 30),
                3, cv2.LINE_AA)
    page = cv2.GaussianBlur(page, (0, 0), 0.8)  # a scanner's optics
    text = page[..., 0] < 128
    fringed = page.copy()
    fringed[:, 1:, 0] = page[:, :-1, 0]  # the red channel a pixel off: colour fringes
    spread = fringed.max(axis=2).astype(int) - fringed.min(axis=2)
    assert (spread[text] > 48).mean() > 0.2  # a quarter of the print's pixels look coloured
    stamp = np.full_like(page, 255)
    cv2.circle(stamp, (200, 110), 70, (110, 70, 190), 6, cv2.LINE_AA)  # a violet ring
    cv2.polylines(stamp, [np.array([[120, 200], [260, 170], [400, 210]], np.int32)], False,
                  (40, 50, 150), 3, cv2.LINE_AA)  # a ballpoint's stroke
    stamped = (fringed.astype(np.uint16) * stamp // 255).astype(np.uint8)  # translucent ink
    mask = colour_ink(stamped, 300)
    ring = np.zeros(page.shape[:2], np.uint8)
    cv2.circle(ring, (200, 110), 70, 255, 2)
    pen = np.zeros_like(ring)
    cv2.polylines(pen, [np.array([[120, 200], [260, 170], [400, 210]], np.int32)], False, 255, 1)
    assert mask[ring > 0].mean() > 0.95 and mask[pen > 0].mean() > 0.95
    far = cv2.dilate(ring | pen, np.ones((31, 31), np.uint8)) == 0
    assert mask[text & far].mean() < 0.01  # fringed black print is no ink
    assert colour_ink(page[..., 0], 300) is None  # a greyscale scan has none


def test_print_under_a_stamp_or_a_signature_stays_and_their_ink_goes() -> None:
    # Translucent ink multiplies: a rule and a faded digit under a violet stamp's stroke
    # and a ballpoint's line are darker than the ink alone, and come back when the ink is
    # divided out; whitening all coloured ink cut the rule (two cells merged) and the
    # digit (a "9" read "3").
    dpi = 300
    page = np.full((300, 600, 3), 240, np.uint8)
    page[148:152, 20:580] = 60  # a rule
    page[60:120, 300:306] = 150  # a faded stem of a digit
    stamp = np.full_like(page, 255)
    cv2.circle(stamp, (300, 150), 90, (110, 70, 190), 8, cv2.LINE_AA)  # a violet ring
    cv2.line(stamp, (120, 60), (180, 240), (40, 50, 150), 4, cv2.LINE_AA)  # a pen stroke
    cv2.line(stamp, (250, 90), (360, 90), (110, 70, 190), 8, cv2.LINE_AA)  # a stamp letter
    stamped = (page.astype(np.uint16) * stamp // 255).astype(np.uint8)
    stamped = cv2.GaussianBlur(stamped, (0, 0), 0.7)
    ink = prepare(stamped, dpi, quarter_turns=0).ink > 0
    assert ink[148:152, 25:575].any(axis=0).all()  # the rule is whole
    assert ink[86:94, 301:305].all()  # the stem under the letter
    ring = np.zeros(page.shape[:2], np.uint8)
    cv2.circle(ring, (300, 150), 90, 255, 8)
    cv2.line(ring, (120, 60), (180, 240), 255, 4)
    cv2.line(ring, (250, 90), (360, 90), 255, 8)
    alone = (ring > 0) & (page[..., 0] > 200)
    assert ink[alone].mean() < 0.02  # the ink over paper is gone


def test_a_grid_of_grey_hairlines_is_found_but_no_grey_fill_or_stamp_rim() -> None:
    from rencana.extract.ocr.grid import faint_rule_ink

    page = np.full((600, 1000), 250, np.uint8)
    page[YS[1] + 4 : YS[2] - 4, XS[0] + 4 : XS[-1] - 4] = 215  # a zebra row, as grey as a rule
    for y in YS:
        cv2.line(page, (XS[0], y), (XS[-1], y), 190, 1)
    for x in XS:
        cv2.line(page, (x, YS[0]), (x, YS[-1]), 190, 1)
    for r, c in ((0, 0), (1, 2), (3, 3)):
        cv2.putText(page, "85,5", (XS[c] + 40, YS[r] + 50), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 20, 2)
    cv2.circle(page, (800, 520), 60, 200, 3)  # a whitened stamp's grey rim below the table
    ink = (page < 128).astype(np.uint8) * 255  # a page of text sets the threshold about here
    assert find_grids(ink, DPI) == []  # the hairlines are lighter than that
    faint = faint_rule_ink(page, DPI)
    (grid,) = find_grids(cv2.max(ink, faint), DPI)
    assert (grid.n_rows, grid.n_cols) == (4, 4)
    assert not faint[YS[1] + 10 : YS[2] - 10, XS[0] + 10 : XS[-1] - 10].any()  # no fill
    assert not faint[450:590, 730:870].any()  # no rim


def _word_on_a_run(ink: np.ndarray, top: int, x0: int, x1: int) -> None:
    """Bold letters whose blurred feet merge into one run along their baseline."""
    for x in range(x0, x1, 8):
        ink[top : top + 14, x : x + 5] = 255  # the letters' stems
    ink[top + 14 : top + 16, x0:x1] = 255  # their feet, merged


def test_runs_along_a_words_letters_are_neither_free_rules_nor_grid_rules():
    from rencana.extract.ocr.grid import rule_masks

    dpi = 200
    ink = np.zeros((300, 800), np.uint8)
    ink[50:52, 100:700] = 255  # a rule, 3 inches long
    _word_on_a_run(ink, 100, 100, 200)  # a word 0.5 inch long
    horizontal, _ = rule_masks(ink, dpi)
    assert horizontal[50:52, 102:698].all() and not horizontal[100:120].any()
    free = free_rule_pixels(ink, dpi)
    assert free[50:52, 102:698].all() and not free[100:120].any()


def test_a_rule_is_painted_out_in_its_own_rows_not_in_the_feet_of_a_label_above_it():
    from rencana.extract.ocr.grid import Rule, _paint_rule

    mask = np.zeros((40, 300), np.uint8)  # rows across a rule at row 20 (runs: 255)
    mask[19:22, :] = 255  # the rule, three rows
    mask[14:16, 40:120] = 255  # a bold label's merged feet, two white rows above it
    mask[24:26, :] = 255  # the second line of a double rule
    out = np.zeros_like(mask)
    _paint_rule(mask, out, Rule(20.0, ((0, 299),)), band=9, chunk=150)
    assert out[19:22].all() and out[24:26].all() and not out[14:16].any()


def test_chosen_components_painted_in_their_boxes_are_the_lookup_over_the_whole_page():
    rng = np.random.default_rng(7)
    mask = (rng.random((120, 200)) > 0.6).astype(np.uint8)  # blobs of every shape
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    chosen = rng.random(count) > 0.5
    chosen[0] = False
    assert count > 50
    assert np.array_equal(chosen_pixels(labels, stats, chosen), chosen[labels])
