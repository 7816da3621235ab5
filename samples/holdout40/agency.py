"""The one (invented) agency every document of this set comes from, so the three agree on
its name, region, head and kecamatan."""

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Tebing Tinggi"
PLACE = "Tebing Tinggi"
"""Where documents are dated and signed."""
HEAD = ("Drs. H. SYAHRIAL SIREGAR, M.AP.", "NIP. 19710214 199803 1 006")
"""Kepala Dinas: name and NIP (no rank line: Writer bolds the line above the NIP, which
must be the name)."""
KECAMATAN = ("Padang Hulu", "Padang Hilir", "Rambutan", "Bajenis", "Tebing Tinggi Kota")
"""The city's five kecamatan, for the Lokasi cells planners write."""


def signature(date: str) -> tuple[str, ...]:
    """The Kepala Dinas's dated signature block (a blank entry is the signing space)."""
    return (f"{PLACE}, {date}", "KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN",
            "DAN PERLINDUNGAN ANAK KOTA TEBING TINGGI", "", "", *HEAD)
