"""The 操作手册: its Markdown chapters (package data), read into sections for F1 in the window and built into a PDF."""
