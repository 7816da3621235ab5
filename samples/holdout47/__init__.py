"""holdout47: typical blind documents of the Dinas Sosial Kabupaten Buleleng (Bali)."""
