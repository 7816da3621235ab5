"""Tables drawn without vertical rules, rebuilt from word positions (extract/unruled.py)."""

from __future__ import annotations

from itertools import pairwise

from rencana.extract.families.base import TableContext
from rencana.extract.families.iku_links import IkuLinks
from rencana.extract.header import find_header
from rencana.extract.unruled import LayoutTable, Rule, unruled_tables
from rencana.extract.unruled.body import _same_paragraph
from rencana.extract.unruled.centred import centred_row_edges, centred_spans
from rencana.extract.unruled.columns import fit_numbers
from rencana.extract.words import Word
from rencana.records import DocumentInfo, RawTable

HEIGHT = 7.0
CHAR = 3.5
SPACE = 2.0
"""A word space is about 0.28 em, well under a column gap."""


def line(top: float, *cells: tuple[float, str]) -> list[Word]:
    """Words of one printed line: each (x, text) cell's words set from x, 7 pt high."""
    words = []
    for x, text in cells:
        for token in text.split():
            words.append(Word(token, x, top, x + CHAR * len(token), top + HEIGHT))
            x += CHAR * len(token) + SPACE
    return words


def raw(table: LayoutTable) -> RawTable:
    return RawTable(page=1, index=1, n_rows=table.n_rows, n_cols=table.n_cols,
                    cells=tuple(sorted(table.cells, key=lambda c: (c.row, c.col))),
                    row_pages=(1,) * table.n_rows, method="test")


RENJA = [
    *line(20, (300, "RENCANA KERJA TAHUN 2025")),
    *line(60, (40, "Kode"), (100, "Program/Kegiatan"), (260, "Target"), (330, "Pagu (Rp)")),
    *line(80, (40, "1.06.02"), (100, "PROGRAM REHABILITASI SOSIAL"), (260, "85%"),
          (330, "1.039.380.000")),
    *line(93, (40, "1.06.02.2.01"), (100, "Rehabilitasi Sosial Dasar"), (260, "80%"),
          (330, "845.242.000")),
    *line(101.4, (100, "Penyandang Disabilitas")),
    *line(114, (40, "1.06.02.2.01.0001"), (100, "Penyediaan Permakanan"), (260, "50 Orang"),
          (330, "783.242.000")),
    *line(150, (300, "Kepala Dinas")),
]
RULES = [Rule(55, 35, 400), Rule(75, 35, 400), Rule(125, 35, 400)]


def test_horizontal_rules_only_table_is_found_with_its_columns_and_rows():
    [table] = unruled_tables(RENJA, RULES)
    grid = raw(table).grid(spread_spans=False)
    assert table.n_cols == 4
    assert grid[0] == ["Kode", "Program/Kegiatan", "Target", "Pagu (Rp)"]
    # The wrapped name stays in its row; the title above and the signature below are no rows.
    assert [row[0] for row in grid[1:]] == ["1.06.02", "1.06.02.2.01", "1.06.02.2.01.0001"]
    assert grid[2][1] == "Rehabilitasi Sosial Dasar\nPenyandang Disabilitas"
    assert grid[3][3] == "783.242.000"


def test_cells_set_in_the_middle_of_a_tall_row_stay_one_row():
    # The name runs over three lines; the code and amount are centred on the middle one,
    # so page-wide lines interleave: one row all the same.
    words = [
        *line(60, (40, "No"), (100, "Kegiatan"), (260, "Anggaran")),
        *line(80, (100, "Penyediaan Permakanan bagi")),
        *line(84.2, (40, "1"), (260, "Rp 62.000.000")),
        *line(88.4, (100, "Lanjut Usia Terlantar")),
        *line(96.8, (100, "di Luar Panti")),
        *line(110, (40, "2"), (100, "Penyediaan Sandang"), (260, "Rp 19.800.000")),
        *line(122.5, (40, "3"), (100, "Penyediaan Alat Bantu"), (260, "Rp 5.000.000")),
    ]
    [table] = unruled_tables(words, [])
    grid = raw(table).grid(spread_spans=False)
    assert [row[0] for row in grid[1:]] == ["1", "2", "3"]
    assert grid[1][1].split("\n")[-1] == "di Luar Panti"
    assert grid[1][2] == "Rp 62.000.000"


