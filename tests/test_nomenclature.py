"""Registry loading, printed codes and the matching key, checked against the shipped registry."""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd
import pytest

from rencana.normalize.key import name_key, vocabulary_of
from rencana.normalize.nomenclature import Registry, is_old_code


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


@pytest.fixture(scope="module")
def vocabulary(registry: Registry) -> frozenset[str]:
    return vocabulary_of(e.name for e in registry.entries())


def test_registry_counts_match_the_readme(registry: Registry) -> None:
    levels = [e.level for e in registry.entries()]
    assert (levels.count("program"), levels.count("kegiatan"), levels.count("sub_kegiatan")) \
        == (17, 46, 244)


def test_support_program_applies_to_every_bidang_by_prefix(registry: Registry) -> None:
    stored = registry.by_code["1.06.01.2.06.0001"]
    for bidang in ("2.08", "2.13"):
        copy = registry.by_code[f"{bidang}.01.2.06.0001"]
        assert copy.name == stored.name
        assert copy.parent_id == f"{bidang}.01.2.06"
        assert copy.template_id == "1.06.01.2.06.0001"
    assert registry.by_code["2.13.01"].parent_id == "2.13"
    assert "2.08.02.2.01.0001" in registry.by_code
    assert "2.08.02.2.01.0001" not in {e.template_id for e in registry.by_code.values()}


def test_frame_is_the_contract_table(registry: Registry) -> None:
    frame = registry.frame()
    assert list(frame.columns) == ["canonical_id", "level", "name", "parent_id", "source"]
    assert set(frame["level"]) == {"program", "kegiatan", "sub_kegiatan"}
    assert frame["canonical_id"].is_unique
    assert set(frame["source"]) == {"official"}
    # 307 stored rows plus the 118 support-program rows copied to 2.08 and 2.13
    assert len(frame) == 307 + 2 * 118
    row = frame.set_index("canonical_id").loc["1.06.04.2.01"]
    assert row["parent_id"] == "1.06.04"
    assert pd.isna(frame.set_index("canonical_id").loc["1.06.04", "parent_id"])


@pytest.mark.parametrize(("printed", "expected", "clean"), [
    ("1.06.04.2.01.0001", "1.06.04.2.01.0001", True),
    ("1.06.04.02.01.0001", "1.06.04.2.01.0001", True),     # authority digit as 02
    ("1.06.04.2.01.01", "1.06.04.2.01.0001", True),        # 2019-style 2-digit sub code
    ("2.08.01.2.06.0001", "2.08.01.2.06.0001", True),      # support program of bidang 2.08
    ("1.O6.04.2.0l.0001", "1.06.04.2.01.0001", False),     # OCR O/0 and l/1
    ("1 06 04 2 01 0001", "1.06.04.2.01.0001", True),      # groups printed with spaces
    ("106042010001", "1.06.04.2.01.0001", False),
])
def test_codes_resolve(registry: Registry, printed: str, expected: str, clean: bool) -> None:
    entry, read_clean = registry.lookup_code(printed)
    assert entry is not None and entry.canonical_id == expected
    assert read_clean is clean


@pytest.mark.parametrize("printed", ["1.06.04.2.01.9999", "1.01.01.21.01", "110600.110601.16.017",
                                     "", None, "abc"])
def test_codes_that_name_nothing(registry: Registry, printed: str | None) -> None:
    assert registry.lookup_code(printed) == (None, False)


@pytest.mark.parametrize(("read", "printed"), [
    ("1.06.64.2.02", "1.06.04.2.02"), ("1.06.04.2.02.0603", "1.06.04.2.02.0003"),
    ("1.06.97.2.01.0001", "1.06.07.2.01.0001"), ("1.06.02.2.03.8005", "1.06.02.2.03.0005"),
    ("1.06.02.02.63.0005", "1.06.02.02.03.0005"),  # its printed spelling kept
    # In the registry as read, in an urusan it does not hold, or no reading names one.
    ("1.06.04.2.02.0003", None), ("1.02.01", None), ("1.06.99", None), ("Program", None),
])
def test_a_zero_a_blot_turned_into_a_six_eight_or_nine_is_put_back_when_one_entry_fits(
        registry: Registry, read: str, printed: str | None) -> None:
    assert registry.look_alike_code(read) == printed


