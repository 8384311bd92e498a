"""ksdesk: an offline desktop app for Dutch midwifery practices (Kansrijke Start)."""

__version__ = "0.3.0"
