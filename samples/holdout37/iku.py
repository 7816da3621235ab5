"""Cascading IKU 2027 of the Dinas Sosial, P3A Kota Bima, printed by LibreOffice Calc
(``holdout11.calcgrid``: every cell boxed, header rows repeated by Calc), **A4 PORTRAIT**,
**Liberation Serif 5.4 pt** — thirteen columns squeezed onto an upright page, so names wrap
into tall, narrow cells.

"Tabel 2.1 Cascading Tujuan, Sasaran, Indikator Kinerja Utama ke Program dan Kegiatan":
No | Tujuan | Indikator Tujuan (IKU Kota) | Sasaran Strategis | Indikator Kinerja Sasaran |
**Formulasi / Cara Perhitungan** | band "Kinerja Sasaran" over Target 2027 | Realisasi 2026 |
Program | Indikator Program | Kegiatan / Sub Kegiatan | Indikator Kegiatan / Sub Kegiatan |
Pagu 2027 (Rp). The formula cell is merged like its indicator and is prose full of the
words and numbers a target cell holds (``x 100%``, "Pratama, Madya, Nindya, Utama"): a
column the contract lacks that looks like a target.

Data: seed 001's ``iku2023`` as curated, one item per row, spellings kept; money
``783.242.000``; kegiatan lines without an amount print blank. **Invented**: region, years
(seed target → 2027, capaian → 2026), the formulas, signatory.
"""

from __future__ import annotations

from samples import curated
from samples.blind import Built
from samples.curated import MERGED
from samples.families import iku_links
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout37.agency import AGENCY, HEAD, REGION
from samples.holdout37.lookup import by_word
from samples.sample import DocumentTruth
from samples.values import dots

TITLE = "CASCADING INDIKATOR KINERJA UTAMA (IKU) KE PROGRAM DAN KEGIATAN"
BEFORE = ("no", "tujuan", "iku_kota", "sasaran", "indikator")
AFTER = ("target", "capaian", "program", "indikator_program", "kegiatan",
         "indikator_kegiatan", "anggaran")
FORMULA = (("PMKS", "(Jumlah PMKS yang terpenuhi kebutuhan dasarnya : Jumlah PMKS yang "
                    "terdata dalam DTKS) x 100%"),
           ("Gender", "Nilai hasil evaluasi Anugerah Parahita Ekapraya (APE) oleh "
                      "Kementerian PPPA: Pratama, Madya, Utama atau Mentor"),
           ("Kekerasan", "(Jumlah kasus kekerasan terhadap perempuan dan anak yang "
                         "tertangani : Jumlah kasus yang dilaporkan) x 100%"),
           ("Layak", "Kategori hasil evaluasi Kabupaten/Kota Layak Anak: Pratama, Madya, "
                     "Nindya, Utama atau KLA"))
"""A word of the sasaran's indicator → how it is computed (invented, in the agencies'
usual wording)."""


def _printed(raw: dict[str, str], filled: dict[str, str]) -> tuple[str, ...]:
    formula = MERGED if raw["indikator"] == MERGED else by_word(filled["indikator"], FORMULA)
    money = raw["anggaran"]
    amount = dots(int(money)) if money not in ("", MERGED) else money
    return (*(raw[k] for k in BEFORE), formula, *(raw[k] for k in AFTER[:-1]), amount)


def build() -> Built:
    """The document and its iku_links truth (one row per kegiatan / sub kegiatan line)."""
    data = curated.load("iku2023")
    body = tuple(_printed(dict(zip(data.columns, raw, strict=True)), filled)
                 for raw, filled in zip(data.rows, data.filled(), strict=True))
    plain = ("No", "Tujuan", "Indikator Tujuan (IKU Kota)", "Sasaran Strategis",
             "Indikator Kinerja Sasaran", "Formulasi / Cara Perhitungan")
    later = ("Program", "Indikator Program", "Kegiatan / Sub Kegiatan",
             "Indikator Kegiatan / Sub Kegiatan", "Pagu 2027 (Rp)")
    header = ((*(Head(t, rowspan=2) for t in plain), Head("Kinerja Sasaran", colspan=2),
               *(Head(t, rowspan=2) for t in later)),
              (Head("Target 2027"), Head("Realisasi 2026")))
    table = Table(header, (13, 51, 40, 39, 45, 46, 24, 30, 64, 51, 52, 53, 36),
                  "clllllccllllr", body)
    doc = Document("iku_bima_2027",
                   Page(210, 297, "Liberation Serif", 5.4, margin_mm=9,
                        page_numbers="Hal. {n}"),
                   (TITLE, "TAHUN 2027", AGENCY.upper(), REGION.upper()),
                   ("Tabel 2.1 Cascading Tujuan, Sasaran, Indikator Kinerja Utama ke Program "
                    "dan Kegiatan", table),
                   ("Bima, 15 Januari 2027", f"Kepala {AGENCY}", REGION, "", *HEAD))
    info = DocumentTruth("iku_linkage", f"{TITLE} TAHUN 2027", AGENCY, REGION, None, 2027, 2027)
    return doc, info, (("iku_links", iku_links(data)),)
