"""Benchmarks for IPT Desktop (``make bench``)."""
