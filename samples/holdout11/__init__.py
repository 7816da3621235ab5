"""holdout11: an eleventh never-tuned holdout set (see README.md)."""