def test_band_is_widened_over_the_leaves_it_is_centred_on():
    words = [
        *line(40, (229, "Rencana Tahun 2025")),
        *line(48, (40, "Kode"), (100, "Program")),
        *line(52, (180, "Lokasi"), (240, "Target"), (300, "Pagu"), (360, "Catatan")),
        *line(70, (40, "1.06.02"), (100, "Rehabilitasi"), (180, "Kota"), (240, "80%"),
              (300, "1.000.000"), (360, "-")),
        *line(82, (40, "1.06.03"), (100, "Pemberdayaan"), (180, "Kota"), (240, "85%"),
              (300, "2.000.000"), (360, "-")),
        *line(94, (40, "1.06.04"), (100, "Perlindungan"), (180, "Kota"), (240, "90%"),
              (300, "3.000.000"), (360, "-")),
    ]
    [table] = unruled_tables(words, [])
    labels = find_header(raw(table)).labels
    assert labels[2:5] == ("rencana tahun 2025 lokasi", "rencana tahun 2025 target",
                           "rencana tahun 2025 pagu")
    assert labels[5] == "catatan"


def test_band_row_between_rules_is_one_cell_that_opens_a_section():
    words = [
        *line(60, (40, "No"), (80, "Sasaran"), (200, "Program"), (290, "Kegiatan"),
              (380, "Indikator"), (470, "Anggaran")),
        *line(80, (180, "Tujuan RPJMD: Meningkatkan Kesejahteraan")),
        *line(100, (40, "1"), (80, "Meningkatnya Kualitas"), (200, "REHABILITASI"),
              (290, "Permakanan"), (380, "Jumlah Orang"), (470, "Rp 783.242.000")),
        *line(113, (290, "Sandang"), (380, "Jumlah Orang"), (470, "Rp 19.800.000")),
        *line(126, (290, "Alat Bantu"), (380, "Jumlah Orang"), (470, "Rp 62.000.000")),
    ]
    rules = [Rule(55, 35, 530), Rule(75, 35, 530), Rule(90, 35, 530)]
    [table] = unruled_tables(words, rules)
    record = raw(table)
    [band] = [c for c in record.cells if c.text.startswith("Tujuan")]
    assert (band.col, band.colspan) == (0, table.n_cols)
    header = find_header(record)
    assert header.n_rows == 1
    rows = IkuLinks().read(record, header, TableContext(doc=DocumentInfo()))
    assert [r["tujuan_rpjmd"] for r in rows.rows] == ["Meningkatkan Kesejahteraan"] * 3
    assert [r["budget_idr"] for r in rows.rows] == [783242000, 19800000, 62000000]


def test_prose_page_has_no_table():
    text = "Dalam rangka pelaksanaan tugas pokok dan fungsi Dinas Sosial disusun rencana ini."
    words = [w for i in range(8) for w in line(40 + 12 * i, (40, text))]
    assert unruled_tables(words, []) == []


def test_a_label_and_its_long_value_printed_above_the_table_are_no_header_line():
    # "Sasaran Strategis : Meningkatnya …" with its colon lost on a scan: two phrases,
    # the value longer than any header label, set apart from the header by white space.
    above = [*line(20, (40, "Sasaran Strategis"),
                   (120, "Meningkatnya Kualitas dan Kemampuan Penyandang Masalah Kesejahteraan")),
             *line(32, (40, "Indikator Sasaran"),
                   (120, "Persentase Penyandang Masalah Kesejahteraan Sosial yang terpenuhi"))]
    [table] = unruled_tables(above + RENJA[4:], RULES)
    grid = raw(table).grid(spread_spans=False)
    assert grid[0] == ["Kode", "Program/Kegiatan", "Target", "Pagu (Rp)"]
    assert not any("Sasaran" in cell for row in grid for cell in row)


