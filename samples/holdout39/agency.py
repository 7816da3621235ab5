"""The one (invented) agency every document of this set comes from, so the three agree on
its name, region, head and kecamatan."""

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Timor Tengah Selatan"
PLACE = "Soe"
"""The regency's capital, where documents are dated and signed."""
HEAD = ("Drs. YUSTINUS A. NENOBAIS, M.Si.", "Pembina Utama Muda",
        "NIP. 19700312 199603 1 005")
"""Kepala Dinas: name, rank and NIP for every signature block."""
KECAMATAN = ("Kota Soe", "Mollo Utara", "Amanuban Selatan", "Amanuban Barat", "Kuanfatu",
             "Amanatun Utara", "Kie")
"""Kecamatan of the regency, for the Lokasi cells planners write."""


def signature(date: str) -> tuple[str, ...]:
    """The Kepala Dinas's dated signature block (a blank entry is the signing space)."""
    return (f"{PLACE}, {date}", "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN",
            "DAN PERLINDUNGAN ANAK", "KABUPATEN TIMOR TENGAH SELATAN", "", *HEAD)
