"""Tabel Keterkaitan IKU dengan Program dan Kegiatan 2026 of the Dinas Pemberdayaan
Masyarakat dan Desa Kabupaten Mamuju Tengah (Sulawesi Barat), printed by headless Chromium,
F4 landscape, Liberation Sans 6.6 pt, thin grey grid, grey header band repeated per page.

What no earlier IKU table did: programs, kegiatan and sub kegiatan share **one** column,
"Program / Kegiatan / Sub Kegiatan", told apart only by type — program **bold**, kegiatan
*italic* indented one step, sub kegiatan upright indented two steps — with NO "Level"
column and no codes. Their indicators share the next column, and "Pagu (Rp)" prints an
amount on every line: a program's and a kegiatan's are the totals of the lines under them.
Tujuan, IKU, sasaran, indicator, target and capaian are row-spanning cells (text at the top).

Data: **invented** for a DPMD (urusan 2.13, names in the 2021 nomenclature's wording):
tujuan, IKU, sasaran, indicators, targets, program / kegiatan / sub kegiatan, sub kegiatan
pagu (program and kegiatan pagu are their sums), signatory.
"""

from __future__ import annotations

from pathlib import Path

from samples.blind import Built
from samples.curated import MERGED, Curated
from samples.families import KEGIATAN, PROGRAM, SUB, iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout7.web import CSS_FONT, PAD_X, PAD_Y, html_page, print_document
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Pemberdayaan Masyarakat dan Desa"
REGION = "Kabupaten Mamuju Tengah"
TITLE = "TABEL KETERKAITAN INDIKATOR KINERJA UTAMA (IKU) DENGAN PROGRAM DAN KEGIATAN"
TUJUAN = ("Meningkatkan kemandirian desa dan keberdayaan masyarakat desa",
          "Indeks Desa Membangun (IDM) Kabupaten")

Sub = tuple[str, str, int]
Kegiatan = tuple[str, str, tuple[Sub, ...]]
Program = tuple[str, str, tuple[Kegiatan, ...]]
Sasaran = tuple[str, str, str, str, tuple[Program, ...]]

