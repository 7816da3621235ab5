"""Header reading, stitching, fill-down and packed cells on hand-built raw tables.

These exercise the shared table logic on the record alone (no PDF), which is exactly what
the OCR path relies on: any producer of a RawTable gets the same behaviour.
"""

from __future__ import annotations

from dataclasses import replace

from rencana.extract.families.base import TableContext
from rencana.extract.families.iku_links import IkuLinks
from rencana.extract.families.registry import choose_family
from rencana.extract.families.renstra_targets import RenstraTargets
from rencana.extract.header import body_headings, find_header
from rencana.extract.levels import spread_levels
from rencana.extract.stitch import stitch
from rencana.records import Cell, DocumentInfo, FamilyRows, RawTable


def table(rows: list[list[str]], page: int = 1, index: int = 1, spans=(),
          context: tuple[str, ...] = ()) -> RawTable:
    """A raw table from a grid; ``spans`` = (row, col, rowspan, colspan) merged cells."""
    covered = set()
    cells = []
    spans = {(r, c): (rs, cs) for r, c, rs, cs in spans}
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            covered |= {(r + i, c + j) for i in range(rs) for j in range(cs)}
            cells.append(Cell(r, c, text, rs, cs))
    return RawTable(page=page, index=index, n_rows=len(rows), n_cols=len(rows[0]),
                    cells=tuple(cells), row_pages=(page,) * len(rows), method="test",
                    context=context)


RENSTRA_HEADER = [
    ["No", "Tujuan", "Sasaran", "Indikator", "Target Kinerja pada Tahun", "", ""],
    ["", "", "", "", "2019", "2020", "2021"],
    ["1", "2", "3", "4", "5", "6", "7"],
]
RENSTRA_SPANS = [(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 2, 1), (0, 4, 1, 3)]


def test_header_band_ends_at_column_number_row_and_joins_spanned_labels():
    raw = table([*RENSTRA_HEADER, ["1", "T", "S", "Ind", "85%", "86%", "87%"]],
                spans=RENSTRA_SPANS)
    header = find_header(raw)
    assert header.n_rows == 3 and header.has_number_row
    assert header.labels[3] == "sasaran indikator"  # a bare label takes the item to its left
    assert header.labels[5] == "target kinerja pada tahun 2020"


def test_quarter_band_labels_its_four_columns_by_position_whatever_was_read():
    # OCR lost "I" and "II" and read "III" as "i": mapping by the text would put the
    # third column's marks into TW I.
    raw = table([["Aksi", "Jadwal Pelaksanaan Triwulan", "", "", ""],
                 ["", "", "", "i", "IV"],
                 ["11", "12", "13", "14", "15"],
                 ["Rapat", "v", "", "v", ""]],
                spans=[(0, 0, 2, 1), (0, 1, 1, 4)])
    labels = find_header(raw).labels
    assert labels[1:] == tuple(f"jadwal pelaksanaan triwulan tw {q}"
                               for q in ("i", "ii", "iii", "iv"))


def test_band_over_quarter_labels_is_numbered_by_position():
    raw = table([["Jadwal Pelaksanaan", "", "", ""], ["TWI", "wi", "TW ill", "TW IV"],
                 ["v", "", "", "v"]], spans=[(0, 0, 1, 4)])
    assert find_header(raw).labels == tuple(f"jadwal pelaksanaan tw {q}"
                                            for q in ("i", "ii", "iii", "iv"))


def test_band_of_any_name_over_columns_numbered_one_to_four_is_the_quarters():
    raw = table([["Aksi", "Jadwal Pelaksanaan", "", "", ""], ["", "I", "II", "III", "IV"],
                 ["Rapat", "V", "", "", "V"]], spans=[(0, 0, 2, 1), (0, 1, 1, 4)])
    assert find_header(raw).labels[1:] == tuple(f"jadwal pelaksanaan tw {q}"
                                                for q in ("i", "ii", "iii", "iv"))


def test_a_target_headed_with_its_year_is_the_target_of_the_item_to_its_left():
    raw = table([["Nama Kegiatan", "Target 2027", "Rincian Aksi"],
                 ["Rehabilitasi", "80%", "Rapat"]])
    assert find_header(raw).labels[1] == "kegiatan target 2027"


def test_four_quarter_labels_in_a_row_are_numbered_by_position():
    raw = table([["Aksi", "Ti", "", "TW ill", "Tw IV"], ["Rapat", "v", "v", "", ""]])
    assert find_header(raw).labels[1:] == ("tw i", "tw ii", "tw iii", "tw iv")


def test_quarters_split_into_target_and_realisation_are_numbered_by_position():
    # OCR read "TW I" and "TW II" alike: one run of four columns over "T | R | T | R"
    # must not pass for a band over the four quarters.
    raw = table([["Aksi", "Tw il", "", "TW il", "", "TW Ill", "", "TW IV", ""],
                 ["", "T", "R", "T", "R", "T", "R", "T", "R"],
                 ["Rapat", "v", "", "", "", "v", "", "", ""]],
                spans=[(0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 1, 2), (0, 5, 1, 2), (0, 7, 1, 2)])
    labels = find_header(raw).labels
    assert labels[1:] == tuple(f"tw {q} {part}" for q in ("i", "ii", "iii", "iv")
                               for part in ("t", "r"))


def test_band_of_other_width_keeps_its_labels():
    raw = table([["Target", "", "", ""], ["2019", "2020", "2021", "2022"], ["1", "2", "3", "4"]],
                spans=[(0, 0, 1, 4)])
    assert find_header(raw).labels == ("target 2019", "target 2020", "target 2021",
                                       "target 2022")


def test_header_without_number_row_stops_at_first_value_row():
    raw = table([["Kode", "Program/Kegiatan", "Indikator", "Pagu (Rp)"],
                 ["110600.01", "Program X", "Persentase Y", "Rp 1.000.000"]])
    assert find_header(raw).n_rows == 1


def test_continuation_with_repeated_header_is_stitched_and_header_dropped():
    first = table([*RENSTRA_HEADER, ["1", "T", "S", "A", "1", "2", "3"]], page=1,
                  spans=RENSTRA_SPANS, context=("Tabel 4.3",))
    second = table([*RENSTRA_HEADER, ["", "", "", "B", "4", "5", "6"]], page=2,
                   spans=RENSTRA_SPANS)
    [merged] = stitch([first, second])
    assert merged.table.n_rows == 5
    assert merged.table.row_pages == (1, 1, 1, 1, 2)
    assert [row[3] for row in merged.table.grid()[3:]] == ["A", "B"]


def test_a_continuation_under_a_margin_note_and_a_specked_number_row_is_stitched():
    # A reader wrote "cek lagi" over the next page and specks garbled its number row; a
    # capitalised caption there still opens a table of its own.
    first = table([*RENSTRA_HEADER, ["1", "T", "S", "A", "1", "2", "3"]], page=1,
                  spans=RENSTRA_SPANS, context=("Tabel 4.3",))
    specked = [*RENSTRA_HEADER[:2], ["1 :", "2.", "3", "4", "5", "✓", ""]]
    second = table([*specked, ["", "", "", "B", "4", "5", "6"]], page=2,
                   spans=RENSTRA_SPANS, context=("cek lagi",))
    [merged] = stitch([first, second])
    assert [row[3] for row in merged.table.grid()[3:]] == ["A", "B"]
    captioned = table([*RENSTRA_HEADER, ["", "", "", "B", "4", "5", "6"]], page=2,
                      spans=RENSTRA_SPANS, context=("Tabel 4.4",))
    assert len(stitch([first, captioned])) == 2
    worded = table([*RENSTRA_HEADER[:2], ["1", "Target", "3", "4", "5", "", ""],
                    ["", "", "", "B", "4", "5", "6"]], page=2, spans=RENSTRA_SPANS)
    [merged] = stitch([first, worded])
    assert merged.table.n_rows > 5  # a row with words is no number row: not dropped


