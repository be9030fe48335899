"""The first-start wizard and the 设置 area (display, holidays …)."""
