"""Renstra 2025-2029 of the Dinas Sosial dan Pemberdayaan Perempuan Kabupaten Magelang as
the whole published document, printed by headless Chromium (``web``): A4 portrait,
Liberation Serif, cover, Kata Pengantar, Daftar Isi, BAB I-VIII with prose, a staff table
(Tabel 2.1), a budget-realisation table (Tabel 2.2) and a SWOT matrix (Tabel 3.1) that are not plan
tables, then

- Tabel 4.1 "Tujuan dan Sasaran Jangka Menengah beserta Indikator dan Target Kinerja"
  (portrait, on the chapter's own page) → ``renstra_targets``;
- Tabel 6.1 "Rencana Program, Kegiatan dan Pendanaan" on **landscape pages (a named CSS
  page) inside the portrait document**, continued as "Lanjutan Tabel 6.1", no column-number
  row, a "Tahun 20xx" band over Target | Rp per year, an urusan row per bidang urusan and a
  closing JUMLAH row → ``plan_items`` (one row per item per year);

and a signature under BAB VIII. Footer folios "- n -" (roman in the front matter).

Data: seed 002's Tabel 4.4 (``renstra_t44``), its 2020-2024 targets printed under
2025-2029; seed 001's program and kegiatan with official codes (``renja2023_kode``).
**Invented**: the agency's name and region, the period, the program/kegiatan targets
(percent, rising two points a year) and pagu (the seed's sub kegiatan amounts grown 6 % a
year, rounded to a thousand, summed per kegiatan and program), all narrative figures.
"""

from __future__ import annotations

from samples import curated
from samples.curated import Curated
from samples.families import Row, plan_items, renstra_targets
from samples.holdout5.data import grown, rollup
from samples.holdout6.model import Head
from samples.holdout16 import prose
from samples.holdout16.book import Book, Grid, Sheet, Sign, Text, book, continued
from samples.sample import DocumentTruth
from samples.values import dots

AGENCY = "Dinas Sosial dan Pemberdayaan Perempuan"
REGION = "Kabupaten Magelang"
KIND = ("RENCANA STRATEGIS", "(RENSTRA)", "TAHUN 2025-2029")
YEARS = tuple(range(2025, 2030))
SEED_YEARS = ("y2020", "y2021", "y2022", "y2023", "y2024")
SIGN = Sign(("Kota Mungkid, 15 Juli 2025", "KEPALA DINAS SOSIAL DAN", "PEMBERDAYAAN PEREMPUAN",
             "KABUPATEN MAGELANG", "", "Drs. BAMBANG SURYO WIBOWO, M.Si.",
             "Pembina Utama Muda", "NIP. 19700412 199503 1 004"))
PLAN_PAGES = (11, 12, 7)
"""Rows of Tabel 6.1 per landscape page."""


def _targets() -> tuple[Grid, list[Row]]:
    data = curated.load("renstra_t44")
    years = dict(zip(SEED_YEARS, YEARS, strict=True))
    keys = ("no", "tujuan", "sasaran", "indikator", *SEED_YEARS)
    body = tuple(tuple(row[data.column(k)] for k in keys) for row in data.rows)
    header = ((Head("No", rowspan=2), Head("Tujuan", rowspan=2), Head("Sasaran", rowspan=2),
               Head("Indikator Kinerja Tujuan/Sasaran", rowspan=2),
               Head("Target Kinerja Tujuan/Sasaran pada Tahun", colspan=5)),
              tuple(Head(str(y)) for y in YEARS))
    grid = Grid(header, (5, 22, 24, 27, 8, 8, 8, 8, 8), "clllccccc", body, numbers=True)
    return grid, renstra_targets(data, years)


def _target(level: str, n: int, year: int) -> str:
    return f"{(70 if level == 'program' else 80) + n % 4 * 3 + 2 * year}%"


