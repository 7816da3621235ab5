"""Document classification from the title block (extract/classify.py)."""

from __future__ import annotations

from rencana.extract.classify import classify


def test_the_title_names_the_plan_year_not_a_plan_cited_in_the_narrative_below():
    lines = ["RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2026",
             "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
             "KABUPATEN KEPULAUAN SANGIHE",
             "Berdasarkan capaian Renstra Dinas Tahun 2021-2026 serta arah kebijakan RKPD "
             "Tahun 2026 maka disusun rumusan rencana program dan kegiatan berikut ini."]
    info = classify([lines])
    assert (info.doc_type, info.year_start, info.year_end) == ("renja", 2026, 2026)


def test_a_bidang_line_belongs_to_the_title_and_any_agency_line_ends_it():
    lines = ["RENCANA AKSI TAHUN 2026", "BIDANG PENEGAKAN PERUNDANG-UNDANGAN DAERAH",
             "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN", "KABUPATEN BENGKAYANG"]
    info = classify([lines])
    assert info.title == "RENCANA AKSI TAHUN 2026 BIDANG PENEGAKAN PERUNDANG-UNDANGAN DAERAH"
    assert info.agency == "Satuan Polisi Pamong Praja dan Pemadam Kebakaran"
    assert info.unit == "PENEGAKAN PERUNDANG-UNDANGAN DAERAH"
    assert info.region == "Kabupaten Bengkayang"


def test_a_running_title_printed_beside_the_title_is_not_read_twice():
    lines = ["RENCANA STRATEGIS PERANGKAT DAERAH TAHUN 2025-2029",
             "RENCANA STRATEGIS PERANGKAT DAERAH TAHUN 2025-2029",
             "DINAS SOSIAL KOTA PANGKALPINANG"]
    info = classify([lines])
    assert info.title == "RENCANA STRATEGIS PERANGKAT DAERAH TAHUN 2025-2029"
    assert (info.year_start, info.year_end) == (2025, 2029)


def test_an_urusan_name_wrapped_in_its_group_row_is_no_unit_but_a_bidang_heading_is():
    title = ["RENCANA STRATEGIS (RENSTRA) TAHUN 2025-2029",
             "DINAS SOSIAL", "KABUPATEN TIMOR TENGAH SELATAN"]
    urusan = ["1 06 URUSAN PEMERINTAHAN 1.865.934.000 1.940.572.000", "BIDANG SOSIAL",
              "1 06 04 REHABILITASI SOSIAL Persentase Pemerlu 67,5%"]
    assert classify([title + urusan]).unit is None
    # A narrower cell wraps "URUSAN" onto a line of its own, above "PEMERINTAHAN".
    narrow = ["URUSAN", "1.06 PEMERINTAHAN 1.940.572.000 1.806.295.714 93,08", "BIDANG SOSIAL",
              "1 1.06.04 REHABILITASI SOSIAL Persentase Pemerlu 78,50%"]
    assert classify([title + narrow]).unit is None
    heading = ["RENCANA AKSI TAHUN 2026", "DINAS SOSIAL", "KOTA PROBOLINGGO", "BIDANG SOSIAL",
               "1 Rapat koordinasi"]
    assert classify([heading]).unit == "SOSIAL"
