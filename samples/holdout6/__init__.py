"""holdout6: a sixth never-tuned holdout set (see README.md)."""
