"""holdout42: three documents of a Dinas Sosial in Sulawesi Utara (blind holdout)."""
