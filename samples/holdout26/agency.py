"""The one (invented) agency every document of this set comes from, so the three agree."""

AGENCY = "Dinas Sosial"
REGION = "Kota Ambon"
HEAD = "Drs. JOHANIS P. LATUPEIRISSA, M.Si."
"""Kepala Dinas: signs the Renstra and the Renja."""
KECAMATAN = ("Nusaniwe", "Sirimau", "Teluk Ambon", "Teluk Ambon Baguala", "Leitimur Selatan")
"""The city's kecamatan, for the Lokasi cells planners write."""
