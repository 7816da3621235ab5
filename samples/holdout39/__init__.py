"""holdout39: a blind, never-tuned holdout set (Dinas Sosial P3A Kabupaten Timor Tengah
Selatan, Nusa Tenggara Timur). See README.md."""