def test_on_a_scan_only_a_caption_a_title_or_a_label_above_a_repeated_header_opens_a_table():
    # The edge of the next sheet stuck over the page shows the tail of its table's rows
    # above the repeated header; that is no new table's title, a caption is.
    from dataclasses import replace

    first = replace(table([*RENSTRA_HEADER, ["1", "T", "S", "A", "1", "2", "3"]], page=1,
                          spans=RENSTRA_SPANS, context=("Tabel 4.3",)), method="ocr-test")

    def page_two(*context: str) -> RawTable:
        return replace(table([*RENSTRA_HEADER, ["", "", "", "B", "4", "5", "6"]], page=2,
                             spans=RENSTRA_SPANS, context=context), method="ocr-test")

    stuck = page_two("Peningkatan Kualitas Hidup Anak Tingkat Daerah", "0. - -")
    assert len(stitch([first, stuck])) == 1
    for opening in ("Tabel 4.4 Target Kinerja", "SASARAN STRATEGIS 2",
                    "Sasaran Strategis : Meningkatnya Peran Perempuan"):
        assert len(stitch([first, page_two(opening)])) == 2, opening


def test_a_merged_cell_running_on_to_the_next_page_keeps_its_text_there():
    # Word prints a merged "Lokasi" only on its first page; the next page shows its rows
    # under an empty merged cell. A one-row empty cell is a blank, not a continuation.
    header = [["Kode", "Program / Kegiatan", "Lokasi", "Pagu"], ["1", "2", "3", "4"]]
    first = table([*header, ["1.06.05", "PROGRAM A", "Kota Pangkalpinang", "486.395.000"],
                   ["1.06.05.02", "Kegiatan A1", "", "345.055.000"]],
                  spans=[(2, 2, 2, 1)])
    second = table([*header, ["1.06.05.03", "Kegiatan A2", "", "55.915.000"],
                    ["1.06.05.04", "Kegiatan A3", "", "85.425.000"],
                    ["1.06.06", "PROGRAM B", "Kota Pangkalpinang", "214.014.000"],
                    ["1.06.06.01", "Kegiatan B1", "", "214.014.000"]],
                   page=2, spans=[(2, 2, 2, 1), (4, 2, 2, 1)])
    [whole] = stitch([first, second])
    assert [row[2] for row in whole.table.grid()[2:]] == ["Kota Pangkalpinang"] * 6
    blank = table([*header, ["1.06.05.03", "Kegiatan A2", "", "55.915.000"]], page=2)
    [whole] = stitch([first, blank])
    assert whole.table.grid()[4][2] == ""
    new_group = table([*header, ["1.06.06", "PROGRAM B", "", "214.014.000"],
                       ["", "", "", "14.000"]], page=2, spans=[(2, 0, 2, 1), (2, 1, 2, 1),
                                                                (2, 2, 2, 1)])
    [whole] = stitch([first, new_group])
    assert whole.table.grid()[4][2] == ""  # program B's own blank, not A's location


def test_a_merged_cell_running_on_over_one_row_goes_on_where_the_row_prints_its_codes():
    # A "Lokasi" merged over a program's rows goes on over one row at the top of the next
    # page: a one-row empty cell, under a row printing the program's codes.
    header = [["Urusan", "Program", "Kegiatan", "Program / Kegiatan", "Lokasi"],
              ["1", "2", "3", "4", "5"]]
    first = table([*header, ["1", "04", "", "PROGRAM A", "Kabupaten X"],
                   ["1", "04", "2.01", "Kegiatan A1", ""]], spans=[(2, 4, 2, 1)])
    same_program = table([*header, ["1", "04", "2.02", "Kegiatan A2", ""],
                          ["1", "05", "", "PROGRAM B", "Kecamatan Y"]], page=2)
    [whole] = stitch([first, same_program])
    assert [row[4] for row in whole.table.grid()[2:]] == ["Kabupaten X"] * 3 + ["Kecamatan Y"]
    next_program = table([*header, ["1", "05", "", "PROGRAM B", ""]], page=2)
    [whole] = stitch([first, next_program])
    assert whole.table.grid()[4][4] == ""  # program B's own blank, not A's location


def test_a_merged_cell_whose_text_runs_over_the_page_joins_its_rest():
    # Word flows a merged indicator's text down its rows and over the page break: the rest
    # heads the next page in a merged cell, beside the program's empty continued cell and
    # a new kegiatan row.
    header = [["Program", "Indikator Program", "Kegiatan", "Anggaran"], ["1", "2", "3", "4"]]
    first = table([*header, ["PROGRAM A", "Persentase PPKS yang", "Kegiatan A1", "10.000"]])

    def cut_at_border(cell: Cell) -> Cell:  # text down to the cell's lower border
        return replace(cell, bbox=(0.0, 100.0, 50.0, 130.0), text_bottom=129.0,
                       paragraph_tops=(100.0,)) if cell.row == 2 else cell

    first = replace(first, cells=tuple(cut_at_border(c) for c in first.cells))
    rest = [["", "mendapatkan jaminan sosial", "Kegiatan A2", "20.000"],
            ["", "", "Kegiatan A3", "30.000"]]
    second = table([*header, *rest], page=2, spans=[(2, 0, 2, 1), (2, 1, 2, 1)])
    [whole] = stitch([first, second])
    assert [row[1] for row in whole.table.grid()[2:]] == [
        "Persentase PPKS yang\nmendapatkan jaminan sosial"] * 3
    assert [row[0] for row in whole.table.grid()[2:]] == ["PROGRAM A"] * 3
    # A new indicator (a capital) of the same program is its own.
    new = table([*header, ["", "Jumlah PPKS", "Kegiatan A2", "20.000"],
                 ["", "", "Kegiatan A3", "30.000"]], page=2, spans=[(2, 0, 2, 1), (2, 1, 2, 1)])
    [whole] = stitch([first, new])
    assert [row[1] for row in whole.table.grid()[2:]] == [
        "Persentase PPKS yang", "Jumlah PPKS", "Jumlah PPKS"]


def test_a_lone_symbol_in_a_rows_rest_over_the_page_does_not_end_the_names_above():
    header = [["Program", "Indikator Program", "Kegiatan", "Anggaran"], ["1", "2", "3", "4"]]
    first = table([*header, ["PROGRAM A", "Persentase PPKS yang", "Kegiatan A1", "10.000"]])
    first = replace(first, cells=tuple(
        replace(c, bbox=(0.0, 100.0, 50.0, 130.0), text_bottom=129.0) if c.row == 2 else c
        for c in first.cells))
    rest = table([*header, ["%", "mendapatkan jaminan sosial", "", ""],  # "%": a speck
                  ["", "", "Kegiatan A2", "20.000"]], page=2)
    [whole] = stitch([first, rest])
    assert whole.table.grid()[2][:2] == ["PROGRAM A",
                                         "Persentase PPKS yang\nmendapatkan jaminan sosial"]


def test_a_dash_after_the_last_word_of_any_scanned_text_cell_is_a_speck():
    # Not only a level's name: an indicator or a location ends in no dash either.
    header = ["Kode", "Program / Kegiatan", "Indikator Kinerja", "Target", "Lokasi",
              "Pagu Indikatif"]
    body = [["1.06.05", "PROGRAM A -", "Jumlah PPKS -", "20 Orang", "Kota X -", "1.000"],
            ["1.06.05.02", "Kegiatan A1", "-", "-", "Kota X", "2.000"]]
    for method, dash in (("ocr-grid", ""), ("lattice", " -")):
        raw = replace(table([header, *body]), method=method)
        rows = choose_family(find_header(raw)).read(raw, find_header(raw),
                                                    TableContext(DocumentInfo())).rows
        assert [(r["name"], r["indikator"], r["lokasi"]) for r in rows] == [
            (f"PROGRAM A{dash}", f"Jumlah PPKS{dash}", f"Kota X{dash}"),
            ("Kegiatan A1", "-", "Kota X")], method