def _plan_rows() -> list[tuple[str, ...]]:
    """Curated Tabel 6.1 rows: (level, code, name, indikator, target/pagu per year)."""
    seed = curated.load("renja2023_kode").filled()
    items = [r for r in seed if r["code"]]
    subs = [int(r["budget"]) for r in items if r["level"] == "sub_kegiatan"]
    pagu = [rollup(items, [grown(b, 1.06 ** y) for b in subs]) for y in range(len(YEARS))]
    rows: list[tuple[str, ...]] = []
    for n, item in enumerate(items):
        if item["level"] == "sub_kegiatan":
            continue
        if not item["level"]:
            stop = next((m for m in range(n + 1, len(items)) if not items[m]["level"]),
                        len(items))
            totals = [str(sum(p[m] for m in range(n + 1, stop)
                              if items[m]["level"] == "program")) for p in pagu]
            rows.append(("", item["code"], item["name"], "",
                         *(c for t in totals for c in ("", t))))
            continue
        rows.append((item["level"], item["code"], item["name"], item["indikator"],
                     *(c for y in range(len(YEARS))
                       for c in (_target(item["level"], n, y), str(pagu[y][n])))))
    sums = [str(sum(int(r[5 + 2 * y]) for r in rows if r[0] == "program"))
            for y in range(len(YEARS))]
    return [*rows, ("", "", "JUMLAH", "", *(c for s in sums for c in ("", s)))]


def _plan() -> tuple[Grid, list[Row]]:
    rows = _plan_rows()
    body = tuple((r[1], r[2], r[3], *(dots(int(c)) if k % 2 and c else c
                                     for k, c in enumerate(r[4:])))
                 if r[2] != "JUMLAH" else ("JUMLAH", "<", "<", *(
                     dots(int(c)) if c else "" for c in r[4:])) for r in rows)
    header = ((Head("Kode", rowspan=2), Head("Program dan Kegiatan", rowspan=2),
               Head("Indikator Kinerja Program (Outcome) dan Kegiatan (Output)", rowspan=2),
               *(Head(f"Tahun {y}", colspan=2) for y in YEARS)),
              tuple(Head(h) for _ in YEARS for h in ("Target", "Rp")))
    grid = Grid(header, (12, 26, 30, *(7, 14) * len(YEARS)), "lll" + "cr" * len(YEARS), body,
                frozenset(n for n, r in enumerate(rows) if r[0] in ("", "program")))
    columns = ("level", "code", "name", "indikator",
               *(f"{k}_{y}" for y in YEARS for k in ("target", "budget")))
    return grid, plan_items(Curated(columns, tuple(rows)), {str(y): y for y in YEARS})


