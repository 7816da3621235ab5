"""holdout43: a blind never-tuned holdout set (Dinas Sosial Kabupaten Muna, typical forms)."""
