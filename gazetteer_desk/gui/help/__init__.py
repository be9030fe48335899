"""帮助: the 操作手册 inside the window (F1 at the section of the screen in use) and 关于."""
