"""Environment defaults that must be in place before Prefect or the model libraries are imported.

Each is a default: a value the user already set wins.
"""

from __future__ import annotations

import os

DEFAULTS = {
    # Telemetry calls fail on machines without internet and flood the log.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # A cold ephemeral API takes ~10 s on two cores; the default limit is too close.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    # Models come from installed packages; never reach for a hub.
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
}


def apply() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)


apply()
