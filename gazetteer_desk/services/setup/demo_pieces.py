"""Drawing the demo pieces in worker processes while this process writes the ones already drawn.

Drawing (the procedure, the random choices, the row digests) is most of demo-data's work and its pieces do not
depend on each other, so on Linux they are drawn by forked workers — which inherit the plan instead of being sent it
— and handed back in order. Elsewhere (Windows has no fork; a frozen program would start itself again under spawn)
they are drawn here, one after another: the same rows either way.
"""

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator

from gazetteer_desk.services.setup import demo_draw
from gazetteer_desk.services.setup.demo_draw import Drawn, Plan

_plans: list[Plan] = []  # the plans of the run (one a township), in each worker (inherited through fork)


def worker_count() -> int:
    """Workers for this machine: one per core this process may use; none where processes cannot be forked."""
    if not sys.platform.startswith("linux"):
        return 0
    cores = len(os.sched_getaffinity(0))
    return cores if cores > 1 else 0


Piece = tuple[int, str, int, int]  # (the plan's place in the plans, "people" | "matters", first, count)


def drawn_in_order(plans: list[Plan], pieces: Iterable[Piece], workers: int) -> Iterator[Drawn]:
    """Each piece drawn, in the order given. At most ``workers + 1`` pieces wait drawn but unwritten, so memory
    holds a few pieces, not the store."""
    global _plans
    if workers <= 0:
        for piece in pieces:
            yield _draw_with(plans, piece)
        return
    import gc
    import multiprocessing

    _plans = plans  # set before the fork: the workers see them without their being pickled
    # the objects made so far are left out of every process's collections: a worker's collector would otherwise
    # touch each inherited object and so copy every page of the parent's memory into its own
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_quiet_on_interrupt) as pool:
            waiting: deque = deque()
            for piece in pieces:
                waiting.append(pool.apply_async(_draw, (piece,)))
                if len(waiting) > workers:
                    yield waiting.popleft().get()
            while waiting:
                yield waiting.popleft().get()
    finally:
        _plans = []
        gc.unfreeze()


def _quiet_on_interrupt() -> None:
    """Ctrl+C reaches the whole process group: the main process rolls back and stops the workers, which need not
    each print their own traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _draw(piece: Piece) -> Drawn:
    return _draw_with(_plans, piece)


def _draw_with(plans: list[Plan], piece: Piece) -> Drawn:
    township, kind, first, count = piece
    plan = plans[township]
    if kind == "people":
        return demo_draw.draw_people(plan, first, count)
    return demo_draw.draw_matters(plan, first, count)
