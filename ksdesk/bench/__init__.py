"""Benchmarks at practice scale: a generator of a synthetic practice and the benchmark command.

`python -m ksdesk.bench` generates (or reuses) a practice of fictitious people at the chosen scale in an
encrypted store, measures the figures of issue 10 and prints them beside their targets (see docs/benchmarks.md).
"""
