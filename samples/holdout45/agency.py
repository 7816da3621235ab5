"""The (invented) agency all three documents come from. Kept in one place so the Renstra,
the Renja and the Rencana Aksi print the same name, city, signatory and kecamatan, as one
agency's website would."""

AGENCY = "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Tomohon"
KECAMATAN = ("Tomohon Utara", "Tomohon Tengah", "Tomohon Selatan", "Tomohon Timur",
             "Tomohon Barat")
"""The city's five kecamatan, for the Lokasi cells of services delivered locally."""
HEAD = ("Dra. MEIKE J. RUMAMBI, M.Si.", "Pembina Tingkat I", "NIP. 19690514 199403 2 006")
"""Kepala Dinas: name, rank and NIP."""
UNIT_KERJA = {"2.08.02": "Bidang Kesetaraan Gender",
              "2.08.05": "Bidang Data dan Informasi Gender dan Anak",
              "2.08.03": "Bidang Perlindungan Perempuan",
              "2.08.07": "Bidang Perlindungan Khusus Anak",
              "2.08.06": "Bidang Pemenuhan Hak Anak"}
"""Program code → the bidang a Renstra names as penanggung jawab."""


def unit_kerja(code: str) -> str:
    """The bidang answering for a plan row of ``code`` (its program's)."""
    return UNIT_KERJA[code[:7]]


def signature(date: str) -> tuple[str, ...]:
    """The Kepala Dinas's signature block dated in Tomohon (blank entries: signing space)."""
    return (f"Tomohon, {date}", "KEPALA DINAS PEMBERDAYAAN PEREMPUAN",
            "DAN PERLINDUNGAN ANAK KOTA TOMOHON", "", "", *HEAD)
