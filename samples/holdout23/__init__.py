"""holdout23: a blind holdout set of Renstra tujuan/sasaran target tables (see README.md)."""
