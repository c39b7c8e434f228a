"""Generator of synthetic awards entries (PDF and DOCX) with gold labels.

``make_samples.py`` is the entry point; this package holds the text banks, the entry composer
and the two renderers.
"""
