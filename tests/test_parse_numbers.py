"""Targets, volumes, years and column-number rows, with the seeds' real spellings."""

from decimal import Decimal

import pytest

from rencana.normalize.numbers import (
    NumberFormatError,
    Quantity,
    is_column_number_row,
    looks_like_value,
    parse_quantity,
    parse_year,
    read_number,
    year_range,
)


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [
        # percentages (000, 001, 003)
        ("86%", 86.0, "%"),
        ("80,90%", 80.9, "%"),
        ("48.10 %", 48.1, "%"),
        ("89,00%", 89.0, "%"),
        ("100 %", 100.0, "%"),
        ("1,98%", 1.98, "%"),
        ("0%", 0.0, "%"),
        # numbers with a unit, kept as printed and lower-cased (000)
        ("50 Orang", 50.0, "orang"),
        ("22 Orang", 22.0, "orang"),
        ("1 tahun", 1.0, "tahun"),
        ("1 Tahun", 1.0, "tahun"),
        ("12 Bulan", 12.0, "bulan"),
        ("500 org", 500.0, "org"),
        ("1 Kegiatan", 1.0, "kegiatan"),
        ("2 kali", 2.0, "kali"),
        ("7 Gdg Rumah", 7.0, "gdg rumah"),
        ("3636 Orang", 3636.0, "orang"),
        ("1.250 Orang", 1250.0, "orang"),
        # decimals (002 Renstra tables)
        ("68.00", 68.0, None),
        ("68.45", 68.45, None),
        ("34.5", 34.5, None),
        ("34,5", 34.5, None),
        ("20,88", 20.88, None),
        ("0,855223", 0.855223, None),
        ("0.046", 0.046, None),
        ("100.00", 100.0, None),
        # Indonesian thousands: a dot followed by exactly three digits (002 Tabel 2.x)
        ("9.500", 9500.0, None),
        ("6.616", 6616.0, None),
        ("1.250.000", 1250000.0, None),
        # English-style with a decimal point (002)
        ("3,151.34", 3151.34, None),
        ("1.250,5", 1250.5, None),
        # plain integers
        ("5580", 5580.0, None),
        ("0", 0.0, None),
        # a comparison or a sign in front
        ("≥ 80%", 80.0, "%"),
        ("-5%", -5.0, "%"),
        # an amount printed as a target
        ("Rp 100.000.000", 100000000.0, "rp"),
    ],
)
def test_parse_quantity(raw, value, unit):
    assert parse_quantity(raw) == Quantity(value, unit)


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "",
        "-",
        "Madya",
        "Nindya",
        "Utama",
        "N/A",
        "n/a",
        "%",
        "100y6",
        "24,8 6",  # OCR split a digit off: do not guess 24,86
        "7,5-8,5",  # a range is not one value
        "1 Keg/20 org",
        "3 Kegiatan/78 Orang",
        "2 Timan dan 31 Tugu/HB",
        "2,8 juta pada tahun 2019",
        "Tahun 2019",
        "12.34.5",
        "1.234,5.6",
        "1.",
        "Rp 5 Orang",
    ],
)
def test_parse_quantity_gives_nothing_for_non_values(raw):
    assert parse_quantity(raw) == Quantity(None, None)


def test_default_unit_applies_only_without_a_printed_unit():
    assert parse_quantity("25", default_unit="Orang/ paket") == Quantity(25.0, "orang/ paket")
    assert parse_quantity("25 %", default_unit="Orang") == Quantity(25.0, "%")
    assert parse_quantity("Madya", default_unit="Orang") == Quantity(None, None)
    assert parse_quantity("25", default_unit="  ") == Quantity(25.0, None)


@pytest.mark.parametrize(
    ("token", "value", "grouped"),
    [
        ("1.273.095.214", Decimal("1273095214"), 3),
        ("452,750,000.00", Decimal("452750000.00"), 2),
        ("61.465.500,00", Decimal("61465500.00"), 2),
        ("1,234", Decimal("1.234"), 0),
        ("1234.567", Decimal("1234.567"), 0),
        ("012.345", Decimal("12.345"), 0),
    ],
)
def test_read_number(token, value, grouped):
    reading = read_number(token)
    assert (reading.value, reading.grouped) == (value, grouped)


@pytest.mark.parametrize(
    "token", ["12.34.5", "1.234,5.6", "1,23,456", "1.", "", "1 234", "01.000.000"]
)
def test_read_number_refuses_malformed_tokens(token):
    with pytest.raises(NumberFormatError):
        read_number(token)


def test_read_number_can_refuse_the_ambiguous_comma():
    with pytest.raises(NumberFormatError):
        read_number("1,234", ambiguous_comma_thousands=True)
    assert read_number("1,5", ambiguous_comma_thousands=True).value == Decimal("1.5")


@pytest.mark.parametrize(
    ("raw", "year"),
    [
        ("2019", 2019),
        ("Tahun 2019", 2019),
        ("2019*", 2019),
        ("TAHUN 2025**", 2025),
        ("Target 2023", 2023),
        ("Kinerja awal (2018)", 2018),
        (2020, 2020),
        ("2019-2024", None),
        ("1985", None),
        ("2.019", None),
        ("NIP. 19670711 198809 1 001", None),
        ("Madya", None),
        (None, None),
        (True, None),
    ],
)
def test_parse_year(raw, year):
    assert parse_year(raw) == year


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2019-2024", (2019, 2024)),
        ("2019 – 2024", (2019, 2024)),
        ("2019 s.d. 2024", (2019, 2024)),
        ("2019 s/d 2024", (2019, 2024)),
        ("Tahun 2019-2024 (RENSTRA PERUBAHAN)", (2019, 2024)),
        ("PERUBAHAN *RENCANA STRATEGIS* 2019-2024", (2019, 2024)),
        ("2024-2019", None),
        ("2019", None),
        ("2019-2024 dan 2025-2029", None),
    ],
)
def test_year_range(raw, expected):
    assert year_range(raw) == expected


