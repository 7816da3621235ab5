"""holdout22: a blind holdout set of page-layout stress documents (see README.md)."""
