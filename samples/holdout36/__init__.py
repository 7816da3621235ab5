"""holdout36: what a busy Bappeda compiles — three social / P3A documents (blind holdout)."""
