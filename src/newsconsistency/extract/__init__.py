"""Extractors: find typed values in a sentence, with character spans."""