PLAN: tuple[Sasaran, ...] = (
    ("Meningkatnya status kemandirian desa", "Persentase desa berstatus Maju dan Mandiri",
     "38,50%", "31,20%", (
         ("PROGRAM ADMINISTRASI PEMERINTAHAN DESA",
          "Persentase desa yang tertib administrasi pemerintahan desa", (
              ("Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa",
               "Jumlah desa yang dibina penyelenggaraan administrasinya", (
                   ("Fasilitasi Penyusunan Perencanaan Pembangunan Desa",
                    "Jumlah desa yang difasilitasi penyusunan RPJMDes dan RKPDes", 186_450_000),
                   ("Fasilitasi Pengelolaan Keuangan Desa",
                    "Jumlah desa yang difasilitasi pengelolaan keuangan desa", 243_780_500),
                   ("Pembinaan dan Pengawasan Pengelolaan Dana Desa dan Alokasi Dana Desa",
                    "Jumlah laporan monitoring penyaluran Dana Desa", 312_905_000),
               )),
              ("Fasilitasi Penyelenggaraan Pemerintahan Desa",
               "Jumlah aparatur pemerintah desa yang difasilitasi", (
                   ("Peningkatan Kapasitas Aparatur Pemerintah Desa",
                    "Jumlah aparatur desa yang mengikuti pelatihan", 418_260_000),
                   ("Fasilitasi Penyelenggaraan Pemilihan Kepala Desa Serentak",
                    "Jumlah desa penyelenggara pemilihan kepala desa", 97_640_000),
                   ("Fasilitasi Badan Permusyawaratan Desa",
                    "Jumlah anggota BPD yang dibina", 128_115_000),
               )),
          )),
         ("PROGRAM PENATAAN DESA", "Persentase desa yang batas wilayahnya telah ditetapkan", (
             ("Penyelenggaraan Penataan Desa",
              "Jumlah desa yang difasilitasi penataannya", (
                  ("Fasilitasi Penetapan dan Penegasan Batas Desa",
                   "Jumlah desa yang batasnya ditegaskan", 264_330_000),
                  ("Penyusunan Profil Desa dan Kelurahan",
                   "Jumlah dokumen profil desa yang disusun", 71_480_000),
                  ("Pendataan dan Pemutakhiran Indeks Desa",
                   "Jumlah desa yang diukur status Indeks Desa", 155_200_250),
              )),
         )),
     )),
    ("Meningkatnya keberdayaan lembaga kemasyarakatan dan ekonomi desa",
     "Persentase lembaga kemasyarakatan desa yang aktif", "72,00%", "65,40%", (
         ("PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT",
          "Persentase lembaga kemasyarakatan desa yang berfungsi", (
              ("Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa "
               "dan Lembaga Adat Tingkat Daerah Kabupaten/Kota",
               "Jumlah lembaga kemasyarakatan dan lembaga adat yang diberdayakan", (
                   ("Peningkatan Kapasitas Kelembagaan Lembaga Kemasyarakatan Desa/Kelurahan "
                    "(RT, RW, PKK, Posyandu, LPM, dan Karang Taruna)",
                    "Jumlah lembaga kemasyarakatan desa yang ditingkatkan kapasitasnya",
                    207_950_000),
                   ("Fasilitasi Tim Penggerak PKK dalam Penyelenggaraan Gerakan Pemberdayaan "
                    "Masyarakat dan Kesejahteraan Keluarga",
                    "Jumlah kegiatan Tim Penggerak PKK yang difasilitasi", 385_000_000),
                   ("Pemberdayaan Masyarakat Hukum Adat",
                    "Jumlah komunitas masyarakat hukum adat yang dibina", 64_725_000),
               )),
              ("Pemberdayaan Masyarakat dalam Pengembangan Teknologi Tepat Guna",
               "Jumlah posyantek desa yang aktif", (
                   ("Fasilitasi Gelar Teknologi Tepat Guna Tingkat Kabupaten",
                    "Jumlah inovasi teknologi tepat guna yang dipamerkan", 89_350_000),
                   ("Pembinaan Pos Pelayanan Teknologi Tepat Guna (Posyantek)",
                    "Jumlah posyantek yang dibina", 42_600_000),
               )),
          )),
         ("PROGRAM PENINGKATAN KERJASAMA DESA",
          "Jumlah kerja sama antar desa yang terfasilitasi", (
              ("Fasilitasi Kerja Sama Antar Desa dalam 1 (Satu) Daerah Kabupaten/Kota",
               "Jumlah desa yang melaksanakan kerja sama", (
                   ("Fasilitasi Pengembangan Badan Usaha Milik Desa Bersama (BUM Desa Bersama)",
                    "Jumlah BUM Desa Bersama yang difasilitasi", 133_870_000),
                   ("Fasilitasi Kerja Sama Antar Desa di Bidang Pelayanan Dasar",
                    "Jumlah naskah kerja sama antar desa", 58_940_000),
               )),
          )),
     )),
)
KEYS = ("tujuan", "iku_kota", "sasaran", "indikator", "target", "capaian", "program",
        "indikator_program", "kegiatan", "indikator_kegiatan", "anggaran")
"""Curated keys of the truth's source rows (families.iku_links)."""


def _lines() -> list[tuple[str, str, str, int, tuple[str, ...]]]:
    """Every printed line: level, name, indicator, pagu and its sasaran block's cells
    (``^`` after the block's first line). Program and kegiatan pagu sum their subs."""
    out = []
    for n, (sasaran, indikator, target, capaian, programs) in enumerate(PLAN, start=1):
        block: tuple[str, ...] = (str(n), *(TUJUAN if n == 1 else (MERGED,) * 2), sasaran,
                                  indikator, target, capaian)
        for program, p_ind, kegiatan in programs:
            total = sum(pagu for _, _, subs in kegiatan for *_, pagu in subs)
            out.append((PROGRAM, program, p_ind, total, block))
            block = (MERGED,) * len(block)
            for name, k_ind, subs in kegiatan:
                out.append((KEGIATAN, name, k_ind, sum(s[2] for s in subs), block))
                out += [(SUB, sub, s_ind, pagu, block) for sub, s_ind, pagu in subs]
    return out


