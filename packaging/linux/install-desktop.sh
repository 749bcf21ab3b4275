#!/bin/sh
# Register cjm-desktop with the Linux desktop for the current user:
#   - $XDG_DATA_HOME/applications/cjm-desktop.desktop  (Exec = absolute path)
#   - $XDG_DATA_HOME/mime/packages/cjm-desktop.xml     (application/x-cjm, *.cjm)
#   - $XDG_DATA_HOME/icons/hicolor/...                 (app and document icons)
# then refreshes the MIME, desktop and icon caches with whichever of
# update-mime-database, update-desktop-database, gtk-update-icon-cache and
# xdg-icon-resource are installed (none of them is required).
# XDG_DATA_HOME defaults to ~/.local/share. Nothing is written outside it.
#
# Usage: install-desktop.sh [--exec /abs/path/to/cjm-desktop] [--uninstall]
#   --exec  the program the menu entry starts (default: cjm-desktop on PATH);
#           `make install-desktop` passes the venv's, and a PyInstaller build
#           can pass dist/cjm-desktop/cjm-desktop.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
icons="$root/resources/icons"

say() { printf 'install-desktop: %s\n' "$*"; }
die() { printf 'install-desktop: %s\n' "$*" >&2; exit 2; }

exec_path=""
uninstall=0
while [ $# -gt 0 ]; do
    case "$1" in
        --exec) [ $# -ge 2 ] || die "--exec needs a path"; exec_path=$2; shift 2 ;;
        --exec=*) exec_path=${1#--exec=}; shift ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option '$1' (try --help)" ;;
    esac
done

# The XDG base directory spec says to ignore a relative XDG_DATA_HOME.
data=${XDG_DATA_HOME:-}
case "$data" in
    /*) ;;
    *) [ -n "${HOME:-}" ] || die "neither XDG_DATA_HOME nor HOME is set"; data="$HOME/.local/share" ;;
esac
apps="$data/applications"
mime="$data/mime"
hicolor="$data/icons/hicolor"

refresh_caches() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$mime" || say "update-mime-database failed; .cjm files may not be recognised until the next login"
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$apps" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -f -t "$hicolor" || true
    fi
    if command -v xdg-icon-resource >/dev/null 2>&1; then
        xdg-icon-resource forceupdate --mode user || true
    fi
}

if [ "$uninstall" -eq 1 ]; then
    rm -f "$apps/cjm-desktop.desktop" "$mime/packages/cjm-desktop.xml"
    for f in "$hicolor"/*/apps/cjm-desktop.png "$hicolor"/*/mimetypes/application-x-cjm.png \
             "$hicolor/scalable/apps/cjm-desktop.svg" "$hicolor/scalable/mimetypes/application-x-cjm.svg"; do
        rm -f "$f"
    done
    mkdir -p "$mime/packages" "$apps" "$hicolor"
    refresh_caches
    say "removed cjm-desktop from $data"
    exit 0
fi

if [ -z "$exec_path" ]; then
    exec_path=$(command -v cjm-desktop 2>/dev/null || true)
    [ -n "$exec_path" ] || die "cjm-desktop is not on PATH: run 'make install-desktop' or pass --exec /path/to/cjm-desktop"
fi
case "$exec_path" in
    /*) ;;
    *) exec_path="$(pwd)/$exec_path" ;;
esac
[ -f "$exec_path" ] && [ -x "$exec_path" ] || die "$exec_path is not an executable program: run 'make venv' (or 'make package') first"

# Exec= value per the Desktop Entry spec: quote the path when it has anything
# but plain characters (inside quotes \ " ` $ take a backslash), then double
# every backslash (string escaping) and write % as %%.
desktop_exec_arg() {
    case "$1" in
        *[!A-Za-z0-9/._+-]*)
            printf '"%s"' "$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')" ;;
        *) printf '%s' "$1" ;;
    esac
}
# TryExec= is a plain string: only backslashes are escaped.
desktop_string() { printf '%s' "$1" | sed -e 's/\\/\\\\/g'; }

mkdir -p "$apps" "$mime/packages" "$hicolor"

# Desktop entry, with Exec/TryExec pointing at this program.
CJM_EXEC_LINE="Exec=$(desktop_exec_arg "$exec_path") %f" \
CJM_TRYEXEC_LINE="TryExec=$(desktop_string "$exec_path")" \
    awk '/^Exec=/ { print ENVIRON["CJM_EXEC_LINE"]; next }
         /^TryExec=/ { print ENVIRON["CJM_TRYEXEC_LINE"]; next }
         { print }' "$here/cjm-desktop.desktop" > "$apps/cjm-desktop.desktop.tmp"
chmod 644 "$apps/cjm-desktop.desktop.tmp"
mv "$apps/cjm-desktop.desktop.tmp" "$apps/cjm-desktop.desktop"

# MIME type.
cp "$here/cjm-desktop-mime.xml" "$mime/packages/cjm-desktop.xml"

# Icons: every rendered size, plus the SVGs as the scalable ones.
for dir in "$icons"/hicolor/*x*; do
    size=$(basename "$dir")
    for context in apps mimetypes; do
        for png in "$dir/$context"/*.png; do
            [ -e "$png" ] || continue
            mkdir -p "$hicolor/$size/$context"
            cp "$png" "$hicolor/$size/$context/"
        done
    done
done
mkdir -p "$hicolor/scalable/apps" "$hicolor/scalable/mimetypes"
cp "$icons/cjm-desktop.svg" "$hicolor/scalable/apps/cjm-desktop.svg"
cp "$icons/application-x-cjm.svg" "$hicolor/scalable/mimetypes/application-x-cjm.svg"

refresh_caches
say "registered $exec_path for .cjm files in $data"
