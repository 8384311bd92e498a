"""Anonymised counts for the regional monitor: aggregation and small-cell suppression.

Pure domain code (no Qt, no SQL). Filled in by the monitor issue.
"""
