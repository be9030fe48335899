"""Accounts, log-in and roles; backups and restore."""
