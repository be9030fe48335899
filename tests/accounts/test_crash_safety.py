"""A registration acknowledged to the clerk survives the process being killed at any moment.

A child process registers matters in a loop and prints each number after its transaction returns; it is SIGKILLed
at random moments, five times over. Every printed number must then be in the store, the store must pass
``PRAGMA integrity_check`` and the audit chain must still verify.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from gazetteer_desk.services.core import audit
from gazetteer_desk.store.migrate import open_store

CHILD = r"""
import sys
from pathlib import Path
from gazetteer_desk.services.matters import registration
from gazetteer_desk.store.migrate import open_store

store = open_store(Path(sys.argv[1]))
round_ = int(sys.argv[2])  # each round's people are new: a person already on file would be a repeat visit
n = 0
while True:
    n += 1
    result = registration.register(store, registration.RegistrationInput(
        name=f"王伟{round_}{n}", request="村道损坏，请求修复" * 5, phone=f"13{round_}{n:08d}", village="青龙村"),
        actor="李明")
    print(result.number, flush=True)
"""

ROUNDS = 5


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_acknowledged_registrations_survive_sigkill(store, home):
    store.close()
    rng = random.Random(20250310)
    acknowledged: list[str] = []
    for round_ in range(ROUNDS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(home), str(round_)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, encoding="utf-8")
        first = child.stdout.readline()  # wait until it is registering, then let it run a random while
        assert first, child.stderr.read()
        acknowledged.append(first.strip())
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(child.pid, signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        acknowledged += [line.strip() for line in rest.splitlines() if line.strip()]
        assert child.returncode == -signal.SIGKILL
    assert len(acknowledged) > ROUNDS
    connection = sqlite3.connect(store.path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in connection.execute("SELECT number FROM matter")}
    finally:
        connection.close()
    assert set(acknowledged) <= stored
    assert len(set(acknowledged)) == len(acknowledged)  # numbers never repeat across crashes
    reopened = open_store(home)
    try:
        assert audit.verify(reopened).ok
    finally:
        reopened.close()
