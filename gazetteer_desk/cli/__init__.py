"""The command line: the same services as the window, for administrators and scripts."""
