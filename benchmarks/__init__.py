"""Benchmarks of cjm-desktop at workshop size (``make bench``; see docs/BENCHMARKS.md).

Not part of the application package: nothing under ``cjm_desktop`` imports this.
"""