def test_a_label_and_its_figure_over_the_tables_top_rule_are_no_header_line():
    # "Target Tahun 2027 : 88%" with its colon lost on a scan, over a table whose only
    # rule across is its top: no header label is a figure.
    above = line(45, (40, "Target Tahun 2027"), (120, "88%"))
    [table] = unruled_tables(above + RENJA[4:], [Rule(55, 35, 400)])
    grid = raw(table).grid(spread_spans=False)
    assert grid[0] == ["Kode", "Program/Kegiatan", "Target", "Pagu (Rp)"]
    assert not any("88%" in cell for row in grid for cell in row)


def test_a_running_page_header_over_a_header_boxed_by_rules_is_no_header_line():
    # "Rencana Kerja 2025 - Dinas Sosial Kota" with its dash lost on a scan: two short
    # phrases, like two header labels, but above the rules the header is drawn between.
    running = line(45, (40, "Rencana Kerja 2025"), (250, "Dinas Sosial Kota"))
    [table] = unruled_tables(running + RENJA[4:], RULES)
    grid = raw(table).grid(spread_spans=False)
    assert grid[0] == ["Kode", "Program/Kegiatan", "Target", "Pagu (Rp)"]
    assert [row[0] for row in grid[1:]] == ["1.06.02", "1.06.02.2.01", "1.06.02.2.01.0001"]


def test_a_band_under_the_tables_top_rule_stays_a_header_line():
    # "Rencana 2025 | Prakiraan 2026" over the last columns, between the table's top rule
    # and a rule drawn under those columns only: the header's own band, not a page line.
    band = line(47, (255, "Rencana 2025"), (330, "Prakiraan 2026"))
    rules = [Rule(44, 35, 400), Rule(56, 250, 400), Rule(75, 35, 400), Rule(125, 35, 400)]
    [table] = unruled_tables(band + RENJA[4:], rules)
    grid = raw(table).grid(spread_spans=False)
    assert grid[0][2:] == ["Rencana 2025", "Prakiraan 2026"]
    assert grid[1][2:] == ["Target", "Pagu (Rp)"]


def _rows_of(edges: list[float]):
    return lambda y: max(0, min(len(edges) - 2, sum(e <= y for e in edges) - 1))


def _lines(x: float, top: float, *texts: str) -> list[Word]:
    return [w for k, text in enumerate(texts) for w in line(top + 8 * k, (x, text))]


def test_merged_cells_centred_on_their_rows_take_the_rows_they_are_centred_on():
    # Six action rows, 20 pt apart; program A is centred over the first four, program B
    # over the last two; each program's target is printed at its program's middle, and
    # the volume of each action on the action's own line.
    edges = [70.0, 90.0, 110.0, 130.0, 150.0, 170.0, 190.0]
    actions = [line(top, (200, "Aksi")) for top in (76, 96, 116, 136, 156, 176)]
    programs = [_lines(40, 98.5, "PROGRAM", "PERLINDUNGAN", "PEREMPUAN"),
                _lines(40, 162.5, "PROGRAM", "PEMENUHAN")]
    targets = [line(106.5, (150, "100%")), line(166.5, (150, "91%"))]
    volumes = [line(top, (330, "1 Kali")) for top in (76, 96, 116, 136, 156, 176)]
    spans = centred_spans([programs, targets, actions, volumes], 2, edges, _rows_of(edges),
                          HEIGHT)
    assert spans[(0, 0)] == (0, 3) and spans[(0, 1)] == (4, 5)
    assert spans[(1, 0)] == (0, 3) and spans[(1, 1)] == (4, 5)
    assert not any(col == 3 for col, _ in spans)  # a row's own value stays in its row


