"""Start-up of the desk beside a bare PySide6 window, and the matter list's first page and filter.

    .venv/bin/python bench/bench_startup.py --home /path/to/home        # reuse a store (adds a `bench` account if it has none)
    .venv/bin/python bench/bench_startup.py --matters 2000              # a temporary store with N matters

A big store is built once with ``gazetteer-desk --home X demo-data --matters 200000`` (services.demo); without
services.demo, --matters registers through services.registration, which is fine for a few thousand.
Goal: desk start < 3 × the bare window's start with 200,000 matters in the store. The desk's first screen is the
log-in; the store opens behind it (gui/store_loader.py), so the figures are: process start → log-in shown (the
ratio), log-in → registration form after two seconds of typing, and process start → registration form if the
password took no time at all. Each is the median of --runs fresh processes. The bench adds an account ``bench`` to a
store that has none.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "PYTHONPATH": str(ROOT)}

BARE = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("ready"); w.resize(1280, 800); w.show()
app.processEvents()
"""

LOGIN_SHOWN = """
import os, sys
from pathlib import Path
from gazetteer_desk.gui.app import create_app
from gazetteer_desk.gui.accounts.login_dialog import LoginDialog
from gazetteer_desk.gui.store_loader import LazyStore, StoreLoader
from gazetteer_desk.store.peek import peek
home = Path(sys.argv[1])
app = create_app([])
glance = peek(home)
assert glance is not None and glance.ready, "the store needs an account (the bench adds one) and the newest schema"
loader = StoreLoader(home).start()
dialog = LoginDialog(LazyStore(loader), title=glance.township_name)
dialog.show()
app.processEvents()  # the first screen is up and takes keys
os._exit(0)
"""

FORM_READY = """
import sys, time
from pathlib import Path
from gazetteer_desk.gui.app import build_main_window, create_app
from gazetteer_desk.gui.accounts.login_dialog import LoginDialog
from gazetteer_desk.gui.store_loader import LazyStore, StoreLoader
from gazetteer_desk.store.peek import peek
home = Path(sys.argv[1])
app = create_app([])
glance = peek(home)
loader = StoreLoader(home).start()
dialog = LoginDialog(LazyStore(loader), title=glance.township_name)
dialog.show()
app.processEvents()
time.sleep(float(sys.argv[2]))  # the clerk typing the password
dialog.username.setText("bench")
dialog.password.setText("bench-password-1")
t = time.perf_counter()
dialog.submit()
assert dialog.user is not None, dialog.error.text()
window = build_main_window(loader.store(), dialog.user)
window.show()
app.processEvents()
assert window.stack.currentWidget().ui.nameEdit is not None  # the registration form is ready
print(f"FORM {time.perf_counter() - t:.4f}")
if len(sys.argv) > 3:  # list timings, inside the same process
    from PySide6.QtCore import QCoreApplication
    def wait(cond):
        while not cond():
            QCoreApplication.processEvents()
            time.sleep(0.001)
    t = time.perf_counter()
    view = window.show_area("matters")
    wait(lambda: view.model.total is not None)
    first = time.perf_counter() - t
    t = time.perf_counter()
    view.ui.searchEdit.setText(sys.argv[3]); view.apply_filter()
    wait(lambda: view.model.total is not None)
    filtered = time.perf_counter() - t
    print(f"LIST {first:.4f} {filtered:.4f} {view.model.total}")
window.ctx.runner.wait()
"""


def timed(code: str, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], env=ENV, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode:
        sys.exit(f"child failed:\n{done.stderr}")
    return elapsed, done.stdout


def build(home: Path, matters: int) -> None:
    from gazetteer_desk.services.setup import setup

    store = setup.init_township(home, setup.TownshipSetup(township_code="500235101", township_name="双江镇",
                                                          villages=("青龙村", "白鹤村"), staff=("李明",)))
    try:
        from gazetteer_desk.services.setup.demo import generate
    except ImportError:
        from gazetteer_desk.services.matters.registration import RegistrationInput, register

        names = "王伟 李娜 张敏 刘洋 陈静 杨磊 赵丽 黄强".split()
        for i in range(matters):
            register(store, RegistrationInput(name=names[i % len(names)], phone=f"139{i:08d}", request=f"反映问题{i}"))
    else:
        generate(store, matters=matters, seed=1)
    store.close()


def ensure_bench_account(home: Path) -> None:
    """The log-in needs an account: a demo store gets one named ``bench`` (the only thing the bench writes)."""
    from gazetteer_desk.services.accounts import accounts
    from gazetteer_desk.store.migrate import open_store

    store = open_store(home)
    try:
        if not accounts.has_accounts(store):
            accounts.create_first_admin(store, "bench", "bench-password-1")
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--home", help="an existing data folder (e.g. one filled by demo-data)")
    parser.add_argument("--matters", type=int, default=1000, help="matters in a temporary store (without --home)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--search", default="王伟", help="text typed into the list's search")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.home:
            home = Path(args.home)
        else:
            home = Path(tmp) / "home"
            print(f"building a store with {args.matters} matters …", flush=True)
            build(home, args.matters)
        ensure_bench_account(home)
        os.environ["XDG_CONFIG_HOME"] = tmp
        ENV["XDG_CONFIG_HOME"] = tmp
        timed(BARE)  # warm the file cache for both
        timed(LOGIN_SHOWN, str(home))
        bare = statistics.median(timed(BARE)[0] for _ in range(args.runs))
        login = statistics.median(timed(LOGIN_SHOWN, str(home))[0] for _ in range(args.runs))
        instant = statistics.median(timed(FORM_READY, str(home), "0")[0] for _ in range(args.runs))
        typed = [float(timed(FORM_READY, str(home), "2")[1].split("FORM ")[1].split()[0]) for _ in range(args.runs)]
        _t, out = timed(FORM_READY, str(home), "2", args.search)
    first, filtered, hits = out.split("LIST ")[1].split()
    print(f"bare PySide6 window:                          {bare * 1000:8.0f} ms")
    print(f"desk to its first screen (the log-in):        {login * 1000:8.0f} ms   ratio {login / bare:5.2f} (goal < 3)")
    print(f"log-in after 2 s of typing → registration form: {statistics.median(typed) * 1000:6.0f} ms")
    print(f"start → registration form, password typed in 0 s: {instant * 1000:4.0f} ms   ratio {instant / bare:5.2f}")
    print(f"list first page (count+200):                  {float(first) * 1000:8.0f} ms")
    print(f"filter '{args.search}' ({hits} hits):                {float(filtered) * 1000:8.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