def test_a_speck_read_as_a_symbol_or_two_letters_in_a_name_column_of_a_scan_is_no_name():
    row = ["1", "Tujuan A", "IKU A", "Sasaran A", "Indikator A", "89%", "80,90%", "PROGRAM A",
           "Indikator P", "Keg A", "Ind A", "Rp 1.000"]
    tick = ["", "✓", "", "hd", "", "", "", "e", "", "Keg B", "Ind B", "Rp 2.000"]
    dash = ["", "", "-", "", "", "", "", "", "-", "Keg C", "Ind C", "Rp 3.000"]
    raw = replace(table([IKU_HEADER, row, tick, dash]), method="ocr-grid")
    rows = IkuLinks().read(raw, find_header(raw), TableContext(DocumentInfo())).rows
    assert [r["tujuan_rpjmd"] for r in rows] == ["Tujuan A"] * 3
    assert [r["iku_kota"] for r in rows] == ["IKU A"] * 3  # no goal is named "-"
    assert [r["sasaran_strategis"] for r in rows] == ["Sasaran A"] * 3
    assert [r["program"] for r in rows] == ["PROGRAM A"] * 3
    assert [r["indikator_program"] for r in rows] == ["Indikator P"] * 2 + ["-"]  # "none"
    digital = table([IKU_HEADER, row, tick])  # a text layer has no specks: "e" is printed
    rows = IkuLinks().read(digital, find_header(digital), TableContext(DocumentInfo())).rows
    assert [r["program"] for r in rows] == ["PROGRAM A", "e"]


def test_a_repeated_header_whose_label_lines_part_into_rows_on_one_page_only_is_dropped():
    first = table([["No", "Program", "Indikator Kegiatan / Sub", "Pagu"],
                   ["", "", "Kegiatan", ""],
                   ["1", "PROGRAM A", "Jumlah Dokumen A", "Rp 1.000.000"]],
                  spans=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 3, 2, 1)])
    rest = table([["1", "Program", "Indikator Kegiatan / Sub\nKegiatan", "Pagu"],  # "No" read "1"
                  ["", "", "Jumlah Dokumen B", "Rp 2.000.000"]], page=2)
    [whole] = stitch([first, rest])
    assert [row[2] for row in whole.table.grid()[2:]] == ["Jumlah Dokumen A", "Jumlah Dokumen B"]


def test_a_table_is_read_on_the_reading_of_its_repeated_header_that_its_family_explains():
    from rencana.extract.families.registry import choose_reading
    from rencana.extract.families.rencana_aksi import RencanaAksi

    labels = ["No", "Program", "Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan",
              "Rencana Aksi Kegiatan", "Volume", "TW I", "TW II", "TW III", "TW IV"]
    garbled = [label.replace("Aksi", "Iksi") for label in labels]  # "aksi" misread
    row1 = ["1", "PROGRAM A", "Kegiatan A", "Penyediaan Permakanan", "Jumlah orang",
            "Rapat koordinasi", "1 kali", "✓", "", "", ""]
    row2 = ["2", "", "", "Penyediaan Sandang", "Jumlah orang", "Pembagian sandang", "2 kali",
            "", "✓", "", ""]
    first = table([garbled, row1])
    rest = table([labels, row2], page=2)
    [whole] = stitch([first, rest])
    assert [len(whole.repeats), whole.table.n_rows] == [1, 3]
    assert not isinstance(choose_reading([whole.header])[0], RencanaAksi)
    family, header = choose_reading([whole.header, *whole.repeats])
    assert isinstance(family, RencanaAksi) and header is whole.repeats[0]
    rows = family.read(whole.table, header, TableContext(DocumentInfo())).rows
    assert [r["aksi"] for r in rows] == ["Rapat koordinasi", "Pembagian sandang"]
    # A repeat the same family claims never overrides the first reading's mapping.
    fewer = find_header(table([[x if x != "Volume" else "" for x in labels], row1]))
    family, header = choose_reading([fewer, whole.repeats[0]])
    assert isinstance(family, RencanaAksi) and header is fewer


def test_a_continued_caption_does_not_start_a_new_table():
    header = [["No", "Program", "Indikator", "Pagu"], ["1", "2", "3", "4"]]
    first = table([*header, ["1", "Program A", "Persentase A", "Rp 1.000.000"]],
                  context=("Tabel 4.1", "Rumusan Rencana Program"))
    rest = table([*header, ["2", "Program B", "Persentase B", "Rp 2.000.000"]], page=2,
                 context=("Lanjutan Tabel 4.1",))
    [whole] = stitch([first, rest])
    assert whole.table.n_rows == 4


def test_new_title_block_starts_a_new_table_even_with_the_same_header():
    first = table([*RENSTRA_HEADER, ["1", "T", "S", "A", "1", "2", "3"]], page=1,
                  spans=RENSTRA_SPANS, context=("Tabel 4.3",))
    second = table([*RENSTRA_HEADER, ["1", "T", "S", "B", "4", "5", "6"]], page=2,
                   spans=RENSTRA_SPANS, context=("Tabel 4.4",))
    assert len(stitch([first, second])) == 2


def test_a_table_begun_under_another_is_continued_under_the_running_page_header():
    # Page 2 ends the first table and begins the second under its section heading; page 3
    # carries on the second under the header line every page prints.
    running = "Rencana Aksi Tahun 2026 - Dinas Sosial"
    first = table([*RENSTRA_HEADER, ["1", "T", "S", "A", "1", "2", "3"]], page=1,
                  spans=RENSTRA_SPANS, context=(running, "A. BIDANG SOSIAL"))
    rest = table([*RENSTRA_HEADER, ["", "", "", "B", "4", "5", "6"]], page=2,
                 spans=RENSTRA_SPANS, context=(running,))
    second = table([*RENSTRA_HEADER, ["1", "U", "V", "C", "7", "8", "9"]], page=2, index=2,
                   spans=RENSTRA_SPANS, context=("B. BIDANG PEREMPUAN",))
    more = table([*RENSTRA_HEADER, ["", "", "", "D", "1", "2", "3"]], page=3,
                 spans=RENSTRA_SPANS, context=(running,))
    tables = stitch([first, rest, second, more])
    assert [[row[3] for row in t.table.grid()[3:]] for t in tables] == [["A", "B"], ["C", "D"]]
    # A heading the document printed nowhere before still opens a table of its own.
    titled = table([*RENSTRA_HEADER, ["", "", "", "D", "1", "2", "3"]], page=3,
                   spans=RENSTRA_SPANS, context=(running, "C. BIDANG ANAK"))
    assert len(stitch([first, rest, second, titled])) == 3


def test_renstra_rows_are_long_and_filled_down_with_level_reset():
    body = [
        ["1", "Tujuan A", "", "Ind tujuan", "35", "34,5", ""],
        ["", "", "Sasaran A1", "Ind 1", "85%", "86%", "87%"],
        ["", "", "", "Ind 2", "Madya", "Madya", "Nindya"],
        ["2", "Tujuan B", "", "Ind 3", "1", "", ""],
    ]
    raw = table(RENSTRA_HEADER + body, spans=RENSTRA_SPANS)
    header = find_header(raw)
    family = choose_family(header)
    assert isinstance(family, RenstraTargets)
    rows = family.read(raw, header, TableContext(DocumentInfo())).rows
    assert [(r["indikator"], r["year"], r["target_raw"]) for r in rows[:3]] == [
        ("Ind tujuan", 2019, "35"), ("Ind tujuan", 2020, "34,5"), ("Ind 1", 2019, "85%")]
    assert rows[0]["sasaran"] is None and rows[0]["target_value"] == 35
    assert rows[1]["target_value"] == 34.5
    ind2 = [r for r in rows if r["indikator"] == "Ind 2"]
    assert {r["sasaran"] for r in ind2} == {"Sasaran A1"}
    assert ind2[2]["target_raw"] == "Nindya" and ind2[2]["target_value"] is None
    last = rows[-1]
    assert (last["tujuan"], last["sasaran"], last["year"]) == ("Tujuan B", None, 2019)
    assert [r["row_no"] for r in rows] == [1, 1, 2, 2, 2, 3, 3, 3, 4]


