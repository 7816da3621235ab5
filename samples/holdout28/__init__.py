"""holdout28: a Dinas Kesehatan and a Bappeda, urusan 1.02 and 5.01 (blind holdout)."""
