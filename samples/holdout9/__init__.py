"""holdout9: a ninth never-tuned holdout set (see README.md)."""
