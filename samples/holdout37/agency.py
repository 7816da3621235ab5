"""The one (invented) agency every document of this set comes from, so the three agree."""

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Bima"
HEAD = ("Dra. SITI MARYAM ABUBAKAR, M.Si.", "Pembina Utama Muda", "NIP. 19700314 199503 2 006")
"""Kepala Dinas (name, rank, NIP): signs the Renja and the IKU."""
KECAMATAN = ("Rasanae Barat", "Rasanae Timur", "Asakota", "Raba", "Mpunda")
"""The city's kecamatan, for the Lokasi cells planners write."""
