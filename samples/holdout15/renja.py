"""Renja 2019 of the Dinas Sosial Kabupaten Purworejo in the Permendagri 54/2010 form,
typed in Word (Times New Roman → Liberation Serif 7.5 pt), A4 landscape, printed by
LibreOffice Writer with Word's "Table Grid" (``word``).

The 54/2010 Renja table ("Tabel 3.1 Rumusan Rencana Program dan Kegiatan SKPD Tahun 2019
dan Prakiraan Maju Tahun 2020"): "Kode | Urusan/Bidang Urusan Pemerintahan Daerah dan
Program/Kegiatan | Indikator Kinerja Program (outcome)/ Kegiatan (output)", the band
"Rencana Tahun 2019" over "Lokasi | Target Capaian Kinerja | Kebutuhan Dana/Pagu
Indikatif", "Catatan Penting" (printed empty), and the band "Prakiraan Maju Rencana Tahun
2020" over "Target Capaian Kinerja | Kebutuhan Dana/Pagu Indikatif"; column numbers
``1 … 9``. Old codes dotted with the urusan repeated (``1.06.1.06.01.16`` program,
``1.06.1.06.01.16.017`` kegiatan). An urusan row "1.06 | Urusan Wajib Sosial" and a
"JUMLAH" row, bold with the programs. Money ``Rp. 984.182.575``.

Data: seed 004's Renja program list (``renja2019_program``: names, indicators, 2019
targets and pagu as printed; the seed's "Dinas Sosial Kota Probolinggo" lokasi becomes
"Kab. Purworejo"). **Invented**: the 2020 forecast (counts +10 %, other targets
unchanged; pagu = 2019 × 1.08 rounded to a thousand; programs, urusan and JUMLAH summed).
"""

from __future__ import annotations

from samples import curated
from samples.curated import Curated
from samples.families import Row, plan_items
from samples.holdout5.data import grown
from samples.holdout6.model import Document, Head, Page, Table
from samples.holdout15 import codes
from samples.sample import DocumentTruth
from samples.values import parse_quantity

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Purworejo"
HEADING = ("RENCANA KERJA SATUAN KERJA PERANGKAT DAERAH (RENJA SKPD) TAHUN 2019",
           AGENCY.upper(), REGION.upper())
CAPTION = ("Tabel 3.1",
           "Rumusan Rencana Program dan Kegiatan SKPD Tahun 2019 dan Prakiraan Maju Tahun 2020")
LOKASI = "Kab. Purworejo"
GROWTH = 1.08
COLUMNS = ("level", "code", "name", "indikator", "lokasi", "target_2019", "budget_2019",
           "catatan", "target_2020", "budget_2020")


def _code(seed: str) -> str:
    urusan, program, kegiatan = codes.segments(seed)
    base = f"1.{urusan}.1.{urusan}.01.{program}"
    return f"{base}.{kegiatan}" if kegiatan else base


def _forecast(target: str) -> str:
    """Next year's target: counts of people grow by a tenth, other targets stay."""
    value, unit = parse_quantity(target)
    if value is None or unit != "orang":
        return target
    return f"{round(value * 1.1)} {target.split()[1]}"


def _rows() -> list[tuple[str, ...]]:
    """Curated rows (integer rupiah): the urusan row, programs and kegiatan, JUMLAH."""
    seed = curated.load("renja2019_program").filled()
    later = [grown(int(r["budget"]), GROWTH) if r["level"] == "kegiatan" else 0 for r in seed]
    for n, row in enumerate(seed):
        if row["level"] == "program":
            stop = next((m for m in range(n + 1, len(seed)) if seed[m]["level"] == "program"),
                        len(seed))
            later[n] = sum(later[n + 1:stop])
    items = [(r["level"], _code(r["code"]), r["name"], r["indikator"],
              LOKASI if r["lokasi"] else "", r["target"], r["budget"], "",
              _forecast(r["target"]), str(later[n])) for n, r in enumerate(seed)]
    totals = [str(sum(int(r[i]) for r in items if r[0] == "program")) for i in (6, 9)]
    return [("", "1.06", "Urusan Wajib Sosial", "", "", "", totals[0], "", "", totals[1]),
            *items, ("", "", "JUMLAH", "", "", "", totals[0], "", "", totals[1])]


def _printed(row: tuple[str, ...]) -> tuple[str, ...]:
    cells = list(row[1:])
    for i in (5, 8):
        cells[i] = f"Rp. {int(cells[i]):,}".replace(",", ".")
    return tuple(cells)


def build() -> tuple[Document, DocumentTruth, tuple[tuple[str, list[Row]], ...]]:
    """The document and its plan_items truth (one row per item per year)."""
    rows = _rows()
    header = ((Head("Kode", rowspan=2),
               Head("Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", rowspan=2),
               Head("Indikator Kinerja Program (outcome)/ Kegiatan (output)", rowspan=2),
               Head("Rencana Tahun 2019", colspan=3), Head("Catatan Penting", rowspan=2),
               Head("Prakiraan Maju Rencana Tahun 2020", colspan=2)),
              (Head("Lokasi"), Head("Target Capaian Kinerja"),
               Head("Kebutuhan Dana/Pagu Indikatif"), Head("Target Capaian Kinerja"),
               Head("Kebutuhan Dana/Pagu Indikatif")))
    table = Table(header, (19, 45, 45, 13, 13, 17, 10, 13, 17), "lllccrccr",
                  tuple(map(_printed, rows)),
                  bold=frozenset(i for i, r in enumerate(rows) if r[0] in ("", "program")),
                  numbers=True, caption=CAPTION)
    doc = Document("renja_purworejo_2019",
                   Page(297, 210, "Times New Roman", 7.5, margin_mm=15,
                        page_numbers="Halaman {n}"),
                   HEADING, (table,),
                   ("Purworejo, 28 Mei 2018", "KEPALA DINAS SOSIAL", "KABUPATEN PURWOREJO",
                    "", "", "Drs. SUGENG WIDODO HADI, M.M.", "Pembina Utama Muda",
                    "NIP. 19640707 198603 1 015"))
    truth = plan_items(Curated(COLUMNS, tuple(rows)), {"2019": 2019, "2020": 2020})
    info = DocumentTruth("renja", HEADING[0], AGENCY, REGION, None, 2019, 2019)
    return doc, info, (("plan_items", codes.kept(truth)),)