def _centred(x: float, middle: float, lines: int, text: str) -> list[Word]:
    """A cell's ``lines`` lines at an 8 pt pitch, set in the middle of its row."""
    top = middle - ((lines - 1) * 8 + HEIGHT) / 2
    return _lines(x, top, *(f"{text}{k}" for k in range(lines)))


def test_a_body_that_centres_every_cell_has_its_row_edges_where_rows_centre_their_text():
    # Rows as tall as their tallest cell (not drawn here), every cell set in its middle:
    # halfway between two actions' texts is no edge (the first row's is 12 pt off), and
    # program A, centred over the first four rows, would take only the second and third.
    edges = [70.0, 130.0, 150.0, 170.0, 230.0, 250.0]
    middles = [(a + b) / 2 for a, b in pairwise(edges)]
    actions = [_centred(200, middle, lines, "Aksi")
               for middle, lines in zip(middles, (1, 2, 2, 1, 2), strict=True)]
    volumes = [line(middle - HEIGHT / 2, (330, "1 Kali")) for middle in middles]
    programs = [_centred(40, 150, 3, "A"), _centred(40, 240, 1, "B")]
    columns = [programs, actions, volumes]
    halfway = [edges[0], *((max(w.bottom for w in a) + min(w.top for w in b)) / 2
                           for a, b in pairwise(actions)), edges[-1]]
    assert centred_spans(columns, 1, halfway, _rows_of(halfway), HEIGHT)[(0, 0)] == (1, 2)
    found = centred_row_edges(columns, 1, halfway, _rows_of(halfway), HEIGHT)
    assert found == edges
    assert centred_spans(columns, 1, found, _rows_of(found), HEIGHT)[(0, 0)] == (0, 3)


def test_row_edges_stay_halfway_when_the_rows_own_cells_start_level():
    # Volumes printed on the action's first line: cells set at the top of their rows.
    actions = [_lines(200, top, "Aksi", "lanjutan", "akhir") for top in (72, 102, 132)]
    volumes = [line(top, (330, "1 Kali")) for top in (72, 102, 132)]
    halfway = [70.0, 98.5, 128.5, 160.0]
    assert centred_row_edges([actions, volumes], 0, halfway, _rows_of(halfway), HEIGHT) == halfway


def test_a_tint_edge_just_under_the_header_opens_no_empty_row():
    # A scan's uneven shading ends just above the first line's middle: no rule is
    # drawn there, and no word lies between it and the body's top.
    [table] = unruled_tables(RENJA, [*RULES, Rule(83, 35, 400, drawn=False)])
    grid = raw(table).grid(spread_spans=False)
    assert [row[0] for row in grid[1:]] == ["1.06.02", "1.06.02.2.01", "1.06.02.2.01.0001"]


def test_a_line_boxed_two_lines_high_stays_in_its_paragraph():
    # "Kekerasan terhadap" boxed from the line above's top (a glyph taken in): its middle
    # is 4 pt high, but its bottom steps one pitch (8 pt) from the line above.
    above = line(100, (40, "Pencegahan"))
    tall = [Word("Kekerasan", 40, 100, 75, 115), Word("terhadap", 77, 100, 105, 115)]
    below = line(116, (40, "Perempuan"))
    assert _same_paragraph(tall, below, 8.0)
    assert _same_paragraph(above, tall, 8.0)
    # A tight row gap (1.3 pitches) above a line boxed down into the next: its top's step
    # is the lines' true distance, and it is a row's.
    boxed_down = [Word("Pengelolaan", 40, 110.4, 80, 125)]
    assert not _same_paragraph(line(100, (40, "Kabupaten/Kota")), boxed_down, 8.0)


