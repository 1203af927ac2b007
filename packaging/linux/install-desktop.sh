#!/bin/sh
# Registers RequestDesk with the desktop for the current user (no root needed):
# the menu entry, its icons, and the file types *.request.json and *.requestpkg, so that
# a double-click on such a file opens it in RequestDesk.
#
#   install-desktop.sh [PROGRAM]     PROGRAM: the requestdesk executable (default: the
#                                    bundle this script is in, else .venv/bin/requestdesk)
#   install-desktop.sh --uninstall   removes what it installed
#
# Follows the XDG base directories ($XDG_DATA_HOME, default ~/.local/share).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
mime="$data/mime"
icons="$data/icons/hicolor"
sizes="16 24 32 48 64 128 256"

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$mime" || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/requestdesk.desktop" "$mime/packages/requestdesk-mime.xml" "$icons/scalable/apps/requestdesk.svg"
  for s in $sizes; do
    rm -f "$icons/${s}x${s}/apps/requestdesk.png" \
          "$icons/${s}x${s}/mimetypes/application-x-requestdesk-request.png" \
          "$icons/${s}x${s}/mimetypes/application-x-requestdesk-package.png"
  done
  refresh
  echo "RequestDesk removed from the desktop menu and file associations."
  exit 0
fi

# The program the menu entry and double-clicks start.
if [ $# -ge 1 ]; then
  program=$1
elif [ -x "$here/../../requestdesk" ]; then          # <bundle>/_internal/desktop/ (the bundle)
  program="$here/../../requestdesk"
elif [ -x "$here/../../.venv/bin/requestdesk" ]; then  # packaging/linux/ in a source checkout
  program="$here/../../.venv/bin/requestdesk"
else
  echo "install-desktop.sh: say which requestdesk program to register: install-desktop.sh PROGRAM" >&2
  exit 2
fi
if [ ! -x "$program" ]; then
  echo "install-desktop.sh: $program is not an executable program" >&2
  exit 2
fi
program=$(cd "$(dirname "$program")" && pwd)/$(basename "$program")
# The program's full path in double quotes (spaces allowed); the characters the Desktop
# Entry specification would need escaped twice are refused rather than risked.
case "$program" in
  *'"'*|*'`'*|*'$'*|*'\'*|*'|'*|*'%'*)
    echo "install-desktop.sh: move RequestDesk to a folder whose path has none of \" \` \$ \\ | %" >&2
    exit 2 ;;
esac

# The icon master: beside this script in a bundle, in resources/icons/ in a source checkout.
svg="$here/requestdesk.svg"
[ -f "$svg" ] || svg="$here/../../resources/icons/requestdesk.svg"

mkdir -p "$apps" "$mime/packages" "$icons/scalable/apps"
for s in $sizes; do
  mkdir -p "$icons/${s}x${s}/apps" "$icons/${s}x${s}/mimetypes"
  cp "$here/icons/${s}x${s}/requestdesk.png" "$icons/${s}x${s}/apps/requestdesk.png"
  cp "$here/icons/${s}x${s}/requestdesk.png" "$icons/${s}x${s}/mimetypes/application-x-requestdesk-request.png"
  cp "$here/icons/${s}x${s}/requestdesk.png" "$icons/${s}x${s}/mimetypes/application-x-requestdesk-package.png"
done
[ -f "$svg" ] && cp "$svg" "$icons/scalable/apps/requestdesk.svg"
cp "$here/requestdesk-mime.xml" "$mime/packages/requestdesk-mime.xml"

sed -e "s|^Exec=.*|Exec=\"$program\" %F|" -e "s|^TryExec=.*|TryExec=$program|" \
  "$here/requestdesk.desktop" > "$apps/requestdesk.desktop"
chmod 0644 "$apps/requestdesk.desktop"

refresh
if command -v xdg-mime >/dev/null 2>&1; then
  xdg-mime default requestdesk.desktop application/x-requestdesk-request application/x-requestdesk-package || true
else
  # What xdg-mime would write: this user's default application for the two types.
  list="${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list"
  mkdir -p "$(dirname "$list")"
  touch "$list"
  grep -q '^\[Default Applications\]' "$list" || printf '[Default Applications]\n' >> "$list"
  for type in application/x-requestdesk-request application/x-requestdesk-package; do
    grep -v "^$type=" "$list" > "$list.tmp" || true
    mv "$list.tmp" "$list"
    sed -i "/^\[Default Applications\]/a $type=requestdesk.desktop" "$list"
  done
fi
echo "RequestDesk registered for $(id -un): menu entry, icons, *.request.json and *.requestpkg open with $program"
