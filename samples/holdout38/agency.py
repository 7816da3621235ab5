"""The one (invented) agency every document of this set comes from, so the three agree."""

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Pangkalpinang"
HEAD = "Drs. HENDRA WIJAYA KUSUMA, M.Si."
"""Kepala Dinas: signs the Renstra, the Renja and the Perjanjian Kinerja."""
HEAD_RANK = ("Pembina Utama Muda", "NIP. 19700815 199503 1 003")
"""Pangkat and NIP printed under the head's name."""
PLACE = "Pangkalpinang"
"""Where the documents are signed."""
