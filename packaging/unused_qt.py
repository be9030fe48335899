"""Parts of the PySide6 wheel the desk never loads, as patterns over a file's destination path (posix form).

Shared by the spec (which filters what was collected) and the desk's QtGui hook (which drops the plugins before
PyInstaller follows their links: the GTK3 theme plugin alone would pull GTK3, ATK, cairo, pango, wayland and epoxy in
from a build machine that has them).
"""

import re

# Qt plugins (QtGui's hook collects every plugin of these kinds)
PLUGINS = [
    r"/wayland-[^/]+/", r"/platforms/[^/]*(wayland|eglfs|linuxfb|vnc|vkkhrdisplay|minimal)",
    r"/egldeviceintegrations/", r"/platformthemes/[^/]*gtk3", r"/imageformats/[^/]*(svg|pdf|webp|tiff|icns|tga|wbmp)",
    r"/iconengines/[^/]*svg", r"/generic/",  # evdev/tuio input for kiosk devices (tuio needs QtNetwork)
]
# Everything else of the collected Qt tree
FILES = PLUGINS + [
    r"/translations/(?!qtbase_zh_CN\.qm$)",  # only the Chinese strings of Qt's own dialogs (print, file, colour…)
    r"/qml/", r"/qmltooling/", r"/designer/", r"/sqldrivers/", r"/tls/", r"/networkinformation/",
    # (Windows names them Qt6Xxx.dll; opengl32sw/d3dcompiler serve OpenGL and Qt Quick, which the widgets never use)
    r"opengl32sw\.dll", r"d3dcompiler_\d+\.dll",
    r"(lib)?Qt6(Qml|Quick|Wayland|Designer|WlShell|Help|Network|Sql|Test|UiTools|Svg|Labs|OpenGL|Pdf|Concurrent|Xml|Egl)",
]

unused_plugin = re.compile("|".join(PLUGINS))
unused_file = re.compile("|".join(FILES))


def is_unused(destination: str, pattern: re.Pattern = unused_file) -> bool:
    return bool(pattern.search("/" + destination.replace("\\", "/")))