def test_a_sasaran_table_with_one_yearless_target_is_the_targets_of_a_one_year_document():
    # A Perjanjian Kinerja: "Sasaran Strategis | Indikator Kinerja | Target", for 2026.
    raw = table([["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
                 ["1", "Meningkatnya Kualitas PMKS", "Persentase PMKS terlayani", "88%"],
                 ["", "", "Peringkat Kota Layak Anak", "Madya"]], spans=[(1, 1, 2, 1)])
    header = find_header(raw)
    family = choose_family(header)
    assert isinstance(family, RenstraTargets)
    rows = family.read(raw, header, TableContext(DocumentInfo(year_start=2026,
                                                              year_end=2026))).rows
    assert [(r["sasaran"], r["year"], r["target_raw"]) for r in rows] == [
        ("Meningkatnya Kualitas PMKS", 2026, "88%"), ("Meningkatnya Kualitas PMKS", 2026, "Madya")]
    plan = family.read(raw, header, TableContext(DocumentInfo(year_start=2025,
                                                              year_end=2029))).rows
    assert plan == []  # a five-year plan's yearless target names no year: never guessed
    no_sasaran = table([["No", "Indikator Kinerja", "Target"], ["1", "Persentase", "88%"]])
    assert not isinstance(choose_family(find_header(no_sasaran)), RenstraTargets)


def test_ocr_read_year_columns_repair_a_percent_sign_read_as_96():
    body = [["1", "Tujuan A", "Sasaran A", "Ind 1", "85%", "8696", "87%"],
            ["", "", "", "Ind 2", "90%", "91%", "1O0%"]]
    raw = replace(table(RENSTRA_HEADER + body, spans=RENSTRA_SPANS), method="ocr-tesseract+grid")
    header = find_header(raw)
    rows = choose_family(header).read(raw, header, TableContext(DocumentInfo())).rows
    assert [r["target_raw"] for r in rows] == ["85%", "86%", "87%", "90%", "91%", "100%"]
    assert [r["target_value"] for r in rows] == [85, 86, 87, 90, 91, 100]


IKU_HEADER = ["No", "Tujuan", "IKU Kota", "Sasaran", "Indikator Kinerja", "Target 2023",
              "Capaian 2022", "Program", "Indikator Program", "Kegiatan",
              "Indikator Kegiatan", "Anggaran (Rp)"]


def test_packed_cell_becomes_paired_rows():
    row = ["1", "T", "I", "S", "IK", "89%", "80,90%", "PROG", "IP",
           "Keg A\nwrapped\n\nKeg B", "Ind A\n\nInd B", "Rp 1.000\n\nRp 2.500.000"]
    raw = table([IKU_HEADER, row])
    header = find_header(raw)
    family = choose_family(header)
    assert isinstance(family, IkuLinks)
    rows = family.read(raw, header, TableContext(DocumentInfo())).rows
    assert [(r["kegiatan"], r["indikator_kegiatan"], r["budget_idr"]) for r in rows] == [
        ("Keg A wrapped", "Ind A", 1000), ("Keg B", "Ind B", 2500000)]
    assert {r["program"] for r in rows} == {"PROG"}


def test_packed_cell_with_unpairable_amounts_keeps_text_and_invents_nothing():
    row = ["1", "T", "I", "S", "IK", "89%", "-", "PROG", "IP",
           "Keg A\n\nKeg B\n\nKeg C", "Ind A\n\nInd B\n\nInd C", "Rp 1.000\n\nRp 2.000"]
    raw = table([IKU_HEADER, row])
    header = find_header(raw)
    result = IkuLinks().read(raw, header, TableContext(DocumentInfo()))
    assert [r["budget_idr"] for r in result.rows] == [None, None, None]
    assert "Rp 1.000" in result.rows[0]["budget_raw"]
    assert result.warnings


def test_a_table_no_family_reads_is_reported_not_dropped_silently():
    from rencana.pipeline import Options, read_tables

    raw = table([["Nama Pegawai", "Jabatan", "Gaji (Rp)"],
                 *[[f"Pegawai {i}", "Staf", "Rp 5.000.000"] for i in range(6)]])
    rows, warnings = read_tables(stitch([raw]), DocumentInfo(), Options())
    assert not any(rows.values())
    assert len(warnings) == 1 and "6 rows that no table family reads" in warnings[0]


def test_levels_named_only_in_heading_rows_fill_the_actions_below():
    heading = [("Program : PROGRAM PEMBERDAYAAN SOSIAL\nIndikator Program : Persentase PSKS\n"
                "Target : 81%"),
               "Kegiatan : Pengembangan Potensi\nTarget : 80%",
               "Sub Kegiatan : Peningkatan Kemampuan PSM\nTarget : 29 Orang"]
    rows = [["No", "Rencana Aksi", "Volume", "TW I", "TW II", "TW III", "TW IV"],
            *([text] * 7 for text in heading),
            ["1", "Peningkatan Potensi PSM", "1 Kegiatan", "v", "", "", ""],
            ["2", "Honor PSM", "12 Bulan", "v", "v", "v", "v"]]
    raw = table(rows, spans=[(r, 0, 1, 7) for r in (1, 2, 3)])
    header = find_header(raw)
    family = choose_family(header, body_headings(raw, header))
    assert family is not None and family.name == "rencana_aksi"
    out = family.read(raw, header, TableContext(DocumentInfo())).rows
    assert [r["aksi"] for r in out] == ["Peningkatan Potensi PSM", "Honor PSM"]
    assert {(r["program"], r["program_indikator"], r["program_target_raw"], r["kegiatan"],
             r["kegiatan_target_raw"], r["sub_kegiatan"], r["sub_kegiatan_target_raw"])
            for r in out} == {("PROGRAM PEMBERDAYAAN SOSIAL", "Persentase PSKS", "81%",
                               "Pengembangan Potensi", "80%", "Peningkatan Kemampuan PSM",
                               "29 Orang")}
    assert [r["tw4"] for r in out] == [False, True]


def test_a_level_column_is_spread_into_the_columns_the_families_read():
    raw = table([["Level", "Uraian", "Indikator Kinerja", "Target 2026", "Anggaran (Rp)"],
                 ["Tujuan", "Meningkatkan Kesejahteraan", "Persentase Penduduk Miskin", "", ""],
                 ["Sasaran", "Meningkatnya Kualitas PMKS", "Persentase PMKS", "89%", ""],
                 ["Program", "REHABILITASI SOSIAL", "Persentase PPKS", "", ""],
                 ["Kegiatan", "Rehabilitasi Sosial Dasar", "Persentase Penyandang", "", ""],
                 ["Sub Kegiatan", "Penyediaan Permakanan", "Jumlah Orang", "",
                  "Rp 783.242.000"]])
    spread, header = spread_levels(raw, find_header(raw))
    family = choose_family(header)
    assert family is not None and family.name == "iku_links"
    rows = family.read(spread, header, TableContext(DocumentInfo())).rows
    assert [(r["kegiatan"], r["budget_idr"]) for r in rows] == [
        ("Rehabilitasi Sosial Dasar", None), ("Penyediaan Permakanan", 783242000)]
    assert {(r["tujuan_rpjmd"], r["iku_kota"], r["sasaran_strategis"], r["target_raw"],
             r["program"]) for r in rows} == {
        ("Meningkatkan Kesejahteraan", "Persentase Penduduk Miskin",
         "Meningkatnya Kualitas PMKS", "89%", "REHABILITASI SOSIAL")}
    assert [r["row_no"] for r in rows] == [4, 5]


def test_a_table_printed_across_then_down_is_joined_side_by_side():
    left = table([["Kode", "Program", "Indikator", "Target Awal", "Pagu Awal"],
                  ["1.06.04", "Rehabilitasi", "Persentase A", "70%", "1.000.000"],
                  ["1.06.05", "Perlindungan", "Persentase B", "80%", "2.000.000"]])
    right = table([["Kode", "Program", "Target Akhir", "Pagu Akhir"],
                   ["1.06.04", "Rehabilitasi", "72%", "1.100.000"],
                   ["1.06.05", "Perlindungan", "82%", "2.200.000"]], page=2)
    [whole] = stitch([left, right])
    assert whole.table.n_cols == 7 and whole.table.n_rows == 3
    assert whole.table.grid()[1][5:] == ["72%", "1.100.000"]
    assert whole.header.labels[5] == "target akhir"


def test_a_continuation_with_the_same_first_column_is_not_a_right_half():
    header = [["Tujuan", "Indikator", "Target 2025"], ["1", "2", "3"]]
    first = table([*header, ["Meningkatkan", "A", "70%"], ["Meningkatkan", "B", "80%"]])
    rest = table([*header, ["Meningkatkan", "C", "75%"], ["Meningkatkan", "D", "85%"]],
                 page=2)
    [whole] = stitch([first, rest])
    assert whole.table.n_cols == 3 and whole.table.n_rows == 6


def test_plan_years_counted_from_the_start_take_their_calendar_year_from_the_note():
    raw = table([["Tujuan", "Indikator", "Tahun ke-1", "Tahun ke-2"],
                 ["T", "Persentase A", "70%", "72%"]],
                context=("Keterangan: Tahun ke-1 = 2026, Tahun ke-2 = 2027",))
    header = find_header(raw)
    family = choose_family(header)
    assert family is not None and family.name == "renstra_targets"
    ctx = TableContext(DocumentInfo(), lines_above=raw.context)
    rows = family.read(raw, header, ctx).rows
    assert [(r["year"], r["target_raw"]) for r in rows] == [(2026, "70%"), (2027, "72%")]


def test_four_month_ranges_are_the_four_quarters():
    raw = table([["Aksi", "Jan-Mar", "Apr-Jun", "Jul-Sep", "Okt-Des"],
                 ["Rapat", "v", "", "v", ""]])
    assert find_header(raw).labels[1:] == ("tw i", "tw ii", "tw iii", "tw iv")


def _plan_items(raw: RawTable) -> FamilyRows:
    """The plan_items reading of a raw table, which that family must claim."""
    header = find_header(raw)
    family = choose_family(header)
    assert family is not None and family.name == "plan_items"
    return family.read(raw, header, TableContext(DocumentInfo()))


def test_a_pagu_split_by_source_of_funds_is_its_total_and_bidang_lines_are_headings():
    raw = table([
        ["Kode", "Program / Kegiatan", "Indikator Kinerja", "Rencana Tahun 2027", "", "", "",
         "Prakiraan Maju Tahun 2028"],
        ["", "", "", "Target", "Pagu Indikatif Menurut Sumber Dana (Rp)", "", "",
         "Kebutuhan Dana (Rp)"],
        ["", "", "", "", "APBD", "DAK", "Jumlah", ""],
        ["5.01", "PERENCANAAN", "", "", "900.000", "100.000", "1.000.000", "1.100.000"],
        ["5.01.02", "Program Perencanaan", "Nilai SAKIP", "BB", "900.000", "100.000",
         "1.000.000", "1.100.000"],
    ], spans=[(0, 0, 3, 1), (0, 1, 3, 1), (0, 2, 3, 1), (0, 3, 1, 4), (1, 3, 2, 1),
              (1, 4, 1, 3), (1, 7, 2, 1)])
    rows = _plan_items(raw).rows
    assert [(r["code_raw"], r["year"], r["budget_idr"]) for r in rows] == [
        ("5.01.02", 2027, 1_000_000), ("5.01.02", 2028, 1_100_000)]


def test_a_revised_plan_reads_the_figures_after_revision_and_skips_deleted_lines():
    raw = table([
        ["Kode", "Program / Kegiatan", "Indikator Kinerja", "Rencana Tahun 2026", "", "", "",
         "", "Keterangan"],
        ["", "", "", "Target Kinerja", "", "Pagu Indikatif (Rp)", "", "", ""],
        ["", "", "", "Sebelum Perubahan", "Setelah Perubahan", "Sebelum Perubahan",
         "Setelah Perubahan", "Bertambah/ (Berkurang)", ""],
        ["1.06.04", "Program A", "Persentase A", "35 Orang", "39 Orang", "1.101.743.000",
         "1.081.909.000", "(19.834.000)", "Tetap"],
        ["1.06.05", "Program B", "Persentase B", "10 Orang", "-", "5.000.000", "-",
         "(5.000.000)", "Dihapus"],
    ], spans=[(0, 0, 3, 1), (0, 1, 3, 1), (0, 2, 3, 1), (0, 3, 1, 5), (1, 3, 1, 2),
              (1, 5, 1, 3), (0, 8, 3, 1)])
    result = _plan_items(raw)
    assert [(r["code_raw"], r["year"], r["target_raw"], r["budget_idr"]) for r in result.rows] == [
        ("1.06.04", 2026, "39 Orang", 1_081_909_000)]
    assert any("deleted" in w for w in result.warnings)


def test_quarter_labels_blurred_together_are_still_the_four_quarters():
    raw = table([["Aksi", "Jadwal", "", "", ""], ["", "Twi", "Twit", "Tw ill", "Twiv"],
                 ["Rapat", "v", "", "v", ""]], spans=[(0, 0, 2, 1), (0, 1, 1, 4)])
    assert find_header(raw).labels[1:] == ("jadwal tw i", "jadwal tw ii", "jadwal tw iii",
                                           "jadwal tw iv")


def test_quarters_under_a_band_read_over_three_of_them_are_placed_by_position():
    # A scan lost the "I" and garbled "II III IV"; the band was read over the last three
    # quarter columns only. The unlabelled column beside it, not "Keterangan", is TW I.
    from rencana.extract.families.rencana_aksi import RencanaAksi

    raw = table([["Aksi", "Volume", "", "Jadwal Pelaksanaan (Triwulan)", "", "", "Keterangan"],
                 ["", "", "", "n", "In", "WV", ""],
                 ["Rapat", "2 Kali", "", "v", "", "", "Tetap"]],
                spans=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 1, 3), (0, 6, 2, 1)])
    found = RencanaAksi().map_columns(find_header(raw))
    assert [found[f"tw{q}"] for q in range(1, 5)] == [[2], [3], [4], [5]]
    # Unlabelled columns on both sides of a band over three: no telling which is TW I.
    both = table([["Aksi", "", "Triwulan", "", "", ""], ["", "", "n", "In", "WV", ""],
                  ["Rapat", "", "v", "", "", ""]],
                 spans=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 3), (0, 5, 2, 1)])
    assert not {"tw1", "tw2", "tw3", "tw4"} & set(RencanaAksi().map_columns(find_header(both)))


