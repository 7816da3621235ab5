"""holdout40: three documents of one Sumatran city's social-affairs agency (blind holdout)."""
