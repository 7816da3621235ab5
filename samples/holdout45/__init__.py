"""holdout45: a blind never-tuned holdout set (DP3A Kota Tomohon, typical forms)."""
