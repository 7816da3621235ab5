"""holdout46: the typical IKU linkage, Renja and Rencana Aksi of one Dinas Sosial P3A."""