def test_merged_cells_set_at_the_top_of_their_rows_are_left_to_fill_down():
    edges = [70.0, 90.0, 110.0, 130.0, 150.0]
    actions = [line(top, (200, "Aksi")) for top in (76, 96, 116, 136)]
    programs = [_lines(40, 76, "PROGRAM", "PERLINDUNGAN"), _lines(40, 116, "PROGRAM", "ANAK")]
    assert centred_spans([programs, actions], 1, edges, _rows_of(edges), HEIGHT) == {}


def test_a_column_cut_in_two_is_one_again_under_its_number():
    # Rivers found five columns, the number row prints four: the cut inside the name
    # column (its first words happen to end at one x) goes, the real ones stay.
    bounds = [30.0, 80.0, 140.0, 300.0, 360.0, 420.0]
    numbers = line(70, (50, "(1)"), (180, "(2)"), (322, "(3)"), (382, "(4)"))
    assert fit_numbers(bounds, numbers) == [30.0, 80.0, 300.0, 360.0, 420.0]


def test_two_numbers_of_the_column_number_row_in_one_column_split_it():
    from rencana.extract.unruled.columns import split_at_numbers

    numbers = line(60, (40, "(1)"), (60, "(2)"), (120, "(3)"))
    # Rivers found one column over the first two numbers (a stray word bridged the gap).
    split = split_at_numbers([30.0, 100.0, 160.0], numbers, HEIGHT)
    assert len(split) == 4 and 40 + CHAR * 3 < split[1] < 60


def test_in_a_table_that_rules_every_row_a_wide_line_gap_is_no_new_row():
    # Each row sits between two rules; the location cell's second line is read a little
    # low (OCR word boxes make leading uneven): it stays in its row.
    rows = [("2.14.02", "Pemetaan Penduduk", "Tahuna", "163.305.750"),
            ("2.14.02.2.01", "Pemetaan Perkiraan", "Tahuna, Tabukan", "53.825.000"),
            ("2.14.02.2.02", "Pengelolaan Data", "Manganitu", "109.480.750"),
            ("2.14.03", "Pembinaan Keluarga", "Tamako", "608.448.500"),
            ("2.14.03.2.01", "Advokasi KIE", "Kendahe", "168.373.500")]
    words = line(60, (40, "Kode"), (100, "Kegiatan"), (200, "Lokasi"), (300, "Pagu (Rp)"))
    rules = [Rule(55, 35, 400), Rule(75, 35, 400)]
    top = 80.0
    for code, name, place, amount in rows:
        words += line(top, (40, code), (100, name), (200, place), (300, amount))
        height = 20.0
        if place == "Tahuna, Tabukan":
            words += line(top + 13, (200, "Utara"))  # 1.86 word heights below
            height = 28.0
        rules.append(Rule(top + height - 5, 35, 400))
        top += height
    [table] = unruled_tables(words, rules)
    grid = raw(table).grid(spread_spans=False)
    assert [row[0] for row in grid[1:]] == [code for code, *_ in rows]
    assert grid[2][2].split() == ["Tahuna,", "Tabukan", "Utara"]


def test_leading_is_measured_in_line_heights_not_in_the_heights_of_words_boxed_to_ink():
    from rencana.extract.unruled.body import _line_pitch, _paragraphs

    # OCR boxes each word to its ink: "dan" is x-height tall, "Penyandang" runs from its
    # ascender to its descender. Lines are set 22 px apart, read 20–24 px apart.
    column = []
    for top in (100, 122, 144, 168, 188, 212):
        column += [Word("Penyandang", 40, top, 120, top + 17, 90.0),
                   Word("dan", 125, top + 5, 150, top + 12, 90.0),
                   Word("sosial", 155, top + 2, 200, top + 12, 90.0)]
    word_height = 10.0  # the median word height of the page
    pitch = _line_pitch([column], word_height)
    assert pitch >= 20.0
    assert len(_paragraphs(column, [], pitch)) == 1  # one wrapped cell, not three rows

