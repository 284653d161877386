"""The log file beside the default store, where unexpected errors leave their traceback (never on screen)."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

import platformdirs

from carecenter.store import APP_NAME


def log_path() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_NAME)) / "carecenter.log"


def log_exception(error: BaseException) -> Path:
    """Append the error's traceback to the log file; returns the file's path."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(error)))
    except OSError:
        logging.getLogger("carecenter").exception("could not write the log file")
    return path


def log_note(text: str) -> None:
    """One line in the log file (what the program did on its own, such as cleaning up after a crash)."""
    from carecenter import clock
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"{clock.now():%Y-%m-%d %H:%M:%S} {text}\n")
    except OSError:
        logging.getLogger("carecenter").warning(text)
