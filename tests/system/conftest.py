"""Fixtures shared by the system tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _mount_tmpfs(point: Path, size: str) -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a real full disk needs a tmpfs mount, which needs root here")
    if shutil.which("mount") is None:
        pytest.skip("mount(8) is not installed")
    point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                             str(point)], capture_output=True, text=True, timeout=20)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Factory: ``small_disk("256k")`` mounts a fresh tmpfs of that size; unmounted after."""
    mounted: list[Path] = []

    def make(size: str) -> Path:
        point = tmp_path / f"tmpfs{len(mounted)}"
        _mount_tmpfs(point, size)
        mounted.append(point)
        return point

    yield make
    for point in mounted:
        if subprocess.run(["umount", str(point)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(point)], capture_output=True)