def test_a_header_set_tight_on_its_bottom_rule_ends_there_however_close_the_body():
    from rencana.extract.unruled.lines import _row_top, rules_across

    header = line(60, (40, "No"), (100, "Tujuan"), (200, "Target"))
    units = line(69, (200, "(%)"))
    body = line(78, (40, "1"), (100, "Meningkatkan"), (200, "89"))  # 2 pt under the header
    lines = [header, units, body]
    assert _row_top(lines, 2, HEIGHT) == 0  # without the rule: one row of three lines
    # The header's cells each draw their part of its bottom rule: together, one rule.
    rules = [Rule(77, 35, 95), Rule(77.5, 95, 195), Rule(77, 195, 400), Rule(90, 35, 150)]
    assert rules_across(rules, (35, 400)) == [77]
    assert _row_top(lines, 2, HEIGHT, rules_across(rules, (35, 400))) == 2


def test_a_header_over_the_long_rest_of_a_broken_row_ends_at_its_bottom_rule():
    from rencana.extract.unruled.lines import body_start

    header = [line(40, (40, "No"), (100, "Program"), (250, "Kegiatan / Sub Kegiatan"),
                   (400, "Anggaran")),
              line(49, (250, "Sub"))]
    # The rest of a row broken over the page: fourteen lines of names, no key, no value.
    rest = [line(62 + 9 * k, (250, f"Peningkatan Kemampuan Potensi {k}")) for k in range(14)]
    lines = [*header, *rest]
    banded = [False] * len(lines)
    assert body_start(lines, banded, 40, HEIGHT) == 0  # no rule: nothing tells the header
    assert body_start(lines, banded, 40, HEIGHT, [59.0]) == 2
    # A headerless page whose first row wraps longer text has no header over a rule.
    long_first = [line(40, (100, "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar")),
                  *rest]
    assert body_start(long_first, [False] * len(long_first), 40, HEIGHT, [59.0]) == 0


def test_a_no_label_read_as_a_digit_boxed_over_both_header_lines_is_no_row_key():
    from rencana.extract.unruled.lines import body_start

    header = [line(40, (80, "Indikator Kinerja"), (250, "Kegiatan / Sub")),
              [Word("1", 40, 42, 46, 58), *line(47, (80, "Utama"), (160, "Program"),
                                                 (250, "Kegiatan"))]]
    body = [line(70, (40, "1"), (80, "Persentase PMKS"), (160, "REHABILITASI"),
                 (250, "Penyediaan Permakanan"))]
    lines = [*header, *body]
    assert body_start(lines, [False] * 3, 40, HEIGHT) == 2
    keyed = [header[0], [Word("1", 40, 47, 46, 54), *header[1][1:]], *body]
    assert body_start(keyed, [False] * 3, 40, HEIGHT) == 0  # a key one line tall opens a row


def test_a_headerless_continuation_keeps_its_columns_with_a_speck_in_the_margin():
    from rencana.extract.unruled.columns import fits_columns

    rows = [line(20 + 12 * k, (100, "Koordinasi dan"), (250, "Jumlah Dokumen")) for k in range(25)]
    words = [w for row in rows for w in row]
    bounds = [90.0, 240.0, 400.0]
    assert fits_columns(words, bounds, HEIGHT)
    speck = Word("-", 10, 100, 13, 102)  # show-through in the margin, read as a dash
    assert fits_columns([*words, speck], bounds, HEIGHT)
    wider = [w for row in rows for w in row] + line(400, (10, "Kolom lain di kiri"))
    assert not fits_columns(wider, bounds, HEIGHT)  # a column of words outside: another table


