"""The parts of a whole planning document that are not plan tables: cover, foreword,
chapter openings and the small narrative tables (staff by education, budget realisation by
year, SWOT). They carry figures, amounts and years like the plan tables do, but no contract
table has rows for them: they test that an extractor invents nothing from them.

Figures in the narrative tables are invented (deterministic), never truth.
"""

from __future__ import annotations

from samples.holdout6.model import Head
from samples.holdout16.book import Block, Grid, Sheet, Sign, Text
from samples.values import dots

EDUCATION = ("S2", "S1 / D4", "D3", "SMA / SMK", "SMP", "SD")


def cover(kind: tuple[str, ...], agency: str, region: str, place_year: str) -> Sheet:
    """The cover: the document's kind in large capitals (its title), then the agency."""
    return Sheet((*(Text(line, "cover") for line in kind), Text("", "c"),
                  Text(f"PEMERINTAH {region.upper()}", "h1"), Text(agency.upper(), "h1"),
                  Text(place_year, "h1")))


def foreword(document: str, agency: str, region: str, sign: Sign) -> Sheet:
    """The "Kata Pengantar" page, signed by the head of the agency."""
    return Sheet((
        Text("KATA PENGANTAR", "h1"),
        Text("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat "
             f"dan karunia-Nya {document} {agency} {region} dapat diselesaikan. Dokumen ini "
             "disusun sebagai pedoman dalam melaksanakan tugas pokok dan fungsi perangkat "
             "daerah serta sebagai alat ukur kinerja pada akhir periode pelaksanaannya."),
        Text("Kami menyadari bahwa dokumen ini masih jauh dari sempurna. Oleh karena itu "
             "saran dan masukan dari semua pihak sangat kami harapkan untuk penyempurnaan "
             "pada masa yang akan datang. Kepada semua pihak yang telah membantu "
             "penyusunan dokumen ini kami sampaikan terima kasih."),
        sign))


def chapter(number: str, title: str, *blocks: Block) -> tuple[Block, ...]:
    """A chapter's opening: "BAB IV" and its title centred, then its blocks."""
    return (Text(f"BAB {number}", "h1"), Text(title, "h1"), *blocks)


def entry(number: str, title: str) -> str:
    """The contents line of a chapter."""
    return f"BAB {number} {title}"


def staff(number: str, seed: int) -> Grid:
    """"Jumlah Pegawai Berdasarkan Tingkat Pendidikan": PNS and PPPK per level, a total."""
    pns = [(seed * (k + 3)) % 17 + 2 for k in range(len(EDUCATION))]
    pppk = [(seed * (k + 5)) % 7 for k in range(len(EDUCATION))]
    body = [(str(k + 1), level, str(a), str(b), str(a + b))
            for k, (level, a, b) in enumerate(zip(EDUCATION, pns, pppk, strict=True))]
    body.append(("Jumlah", "<", str(sum(pns)), str(sum(pppk)), str(sum(pns) + sum(pppk))))
    return Grid((tuple(Head(h) for h in ("No", "Tingkat Pendidikan", "PNS", "PPPK",
                                         "Jumlah")),),
                (8, 40, 14, 14, 14), "clccc", tuple(body), frozenset({len(body) - 1}),
                caption=(f"Tabel {number}", "Jumlah Pegawai Berdasarkan Tingkat Pendidikan"))


def realisation(number: str, first_year: int, base: int) -> Grid:
    """"Realisasi Anggaran": pagu, realisasi and percentage per year (five years)."""
    body = []
    for k in range(5):
        pagu = base + k * 412_350_000 + (k * k) * 37_125_000
        spent = pagu * (915 + 13 * k) // 1000
        body.append((str(first_year + k), dots(pagu), dots(spent),
                     f"{100 * spent / pagu:.2f}".replace(".", ",")))
    return Grid((tuple(Head(h) for h in ("Tahun", "Anggaran (Rp)", "Realisasi (Rp)",
                                         "Persentase (%)")),),
                (14, 30, 30, 16), "crrc", tuple(body),
                caption=(f"Tabel {number}", f"Realisasi Anggaran Tahun {first_year}-"
                         f"{first_year + 4}"))


def swot(number: str, strengths: tuple[str, ...], weaknesses: tuple[str, ...],
         chances: tuple[str, ...], threats: tuple[str, ...]) -> Grid:
    """The SWOT matrix of the strategic issues chapter: two header rows, four lists."""
    rows = max(len(strengths), len(weaknesses), len(chances), len(threats))

    def cell(items: tuple[str, ...], k: int) -> str:
        return f"{k + 1}. {items[k]}" if k < len(items) else ""

    body = [(cell(strengths, k), cell(weaknesses, k)) for k in range(rows)]
    body += [("Peluang (O)", "Ancaman (T)")]
    body += [(cell(chances, k), cell(threats, k)) for k in range(rows)]
    return Grid(((Head("Kekuatan (S)"), Head("Kelemahan (W)")),), (50, 50), "ll",
                tuple(body), frozenset({rows}),
                caption=(f"Tabel {number}", "Analisis Lingkungan Internal dan Eksternal"))
