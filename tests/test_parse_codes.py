"""Codes: canonical form, level and splitting, checked against the official nomenclature."""

import csv
from pathlib import Path

import pytest

from rencana.normalize.codes import code_level, looks_like_code, parse_code, split_leading_code

NOMENKLATUR = Path(__file__).resolve().parent.parent / "normalize" / "data" / "nomenklatur.csv"
LEVELS = {"program", "kegiatan", "sub_kegiatan"}


def _official_rows() -> list[dict[str, str]]:
    with NOMENKLATUR.open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["level"] in LEVELS]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("1.06.04.2.01.0001", "1.06.04.2.01.0001"),
        ("1.06.04.02.01.0001", "1.06.04.2.01.0001"),  # authority digit written 02
        ("2.08.02.2.01.06", "2.08.02.2.01.0006"),  # 2-digit sub code of the 2019 text
        ("1.06.04.02.01.01", "1.06.04.2.01.0001"),
        ("1.06.04", "1.06.04"),
        ("1.06.04.2.01", "1.06.04.2.01"),
        ("1.06.04.02.01", "1.06.04.2.01"),
        ("1. 06. 04", "1.06.04"),
        ("1.06.04.", "1.06.04"),
        (" 2.08.07.2.03.0006 ", "2.08.07.2.03.0006"),
        # old (pre-2021) codes keep their own form (004, 002 RENSTRA AWAL)
        ("110600.110601.16.017", "110600.110601.16.017"),
        ("110600.06", "110600.06"),
        ("121930.119001.02", "121930.119001.02"),
        ("110600.110601.01.002", "110600.110601.01.002"),
        ("110600. 110601.16.017", "110600.110601.16.017"),
        # Permendagri 13/2006 codes, dotted or with spaces between the groups
        ("1.06.1.06.01.16.017", "1.06.1.06.01.16.017"),
        ("1.06.1.06.01.16", "1.06.1.06.01.16"),
        ("1 06 01 16 017", "1.06.01.16.017"),
    ],
)
def test_parse_code(raw, code):
    assert parse_code(raw) == code


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "",
        "116000-110001-30-0416",  # garbled: the normalizer repairs it
        "11000.110001.07.004",  # a digit lost
        "1.01.01.21.01",  # neither system
        "1.06",
        "1.2.1",
        "1.06.04.2.01.00001",
        "1.06.04 Program X",
        "Rp 1.283.419.000",
        "2019-2024",
        "2019 2020 2021 2022",
    ],
)
def test_unparseable_codes(raw):
    assert parse_code(raw) is None


def test_every_official_code_is_canonical_and_has_its_level():
    rows = _official_rows()
    assert len(rows) == 307
    for row in rows:
        assert parse_code(row["code"]) == row["code"], row["code"]
        assert code_level(row["code"]) == row["level"], row["code"]


def test_official_codes_survive_the_printed_variants():
    """Authority digit written "02" and the 2-digit sub codes both map back to the file."""
    for row in _official_rows():
        parts = row["code"].split(".")
        if len(parts) < 5:
            continue
        parts[3] = parts[3].zfill(2)
        if len(parts) == 6 and parts[5].startswith("00"):
            parts[5] = parts[5][2:]
        assert parse_code(".".join(parts)) == row["code"]


@pytest.mark.parametrize(
    ("code", "level"),
    [
        ("1.06.04", "program"),
        ("1.06.04.2.01", "kegiatan"),
        ("1.06.04.02.01.01", "sub_kegiatan"),
        ("110600.06", "program"),
        ("120200.110601.02", "program"),
        ("110600.110601.06.033", "kegiatan"),
        ("1.06.1.06.01.16", "program"),
        ("1 06 01 16 017", "kegiatan"),
        ("116000-110001-30-0416", None),
        ("Program X", None),
    ],
)
def test_code_level(code, level):
    assert code_level(code) == level


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.06.04 Program X", ("1.06.04", "Program X")),
        ("1.06.04. Program X", ("1.06.04", "Program X")),
        ("1.06.04 - Program X", ("1.06.04", "Program X")),
        ("1. 06. 04 Program X", ("1. 06. 04", "Program X")),
        (
            "110600.110601.16.017 Penyediaan Jasa Surat Menyurat",
            ("110600.110601.16.017", "Penyediaan Jasa Surat Menyurat"),
        ),
        # a garbled code is split off as printed, for the normalizer to repair
        ("116000-110001-30-0416 Pelayanan Sosial", ("116000-110001-30-0416", "Pelayanan Sosial")),
        ("1.06.04", ("1.06.04", "")),
        # outline numbering and other leading numbers are not codes
        ("1.2 Landasan Hukum", (None, "1.2 Landasan Hukum")),
        ("2.4.3. Peluang", (None, "2.4.3. Peluang")),
        ("2019-2024 Renstra", (None, "2019-2024 Renstra")),
        ("12.345.678 orang", (None, "12.345.678 orang")),
        ("Program X", (None, "Program X")),
        ("", (None, "")),
    ],
)
def test_split_leading_code(text, expected):
    assert split_leading_code(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.06.04.2.01.0001", True),
        ("110600.06", True),
        ("116000-110001-30-0416", True),
        ("1.01.01.21.01", True),
        ("1.2.1", False),
        ("2019-2024", False),
        ("1.273.095.214", False),
        ("Program", False),
        (None, False),
    ],
)
def test_looks_like_code(text, expected):
    assert looks_like_code(text) is expected


def test_a_code_whose_dots_a_scan_lost_gets_them_back_only_when_it_is_a_whole_code():
    from rencana.extract.families.ocr_values import reread
    from rencana.normalize.codes import rejoin_code

    assert rejoin_code("2 08.02.2.02 0001") == "2.08.02.2.02.0001"
    assert rejoin_code("2.08 03 2.03") == "2.08.03.2.03"
    assert rejoin_code("2.08.02.2.02.0001") is None  # nothing lost
    assert rejoin_code("1,06.02.02.03.0004") == "1.06.02.02.03.0004"
    assert rejoin_code("110600:02") == "110600.02"
    assert rejoin_code("110600.110601.06.031:") == "110600.110601.06.031"
    assert rejoin_code("“1.06.07.02.01.0003") == "1.06.07.02.01.0003"  # a speck before it
    assert rejoin_code("78,5") is None  # a decimal is no code
    assert rejoin_code("2019 2024") is None and rejoin_code("12 2025 100 5") is None
    assert reread("2.08 02.2.01 0003", "code") == ("2.08.02.2.01.0003", None)
    assert reread("2.08 O2", "code") == ("2.08 O2", None)  # not a code: left as read
