"""Record models for practice, staff, clients and pregnancies; identifiers; gestational age.

Pure domain code: no Qt and no database imports here (a test enforces this).
"""
