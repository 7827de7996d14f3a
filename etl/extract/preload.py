"""Imported by the fork server of the workers' process pool: builds the pipelines there, once.

`LocalExecutor` names this module in the fork server's preload list, so every worker is
forked with the pipelines built and frozen (`warm_up`), sharing their pages copy-on-write,
instead of building its own: each worker's warm-up took 1.6 s of CPU (0.56 s of imports,
1.04 s of pipelines). A failure is left to the workers: each one tries again in its
initializer, and its tasks raise the error (`_pool_warm_up`).
"""

from __future__ import annotations

import signal

from etl.extract.parallel import warm_up

# Ctrl-C stops the run in the main process; the fork server ignores it once it is serving,
# and must not die of it (with a traceback) while it builds the pipelines.
signal.signal(signal.SIGINT, signal.SIG_IGN)
try:
    warm_up()
except Exception:  # noqa: BLE001 - raised again by the workers' own warm-up
    pass
