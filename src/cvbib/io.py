"""Writing files safely: to a temporary file beside the target, then an atomic rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cvbib.errors import CvbibError


def write_atomic(path: str, text: str, *, backup: bool = False) -> None:
    target = Path(path)
    if target.is_dir():
        raise CvbibError("is a directory; give a file name", path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.exists():
        raise CvbibError(f"the folder {directory} does not exist", path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        if backup and target.exists():
            bak = target.with_name(target.name + ".bak")
            bak.write_bytes(target.read_bytes())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CvbibError(f"cannot write: {exc.strerror or exc}", path) from exc
