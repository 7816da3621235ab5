"""holdout41: three documents of a Dinas Sosial P3A in Sulawesi Selatan (blind holdout)."""
