"""The one (invented) agency all three documents come from, so their headings, places and
signatories agree as one agency's website would show them."""

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Solok Selatan"
SEAT = "Padang Aro"
"""The regency's capital: the place line of every signature."""
HEAD = ("KEPALA DINAS SOSIAL, PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK",
        "KABUPATEN SOLOK SELATAN", "", "", "Hj. YULIASNI DEWI, S.Sos., M.Si.",
        "Pembina Tingkat I", "NIP. 19720914 199803 2 006")
"""Kepala Dinas's signature block below the date line (office, blank space, name, rank,
NIP): she signs the agency-wide IKU and Renja."""
KECAMATAN = ("Sangir", "Sangir Jujuan", "Sangir Balai Janggo", "Sangir Batang Hari",
             "Sungai Pagu", "Pauh Duo", "Koto Parik Gadang Diateh")
"""The regency's seven kecamatan, for the Lokasi cells planners write."""
