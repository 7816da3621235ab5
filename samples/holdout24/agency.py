"""The one agency every document of this set belongs to: a provincial Dinas P3AP2KB of a
region no earlier set used. Each document is typed by different staff, so only the names
here are shared; wording, fonts and layout are each document's own."""

from __future__ import annotations

AGENCY = ("Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan "
          "Keluarga Berencana")
REGION = "Provinsi Kalimantan Utara"
HEADING = ("DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK,",
           "PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA", REGION.upper())
SIGN = ("KEPALA DINAS PEMBERDAYAAN PEREMPUAN,", "PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK",
        "DAN KELUARGA BERENCANA PROVINSI KALIMANTAN UTARA", "", "",
        "Hj. NUR ASIAH RAHMAN, S.Sos., M.Si.", "Pembina Utama Muda",
        "NIP. 19720314 199703 2 004")
"""The head of the agency signs every document."""
