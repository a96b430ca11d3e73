"""Playwright's Node.js for the frozen app: shipped xz-compressed, unpacked once on first use.

Node is the largest single file of the bundle (over a third of it) and only the opt-in live reader
needs it, so the installers carry it compressed and the first live start unpacks it into the user's
cache folder, keyed by the packed file's digest so an upgrade never runs a stale copy.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import shutil
import stat
import sys
import tempfile
from functools import cache
from pathlib import Path

import platformdirs

from engine.core.errors import ChatTasksError

APP_NAME = "ChatTasks"
NODE_NAME = "node.exe" if sys.platform == "win32" else "node"
PACKED_SUFFIX = ".xz"
EXECUTABLE = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH


class NodeRuntimeError(ChatTasksError):
    """The packed Node.js runtime could not be unpacked."""


def playwright_driver_dir() -> Path:
    """The `driver/` folder of the installed (or bundled) Playwright package."""
    import playwright

    return Path(playwright.__file__).resolve().parent / "driver"


def default_cache_dir() -> Path:
    """Where unpacked runtimes live: the user's cache folder."""
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_NAME)) / "runtime"


def ensure_node(driver_dir: Path | None = None, cache_dir: Path | None = None) -> Path | None:
    """Point Playwright at a runnable Node.js; returns the unpacked path, or None when not needed.

    Nothing happens when PLAYWRIGHT_NODEJS_PATH is already set or the driver carries a plain
    `node` (a source install). Otherwise `node.xz` is unpacked (once per digest) and
    PLAYWRIGHT_NODEJS_PATH names it for this process and the driver it starts.
    """
    if os.environ.get("PLAYWRIGHT_NODEJS_PATH"):
        return None
    driver = driver_dir or playwright_driver_dir()
    if (driver / NODE_NAME).is_file():
        return None
    packed = driver / (NODE_NAME + PACKED_SUFFIX)
    if not packed.is_file():
        return None  # Playwright reports the missing runtime itself
    target = unpack(packed, cache_dir or default_cache_dir())
    os.environ["PLAYWRIGHT_NODEJS_PATH"] = str(target)
    return target


def unpack(packed: Path, cache_dir: Path) -> Path:
    """The runnable file unpacked from `packed` under `cache_dir`, unpacking it if missing."""
    stat_now = packed.stat()
    digest = _digest(str(packed), stat_now.st_size, stat_now.st_mtime_ns)
    target = cache_dir / f"node-{digest[:16]}" / NODE_NAME
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    # Unpack beside the target and rename: a crash or a second process never sees half a file.
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".unpacking-")
    try:
        with os.fdopen(handle, "wb") as out, lzma.open(packed) as source:
            shutil.copyfileobj(source, out, length=1 << 20)
        os.chmod(temporary, EXECUTABLE)
        os.replace(temporary, target)
    except (OSError, EOFError, lzma.LZMAError) as error:
        Path(temporary).unlink(missing_ok=True)
        problem = f"cannot unpack the browser driver's Node.js: {error}"
        raise NodeRuntimeError(f"{packed}: {problem}") from error
    return target


@cache
def _digest(path: str, size: int, mtime_ns: int) -> str:
    """sha256 of the packed file, once per process and version of it (each reader start asks)."""
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()
