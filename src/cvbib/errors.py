"""Errors a user can act on. The CLI prints them as one line and exits with code 2."""

from __future__ import annotations


class CvbibError(Exception):
    """An input or usage problem, with the file (and line) it concerns."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}: " if path and line else f"{path}: " if path else ""
        super().__init__(f"{where}{message}")
