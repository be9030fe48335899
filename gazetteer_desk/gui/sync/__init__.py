"""The 同步 screens: the township's bundle page and the county's import page."""
