"""NLP models, each loaded lazily and once per process.

Importing this package is cheap: torch, sentence-transformers and spaCy are imported inside
the loader functions, never at import time.
"""
