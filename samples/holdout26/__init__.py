"""holdout26: three Dinas Sosial documents of an eastern Indonesian city (blind holdout)."""
