"""Matters at the desk: registration, the procedure's steps, receipts and notices, search, paged lists, people, privacy of what the window shows, 三项建议."""
