"""holdout19: hierarchy printed as rows, not columns (never tuned on)."""
