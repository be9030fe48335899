"""Services: the operations the window and the command line share. Each save is one transaction."""
