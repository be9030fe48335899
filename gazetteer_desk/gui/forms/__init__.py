"""Compiled Qt Designer forms (``scripts/compile_ui.py``); generated, never edited by hand."""