def test_quarters_under_a_band_read_over_one_of_them_are_placed_by_its_garbled_leaves():
    # The band was read over the second quarter column only; the leaves beside it came
    # out "n", "bw", "iv": the band's column and the three are TW I-IV, centred on it.
    from rencana.extract.families.rencana_aksi import RencanaAksi

    raw = table([["Aksi", "Volume", "", "Target Triwulan", "", "", "Keterangan"],
                 ["", "", "n", "", "bw", "iv", ""],
                 ["Rapat", "2 Kali", "v", "", "", "v", "Tetap"]],
                spans=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 3, 2, 1), (0, 6, 2, 1)])
    found = RencanaAksi().map_columns(find_header(raw))
    assert [found[f"tw{q}"] for q in range(1, 5)] == [[2], [3], [4], [5]]
    # A band over one column with free columns enough either way: no telling.
    wide = table([["Aksi", "", "", "Triwulan", "", "", ""], ["", "", "", "", "", "", ""],
                  ["Rapat", "", "", "v", "", "", ""]], spans=[(0, 0, 2, 1), (0, 3, 2, 1)])
    assert not {"tw1", "tw2", "tw3", "tw4"} & set(RencanaAksi().map_columns(find_header(wide)))
    # A band over two with free columns on one side only is not widened off its centre.
    aside = table([["Aksi", "", "", "Jadwal Pelaksanaan", "", "Keterangan"],
                   ["", "", "", "we", "wa", ""], ["Rapat", "", "", "v", "", "Tetap"]],
                  spans=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 1, 2), (0, 5, 2, 1)])
    assert not {"tw1", "tw2", "tw3", "tw4"} & set(RencanaAksi().map_columns(find_header(aside)))


def test_a_band_over_four_garbled_numerals_is_the_quarters():
    raw = table([["Aksi", "Jadwal Pelaksanaan", "", "", ""], ["", "1", "", "", "Iv"],
                 ["Rapat", "v", "v", "", ""]], spans=[(0, 0, 2, 1), (0, 1, 1, 4)])
    assert find_header(raw).labels[1:] == ("jadwal pelaksanaan tw i", "jadwal pelaksanaan tw ii",
                                           "jadwal pelaksanaan tw iii", "jadwal pelaksanaan tw iv")


def test_the_four_closing_months_are_the_four_quarters():
    raw = table([["Aksi", "Maret", "Juni", "September", "Desember"],
                 ["Rapat", "v", "", "v", ""]])
    assert find_header(raw).labels[1:] == ("tw i", "tw ii", "tw iii", "tw iv")


