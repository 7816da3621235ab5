"""holdout10: a tenth never-tuned holdout set (see README.md)."""
