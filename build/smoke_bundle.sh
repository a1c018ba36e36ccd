#!/usr/bin/env bash
# Smoke test of the one-folder bundle: build (or reuse), size, --version, --self-test from a fresh HOME and
# data directory with the bundle folder read-only, a parallel re-index of 1,600 imported documents in worker
# processes started from the bundle's executable, the bad-input cases, and cold start against
# `python -m ipt_desktop --self-test` (and a bare PySide6 window) in the same run.
#
# Usage: build/smoke_bundle.sh [--no-build] [--runs N]
# Prints one JSON object on stdout (also written to build/work/smoke_bundle.json); progress goes to stderr.
# Exit 0 when every check passed, 1 otherwise. KEEP=1 keeps the scratch folder with every output.
#
# When run as root, the bundle runs as the unprivileged user `nobody` (via setpriv): root ignores file modes,
# so "the bundle folder is read-only" and "the data directory is not writable" would otherwise prove nothing.
set -uo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

PYTHON=${PYTHON:-.venv/bin/python}
[[ $PYTHON == */* ]] && PYTHON=$(realpath -s "$PYTHON")  # the checks run from another folder
BUNDLE=$REPO/dist/ipt-desktop
EXE=$BUNDLE/ipt-desktop
MAX_MB=160  # 150 until decks exported to PowerPoint: python-pptx needs Pillow and lxml (about 11 MB)
RUNS=3
BUILD=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --no-build) BUILD=0 ;;
        --runs) RUNS=$2; shift ;;
        *) echo "smoke_bundle.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

log() { echo "smoke: $*" >&2; }
SCRATCH=$(mktemp -d /tmp/ipt-smoke.XXXXXX)
chmod 755 "$SCRATCH"
cleanup() {
    chmod -R u+w "$BUNDLE" 2>/dev/null
    chmod -R u+w "$SCRATCH" 2>/dev/null
    if [[ -n ${KEEP:-} ]]; then log "kept $SCRATCH"; else rm -rf "$SCRATCH"; fi
}
trap cleanup EXIT

# -- who runs the app -----------------------------------------------------------------------------------------
RUN_AS=()
RUN_USER=$(id -un)
if [[ $(id -u) == 0 ]]; then
    if command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
        RUN_AS=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups)
        RUN_USER=nobody
    else
        log "running as root without setpriv: read-only checks are weaker"
    fi
fi
# A fresh folder that the app's user owns.
fresh_dir() {
    local dir
    dir=$(mktemp -d "$SCRATCH/$1.XXXXXX")
    [[ $RUN_USER == nobody ]] && chown nobody "$dir"
    echo "$dir"
}
# run LABEL CMD...: run as the app's user with a fresh HOME, offscreen; stdout/stderr into files.
# AS=() runs as the invoking user instead (the venv's interpreter may live where `nobody` cannot read).
# RUN_ENV adds VAR=value settings to the otherwise empty environment; RUN_TIMEOUT is in seconds.
AS=("${RUN_AS[@]}")
RUN_ENV=()
RUN_TIMEOUT=120
run() {
    local label=$1; shift
    local home
    home=$(fresh_dir home)
    env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "${RUN_ENV[@]}" \
        "${AS[@]}" timeout "$RUN_TIMEOUT" "$@" >"$SCRATCH/$label.out" 2>"$SCRATCH/$label.err"
}

declare -A CHECK
FAILED=0
check() {  # check NAME CONDITION-EXIT-CODE MESSAGE
    if [[ $2 == 0 ]]; then CHECK[$1]=true; log "ok   $1"
    else CHECK[$1]=false; FAILED=1; log "FAIL $1: $3"; fi
}
first_line() { head -c 400 "$1" | head -n 3 | tr '\n' ' '; }

# -- build ----------------------------------------------------------------------------------------------------
BUILD_S=null
BUILT=false
if [[ $BUILD == 1 ]]; then
    start=$(date +%s.%N)
    build/build_bundle.sh >"$SCRATCH/build.log" 2>&1
    rc=$?
    cat "$SCRATCH/build.log" >&2
    check build $rc "build/build_bundle.sh failed"
    if grep -q "^Bundle built" "$SCRATCH/build.log"; then
        BUILT=true
        BUILD_S=$("$PYTHON" -c "import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 1))" "$start" "$(date +%s.%N)")
    fi
fi
if [[ ! -x $EXE ]]; then
    log "no bundle at $EXE"; exit 1
fi

# -- size -----------------------------------------------------------------------------------------------------
SIZE_MB=$(du -sm "$BUNDLE" | cut -f1)
[[ $SIZE_MB -le $MAX_MB ]]; check size_le_${MAX_MB}mb $? "$SIZE_MB MB"

# -- an installed copy, read-only from here on ----------------------------------------------------------------
# The checks run on a copy in a world-readable folder: the checkout may sit in a folder that `nobody` cannot
# enter (a private temporary directory), which says nothing about the bundle.
cp -a "$BUNDLE" "$SCRATCH/ipt-desktop"
BUNDLE=$SCRATCH/ipt-desktop
EXE=$BUNDLE/ipt-desktop
manifest() { find "$BUNDLE" -printf '%P %s %T@ %m\n' | sort | sha256sum | cut -d' ' -f1; }
chmod -R a-w "$BUNDLE"
BEFORE=$(manifest)
# The bundle runs from a folder its user can enter, as a user's own shell would: a spawned index worker
# changes into its parent's working directory, which `nobody` cannot do in a private checkout.
cd "$SCRATCH"

run version "$EXE" --version
rc=$?
grep -Eq '^ipt-desktop [0-9]' "$SCRATCH/version.out"; check version $(( rc || $? )) "rc=$rc $(first_line "$SCRATCH/version.out") $(first_line "$SCRATCH/version.err")"

DATA=$(fresh_dir data)
run self_test "$EXE" --self-test --data-dir "$DATA/library"
rc=$?
check self_test $rc "rc=$rc $(first_line "$SCRATCH/self_test.out") $(first_line "$SCRATCH/self_test.err")"
# First launch must copy the seed, not index: the same index segments as the seed, no rebuild notice.
seed_files=$(cd "$BUNDLE/_internal/library/index" && ls | grep -v '\.lock$' | sort | tr '\n' ' ')
data_files=$(cd "$DATA/library/index" 2>/dev/null && ls | grep -v '\.lock$' | sort | tr '\n' ' ')
[[ -n $seed_files && $seed_files == "$data_files" ]] && ! grep -qi "index rebuilt" "$SCRATCH/self_test.err"
check first_launch_no_indexing $? "index in the data directory differs from the seed's: [$data_files] vs [$seed_files]"

# -- a parallel re-index from the bundle ------------------------------------------------------------------------
# 1,600 small Markdown files imported with the bundle's `import`, then `reindex`: past PARALLEL_FROM (1,500)
# documents the build runs in worker processes. IPT_INDEX_START_METHOD=spawn starts them as the window does,
# as fresh copies of the executable, which only work when the launcher calls multiprocessing.freeze_support().
REINDEX_DOCS=1600
DOCS=$(fresh_dir docs)
"$PYTHON" - "$DOCS" "$REINDEX_DOCS" <<'PY'
import sys
from pathlib import Path

folder, count = Path(sys.argv[1]), int(sys.argv[2])
for n in range(count):
    (folder / f"smoke-{n:04d}.md").write_text(
        f"---\nid: smoke-{n:04d}\ntitle: Smoke note {n}\ntype: guide\nsummary: Generated note {n}.\n"
        f"language: en\nproject: BUILD\nlicense: CC-BY-4.0\nupdated: 2026-01-01\n---\n\n"
        f"Note {n} on procurement of item {n % 97}, with market consultation and supplier {n % 13}.\n",
        encoding="utf-8",
    )
PY
chmod -R a+rX "$DOCS"
REINDEX_DATA=$(fresh_dir reindex)
RUN_TIMEOUT=600
run reindex_import "$EXE" import "$DOCS" --data-dir "$REINDEX_DATA/library" --json
rc=$?
added=$("$PYTHON" -c "import json, sys; print(len(json.load(open(sys.argv[1]))['added']))" "$SCRATCH/reindex_import.out" 2>/dev/null)
[[ $rc == 0 && $added == "$REINDEX_DOCS" ]]
check reindex_import $? "rc=$rc, added ${added:-?} of $REINDEX_DOCS: $(first_line "$SCRATCH/reindex_import.err")"
RUN_ENV=(IPT_INDEX_START_METHOD=spawn)
run reindex "$EXE" reindex --data-dir "$REINDEX_DATA/library" --json
rc=$?
RUN_ENV=()
run reindex_stats "$EXE" stats --data-dir "$REINDEX_DATA/library" --json
RUN_TIMEOUT=120
indexed=$("$PYTHON" -c "import json, sys; print(json.load(open(sys.argv[1]))['indexed'])" "$SCRATCH/reindex.out" 2>/dev/null)
stored=$("$PYTHON" -c "import json, sys; print(json.load(open(sys.argv[1]))['documents'])" "$SCRATCH/reindex_stats.out" 2>/dev/null)
[[ $rc == 0 && -n $indexed && $indexed == "$stored" && $indexed -ge $REINDEX_DOCS ]]
check parallel_reindex_${REINDEX_DOCS} $? "rc=$rc, indexed ${indexed:-?}, library holds ${stored:-?}: $(first_line "$SCRATCH/reindex.err")"

# A deck exported to PowerPoint from the bundle: python-pptx, Pillow and lxml load from it.
PPTX_DATA=$(fresh_dir pptx)
printf '%s' '{"format": "ipt-deck", "version": 1, "name": "Smoke", "items": [{"id": "training-pre-commercial-procurement", "title": "PCP", "section": null, "content_hash": ""}]}' > "$PPTX_DATA/smoke.deck"
chmod a+r "$PPTX_DATA/smoke.deck"
run pptx_import "$EXE" decks import "$PPTX_DATA/smoke.deck" --data-dir "$PPTX_DATA/library"
run pptx_export "$EXE" decks export Smoke --format pptx -o "$PPTX_DATA/smoke.pptx" --data-dir "$PPTX_DATA/library"
rc=$?
[[ $rc == 0 && -s "$PPTX_DATA/smoke.pptx" ]] && "$PYTHON" -c "import pptx, sys; assert len(pptx.Presentation(sys.argv[1]).slides) > 3" "$PPTX_DATA/smoke.pptx"
check pptx_export $? "rc=$rc: $(first_line "$SCRATCH/pptx_export.err") $(first_line "$SCRATCH/pptx_import.err")"

[[ $(manifest) == "$BEFORE" ]]; check bundle_untouched $? "files in $BUNDLE changed during the runs"

# -- bad input: unwritable data directory ---------------------------------------------------------------------
LOCKED=$(fresh_dir locked)
chmod 555 "$LOCKED"
[[ -z ${RUN_AS[*]} && $(id -u) == 0 ]] && LOCKED=/proc/ipt-desktop-smoke  # root can write anywhere else
for mode in --self-test gui; do
    name=unwritable_${mode#--}
    name=${name//-/_}
    run "$name" "$EXE" "$mode" --data-dir "$LOCKED/library"
    rc=$?
    lines=$(grep -c . "$SCRATCH/$name.err")
    [[ $rc != 0 && $lines == 1 ]] && grep -q "not writable" "$SCRATCH/$name.err"
    check "$name" $? "rc=$rc, $lines stderr lines: $(first_line "$SCRATCH/$name.err")"
done

# -- bad input: a user.db from a newer app ---------------------------------------------------------------------
NEWER=$(fresh_dir newer)
"$PYTHON" - "$NEWER/user.db" <<'PY'
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("CREATE TABLE bookmarks(id TEXT PRIMARY KEY)")
conn.execute("INSERT INTO bookmarks VALUES ('from-the-future')")
conn.commit()
conn.execute("PRAGMA user_version=99")
conn.close()
PY
[[ $RUN_USER == nobody ]] && chown nobody "$NEWER/user.db"
HASH=$(sha256sum < "$NEWER/user.db")
for mode in --self-test gui; do
    name=newer_user_db_${mode#--}
    name=${name//-/_}
    run "$name" "$EXE" "$mode" --data-dir "$NEWER"
    rc=$?
    lines=$(grep -c . "$SCRATCH/$name.err")
    [[ $rc != 0 && $lines == 1 && $(sha256sum < "$NEWER/user.db") == "$HASH" ]] \
        && [[ ! -e $NEWER/user.db-wal && ! -e $NEWER/user.db-shm ]] && grep -q "newer" "$SCRATCH/$name.err"
    check "$name" $? "rc=$rc, $lines stderr lines, user.db $( [[ $(sha256sum < "$NEWER/user.db") == "$HASH" ]] && echo unchanged || echo CHANGED): $(first_line "$SCRATCH/$name.err")"
done

# -- cold start: fresh HOME and data directory each run, alternating so both see the same machine state -------
# All three run as the invoking user, so they compare like with like (the bundle stays read-only).
CHECK_USER=$RUN_USER
AS=()
[[ $RUN_USER == nobody ]] && RUN_USER=$(id -un)  # fresh_dir: no chown needed now
BARE=$SCRATCH/bare_window.py
cat > "$BARE" <<'PY'
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
PY
chmod 644 "$BARE"
timed() {  # timed LABEL -- CMD...: seconds, or "null" when the command failed
    local start end
    start=$(date +%s.%N)
    if run "$@"; then
        end=$(date +%s.%N)
        "$PYTHON" -c "import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 3))" "$start" "$end"
    else
        echo null
    fi
}
B_TIMES=(); P_TIMES=(); W_TIMES=()
for i in $(seq "$RUNS"); do
    d=$(fresh_dir cold); B_TIMES+=("$(timed cold_bundle_$i "$EXE" --self-test --data-dir "$d/library")")
    d=$(fresh_dir cold); P_TIMES+=("$(timed cold_python_$i "$PYTHON" -m ipt_desktop --self-test --data-dir "$d/library")")
    W_TIMES+=("$(timed cold_bare_$i "$PYTHON" "$BARE")")
done
log "cold start runs: bundle ${B_TIMES[*]}; python ${P_TIMES[*]}; bare window ${W_TIMES[*]}"

cd "$REPO"
mkdir -p build/work
checks_json=$(for k in "${!CHECK[@]}"; do echo "$k=${CHECK[$k]}"; done | sort | tr '\n' ' ')
"$PYTHON" - "$SIZE_MB" "$BUILD_S" "$BUILT" "$CHECK_USER" "$RUNS" "$checks_json" \
    "${B_TIMES[*]}" "${P_TIMES[*]}" "${W_TIMES[*]}" <<'PY' | tee build/work/smoke_bundle.json 2>/dev/null
import json, statistics, sys

size, build_s, built, user, runs, checks, bundle, python, bare = sys.argv[1:]

def series(text):
    values = [None if v == "null" else float(v) for v in text.split()]
    ok = [v for v in values if v is not None]
    return values, (round(statistics.median(ok), 3) if len(ok) == len(values) and ok else None)

b_runs, b_med = series(bundle)
p_runs, p_med = series(python)
w_runs, w_med = series(bare)
report = {
    "bundle_mb": int(size),
    "bundle_budget_mb": 160,
    "built_this_run": built == "true",
    "build_s": None if build_s == "null" else float(build_s),
    "checks_ran_as": user,
    "checks": {k: v == "true" for k, v in (item.split("=") for item in checks.split())},
    "cold_start_s": {
        "what": "fresh HOME and data dir: start, open the window offscreen, search, render a document, exit",
        "runs": int(runs),
        "bundle_median": b_med,
        "python_median": p_med,
        "bare_pyside6_window_median": w_med,
        "bundle_runs": b_runs,
        "python_runs": p_runs,
        "bare_pyside6_window_runs": w_runs,
        "bundle_vs_python": round(b_med / p_med, 2) if b_med and p_med else None,
        "bundle_vs_bare_window": round(b_med / w_med, 2) if b_med and w_med else None,
    },
}
print(json.dumps(report, indent=2))
PY
[[ ${#B_TIMES[@]} -gt 0 && ! " ${B_TIMES[*]} ${P_TIMES[*]} " =~ " null " ]] || { log "FAIL cold start: a run failed"; FAILED=1; }
exit $FAILED
