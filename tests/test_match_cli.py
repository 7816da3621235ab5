"""``rencana match``: names on the command line and CSV in, CSV out."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
import pytest

from rencana import match_cli


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    match_cli.add_parser(parser.add_subparsers())
    args = parser.parse_args(["match", *argv])
    return args.handler(args)


def test_names_print_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["--level", "program", "PROGRAM PEMERDAYAAN SOSIAL",
                 "PROGRAM PENGELOLAAN PELAYARAN"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["name", "canonical", "id", "canonical", "name", "score",
                                "method", "status"]
    assert lines[1].split()[-4:] == ["SOSIAL", "97.3", "fuzzy", "auto"]
    assert lines[2].split()[-2:] == ["unmatched", "unmatched"]


def test_csv_in_csv_out(tmp_path: Path) -> None:
    source = tmp_path / "names.csv"
    pd.DataFrame({
        "row": ["a", "b", "c"],
        "name_raw": ["Penyediaan Permakanan", "Penyediaan Permakanan", "Pengadaan Rambu Jalan"],
        "level": ["sub_kegiatan", "sub_kegiatan", "sub_kegiatan"],
        "parent_code": ["1.06.04.2.02", "", ""],
    }).to_csv(source, index=False)
    out = tmp_path / "out" / "decisions.csv"
    assert _run(["--csv", str(source), "--out", str(out)]) == 0
    result = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(result.columns) == ["row", "name_raw", "level", "parent_code", "canonical_id",
                                    "canonical_name", "score", "method", "status"]
    assert result["canonical_id"].tolist()[0] == "1.06.04.2.02.0003"
    assert result["status"].tolist()[:2] == ["auto", "review"]
    assert result["row"].tolist() == ["a", "b", "c"]


@pytest.mark.parametrize("argv", [[], ["--csv", "x.csv"], ["NAME", "--csv", "x.csv",
                                                             "--out", "y.csv"]])
def test_usage_errors(argv: list[str]) -> None:
    assert _run(argv) == 2
