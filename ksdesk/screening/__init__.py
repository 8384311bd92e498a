"""Signalling with the Definitie Kwetsbaarheid Rotterdam: catalogue loading and classification.

Pure domain code (no Qt, no SQL). Filled in by the signalling issue.
"""
