"""`make bench`: every benchmark in one run, printed as one JSON object.

- search: our Whoosh search against SQLite FTS5 (porter unicode61, bm25, snippet) on the same generated
  corpus, at 10k, 50k and 100k documents, with re-index speed against a naive single-writer Whoosh build;
- sync: 500 new items from a loopback feed, end to end into the index;
- desktop: cold start against a bare PySide6 window, the GUI thread during a 500-item sync, and keystroke
  to results in a 10k-document library.

``--quick`` runs small sizes (a few minutes) for a smoke check.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(module: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True)
    out = done.stdout.strip()
    start = out.find("{")
    try:
        return json.loads(out[start:]) if start >= 0 else {"error": done.stderr.strip()[-2000:]}
    except json.JSONDecodeError:
        return {"error": f"unreadable output: {out[-500:]}", "stderr": done.stderr.strip()[-2000:]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    quick = ["--quick"] if args.quick else []
    report = {
        "search": _run(
            "benchmarks.bench_search",
            *(quick or ["--sizes", "10000,50000,100000", "--naive-max", "10000"]),
        ),
        "sync": _run("benchmarks.bench_sync", *quick),
        "desktop": _run("benchmarks.bench_ui", *quick),
    }
    print(json.dumps(report, indent=2))
    return 0 if all("error" not in section for section in report.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
