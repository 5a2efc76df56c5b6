"""Targets that provinces set for their index results: the raw file's loader and the text extractor."""
