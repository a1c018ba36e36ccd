#!/usr/bin/env bash
# Install the IPT Desktop bundle for the current user, or remove it again. No root needed.
#
# Usage: build/install-linux.sh [--uninstall] [BUNDLE_DIR]
#   BUNDLE_DIR  the one-folder bundle (default: dist/ipt-desktop next to this script's repo)
#
# Installs:
#   ~/.local/opt/ipt-desktop/                     the bundle (replaced atomically on reinstall)
#   ~/.local/bin/ipt-desktop                      symlink to the bundle's executable
#   ~/.local/share/applications/ipt-desktop.desktop
#   ~/.local/share/icons/hicolor/{48x48,128x128,256x256}/apps/ipt-desktop.png, scalable/apps/ipt-desktop.svg
# The user's data (per-user data folder, or IPT_DATA_DIR) is never touched, not even by --uninstall.
# XDG_DATA_HOME is honoured for share/; PREFIX (default ~/.local) moves everything.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DATA_HOME=${XDG_DATA_HOME:-$PREFIX/share}
OPT=$PREFIX/opt/ipt-desktop
BIN=$PREFIX/bin/ipt-desktop
APPS=$DATA_HOME/applications
ICONS=$DATA_HOME/icons/hicolor
DESKTOP=$APPS/ipt-desktop.desktop
ICON_SIZES=(48 128 256)

refresh_caches() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
}

uninstall_bundle() {
    if [[ -L $BIN && $(readlink "$BIN") == "$OPT/"* ]]; then rm -f "$BIN"; fi
    rm -rf "$OPT" "$DESKTOP"
    rm -f "$ICONS/scalable/apps/ipt-desktop.svg"
    for size in "${ICON_SIZES[@]}"; do rm -f "$ICONS/${size}x${size}/apps/ipt-desktop.png"; done
    refresh_caches
    echo "IPT Desktop removed from $PREFIX (your library data was left in place)."
}

install_bundle() {
    local bundle=$1
    if [[ ! -x $bundle/ipt-desktop || ! -d $bundle/_internal ]]; then
        echo "install-linux.sh: $bundle is not a bundle (run 'make bundle' first)" >&2
        exit 2
    fi
    "$bundle/ipt-desktop" --version >/dev/null || { echo "install-linux.sh: $bundle/ipt-desktop does not run" >&2; exit 1; }

    mkdir -p "$PREFIX/opt" "$PREFIX/bin" "$APPS"
    # Copy beside the old install, then swap, so a failed copy never leaves a half-installed app.
    local staging
    staging=$(mktemp -d "$PREFIX/opt/.ipt-desktop-new.XXXXXX")
    cp -a "$bundle/." "$staging/"
    chmod 755 "$staging"
    rm -rf "$OPT.old"
    if [[ -e $OPT ]]; then mv "$OPT" "$OPT.old"; fi
    mv "$staging" "$OPT"
    rm -rf "$OPT.old"

    ln -sfn "$OPT/ipt-desktop" "$BIN"

    local icons_src=$REPO/resources/icons
    [[ -d $OPT/_internal/resources/icons ]] && icons_src=$OPT/_internal/resources/icons
    for size in "${ICON_SIZES[@]}"; do
        if [[ -f $icons_src/ipt-desktop-$size.png ]]; then
            install -D -m 644 "$icons_src/ipt-desktop-$size.png" "$ICONS/${size}x${size}/apps/ipt-desktop.png"
        fi
    done
    install -D -m 644 "$icons_src/ipt-desktop.svg" "$ICONS/scalable/apps/ipt-desktop.svg"

    # Absolute paths: ~/.local/bin is not on every desktop session's PATH.
    local desktop_src=$REPO/resources/linux/ipt-desktop.desktop
    sed -e "s|^Exec=.*|Exec=\"$OPT/ipt-desktop\"|" -e "s|^TryExec=.*|TryExec=$OPT/ipt-desktop|" \
        "$desktop_src" > "$DESKTOP.tmp"
    chmod 644 "$DESKTOP.tmp"
    mv "$DESKTOP.tmp" "$DESKTOP"
    refresh_caches

    echo "IPT Desktop $("$OPT/ipt-desktop" --version | awk '{print $NF}') installed in $OPT"
    case ":$PATH:" in
        *":$PREFIX/bin:"*) ;;
        *) echo "Note: $PREFIX/bin is not on your PATH; the menu entry works regardless." ;;
    esac
}

case "${1:-}" in
    --uninstall) uninstall_bundle ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' ;;
    -*) echo "install-linux.sh: unknown option $1 (use --uninstall or --help)" >&2; exit 2 ;;
    *) install_bundle "$(cd "${1:-$REPO/dist/ipt-desktop}" 2>/dev/null && pwd || echo "${1:-$REPO/dist/ipt-desktop}")" ;;
esac