def test_a_continuation_keeps_its_rows_with_the_scan_edge_read_as_specks():
    # A page scanned a quarter turned: its dark edge reads as a column of "1", "a", ":"
    # down the image's border, left of the table (whose first column, "No", is a merged
    # cell left empty here). Doubtful words there neither stop the carried columns
    # fitting nor make rows of their own in the first column.
    rows = []
    for k in range(6):
        top = 20 + 40 * k
        rows += line(top, (100, "Koordinasi dan"), (250, "Jumlah Dokumen"))
        rows += line(top + 9, (100, "Sinkronisasi"), (250, "Hasil Koordinasi"))
    edge = [Word(text, 1, 14 + 11 * k, 5, 20 + 11 * k, 40.0)
            for k, text in enumerate(["1", "a", ":", "3", "-4", "if"] * 4)]
    tables = unruled_tables([*rows, *edge], [], carried=[40.0, 90.0, 240.0, 400.0],
                            stray_share=1 / 30)
    assert len(tables) == 1 and tables[0].n_cols == 3
    cells = {(c.row, c.col): c.text for c in tables[0].cells}
    assert tables[0].n_rows == 6
    assert all(cells[(r, 1)] == "Koordinasi dan\nSinkronisasi" for r in range(6))
    assert not any(cells.get((r, 0)) for r in range(6))


def test_a_two_line_header_label_read_by_ocr_in_boxes_taller_than_its_print_stays_one_label():
    # OCR boxes words in an inverted header band taller than their print: "SASARAN" reaches
    # below the top of "STRATEGIS" on the next line. Lines go by their middles.
    def tall(word: Word, grow: float) -> Word:
        return Word(word.text, word.x0, word.top - grow, word.x1, word.bottom + grow)

    header = [*line(60, (40, "No"), (100, "Indikator"), (330, "Pagu")),
              *[tall(w, 4) for w in line(52, (200, "Sasaran"))],
              *[tall(w, 4) for w in line(61, (200, "Strategis"))]]
    body = [*line(80, (40, "1"), (100, "Persentase PMKS"), (200, "Meningkatnya"),
                  (330, "1.039.380.000")),
            *line(93, (40, "2"), (100, "Jumlah PPKS"), (200, "Menurunnya"),
                  (330, "845.242.000")),
            *line(106, (40, "3"), (100, "Indeks Gender"), (200, "Meningkatnya"),
                  (330, "783.242.000"))]
    [table] = unruled_tables(header + body, [])
    grid = raw(table).grid(spread_spans=True)
    assert grid[0] == ["No", "Indikator", "Sasaran\nStrategis", "Pagu"]


def test_a_name_running_on_into_the_next_rows_line_is_split_where_that_row_begins():
    # Rows parted by white space alone, set tight: the next row's name starts a little
    # more than a line below the last line of this one, level with its code.
    words = [
        *line(60, (40, "Kode"), (100, "Program/Kegiatan"), (260, "Target")),
        *line(80, (40, "1.06.02.2.01"), (100, "Rehabilitasi Sosial Dasar"), (260, "80%")),
        *line(88, (100, "Penyandang Disabilitas")),
        *line(98.6, (40, "1.06.02.2.02"), (100, "Rehabilitasi Sosial Lainnya"), (260, "85%")),
        *line(106.6, (100, "di Luar Panti")),
        *line(117.2, (40, "1.06.02.2.03"), (100, "Pemberdayaan Sosial"), (260, "90%")),
    ]
    [table] = unruled_tables(words, [Rule(55, 35, 300), Rule(75, 35, 300)])
    grid = raw(table).grid(spread_spans=False)
    assert [row[1] for row in grid[1:]] == ["Rehabilitasi Sosial Dasar\nPenyandang Disabilitas",
                                            "Rehabilitasi Sosial Lainnya\ndi Luar Panti",
                                            "Pemberdayaan Sosial"]


