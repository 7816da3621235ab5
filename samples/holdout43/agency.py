"""The one (invented) agency every document of this set comes from, so the three agree on
its name, region, head and kecamatan."""

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Muna"
PLACE = "Raha"
"""The regency's seat, where documents are dated and signed."""
HEAD = ("Drs. LA ODE MUHAMMAD SYUKUR, M.Si.", "NIP. 19700812 199603 1 004")
"""Kepala Dinas: name and NIP (no rank line: Writer bolds the line above the NIP, which
must be the name)."""
KECAMATAN = ("Katobu", "Batalaiworu", "Lasalepa", "Duruka", "Napabalano", "Tongkuno",
             "Kabawo", "Parigi")
"""Kecamatan of the regency, for the Lokasi cells planners write."""
BIDANG = {"1.06.04": "Bidang Rehabilitasi Sosial",
          "1.06.05": "Bidang Perlindungan dan Jaminan Sosial",
          "1.06.06": "Bidang Perlindungan dan Jaminan Sosial",
          "1.06.02": "Bidang Pemberdayaan Sosial"}
"""Program code → the bidang that answers for it (any other program: the Sekretariat)."""


def unit_kerja(code: str) -> str:
    """The unit kerja a plan row of ``code`` is assigned to."""
    return BIDANG.get(".".join(code.split(".")[:3]), "Sekretariat")


def signature(date: str) -> tuple[str, ...]:
    """The Kepala Dinas's dated signature block (a blank entry is the signing space)."""
    return (f"{PLACE}, {date}", "KEPALA DINAS SOSIAL", "KABUPATEN MUNA", "", "", *HEAD)
