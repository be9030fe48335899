"""The interface font: the computer's own Chinese UI font where it has one, else the bundled Noto Sans CJK SC.

A plain sans-serif (黑体) face: figures and letters must be unmistakable in ID numbers, matter numbers and
statistics. The handwriting-style Kai face of the printed papers is never the interface font (its 9 reads as q).
"""

from collections.abc import Iterable

from PySide6.QtGui import QFontDatabase

from gazetteer_desk.resources import resource_path

# In order of preference; Qt reports a family by its English or its Chinese name depending on the system.
SYSTEM_FAMILIES = (
    "Microsoft YaHei UI", "Microsoft YaHei", "微软雅黑",  # Windows
    "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "思源黑体", "思源黑体 CN",  # UOS, Kylin, Debian
    "WenQuanYi Micro Hei", "文泉驿微米黑", "PingFang SC",
)
BUNDLED_FILE = "NotoSansCJKsc-Regular.otf"

_bundled: str | None = None


def choose_family(available: Iterable[str], preferred: Iterable[str] | None = None) -> str:
    """The first preferred family (by default :data:`SYSTEM_FAMILIES`) the system has ("" if none)."""
    have = set(available)
    return next((family for family in (SYSTEM_FAMILIES if preferred is None else preferred) if family in have), "")


def bundled_family() -> str:
    """Register the bundled sans-serif font once; its family name ("" if it could not be loaded)."""
    global _bundled
    if _bundled is None:
        # from memory, not by file name: Qt's FreeType font database (e.g. the offscreen platform on Windows) opens a
        # file through the ANSI code page, which cannot spell every folder name (a program installed under 张三's
        # profile, a folder named 信访程序 on an English Windows)
        font_id = QFontDatabase.addApplicationFontFromData(resource_path("fonts", BUNDLED_FILE).read_bytes())
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _bundled = families[0] if families else ""
    return _bundled


def interface_family(preferred: Iterable[str] | None = None) -> str:
    """The system's Chinese UI family, else the bundled one ("" leaves Qt's default: never the Kai face)."""
    return choose_family(QFontDatabase.families(), preferred) or bundled_family()
