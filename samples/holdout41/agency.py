"""The one (invented) agency every document of this set comes from, so the three agree on
its name, city and signatory."""

AGENCY = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
REGION = "Kota Palopo"
KECAMATAN = ("Wara", "Wara Utara", "Wara Selatan", "Wara Timur", "Wara Barat", "Telluwanua",
             "Sendana", "Mungkajang", "Bara")
"""The city's kecamatan, for the Lokasi cells planners write."""


def signature(date: str, office: str, name: str, rank: str, nip: str) -> tuple[str, ...]:
    """A dated Palopo signature block; every document of the set signs with this layout
    (place and date, office, room for the stamp, name, rank, NIP)."""
    return (f"Palopo, {date}", office, "", "", name, rank, f"NIP. {nip}")
