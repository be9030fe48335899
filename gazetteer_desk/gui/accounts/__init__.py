"""Log-in, accounts, the idle lock, security and backups, the 操作日志."""
