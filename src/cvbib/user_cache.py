"""The user's cache folder (``$XDG_CACHE_HOME/cvbib``): things cvbib computes once per machine."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cvbib"


def write_atomic(path: Path, data: bytes) -> bool:
    """Write a cache file whole or not at all (other cvbib processes may read it meanwhile).

    A cache that cannot be written (a read-only home) is no error: False, and it is
    computed again next time.
    """
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        tmp.replace(path)
        return True
    except OSError:
        tmp.unlink(missing_ok=True)
        return False
