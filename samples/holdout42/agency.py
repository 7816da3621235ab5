"""The one (invented) agency every document of this set comes from, so the three agree on
its name, city and signatory."""

AGENCY = "Dinas Sosial"
REGION = "Kota Kotamobagu"
HEAD = ("Dra. HJ. SITI RAHMA MOKOGINTA, M.Si.", "Pembina Utama Muda",
        "19690814 199403 2 006")
"""Kepala Dinas: name, rank, NIP (invented)."""


def signature(date: str, office: str = f"Kepala {AGENCY} {REGION}",
              signer: tuple[str, str, str] = HEAD) -> tuple[str, ...]:
    """A dated Kotamobagu signature block (place and date, office, room for the stamp,
    name, rank, NIP); the Kepala Dinas signs unless another signer is given."""
    name, rank, nip = signer
    return (f"Kotamobagu, {date}", office, "", "", name, rank, f"NIP. {nip}")