def build() -> tuple[Book, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The whole Renstra and its truth: Tabel 4.1 targets, Tabel 6.1 plan items."""
    targets, target_rows = _targets()
    plan, plan_rows = _plan()
    name = f"Rencana Strategis {AGENCY} {REGION} Tahun 2025-2029"
    body = [
        Sheet(prose.chapter("I", "PENDAHULUAN", Text("1.1 Latar Belakang", "h2"), Text(
            f"Rencana Strategis (Renstra) {AGENCY} merupakan dokumen perencanaan untuk "
            "periode lima tahun yang memuat tujuan, sasaran, strategi, arah kebijakan, "
            "program dan kegiatan pembangunan sesuai dengan tugas dan fungsi perangkat "
            "daerah, berpedoman pada RPJMD Kabupaten Magelang Tahun 2025-2029."),
            Text("1.2 Landasan Hukum", "h2"), Text(
            "Penyusunan Renstra berpedoman pada Undang-Undang Nomor 23 Tahun 2014 tentang "
            "Pemerintahan Daerah dan Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 "
            "tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah."),
            Text("1.3 Sistematika Penulisan", "h2"), Text(
            "Dokumen ini terdiri atas delapan bab: pendahuluan, gambaran pelayanan, "
            "permasalahan dan isu strategis, tujuan dan sasaran, strategi dan arah "
            "kebijakan, rencana program dan kegiatan serta pendanaan, kinerja "
            "penyelenggaraan bidang urusan, dan penutup.")),
            entry=prose.entry("I", "PENDAHULUAN")),
        Sheet(prose.chapter("II", "GAMBARAN PELAYANAN PERANGKAT DAERAH", Text(
            "Pada akhir tahun 2024 jumlah pegawai dinas tercatat sebagaimana tabel berikut, "
            "sedangkan realisasi anggaran lima tahun terakhir menunjukkan penyerapan yang "
            "terus meningkat."), prose.staff("2.1", 9), prose.realisation("2.2", 2020,
                                                                          6_245_500_000)),
            entry=prose.entry("II", "GAMBARAN PELAYANAN PERANGKAT DAERAH")),
        Sheet(prose.chapter("III", "PERMASALAHAN DAN ISU STRATEGIS", Text(
            "Isu strategis dirumuskan dari analisis lingkungan internal dan eksternal "
            "sebagaimana disajikan pada Tabel 3.1."), prose.swot(
                "3.1", ("Tersedianya regulasi daerah tentang kesejahteraan sosial",
                        "Adanya pendamping sosial di setiap kecamatan"),
                ("Terbatasnya sarana dan prasarana panti sosial",
                 "Data terpadu kesejahteraan sosial belum mutakhir"),
                ("Dukungan program nasional perlindungan sosial",
                 "Kemitraan dengan dunia usaha dan perguruan tinggi"),
                ("Meningkatnya kasus kekerasan terhadap perempuan dan anak",
                 "Kerawanan bencana alam di lereng Merapi"))),
            entry=prose.entry("III", "PERMASALAHAN DAN ISU STRATEGIS")),
        Sheet(prose.chapter("IV", "TUJUAN DAN SASARAN", Text(
            "Tujuan dan sasaran jangka menengah beserta indikator dan target kinerjanya "
            "ditetapkan sebagai berikut."), Text("Tabel 4.1", "c"), Text(
            "Tujuan dan Sasaran Jangka Menengah beserta Indikator dan Target Kinerja", "c"),
            targets), entry=prose.entry("IV", "TUJUAN DAN SASARAN")),
        Sheet(prose.chapter("V", "STRATEGI DAN ARAH KEBIJAKAN", Text(
            "Strategi ditempuh melalui peningkatan kualitas layanan rehabilitasi sosial, "
            "penguatan data terpadu, serta pelembagaan pengarusutamaan gender dan "
            "pemenuhan hak anak pada seluruh perangkat daerah dan desa.")),
            entry=prose.entry("V", "STRATEGI DAN ARAH KEBIJAKAN")),
        *continued("6.1", "Rencana Program, Kegiatan dan Pendanaan " + AGENCY, plan,
                   PLAN_PAGES, landscape=True, before=prose.chapter(
                       "VI", "RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN"),
                   entry=prose.entry("VI", "RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN")),
        Sheet(prose.chapter("VII", "KINERJA PENYELENGGARAAN BIDANG URUSAN", Text(
            "Indikator kinerja yang mengacu pada tujuan dan sasaran RPJMD adalah indikator "
            "pada Tabel 4.1; capaiannya dievaluasi setiap tahun melalui laporan kinerja."),
            Text("", "c"), *prose.chapter("VIII", "PENUTUP", Text(
                "Renstra ini menjadi pedoman penyusunan Rencana Kerja tahunan. Keberhasilan "
                "pelaksanaannya memerlukan komitmen seluruh aparatur dan dukungan para "
                "pemangku kepentingan.")), SIGN),
            entry=prose.entry("VII", "KINERJA PENYELENGGARAAN BIDANG URUSAN")),
    ]
    doc = book("renstra_magelang_2025_2029", ((210, 297), "LiberationSerif", 7, 18),
               prose.cover(KIND, AGENCY, REGION, "KOTA MUNGKID, 2025"),
               prose.foreword(name, "", "", SIGN), body, "- {n} -")
    info = DocumentTruth("renstra", " ".join(KIND), AGENCY, REGION, None, 2025, 2029)
    return doc, info, (("renstra_targets", target_rows), ("plan_items", plan_rows))
