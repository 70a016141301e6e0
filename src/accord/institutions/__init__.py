"""Institutions: voting rules, power indices, vote prediction, resolutions."""
