"""Writing a report file so that nobody ever sees half of it: the work goes to a temporary name in the same folder
and is renamed over the target only when complete; a failure or a cancel removes the temporary file."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic(path: Path | str) -> Iterator[Path]:
    target = Path(path)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
