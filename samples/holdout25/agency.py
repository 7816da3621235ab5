"""The one (invented) agency every document of this set comes from, so the three agree."""

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Tanah Laut"
HEAD = "Hj. SITI RAHMAWATI, S.Sos., M.Si."
"""Kepala Dinas: signs the Renstra and the Renja."""