def test_twelve_month_columns_are_three_of_each_quarter_and_any_marked_month_plans_it():
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"]
    raw = table([["Sub Kegiatan", "Rencana Aksi", "Jadwal Pelaksanaan (Bulan)", *[""] * 11],
                 ["", "", *months],
                 ["Rapat Koordinasi", "Rapat", "", "v", "", "", "", "", "", "", "", "v", "v", ""]],
                spans=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 1, 12)])
    header = find_header(raw)
    assert [label.split()[-1] for label in header.labels[2:]] == [
        q for q in ("i", "ii", "iii", "iv") for _ in range(3)]
    family = choose_family(header)
    assert family is not None and family.name == "rencana_aksi"
    row = family.read(raw, header, TableContext(DocumentInfo())).rows[0]
    assert (row["tw1"], row["tw2"], row["tw3"], row["tw4"]) == (True, False, False, True)


def test_months_numbered_under_a_month_band_are_their_quarters():
    raw = table([["Aksi", "Waktu Pelaksanaan Bulan ke-", *[""] * 11],
                 ["", *[str(m) for m in range(1, 13)]], ["Rapat", *["v"] + [""] * 11]],
                spans=[(0, 0, 2, 1), (0, 1, 1, 12)])
    assert find_header(raw).labels[4].endswith("tw ii")


def test_a_plan_written_long_takes_its_year_per_line_and_the_item_first_line_as_parent():
    raw = table([
        ["Kode", "Program / Kegiatan", "Indikator Kinerja", "Tahun", "Target",
         "Pagu Indikatif (Rp)"],
        ["2.08.02", "PROGRAM PERLINDUNGAN", "Persentase kasus", "2025", "70%", "100.000.000"],
        ["", "", "", "2026", "75%", "110.000.000"],
        ["2.08.02.2.01", "Pencegahan Kekerasan", "Jumlah dokumen", "2025", "2 Dokumen",
         "40.000.000"],
        ["", "", "", "2026", "3 Dokumen", "45.000.000"],
    ], spans=[(1, 0, 2, 1), (1, 1, 2, 1), (1, 2, 2, 1), (3, 0, 2, 1), (3, 1, 2, 1),
              (3, 2, 2, 1)])
    rows = _plan_items(raw).rows
    assert [(r["row_no"], r["level"], r["year"], r["parent_row_no"], r["budget_idr"])
            for r in rows] == [
        (1, "program", 2025, None, 100_000_000), (2, "program", 2026, None, 110_000_000),
        (3, "kegiatan", 2025, 1, 40_000_000), (4, "kegiatan", 2026, 1, 45_000_000)]


def test_a_quarter_split_into_plan_and_realisation_is_planned_by_its_plan_column():
    raw = table([["Program", "Kegiatan", "Sub Kegiatan", "Rencana Aksi", "Volume", "TW I", "",
                  "TW II", ""],
                 ["", "", "", "", "", "T", "R", "T", "R"],
                 ["Program A", "Kegiatan B", "Patroli", "Patroli rutin", "4 Kali", "", "✓", "✓",
                  ""]],
                spans=[(0, c, 2, 1) for c in range(5)] + [(0, 5, 1, 2), (0, 7, 1, 2)])
    header = find_header(raw)
    family = choose_family(header)
    assert family is not None and family.name == "rencana_aksi"
    row = family.read(raw, header, TableContext(DocumentInfo())).rows[0]
    assert (row["tw1"], row["tw2"]) == (False, True)


def test_one_column_of_program_and_kegiatan_lines_fills_each_level_in_turn():
    raw = table([
        ["No", "Sasaran Strategis", "Indikator Kinerja Sasaran", "Target 2026",
         "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja Program / Kegiatan",
         "Pagu (Rp)"],
        ["1", "Meningkatnya status desa", "Persentase desa mandiri", "38,50%",
         "PROGRAM PENATAAN DESA", "Persentase desa tertata", "491.010.250"],
        ["", "", "", "", "Penyelenggaraan Penataan Desa", "Jumlah desa difasilitasi",
         "491.010.250"],
    ], spans=[(1, 0, 2, 1), (1, 1, 2, 1), (1, 2, 2, 1), (1, 3, 2, 1)])
    header = find_header(raw)
    family = choose_family(header)
    assert isinstance(family, IkuLinks)
    rows = family.read(raw, header, TableContext(DocumentInfo())).rows
    assert [(r["program"], r["indikator_program"], r["kegiatan"], r["indikator_kegiatan"],
             r["budget_idr"]) for r in rows] == [
        ("PROGRAM PENATAAN DESA", "Persentase desa tertata", "Penyelenggaraan Penataan Desa",
         "Jumlah desa difasilitasi", 491_010_250)]


def test_an_evaluation_table_reporting_budget_spent_is_plan_items_even_if_it_links_the_iku():
    header = find_header(table([
        ["Sasaran", "IKU Perangkat Daerah", "Target Kinerja", "Program / Kegiatan / Sub Kegiatan",
         "Indikator Program / Kegiatan", "Target Kinerja", "Pagu APBD",
         "Realisasi Anggaran"],
        ["Sasaran A", "IKU A", "80%", "PROGRAM A", "Indikator A", "80", "100.000", "90.000"]]))
    family = choose_family(header)
    assert family is not None and family.name == "plan_items"


def test_a_ruled_header_over_one_box_holding_the_body_is_no_table_of_its_own():
    from rencana.extract.framing import not_a_table

    header = [Cell(0, c, label) for c, label in enumerate(["No", "Program", "Indikator", "Target"])]
    body = Cell(1, 0, "1\nPROGRAM A\nIndikator A\n100%\nKegiatan B", 1, 4)
    assert not_a_table([*header, body], 2, 4)
    rows = [Cell(1, c, text) for c, text in enumerate(["1", "PROGRAM A", "Indikator A", "100%"])]
    assert not not_a_table([*header, *rows], 2, 4)


def test_a_schedule_written_out_by_month_in_one_column_gives_the_quarters():
    raw = table([["Program", "Kegiatan", "Sub Kegiatan", "Rencana Aksi", "Volume",
                  "Waktu Pelaksanaan"],
                 ["Program A", "Kegiatan B", "Sub C", "Rapat", "2 Kali", "April, Oktober"],
                 ["", "", "", "Sosialisasi", "1 Kali", "Januari - Maret"]],
                spans=[(1, 0, 2, 1), (1, 1, 2, 1), (1, 2, 2, 1)])
    header = find_header(raw)
    family = choose_family(header)
    assert family is not None and family.name == "rencana_aksi"
    rows = family.read(raw, header, TableContext(DocumentInfo())).rows
    assert [tuple(r[f"tw{q}"] for q in range(1, 5)) for r in rows] == [
        (False, True, False, True), (True, False, False, False)]


def test_an_indicator_cell_stacking_its_target_fills_both_fields():
    raw = table([
        ["No", "Sasaran Strategis", "Indikator Kinerja Sasaran / Target 2026", "Program",
         "Indikator Program", "Kegiatan", "Indikator Kegiatan", "Anggaran (Rp)"],
        ["1", "Meningkatnya kualitas PMKS", "Persentase PMKS terpenuhi\nkebutuhan dasarnya\n"
         "Target: 89%", "REHABILITASI SOSIAL", "Persentase PPKS", "Rehabilitasi Dasar",
         "Jumlah orang", "62.000.000"],
    ])
    header = find_header(raw)
    family = choose_family(header)
    assert isinstance(family, IkuLinks)
    [row] = family.read(raw, header, TableContext(DocumentInfo())).rows
    assert (row["indikator_kinerja"], row["target_raw"]) == (
        "Persentase PMKS terpenuhi kebutuhan dasarnya", "89%")


