#!/usr/bin/env bash
# Extract the user-visible strings of ipt_desktop/ui/*.py into the translation sources and compile them.
#
# Usage: build/update_translations.sh
#   1. pyside6-lupdate merges new/changed messages into resources/translations/ipt_desktop_<lang>.ts
#      (existing translations are kept; vanished messages are dropped). The English file holds only the
#      plural (%n) messages: every other English text is its own source string.
#   2. pyside6-lrelease compiles each .ts into the .qm beside it (what the app loads at run time).
# Then translate the new/unfinished messages of each ipt_desktop_<lang>.ts (Qt Linguist: .venv/bin/pyside6-linguist)
# and run this script again to refresh the .qm files.
# Env: BIN (default .venv/bin, falling back to PATH).
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BIN:-.venv/bin}
tool() {
    if [[ -x "$BIN/$1" ]]; then echo "$BIN/$1"; else command -v "$1"; fi
}
LUPDATE=$(tool pyside6-lupdate)
LRELEASE=$(tool pyside6-lrelease)
DIR=resources/translations
# Every interface language but English, which is the source language.
TRANSLATED="de fr it es pl nl pt sk"
mkdir -p "$DIR"

SOURCES=(ipt_desktop/ui/*.py)
"$LUPDATE" -silent -no-obsolete -locations relative -source-language en -target-language en \
    -pluralonly "${SOURCES[@]}" -ts "$DIR/ipt_desktop_en.ts"
for lang in $TRANSLATED; do
    "$LUPDATE" -silent -no-obsolete -locations relative -source-language en -target-language "$lang" \
        "${SOURCES[@]}" -ts "$DIR/ipt_desktop_$lang.ts"
done

for lang in en $TRANSLATED; do
    "$LRELEASE" -silent "$DIR/ipt_desktop_$lang.ts" -qm "$DIR/ipt_desktop_$lang.qm"
done
echo "update_translations.sh: updated $DIR/ipt_desktop_{en $TRANSLATED}.{ts,qm}"
