"""The one (invented) agency every document of this set comes from, so the three agree on
its name, region, head and signing place."""

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Kapuas Hulu"
PLACE = "Putussibau"
"""The regency's seat, where documents are dated and signed."""
HEAD = ("H. ABANG MUHAMMAD NASIR, S.Sos., M.Si.", "Pembina Utama Muda",
        "NIP. 19710415 199503 1 003")
"""Kepala Dinas: name, rank and NIP."""
BIDANG = {"1.06.04": "Bidang Rehabilitasi Sosial",
          "1.06.05": "Bidang Perlindungan dan Jaminan Sosial",
          "1.06.06": "Bidang Perlindungan dan Jaminan Sosial",
          "1.06.02": "Bidang Pemberdayaan Sosial",
          "2.08": "Bidang Pemberdayaan Perempuan dan Perlindungan Anak"}
"""Code prefix → the bidang that answers for it (any other program: the Sekretariat)."""


def penanggung_jawab(code: str) -> str:
    """The unit of the agency that answers for a plan row of ``code``."""
    for prefix in (".".join(code.split(".")[:3]), code[:4]):
        if prefix in BIDANG:
            return BIDANG[prefix]
    return "Sekretariat"


def signature(date: str) -> tuple[str, ...]:
    """The Kepala Dinas's dated signature block (a blank entry is the signing space)."""
    return (f"{PLACE}, {date}", "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN",
            "DAN PERLINDUNGAN ANAK", "KABUPATEN KAPUAS HULU", "", "", *HEAD)
