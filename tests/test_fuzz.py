"""Fuzzing every parser that reads what others wrote (see tests/fuzz_targets.py): each target runs in a child
process with an address-space limit and a time limit, and fails on any exception that is not one of the app's
own errors, on an input slower than the per-input deadline, on a MemoryError or on the time limit."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fuzz_targets import TARGETS

ROOT = Path(__file__).resolve().parents[1]
MEMORY_LIMIT = 2 << 30  # bytes of address space for the child
TIME_LIMIT = 120  # seconds for one target's few hundred inputs (a few seconds when all is well)


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_fuzz(target):
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tests.fuzz_targets", target],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT,
            preexec_fn=_limits,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"fuzzing {target} did not finish within {TIME_LIMIT} s")
    assert done.returncode == 0, f"fuzzing {target} failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}"
    assert "inputs passed" in done.stdout
