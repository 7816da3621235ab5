"""holdout17: value formats and typography that trip parsers (never tuned on)."""
