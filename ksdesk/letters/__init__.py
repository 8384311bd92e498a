"""Referral letters as PDF (reportlab): a domain object in, PDF bytes out.

Pure domain code (no Qt, no SQL). Filled in by the referral issue.
"""
