"""The one agency every document of this set belongs to: the DP3A of a Sumatran kabupaten
no earlier set used. Only the names and the signatory are shared; each document keeps its
own tool, fonts and wording."""

from __future__ import annotations

AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kabupaten Rejang Lebong"
HEADING = ("DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", REGION.upper())
SIGN = ("KEPALA DINAS PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK", "", "",
        "Dra. YULIANTI MARPAUNG, M.Si.", "Pembina Tingkat I", "NIP. 19690812 199403 2 007")
"""The head of the agency signs every document."""
