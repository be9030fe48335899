"""Township leaders' work: 领导接访日, 下访, 包案, their notes on matters, their papers and their own page."""