def _cells(line: str) -> list[str]:
    return line.split("\t")


@pytest.mark.parametrize(
    "line",
    [
        "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16",  # 000, Rencana Aksi
        "1\t2\t\t\t3\t\t\t\t\t\t\t\t4\t5\t6\t7",  # 000, blanks under merged columns
        "\t\t\t\t1\t\t2\t\t3\t\t4\t\t5\t\t6\t\t",  # 003
        "1\t2\t3\t4\t5\t8",  # 003: printed by mistake
        "1\t2\t2\t2\t3\t3\t4",  # merged cells spread over their columns
        "(1)\t(2)\t(3)\t(4)",
        "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\til\t12",  # OCR read 11 as "il"
        "l\t2\t3\t4",  # and 1 as "l"
        "1\t2\t3\t4\t5\t“6\t7",  # a speck beside a number read as a quote
        "(1)\t(2)\t{3)\t(4}\t[5]",  # thin brackets read as braces
        # 5.6 pt print: four of fifteen garbled, every cell short as a number.
        "(1)\t(2)\t(9\t(4)\t\t6\tm\t3\t(9)\t(10)\t(1)\t(12)\t(13)\t(14)\t(15)\t(16)",
    ],
)
def test_column_number_rows(line):
    assert is_column_number_row(_cells(line))


@pytest.mark.parametrize(
    "line",
    [
        "1\t1\t1",  # 002: a data row of counts
        "\t\t2016\t2017\t2018\t2019\t2020",  # a year header row
        "6\t2020\t7,557,565,929\t300,474,000\t0\t0",  # 003 data row
        "1\t2",  # too short to tell
        "2\t3\t4\t5",  # does not start at 1
        "1\t2\t3\t9\t10",  # a gap too wide
        "1\t3\t5\t7\t9",  # too many gaps
        "1\t2\t3\tNAMA",
        # As many in place, but a row with a name is a data row.
        "(1)\t(2)\tRapat\t(4)\t\t6\tm\t3\t(9)\t(10)\t(1)\t(12)\t(13)\t(14)\t(15)\t(16)",
        "I\tII\tIII\tIV",  # quarter labels are not numbers
        "",
    ],
)
def test_not_column_number_rows(line):
    assert not is_column_number_row(_cells(line))


@pytest.mark.parametrize(
    "raw",
    [
        "86%",
        "80,90%",
        "50 Orang",
        "12 Bulan",
        "68.00",
        "34,5",
        "9.500",
        "5580",
        "Rp 783.242.000",
        "Rp -",
        "1.273.095.214",
        "1.06.04.2.01.0001",
        "110600.110601.16.017",
        "116000-110001-30-0416",
    ],
)
def test_value_like(raw):
    assert looks_like_value(raw)


@pytest.mark.parametrize(
    "raw",
    ["", "1", "16", "2019", "Tahun 2019", "TARGET", "Madya", "-", "N/A", "(Rp)", "%", "I", "TW IV"],
)
def test_not_value_like(raw):
    assert not looks_like_value(raw)


def test_prose_after_a_number_is_not_a_unit():
    assert parse_quantity("200 Neg Petrin Luar Daerah") == Quantity(None, None)
    assert parse_quantity("3 Keluarga Penerima Manfaat") == Quantity(
        3.0, "keluarga penerima manfaat"
    )


def test_column_number_row_whose_lone_1_was_lost_by_ocr():
    assert is_column_number_row(["", "2", "3", "4", "5", "6", "7", "8"])
    assert not is_column_number_row(["", "2", "3", "4"])  # too short to be sure


def test_a_long_column_number_row_with_a_few_numbers_misread_by_ocr_is_still_one():
    from rencana.normalize.numbers import is_column_number_row

    read = ["(2)", "(2)", "(3)", "(4)", "(5)", "(6)", "(n", "(8)", "(9)", "(10)", "(11)",
            "(12)", "(43)", "(14)", "(15)", "(16)", "(17)"]
    assert is_column_number_row(read)
    assert not is_column_number_row(["5", "10", "15", "20", "25", "30"])
    assert not is_column_number_row(["1", "2", "3", "40", "50", "60", "70"])


def test_a_column_number_row_with_its_first_number_lost_is_placed_by_column():
    from rencana.normalize.numbers import is_column_number_row

    read = ["", "2", "3", "4", "5", "6", "", "8", "9", "10", "11", "22", "13", "14", "15", "16"]
    assert is_column_number_row(read)  # "(1)" and "(7)" unread, "(12)" read "22"
    assert not is_column_number_row(["", "12", "3", "40", "5", "60", "", "8"])


def test_a_column_number_row_missing_numbers_closes_a_header_but_places_no_column():
    from rencana.normalize.numbers import is_column_number_row, reads_every_column_number

    # Small print at 200 dpi: "(5)" and "(6)" lost, "(7)" read "m", "(8)" read "3".
    read = ["(1)", "(2)", "(3)", "(4)", "m", "3", "(9)", "(10)", "(11)", "(12)", "(13)",
            "(14)", "(15)", "(16)"]
    assert is_column_number_row(read)
    assert not reads_every_column_number(read)
    # Counts rising along a data row are no such row, brackets or not.
    assert not is_column_number_row(["1", "2", "3", "4", "m", "3", "9", "10", "11", "12"])
    assert not is_column_number_row(["(1)", "Kegiatan", "(2)", "Program", "(3)", "Aksi"])
    assert not is_column_number_row(["(1)", "(2)", "(3)", "(3)", "(2)", "(6)", "(7)"][::-1])
