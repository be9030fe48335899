"""Time of one receipt in a warm process and of the first one in a fresh process (goals: ≤ 20 ms, ≤ 400 ms).

    .venv/bin/python bench/bench_receipt.py
"""

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gazetteer_desk.documents.kinds import DocumentKind  # noqa: E402
from gazetteer_desk.services.matters import receipts
from gazetteer_desk.services.setup import setup  # noqa: E402
from gazetteer_desk.services.matters.registration import RegistrationInput, register  # noqa: E402

FRESH = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from gazetteer_desk.store.migrate import open_store
from gazetteer_desk.services.matters import receipts
from gazetteer_desk.documents.kinds import DocumentKind
receipts.render(open_store(Path(sys.argv[1])), sys.argv[2], DocumentKind.RECEIPT)
print(time.perf_counter() - started)
"""


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="gd-bench-")) / "home"
    store = setup.init_township(home, setup.TownshipSetup("500235101", "双江镇", address="镇政府一楼", phone="023-55123456"))
    number = register(store, RegistrationInput(name="王䶮堃", request="宅基地纠纷", id_number="11010519491231002X")).number
    receipts.render(store, number, DocumentKind.RECEIPT)
    runs = 50
    started = time.perf_counter()
    for _ in range(runs):
        receipts.render(store, number, DocumentKind.RECEIPT)
    warm = (time.perf_counter() - started) / runs
    fresh = [float(subprocess.run([sys.executable, "-c", FRESH, str(home), number], capture_output=True, text=True,
                                  check=True, cwd=Path(__file__).resolve().parent.parent).stdout) for _ in range(3)]
    print(f"receipt, warm process: {warm * 1000:.1f} ms (goal 20 ms, ratio {warm / 0.020:.2f})")
    print(f"receipt, fresh process incl. imports: {min(fresh) * 1000:.0f} ms (goal 400 ms, ratio {min(fresh) / 0.4:.2f})")


if __name__ == "__main__":
    main()
