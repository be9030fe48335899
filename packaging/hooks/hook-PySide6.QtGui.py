# The desk's QtGui hook, in place of PyInstaller's own: the same collection less the plugins the desk never loads,
# dropped before PyInstaller follows their links (see packaging/unused_qt.py).
import os

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from unused_qt import is_unused, unused_plugin

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, folder) for source, folder in binaries
            if not is_unused(f"{folder}/{os.path.basename(source)}", unused_plugin)]