def test_lines_of_one_header_label_boxed_over_each_other_make_one_cell():
    from rencana.extract.unruled.header import _Span, header_cells

    def span(top: float, text: str) -> _Span:
        return _Span(line(top, (100, text)), 1, 1)

    # OCR boxed each line taller than its print: no line lies below the one above it.
    labels = [_Span(line(60, (40, "Kode")), 0, 0), span(60, "Urusan / Bidang"),
              span(64, "Program / Kegiatan"), span(68, "Sub Kegiatan")]
    for s in labels[1:]:
        s.words = [Word(w.text, w.x0, w.top - 3, w.x1, w.bottom + 3) for w in s.words]
    cells, n_rows = header_cells(labels, None, [35, 95, 250], 55, 80)
    assert n_rows == 1
    assert [(c.row, c.col) for c in cells] == [(0, 0), (0, 1)]
    label = ["Urusan", "/", "Bidang", "Program", "/", "Kegiatan", "Sub", "Kegiatan"]
    assert sorted(cells[1].text.split()) == sorted(label)  # in one cell, all of it


def test_a_scanned_header_closed_by_its_number_row_keeps_it_under_rules_between_label_rows():
    # A rencana aksi set with horizontal rules only, read from a scan: the "Sasaran
    # Strategis" line above is boxed down past the table's top rule; a rule runs between
    # the labels and the number row (its "(4)" read "(9)"), which alone parts the volume
    # from the first quarter.
    preamble = [Word(w.text, w.x0, w.top, w.x1, 28.0) for w in line(
        20, (40, "Sasaran Strategis"), (110, "Meningkatnya perlindungan perempuan dan anak serta"))]
    words = [
        *preamble,
        *line(31, (40, "No"), (70, "Rencana Aksi"), (150, "Volume"),
              (234, "Jadwal Pelaksanaan"), (340, "Ket")),
        *line(41, (213, "I"), (243, "II"), (271.5, "III"), (303, "IV")),
        *line(51, (40, "(1)"), (70, "(2)"), (150, "(3)"), (212, "(9)"), (242, "(5)"),
              (272, "(6)"), (302, "(7)"), (340, "(8)")),
        *[w for k, col in enumerate((215, 245, 275, 305)) for w in line(
            62 + 12 * k, (40, str(k + 1)), (70, "Rapat Koordinasi"), (150, "2 Kali"),
            (col, "v"), (340, "Tetap"))],
        # A volume running over the white before the first quarter's column.
        *line(110, (40, "5"), (70, "Rapat"), (150, "1 Kegiatan Tambahan"), (340, "Tetap")),
    ]
    rules = [Rule(26.5, 35, 360), Rule(48, 35, 360), Rule(58, 35, 360)]
    [table] = unruled_tables(words, rules)
    grid = raw(table).grid(spread_spans=True)
    assert not any("Sasaran" in text for row in grid for text in row)
    header = find_header(raw(table))
    assert header.has_number_row and header.n_rows == 3
    assert table.n_cols == 8 and sum("jadwal" in label for label in header.labels) == 4
    assert [row[0] for row in grid[header.n_rows:]] == ["1", "2", "3", "4", "5"]


def test_the_rest_of_a_name_alone_between_rules_in_its_own_column_is_that_columns_cell():
    # A row broken over the page: its name's last line heads the next page between the
    # header's rule and the next row's, in the name column; a band heading would start
    # at the table's left edge or be centred on it.
    words = [
        *line(60, (40, "Kode"), (110, "Uraian"), (260, "Indikator"), (380, "Target"),
              (440, "Pagu")),
        *line(80, (110, "Kewenangan Kabupaten/Kota")),
        *line(100, (40, "2.08.03.02.01"), (110, "Penyediaan Layanan"), (260, "Jumlah Orang"),
              (380, "53 Orang"), (440, "25.920.000")),
        *line(120, (40, "2.08.03.02.02"), (110, "Koordinasi Rujukan"), (260, "Jumlah Layanan"),
              (380, "60 Layanan"), (440, "105.316.000")),
    ]
    rules = [Rule(55, 35, 500), Rule(75, 35, 500), Rule(90, 35, 500), Rule(112, 35, 500)]
    [table] = unruled_tables(words, rules)
    [rest] = [c for c in raw(table).cells if c.text.startswith("Kewenangan")]
    assert (rest.col, rest.colspan) == (1, 1)
