"""Leaders' screens: reception days, 下访, 包案 and the leader's own page."""
