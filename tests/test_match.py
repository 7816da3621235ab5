"""The matching cascade: code, exact, fuzzy, parents, derived ids and overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from rencana.normalize.matcher import Matcher, derived_id
from rencana.normalize.nomenclature import Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


@pytest.fixture
def matcher(registry: Registry) -> Matcher:
    """No overrides: these tests are about the automatic decisions."""
    return Matcher(registry)


def test_printed_code_goes_straight_to_the_registry(matcher: Matcher) -> None:
    result = matcher.match("Penyediaan Permakanan", "sub_kegiatan", code="1.06.04.02.01.0001")
    assert (result.canonical_id, result.method, result.status) == \
        ("1.06.04.2.01.0001", "code", "auto")


def test_code_and_name_that_disagree_go_to_review(matcher: Matcher) -> None:
    result = matcher.match("Pengadaan Mebel", "sub_kegiatan", code="1.06.04.2.01.0001")
    assert (result.method, result.status) == ("code", "review")


def test_garbled_code_is_used_only_when_the_name_agrees(matcher: Matcher) -> None:
    agrees = matcher.match("Penyediaan Permakanan", "sub_kegiatan", code="1.O6.04.2.0l.0001")
    assert (agrees.canonical_id, agrees.method, agrees.status) == \
        ("1.06.04.2.01.0001", "code", "auto")
    # the repaired code names another entry than the printed name: the name decides
    other = matcher.match("Penyediaan Gaji dan Tunjangan ASN", "sub_kegiatan",
                          code="1.O6.04.2.0l.0001")
    assert (other.canonical_id, other.method) == ("1.06.01.2.02.0001", "exact")


def test_support_program_code_of_another_bidang(matcher: Matcher) -> None:
    result = matcher.match("Penyediaan Gaji dan Tunjangan ASN", "sub_kegiatan",
                           code="2.13.01.2.02.0001")
    assert result.canonical_id == "2.13.01.2.02.0001"
    by_parent = matcher.match("Penyediaan Gaji dan Tunjangan ASN", "sub_kegiatan",
                              parent_code="2.08.01.2.02")
    assert (by_parent.canonical_id, by_parent.status) == ("2.08.01.2.02.0001", "auto")
    fuzzy = matcher.match("Penyediaan Gaji dan Tunjangan AS N", "sub_kegiatan",
                          parent_code="2.08.01.2.02")
    assert (fuzzy.canonical_id, fuzzy.method) == ("2.08.01.2.02.0001", "fuzzy")


def test_label_word_program_is_ignored(matcher: Matcher) -> None:
    result = matcher.match("REHABILITASI SOSIAL", "program")
    assert (result.canonical_id, result.method, result.status) == ("1.06.04", "exact", "auto")


def test_same_name_under_two_kegiatan_needs_the_parent(matcher: Matcher) -> None:
    alone = matcher.match("Penyediaan Permakanan", "sub_kegiatan")
    assert alone.status == "review"
    assert {c[0] for c in alone.candidates} == {"1.06.04.2.01.0001", "1.06.04.2.02.0003"}
    for parent, expected in (("1.06.04.2.01", "1.06.04.2.01.0001"),
                             ("1.06.04.2.02", "1.06.04.2.02.0003")):
        result = matcher.match("Penyediaan Permakanan", "sub_kegiatan", parent_code=parent)
        assert (result.canonical_id, result.status) == (expected, "auto")


def test_parent_disambiguates_a_damaged_duplicate(matcher: Matcher) -> None:
    alone = matcher.match("Pemberian ke Akses Layanan Pendidikan dan Kesehatan Dasar",
                          "sub_kegiatan")
    assert alone.status == "review"
    inside = matcher.match("Pemberian ke Akses Layanan Pendidikan dan Kesehatan Dasar",
                           "sub_kegiatan", parent_code="1.06.04.2.01")
    assert (inside.canonical_id, inside.status) == ("1.06.04.2.01.0008", "auto")


@pytest.mark.parametrize(("printed", "level", "expected"), [
    ("PROGRAM PEMERDAYAAN SOSIAL", "program", "1.06.02"),
    ("Pelebagaan Pengarusutamaan Gender (PUG) pada Lembaga Pemerintah Kewenangan "
     "Kabupaten/Kota", "kegiatan", "2.08.02.2.01"),
    ("Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban "
     "HIV/Aids dan Napza di Luar Pantli Sosial", "kegiatan", "1.06.04.2.02"),
    ("Penyediaan Barang Cetak dan Penggandaan", "sub_kegiatan", "1.06.01.2.06.0005"),
])
def test_document_typos_are_matched_automatically(matcher: Matcher, printed: str, level: str,
                                                  expected: str) -> None:
    result = matcher.match(printed, level)
    assert (result.canonical_id, result.method, result.status) == (expected, "fuzzy", "auto")


@pytest.mark.parametrize("printed", [
    "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    "PROGRAM PENGELOLAAN PELAYARAN",
])
def test_other_urusan_programs_stay_unmatched(matcher: Matcher, printed: str) -> None:
    result = matcher.match(printed, "program")
    assert (result.canonical_id, result.status, result.method) == (None, "unmatched", "unmatched")
    assert len(result.candidates) == 3


def test_truncated_name_goes_to_review_with_candidates(matcher: Matcher) -> None:
    result = matcher.match("Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat",
                           "sub_kegiatan")
    assert result.status == "review"
    assert result.candidates[0][0] == "1.06.02.2.03.0001"


def test_level_none_infers_the_level(matcher: Matcher) -> None:
    result = matcher.match("Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah "
                           "Kabupaten/Kota", None)
    assert (result.canonical_id, result.level) == ("1.06.02.2.03", "kegiatan")


def test_old_names_get_stable_derived_ids(registry: Registry) -> None:
    names = [("Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial", "program",
              "110600.16"),
             ("Pelayanan dan Rehabilitasi Sosial Penyandang Disabilitas", "kegiatan",
              "110600.110601.16.017")]
    first = [Matcher(registry).match(n, lv, code=c) for n, lv, c in names]
    second = [Matcher(registry).match(n.upper(), lv, code=c) for n, lv, c in reversed(names)]
    assert [r.canonical_id for r in first] == [r.canonical_id for r in reversed(second)]
    assert all(r.method == "exact" and r.canonical_id.startswith("D-") for r in first)
    assert first[1].canonical_id == derived_id("kegiatan", first[1].name_key)


def test_old_table_rows_are_derived_but_new_codes_still_win(matcher: Matcher) -> None:
    old = matcher.match("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "kegiatan",
                        old=True)
    assert (old.method, old.canonical_id[:2]) == ("exact", "D-")
    new = matcher.match("Penyediaan Permakanan", "sub_kegiatan", code="1.06.04.2.01.0001",
                        old=True)
    assert new.method == "code"
    frame = matcher.nomenclature_frame()
    assert old.canonical_id in set(frame.loc[frame["source"] == "derived", "canonical_id"])


def test_match_many_agrees_with_match(matcher: Matcher, registry: Registry) -> None:
    items = [("PROGRAM PEMERDAYAAN SOSIAL", "program", None, None),
             ("Penyediaan Permakanan", "sub_kegiatan", "1.06.04.2.02", None),
             ("PROGRAM PENGELOLAAN PELAYARAN", "program", None, None),
             ("PROGRAM PEMERDAYAAN SOSIAL", "program", None, None)]
    batch = matcher.match_many(items)
    single = [Matcher(registry).match(*item) for item in items]
    assert batch == single


def _write_overrides(path: Path, rows: list[str]) -> Path:
    path.write_text("name,level,decision,note\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_overrides_win(registry: Registry, tmp_path: Path) -> None:
    path = _write_overrides(tmp_path / "overrides.csv", [
        "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat,sub_kegiatan,"
        "1.06.02.2.03.0001,shortened in the document",
        "REHABILITASI SOSIAL,,none,checked: not this program",
        "Rapat Koordinasi,sub_kegiatan,,undecided lines are ignored",
    ])
    matcher = Matcher(registry, path)
    decided = matcher.match("peningkatan kemampuan potensi pekerja sosial masyarakat",
                            "sub_kegiatan")
    assert (decided.canonical_id, decided.method, decided.status) == \
        ("1.06.02.2.03.0001", "override", "override")
    refused = matcher.match("Rehabilitasi Sosial", "program")
    assert (refused.canonical_id, refused.status) == (None, "override")
    assert matcher.match("Rapat Koordinasi", "sub_kegiatan").status != "override"


def test_override_with_an_unknown_code_is_an_error(registry: Registry, tmp_path: Path) -> None:
    path = _write_overrides(tmp_path / "overrides.csv", ["Bimtek PPRG,,9.99.99,typo"])
    with pytest.raises(ValueError, match=r"9\.99\.99"):
        Matcher(registry, path)


def test_shipped_overrides_load() -> None:
    result = Matcher.default().match("Bimtek PPRG", "sub_kegiatan")
    assert (result.status, result.canonical_id) == ("override", None)


def test_exact_name_at_another_level_is_that_entry(matcher: Matcher) -> None:
    result = matcher.match("Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah "
                           "Kabupaten/ Kota", "sub_kegiatan")
    assert (result.canonical_id, result.level, result.method, result.status) == \
        ("1.06.02.2.03", "kegiatan", "exact", "auto")
    dual = matcher.match("Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota", None)
    assert dual.status == "review"          # a kegiatan and its own sub kegiatan


def test_derived_wording_does_not_depend_on_the_order(registry: Registry) -> None:
    spellings = ["PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN",
                 "Program Pelayanan Administrasi Perkantoran"]
    frames = []
    for order in (spellings, spellings[::-1]):
        matcher = Matcher(registry)
        matcher.match_many([(n, "program", None, "110600.01") for n in order])
        frames.append(matcher.nomenclature_frame().query("source == 'derived'"))
    assert frames[0]["name"].tolist() == frames[1]["name"].tolist() == [min(spellings)]


@pytest.mark.parametrize(("printed", "level"), [
    ("PROGRAM REHABILITASI SOSIAL", "program"),
    ("Penyediaan Permakanan", "sub_kegiatan"),         # under two kegiatan: still sub
    ("Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", None),  # both levels
    ("Rapat Koordinasi dengan Instansi terkait", None),
])
def test_level_of_a_name(matcher: Matcher, printed: str, level: str | None) -> None:
    assert matcher.level_of(printed) == level


def test_a_code_without_a_name_still_resolves(matcher: Matcher) -> None:
    result = matcher.match("", "sub_kegiatan", code="1.06.04.2.01.0001")
    assert (result.canonical_id, result.method, result.status) == \
        ("1.06.04.2.01.0001", "code", "auto")
    assert matcher.match("  ", "program").status == "unmatched"
