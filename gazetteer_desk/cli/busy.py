"""A store busy with another writer: each connection waits up to 10 seconds (``busy_timeout``); past that, the user
gets a Chinese message and the command line exit 75 (EX_TEMPFAIL: try again), never a ``database is locked``
traceback. Recognised by SQLite's own words, so nothing heavy is imported to tell."""

BUSY_MESSAGE = "数据库正被另一个程序使用（如另一个窗口正在导入、备份或保存），等待后仍未轮到，请稍后再试"
BUSY_EXIT = 75


def is_busy(error: BaseException) -> bool:
    text = str(getattr(error, "orig", None) or error).lower()
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text