def _truth_rows() -> Curated:
    """The printed lines in iku_links' curated form: a program line names the program of
    the lines below it (no row of its own); kegiatan and sub kegiatan lines are rows."""
    rows = []
    for level, name, indikator, pagu, block in _lines():
        item = ((name, indikator, "", "", "") if level == PROGRAM
                else (MERGED, MERGED, name, indikator, str(pagu)))
        rows.append((*block[1:], *item))
    return Curated(KEYS, tuple(rows))


def _css(doc: Document) -> str:
    """Thin grey grid; each line's level by type and indent: nth-last-child(3) is the
    item cell (the last three cells of every row are never row-spanning)."""
    page, face = doc.page, CSS_FONT[doc.page.font]
    footer = page.page_numbers.replace("{n}", '" counter(page) "')
    style = {PROGRAM: "font-weight: bold;", KEGIATAN: "font-style: italic;", SUB: ""}
    indent = {PROGRAM: 0, KEGIATAN: 9, SUB: 18}
    rows = "".join(
        f"tbody tr:nth-child({n}) td:nth-last-child(-n+3) {{ {style[level]} }}\n"
        f"tbody tr:nth-child({n}) td:nth-last-child(3) "
        f"{{ padding-left: {PAD_X + indent[level]}pt; }}\n"
        for n, (level, *_) in enumerate(_lines(), start=1))
    return f"""
@page {{ size: {page.width_mm}mm {page.height_mm}mm; margin: {page.margin_mm}mm;
  @bottom-right {{ content: "{footer}"; font-family: "{face}"; font-size: {page.size}pt; }} }}
body {{ font-family: "{face}"; font-size: {page.size}pt; margin: 0; line-height: 1.3; }}
.heading {{ text-align: center; font-weight: bold; font-size: {page.size + 2.5}pt;
  margin-bottom: 10pt; }}
.text {{ margin: 3pt 0; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th, td {{ border: 0.4pt solid #666; padding: {PAD_Y}pt {PAD_X}pt; vertical-align: top; }}
th {{ background: #d9d9d9; font-weight: bold; text-align: center; vertical-align: middle; }}
thead {{ display: table-header-group; }}
.sign {{ margin: 16pt 0 0 64%; text-align: center; break-inside: avoid; }}
.gap {{ height: 30pt; }}
{rows}"""


def render(doc: Document, path: Path) -> None:
    """Print ``doc`` with this table's typographic levels (``holdout7.web``'s page)."""
    print_document(doc, html_page(doc, _css(doc)), path)


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line)."""
    body = tuple((*block, name, indikator, dots(pagu))
                 for _, name, indikator, pagu, block in _lines())
    header = tuple(Head(t) for t in (
        "No", "Tujuan RPJMD", "Indikator Tujuan (IKU Kabupaten)", "Sasaran Strategis",
        "Indikator Kinerja Sasaran", "Target 2026", "Capaian 2025",
        "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja Program / Kegiatan / Sub "
        "Kegiatan", "Pagu (Rp)"))
    table = Table((header,), (3, 11, 10, 11, 11, 6, 6, 26, 20, 10), "cllllccllr", body)
    doc = Document("iku_mamuju_tengah_2026",
                   Page(330, 215, "LiberationSans", 6.6, margin_mm=12,
                        page_numbers="Halaman {n}"),
                   (TITLE, f"{AGENCY.upper()} {REGION.upper()}", "TAHUN 2026"),
                   (table,),
                   ("Tobadak, 20 Januari 2026", "Kepala Dinas Pemberdayaan Masyarakat dan Desa",
                    "Kabupaten Mamuju Tengah", "", "", "MUHAMMAD ARSYAD LATIF, S.STP., M.Si.",
                    "Pembina Tingkat I", "NIP. 19780912 199712 1 002"))
    info = DocumentTruth("iku_linkage", TITLE, AGENCY, REGION, None, 2026, 2026)
    return doc, info, (("iku_links", iku_links(_truth_rows())),)
