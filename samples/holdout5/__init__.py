"""holdout5: a fifth never-tuned holdout set (reportlab canvas drawing and Chromium)."""
