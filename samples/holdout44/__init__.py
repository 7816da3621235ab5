"""holdout44: a blind never-tuned holdout set (Dinas Sosial P3A Kabupaten Kapuas Hulu,
typical IKU, Renstra T-C.25 and Renja T-C.29 forms)."""
