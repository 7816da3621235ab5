"""IKU linkage table 2027 of the Dinas Kesehatan Kabupaten Polewali Mandar, a web page printed
by headless Chromium (``web.render_iku``), A4 landscape, Liberation Serif 6.2 pt.

Columns: "Tujuan | Indikator Tujuan (IKU Kabupaten) | Sasaran Strategis | Indikator Sasaran
| Target 2027 | Realisasi 2026 | Program | Indikator Program (Outcome) | Kegiatan / Sub
Kegiatan | Indikator Kegiatan / Sub Kegiatan (Output) | Pagu Indikatif 2027 (Rp)"; no
column-number row. One row per kegiatan or sub kegiatan line; tujuan, IKU, sasaran,
indicator, target, realisasi, program and its indicator merged down over their lines (text
at the top); rows may break across pages (the first kegiatan of 1.02.03 and its program's
name continue on page 2). What no earlier set printed: **health impact targets** — ``98
per 100.000 KH``, a lower-is-better ``≤ 14,5%``, a SAKIP grade — and **kegiatan lines
carrying their own pagu** (the sum of their sub kegiatan, bold on a grey fill) where
earlier tables left them empty. One sasaran links to two programs.

Data: tujuan, IKU, sasaran, their targets and realisasi are invented; programs, kegiatan,
sub kegiatan and indicators are ``tables/dinkes_items.tsv``'s, pagu the Renja's 2027 Jumlah
(seed 2.08 × 3.5, see ``renja``), so the two documents of this agency agree.
"""

from __future__ import annotations

from samples.blind import Built
from samples.curated import Curated
from samples.families import KEGIATAN, PROGRAM, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout28 import items
from samples.holdout28.agency import DINKES
from samples.holdout28.merge import merge_down
from samples.holdout28.renja import YEARS
from samples.sample import DocumentTruth
from samples.values import dots

TITLE = "KETERKAITAN INDIKATOR KINERJA UTAMA (IKU) DENGAN PROGRAM, KEGIATAN DAN SUB KEGIATAN"
STEM = "iku_polewalimandar_2027"
T1 = ("Meningkatnya Derajat Kesehatan Masyarakat", "Usia Harapan Hidup (UHH)")
T2 = ("Meningkatnya Akuntabilitas Kinerja Perangkat Daerah", "Nilai SAKIP Kabupaten")
LINKS = (
    (T1, "Meningkatnya Kualitas Pelayanan Kesehatan Ibu, Anak dan Pengendalian Penyakit",
     "Angka Kematian Ibu (AKI)", "98 per 100.000 KH", "117 per 100.000 KH", ("1.02.02",)),
    (T1, "Meningkatnya Ketersediaan dan Mutu Sumber Daya Kesehatan",
     "Persentase Puskesmas dengan Sembilan Jenis Tenaga Kesehatan Sesuai Standar", "85%",
     "76,47%", ("1.02.03", "1.02.04")),
    (T1, "Meningkatnya Perilaku Hidup Bersih dan Sehat Masyarakat",
     "Prevalensi Balita Stunting", "≤ 14,5%", "17,8%", ("1.02.05",)),
    (T2, "Meningkatnya Kualitas Tata Kelola Dinas Kesehatan",
     "Nilai Evaluasi SAKIP Dinas Kesehatan", "BB", "B", ("1.02.01",)),
)
"""Per sasaran: (tujuan, its IKU), sasaran, indicator, target 2027, realisasi 2026 and the
programs that serve it, in printed order."""
KEYS = ("tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian", "program",
        "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
GROUPS = ((0, 1), (2, 3, 4, 5), (6, 7))
"""Column positions merged together, each group by its own key (tujuan, sasaran, program)."""


def _lines(program: str, rows: list[dict[str, str]]) -> list[int]:
    """Positions of the kegiatan and sub kegiatan lines of one program."""
    return [n for n, r in enumerate(rows) if r["code"].startswith(f"{program}.")]


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line)."""
    rows = items.load("dinkes_items", "2.08")
    pagu = items.pagu(rows, YEARS["2027"])
    programs = {r["code"]: r for r in rows if r["level"] == PROGRAM}
    lines, bold = [], set()
    for n, (tujuan, sasaran, indikator, target, realisasi, codes) in enumerate(LINKS):
        for code in codes:
            program = programs[code]
            for m in _lines(code, rows):
                if rows[m]["level"] == KEGIATAN:
                    bold.add(len(lines))
                cells = (*tujuan, sasaran, indikator, target, realisasi, program["name"],
                         program["indikator"], rows[m]["name"], rows[m]["indikator"],
                         str(pagu[m]))
                lines.append((cells, (tujuan, n, (n, code))))
    curated = Curated(KEYS, tuple(merge_down(lines, GROUPS)))
    body = tuple(tuple(dots(int(c)) if k == "anggaran" else c for k, c in zip(KEYS, r,
                                                                             strict=True))
                 for r in curated.rows)
    heads = ("Tujuan", "Indikator Tujuan (IKU Kabupaten)", "Sasaran Strategis",
             "Indikator Sasaran", "Target 2027", "Realisasi 2026", "Program",
             "Indikator Program (Outcome)", "Kegiatan / Sub Kegiatan",
             "Indikator Kegiatan / Sub Kegiatan (Output)", "Pagu Indikatif 2027 (Rp)")
    table = Table((tuple(Head(h) for h in heads),),
                  (10, 9, 12, 12, 8, 8, 13, 14, 17, 17, 10), "llllccllllr", body,
                  bold=frozenset(bold))
    doc = Document(STEM,
                   Page(297, 210, "LiberationSerif", 6.2, margin_mm=10,
                        page_numbers="Hal. {n}"),
                   (TITLE, f"{DINKES.name.upper()} {DINKES.region.upper()}", "TAHUN 2027"),
                   (table,), (f"{DINKES.town}, 15 Januari 2027", *DINKES.sign))
    info = DocumentTruth("iku_linkage", TITLE, DINKES.name, DINKES.region, None, 2027, 2027)
    return doc, info, (("iku_links", iku_links(curated)),)