def test_a_program_lettered_c_read_as_cc_or_c_by_ocr_is_still_a_program():
    raw = table([["No.", "Program/Kegiatan", "Anggaran", "Kinerja Hasil/Keluaran", "", ""],
                 ["", "", "", "Uraian", "Satuan", "Target"],
                 ["1", "2", "3", "4", "5", "6"],
                 ["B", "PROGRAM PELAYANAN ADMINISTRASI", "Rp 1.000.000", "Persentase", "", ""],
                 ["1", "Rapat Koordinasi", "Rp 500.000", "Jumlah rapat", "Bulan", "12"],
                 ["Cc", "PROGRAM PENINGKATAN DISIPLIN APARATUR", "Rp 2.000.000", "Persentase",
                  "", ""],
                 ["1", "Pembinaan Kepegawaian", "Rp 2.000.000", "Jumlah pegawai", "Orang", "40"],
                 ["c", "PROGRAM PENINGKATAN KAPASITAS", "Rp 3.000.000", "Persentase", "", ""],
                 ["1", "Pelatihan", "Rp 3.000.000", "Jumlah pegawai", "Orang", "10"]],
                spans=[(0, 0, 2, 1), (0, 1, 2, 1), (0, 2, 2, 1), (0, 3, 1, 3)])
    header = find_header(raw)
    rows = choose_family(header).read(raw, header, TableContext(DocumentInfo())).rows
    assert [r["level"] for r in rows] == ["program", "kegiatan", "program", "kegiatan",
                                          "program", "kegiatan"]  # "c": a "C" read small


def test_a_list_of_programs_and_their_budget_alone_is_plan_items_of_the_document_year():
    from rencana.extract.families.plan_items import PlanItems

    raw = table([["No", "Program", "Anggaran (Rp)", "Keterangan"],
                 ["1", "REHABILITASI SOSIAL", "1.101.743.000", "DAU"],
                 ["2", "PROGRAM PENANGANAN BENCANA", "214.014.000", "DAU"],
                 ["", "Jumlah", "1.315.757.000", ""]])
    header = find_header(raw)
    family = choose_family(header)
    assert isinstance(family, PlanItems)
    rows = family.read(raw, header, TableContext(DocumentInfo(year_start=2026,
                                                              year_end=2026))).rows
    assert [(r["name"], r["year"], r["budget_idr"], r["indikator"]) for r in rows] == [
        ("REHABILITASI SOSIAL", 2026, 1101743000, None),
        ("PROGRAM PENANGANAN BENCANA", 2026, 214014000, None)]
    recap = table([["No", "Sumber Dana", "Anggaran (Rp)"], ["1", "DAU", "1.000.000"]])
    assert choose_family(find_header(recap)) is None  # a funding recap names no item


def test_a_funding_source_or_note_column_under_a_program_band_is_no_name_nor_budget():
    # Permendagri 86/2017's Renja form: "Capaian Kinerja Program dan Kerangka Pendanaan"
    # over "Rencana Tahun 2027" (… Sumber Dana), "Catatan Penting", "Prakiraan Maju".
    band = "Capaian Kinerja Program dan Kerangka Pendanaan"
    raw = table([["Kode", "Urusan / Program / Kegiatan", "Indikator Kinerja", band, "", "", "",
                  "", ""],
                 ["", "", "", "Rencana Tahun 2027", "", "", "Catatan Penting",
                  "Prakiraan Maju Tahun 2028", ""],
                 ["", "", "", "Target", "Pagu Indikatif (Rp)", "Sumber Dana", "", "Target",
                  "Kebutuhan Dana (Rp)"],
                 ["1.06.04", "REHABILITASI SOSIAL", "Persentase PPKS", "74%", "1.132.924.000",
                  "DAU", "", "75%", "1.184.893.000"]],
                spans=[(0, 0, 3, 1), (0, 1, 3, 1), (0, 2, 3, 1), (0, 3, 1, 6), (1, 3, 1, 3),
                       (1, 6, 2, 1), (1, 7, 1, 2)])
    header = find_header(raw)
    rows = choose_family(header).read(raw, header, TableContext(DocumentInfo())).rows
    assert [(r["name"], r["year"], r["budget_idr"]) for r in rows] == [
        ("REHABILITASI SOSIAL", 2027, 1132924000), ("REHABILITASI SOSIAL", 2028, 1184893000)]


def test_abbreviated_header_labels_are_read_written_out():
    from rencana.extract.header import header_label

    assert header_label("IND. KINERJA") == "indikator kinerja"
    assert header_label("KEB. DANA (Rp)") == "kebutuhan dana rp"
    assert header_label("Th") == "th"  # "TW I" as OCR reads it blurred: a quarter label
    raw = table([["KODE", "PROGRAM/KEGIATAN", "IND. KINERJA", "TGT", "SAT.", "PAGU (Rp)",
                  "SBR. DANA"],
                 ["1.06.02", "PROGRAM REHABILITASI SOSIAL", "Persentase PPKS", "78", "%",
                  "1.091.349.000,-", "DAU"]])
    header = find_header(raw)
    family = choose_family(header)
    [row] = family.read(raw, header, TableContext(DocumentInfo(year_start=2027,
                                                               year_end=2027))).rows
    assert (row["indikator"], row["target_value"], row["target_unit"], row["budget_idr"]) == (
        "Persentase PPKS", 78, "%", 1091349000)


def test_a_volume_split_from_its_satuan_is_one_volume():
    raw = table([["No", "Sub Kegiatan", "Rencana Aksi", "Volume", "Satuan", "TW I", "TW II",
                  "TW III", "TW IV"],
                 ["1", "Penyediaan Permakanan", "Rapat koordinasi", "2", "Kali", "v", "", "v",
                  ""]])
    header = find_header(raw)
    [row] = choose_family(header).read(raw, header, TableContext(DocumentInfo())).rows
    assert (row["aksi"], row["volume_raw"], row["volume_value"], row["volume_unit"]) == (
        "Rapat koordinasi", "2 Kali", 2, "kali")


def test_bulleted_packed_cells_pair_with_amounts_printed_one_per_line():
    row = ["1", "T", "I", "S", "IK", "89%", "80%", "PROG", "IP",
           "• Keg A\nwrapped\n• Keg B\n• Keg C", "• Ind A\n• Ind B\nwrapped\n• Ind C",
           "-\nRp 2.500.000,-\nRp 7.000,-"]
    raw = table([IKU_HEADER, row])
    header = find_header(raw)
    rows = IkuLinks().read(raw, header, TableContext(DocumentInfo())).rows
    assert [(r["kegiatan"], r["indikator_kegiatan"], r["budget_idr"]) for r in rows] == [
        ("Keg A wrapped", "Ind A", None), ("Keg B", "Ind B wrapped", 2500000),
        ("Keg C", "Ind C", 7000)]
    # On a scan the lone "-" is easily lost: amounts listed line under line, not bulleted,
    # pair by their order only as many as the items; a list a line short pairs with
    # nothing (pairing it would shift every amount after the lost line).
    scanned = replace(table([IKU_HEADER, row]), method="ocr-grid")
    out = IkuLinks().read(scanned, find_header(scanned), TableContext(DocumentInfo()))
    assert [r["budget_idr"] for r in out.rows] == [None, 2500000, 7000]
    short = replace(table([IKU_HEADER, [*row[:-1], "Rp 2.500.000,-\nRp 7.000,-"]]),
                    method="ocr-grid")
    out = IkuLinks().read(short, find_header(short), TableContext(DocumentInfo()))
    assert [r["kegiatan"] for r in out.rows] == ["Keg A wrapped", "Keg B", "Keg C"]
    assert [r["budget_idr"] for r in out.rows] == [None, None, None]
    assert any("cannot be paired" in w for w in out.warnings)


def test_numbered_amounts_pair_by_number_even_with_a_stop_read_as_a_comma():
    row = ["1", "T", "I", "S", "IK", "89%", "80%", "PROG", "IP",
           "1. Keg A\n1.1. Sub A1\n1.2. Sub A2", "1. Ind A\n1.1. Ind A1\n1.2. Ind A2",
           "1.1, 201.900.000\n1.2. 5.000.000"]
    scanned = replace(table([IKU_HEADER, row]), method="ocr-grid")
    rows = IkuLinks().read(scanned, find_header(scanned), TableContext(DocumentInfo())).rows
    assert [(r["kegiatan"], r["budget_idr"]) for r in rows] == [
        ("Keg A", None), ("Sub A1", 201900000), ("Sub A2", 5000000)]


