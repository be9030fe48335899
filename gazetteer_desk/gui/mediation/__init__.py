"""The 调解 screens."""