@pytest.mark.parametrize(("code", "old"), [
    ("110600.110601.16.017", True), ("110600.01", True), ("116000-110001-30-0416", True),
    ("11000.110001.00.002", True), ("1.06.04.2.01.0001", False), ("2019-2024", False),
])
def test_old_codes_are_recognised(code: str, old: bool) -> None:
    assert is_old_code(code) is old


def test_no_two_official_names_share_a_key(registry: Registry,
                                           vocabulary: frozenset[str]) -> None:
    """Entries may share a key only when their wording is the same (case/punctuation aside)."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for entry in registry.entries():
        plain = " ".join(re.sub(r"[^0-9a-z]+", " ", entry.name.lower()).split())
        by_key[name_key(entry.name, vocabulary)].add(plain.removeprefix("program "))
    clashes = {k: v for k, v in by_key.items() if len(v) > 1}
    assert clashes == {}
    assert len(by_key) > 250


def test_key_is_idempotent_over_the_registry(registry: Registry,
                                             vocabulary: frozenset[str]) -> None:
    for entry in registry.entries():
        key = name_key(entry.name, vocabulary)
        assert name_key(key, vocabulary) == key


@pytest.mark.parametrize(("printed", "official"), [
    ("PROGRAM PEMBERDAYAAN SOSIAL", "Pemberdayaan Sosial"),
    ("3.2.1. Penyediaan Permakanan", "Penyediaan Permakanan"),
    ("- 1.06.04.2.01.0001 Penyediaan Permakanan", "Penyediaan Permakanan"),
    ("110600.110601.16.017 Penyediaan Permakanan", "Penyediaan Permakanan"),
    ("Penyediaan Data Gender dan Anak di Kewenangan Kab./Kota",
     "Penyediaan Data Gender dan Anak di Kewenangan Kabupaten/Kota"),
    ("Penyediaan Data Gender dan Anak di Kewenangan Kabupaten/ Kota",
     "Penyediaan Data Gender dan Anak di Kewenangan Kab/Kota"),
    ("Pengumpulan, Pengolahan Analisis & Penyajian Data",
     "Pengumpulan Pengolahan Analisis dan Penyajian Data"),
    ("Prosentase PMKS", "Persentase PMKS"),
    ("Presentase PMKS", "Percentase PMKS"),
    ("Pemberdayaan Sos1al", "Pemberdayaan Sosial"),
    ("Data Fakir Miskin Cakupan Daerali", "Data Fakir Miskin Cakupan Daerah"),
    ("Penyediaan Perrnakanan", "Penyediaan Permakanan"),
    ("Pemeliharaan Anak-Anak Terlantar", "PEMELIHARAAN ANAK ANAK TERLANTAR"),
    ("Pengel0laan Data Fakir Miskin", "Pengelolaan Data Fakir Miskin"),
])
def test_key_removes_meaningless_differences(vocabulary: frozenset[str], printed: str,
                                             official: str) -> None:
    assert name_key(printed, vocabulary) == name_key(official, vocabulary)


def test_ocr_repair_needs_a_unique_known_word(vocabulary: frozenset[str]) -> None:
    assert "sosial" in vocabulary
    assert name_key("Sos1al", vocabulary) == "sosial"
    assert name_key("Sos1al") == "sos1al"              # no vocabulary, no guessing
    assert name_key("Penyediaan Xyzqw", vocabulary) == "penyediaan xyzqw"
    assert name_key("", vocabulary) == "" and name_key(None, vocabulary) == ""
