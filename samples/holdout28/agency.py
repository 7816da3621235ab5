"""The two (invented) agencies of this set, so that each agency's documents agree on names,
places and signatories. Neither region nor urusan was used by an earlier set."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Agency:
    """An OPD as its documents name it: the agency, the region, the town its head signs in,
    and the signature lines of the head (office, blank for the signature, name, rank, NIP)."""

    name: str
    region: str
    town: str
    sign: tuple[str, ...]


DINKES = Agency(
    "Dinas Kesehatan", "Kabupaten Polewali Mandar", "Polewali",
    ("KEPALA DINAS KESEHATAN", "KABUPATEN POLEWALI MANDAR", "", "",
     "dr. HJ. NURFAIDAH AMIRUDDIN, M.Kes.", "Pembina Utama Muda",
     "NIP. 19740318 200312 2 006"))
BAPPEDA = Agency(
    "Badan Perencanaan Pembangunan Daerah", "Kota Palangka Raya", "Palangka Raya",
    ("KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH", "KOTA PALANGKA RAYA", "", "",
     "Ir. YOHANES DIHAN TINGANG, M.T.", "Pembina Utama Muda",
     "NIP. 19710924 199803 1 005"))
