"""Throughput and memory benchmarks: bare spaCy parse vs each stage vs the whole pipeline."""
