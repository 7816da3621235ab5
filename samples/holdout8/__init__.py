"""holdout8: an eighth never-tuned holdout set (see README.md)."""
