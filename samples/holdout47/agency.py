"""The one (invented) agency every document of this set comes from, kept in one place so
the evaluation, the Renstra tables and their signature blocks name the same office, regency,
bidang and Kepala Dinas, as one agency's website would."""

AGENCY = "Dinas Sosial"
REGION = "Kabupaten Buleleng"
PLACE = "Singaraja"
"""The regency's seat, where documents are dated and signed."""
HEAD = ("Drs. I GEDE KOMANG SUARDANA, M.Si.", "Pembina Utama Muda",
        "NIP. 19700823 199603 1 004")
"""Kepala Dinas: name, rank and NIP."""
BIDANG = {"1.06.02": "Bidang Pemberdayaan Sosial",
          "1.06.04": "Bidang Rehabilitasi Sosial",
          "1.06.05": "Bidang Perlindungan dan Jaminan Sosial",
          "1.06.06": "Bidang Perlindungan dan Jaminan Sosial",
          "1.06.07": "Sekretariat"}
"""Program code → the unit a plan table names as penanggung jawab (the hero cemetery is
kept by the Sekretariat, as small Dinas Sosial do)."""


def unit_of(code: str) -> str:
    """The unit answering for a plan row of ``code``: its program's."""
    return BIDANG[".".join(code.split(".")[:3])]


def signature(date: str) -> tuple[str, ...]:
    """The Kepala Dinas's dated signature block (blank entries: the signing space)."""
    return (f"{PLACE}, {date}", "KEPALA DINAS SOSIAL", REGION.upper(), "", "", *HEAD)
