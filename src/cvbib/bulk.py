"""Bulk work without the cyclic garbage collector.

Reading a library, finding duplicates and writing the result make millions of small
objects that live to the end of the step and form no cycles. The collector would rescan
them again and again and free nothing: a third of a 100,000-entry merge. Each bulk step
pauses it (``@gc_paused()`` or ``with gc_paused():``); nesting is fine.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