def test_a_packed_row_broken_over_the_page_joins_with_its_amounts_list():
    from rencana.records import Cell

    def cells(row: int, texts: list[str], top: float, bottom: float, ends: list[float]):
        return [Cell(row, c, t, bbox=(100.0 * c, top, 100.0 * c + 100, bottom),
                     text_bottom=end if t else None) for c, (t, end) in
                enumerate(zip(texts, ends, strict=True))]

    header = ["Program", "Kegiatan", "Anggaran (Rp)"]
    first = RawTable(page=1, index=1, n_rows=2, n_cols=3, row_pages=(1, 1), method="test",
                     cells=(*cells(0, header, 50, 60, [58] * 3),
                            *cells(1, ["PROG A", "• Keg A\n• Keg B", "Rp 1.000,-\n-"], 60, 200,
                                   [70, 199.5, 80])))
    rest = ["", "wrapped\n• Keg C", "Rp 2.000,-"]
    second = RawTable(page=2, index=1, n_rows=3, n_cols=3, row_pages=(2, 2, 2), method="test",
                      cells=(*cells(0, header, 50, 60, [58] * 3),
                             *cells(1, rest, 60, 90, [0, 88, 70]),
                             *cells(2, ["PROG B", "• Keg D", "Rp 3.000,-"], 90, 120,
                                    [100, 100, 100])))
    [whole] = stitch([first, second])
    grid = whole.table.grid(spread_spans=False)
    assert [row[1] for row in grid[1:]] == ["• Keg A\n• Keg B\nwrapped\n• Keg C", "• Keg D"]
    assert grid[1][2] == "Rp 1.000,-\n-\nRp 2.000,-"


def test_a_row_broken_over_a_scanned_page_joins_whatever_speck_stands_beside_its_rest():
    from rencana.records import Cell

    def cells(row: int, texts: list[str], top: float, bottom: float, ends: list[float]):
        return [Cell(row, c, t, bbox=(100.0 * c, top, 100.0 * c + 100, bottom),
                     text_bottom=end if t else None) for c, (t, end) in
                enumerate(zip(texts, ends, strict=True))]

    header = ["Program", "Indikator Program", "Kegiatan", "Anggaran (Rp)"]
    first = RawTable(page=1, index=1, n_rows=2, n_cols=4, row_pages=(1, 1), method="test",
                     cells=(*cells(0, header, 50, 60, [58] * 4),
                            *cells(1, ["PROG A", "Indeks Gender", "Sosialisasi di Bidang",
                                       "Rp 1.000,-"], 60, 200, [80, 90, 199.5, 80])))
    rest = ["", "%", "Hukum dan Ekonomi", ""]  # a speck read "%" beside the rest
    second = RawTable(page=2, index=1, n_rows=3, n_cols=4, row_pages=(2, 2, 2), method="test",
                      cells=(*cells(0, header, 50, 60, [58] * 4),
                             *cells(1, rest, 60, 90, [0, 70, 88, 0]),
                             *cells(2, ["PROG B", "Indeks", "Keg D", "Rp 3.000,-"], 90, 120,
                                    [100] * 4)))
    [whole] = stitch([first, second])
    grid = whole.table.grid(spread_spans=False)
    assert [row[2] for row in grid[1:]] == ["Sosialisasi di Bidang\nHukum dan Ekonomi", "Keg D"]
    assert grid[1][1] == "Indeks Gender"


def test_a_renja_with_a_name_column_per_level_reads_each_row_by_its_deepest_name():
    rows = [["Kode", "Program", "Kegiatan", "Sub Kegiatan", "Indikator Kinerja", "Target",
             "Pagu Indikatif (Rp)"],
            ["1.06.04", "REHABILITASI SOSIAL", "", "", "Persentase PPKS", "78%",
             "1.132.924.000"],
            ["1.06.04.2.01", "", "Rehabilitasi Sosial Dasar", "", "Persentase PMKS", "100%",
             "921.314.000"],
            ["1.06.04.2.01.0001", "", "", "Penyediaan Permakanan", "Jumlah Orang", "26 Orang",
             "853.734.000"]]
    raw = table(rows, spans=[(1, 1, 3, 1), (2, 2, 2, 1)])
    header = find_header(raw)
    family = choose_family(header)
    assert family.name == "plan_items"
    read = family.read(raw, header, TableContext(DocumentInfo(year_start=2027, year_end=2027)))
    assert [(r["name"], r["level"], r["budget_idr"]) for r in read.rows] == [
        ("REHABILITASI SOSIAL", "program", 1132924000),
        ("Rehabilitasi Sosial Dasar", "kegiatan", 921314000),
        ("Penyediaan Permakanan", "sub_kegiatan", 853734000)]


def test_an_evaluation_of_one_year_reads_that_year_only_with_its_realisation():
    # Permendagri 86's T-C.29, its labels as long as the form prints them.
    header = [["No", "Kode", "Program / Kegiatan", "Indikator Kinerja",
               "Target Kinerja Capaian Program (Renstra Perangkat Daerah) Tahun 2029",
               "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d dengan Renja "
               "Perangkat Daerah Tahun Lalu (2024)",
               "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan yang "
               "Dievaluasi (2025)", "",
               "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
               ""],
              ["", "", "", "", "", "", "K", "Rp", "K", "Rp"]]
    body = [["1", "1.06.04", "REHABILITASI SOSIAL", "Persentase PPKS", "78,50%", "70,50%",
             "72,50%", "1.080.956.000", "72,50%", "984.917.648"]]
    raw = table(header + body, spans=[(0, c, 2, 1) for c in range(6)] + [(0, 6, 1, 2),
                                                                          (0, 8, 1, 2)])
    found = find_header(raw)
    assert found.n_rows == 2
    family = choose_family(found)
    rows = family.read(raw, found, TableContext(DocumentInfo(year_start=2025,
                                                             year_end=2025))).rows
    assert [(r["year"], r["target_raw"], r["budget_idr"], r["realized_target_raw"],
             r["realized_budget_idr"]) for r in rows] == [
        (2025, "72,50%", 1080956000, "72,50%", 984917648)]


def test_month_numerals_ocr_garbled_under_a_bulan_band_stay_header_labels():
    numerals = ["I", "", "1", "iv", "v", "vi", "yu", "Viii", "1x", "x", "XI", "Xii"]  # as read
    rows = [["No", "Sub Kegiatan", "Rencana Aksi", "Volume", "Jadwal Pelaksanaan",
             *[""] * 11],
            ["", "", "", "", "Bulan", *[""] * 11],
            ["", "", "", "", *numerals],
            ["1", "Penyediaan Permakanan", "Rapat koordinasi", "2 Kali",
             *["x" if month in (4, 8) else "" for month in range(1, 13)]]]
    spans = [(0, c, 3, 1) for c in range(4)] + [(0, 4, 1, 12), (1, 4, 1, 12)]
    raw = replace(table(rows, spans=spans), method="ocr-tesseract+grid")
    header = find_header(raw)
    assert header.n_rows == 3
    [row] = choose_family(header).read(raw, header, TableContext(DocumentInfo())).rows
    assert [row[f"tw{q}"] for q in range(1, 5)] == [False, True, True, False]


def test_a_numbered_heading_whose_colon_a_scan_lost_still_heads_its_rows():
    from rencana.extract.header import section_heading

    for text in ("Tujuan 1 : Meningkatnya Cakupan", "Tujuan 1. Meningkatnya Cakupan",
                 "Tujuan 1 Meningkatnya Cakupan"):
        assert section_heading([text] * 12) == [("Tujuan 1", "Meningkatnya Cakupan")]
    assert section_heading(["Meningkatnya Cakupan Perlindungan 2025"] * 12) is None
    assert section_heading(["Tahun 2025 Anggaran 100"] * 12) is None  # a number, no name


def test_a_scanned_table_s_words_have_their_misread_marks_mended_and_its_values_not():
    rows = [["Sub Kegiatan", "Rencana Aksi", "Volume", "TW I", "TW II", "TW III", "TW IV"],
            ["Penyediaan Permakanan,", "Sosialisasi dunia usaha. media dan lembaga",
             "2 Kali", "v", "", "", ""]]
    scanned = replace(table(rows), method="ocr-tesseract+grid")
    header = find_header(scanned)
    [row] = choose_family(header).read(scanned, header, TableContext(DocumentInfo())).rows
    assert (row["sub_kegiatan"], row["aksi"]) == (
        "Penyediaan Permakanan", "Sosialisasi dunia usaha, media dan lembaga")
    digital = table(rows)  # a text layer's marks are as printed
    [row] = choose_family(header).read(digital, header, TableContext(DocumentInfo())).rows
    assert row["aksi"] == "Sosialisasi dunia usaha. media dan lembaga"
