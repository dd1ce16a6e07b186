from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The tests' caches (compiled patterns, extractions, venue keys) live in a folder of their
# own: a test never reads what the user's cvbib wrote, nor leaves anything in their home.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="cvbib-test-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], True)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
LABELS = Path(__file__).resolve().parent / "labels"
GOLDEN = Path(__file__).resolve().parent / "golden"


def need_tool(*names: str) -> None:
    """Skip when a real tool is missing locally; in CI (CI=true) a missing tool fails."""
    missing = [n for n in names if shutil.which(n) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {', '.join(missing)} (see .ci/run)")
        pytest.skip(f"needs {', '.join(missing)}")
