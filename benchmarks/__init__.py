"""Benchmarks at scale: a data generator and a runner (`python -m benchmarks --help`).

Not part of the test suite: the figures depend on the machine. See
docs/benchmarks.md for the command, the machine and the results.
"""
