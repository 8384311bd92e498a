"""Bringing clients and pregnancies in from a record system's CSV or Excel export (pure: no Qt, no SQL).

reading → a table of text cells (encoding and separator detected, correctable); fields → which column is which
field (guessed from Dutch and English headers); plan → every row validated into ClientIn/PregnancyIn and
matched against what ksdesk already holds; report → what was imported and what was skipped, and why.
"""
