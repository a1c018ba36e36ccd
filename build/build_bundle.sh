#!/usr/bin/env bash
# Build the one-folder bundle dist/ipt-desktop/ with PyInstaller (work files in build/work/).
#
# Usage: build/build_bundle.sh [--force] [--clean]
#   --force  rebuild even when the bundle is newer than every source
#   --clean  also drop PyInstaller's cache (build/work) first
# Env: PYTHON (default .venv/bin/python). Needs the library seed in build/library (`make library`).
# The build is skipped when dist/ipt-desktop/ipt-desktop is newer than the package, resources, migrations,
# the seed, this script, the spec and pyproject.toml; a fresh clone always builds once.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
BUNDLE=dist/ipt-desktop
FORCE=0
CLEAN=()
for arg in "$@"; do
    case "$arg" in
        --force) FORCE=1 ;;
        --clean) CLEAN=(--clean) ;;
        *) echo "build_bundle.sh: unknown option $arg (use --force or --clean)" >&2; exit 2 ;;
    esac
done

if [[ ! -f build/library/content.db ]]; then
    echo "build_bundle.sh: build/library/content.db is missing; run 'make library' first" >&2
    exit 2
fi

# The seed must match this checkout, or the bundle's first launch would re-index. `make library` tracks the
# content files but not the index schema in the code, so check what the app itself would decide.
seed_is_current() {
    "$PYTHON" - <<'PY'
import shutil, sys, tempfile
from pathlib import Path
from ipt_desktop.core.library import Library

with tempfile.TemporaryDirectory() as tmp:
    shutil.copytree("build/library", Path(tmp) / "data")
    with Library(Path(tmp) / "data", seed_dir=Path(tmp) / "none") as library:
        stale = not library.bundled_is_current() or library.index_problem() is not None
sys.exit(1 if stale else 0)
PY
}
if ! seed_is_current; then
    echo "The library seed is stale (content or index schema changed); rebuilding build/library ..."
    "$PYTHON" build/build_library.py build/library
fi

if [[ $FORCE == 0 && -x $BUNDLE/ipt-desktop ]]; then
    newer=$(find ipt_desktop resources db build/library build/ipt-desktop.spec build/launch.py \
                 build/build_bundle.sh pyproject.toml -type f -newer "$BUNDLE/ipt-desktop" \
                 ! -name '*.pyc' -print -quit)
    if [[ -z $newer ]]; then
        echo "Bundle is up to date: $BUNDLE ($(du -sm "$BUNDLE" | cut -f1) MB); use --force to rebuild"
        exit 0
    fi
fi

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "Installing PyInstaller (the [bundle] extra) ..."
    "$PYTHON" -m pip install --quiet -e '.[bundle]'
fi

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm "${CLEAN[@]}" --log-level WARN \
    --distpath dist --workpath build/work build/ipt-desktop.spec
# PyInstaller keeps the exe's mtime from build/work; touch it so the up-to-date check above sees this build.
touch "$BUNDLE/ipt-desktop"
echo "Bundle built in $(( $(date +%s) - start )) s: $BUNDLE ($(du -sm "$BUNDLE" | cut -f1) MB)"
