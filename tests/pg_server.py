"""A throwaway PostgreSQL server for the tests: Debian's ``postgresql`` package, its own data folder under a temporary
directory, a free local port, trust authentication for local connections only, stopped at the end.

Run as root (CI), the server runs as the package's ``postgres`` user (``runuser``); otherwise as the current user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def bin_dir() -> Path | None:
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda f: int(Path(f).parent.name)
                     if Path(f).parent.name.isdigit() else 0)
    for folder in reversed(folders):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    folder: Path
    port: int
    bin: Path
    as_user: list[str]

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        done = subprocess.run([*self.as_user, str(self.bin / "psql"), "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                               "-h", str(self.folder), "-p", str(self.port), "-U", "postgres", "-d", database,
                               "-c", sql], capture_output=True, text=True, check=True)
        return done.stdout

    def stop(self) -> None:
        subprocess.run([*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate",
                        "-w", "stop"], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """Start a server or raise RuntimeError saying why not."""
    folder_bin = bin_dir()
    if folder_bin is None:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql; ./desk test does it)")
    folder = Path(tempfile.mkdtemp(prefix="gazetteer-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: the package's own user runs the server
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres", "postgres")
    folder.chmod(0o700)
    server = Server(folder, _free_port(), folder_bin, as_user)
    try:
        subprocess.run([*as_user, str(folder_bin / "initdb"), "-D", str(folder / "data"), "-U", "postgres",
                        "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                       capture_output=True, text=True, check=True)
        options = (f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        subprocess.run([*as_user, str(folder_bin / "pg_ctl"), "-D", str(folder / "data"), "-o", options,
                        "-l", str(folder / "server.log"), "-w", "-t", "60", "start"],
                       capture_output=True, text=True, check=True)
    except subprocess.CalledProcessError as error:
        log = (folder / "server.log").read_text(errors="replace") if (folder / "server.log").exists() else ""
        server.stop()
        raise RuntimeError(f"PostgreSQL did not start: {error.stderr}{log[-2000:]}") from error
    return server
