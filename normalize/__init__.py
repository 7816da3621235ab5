"""Text clean-up, value parsing and matching to the canonical nomenclature.

Installed as ``rencana.normalize``.
"""
