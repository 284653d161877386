#!/bin/bash
# Put the built program (dist/CareCenter from packaging/carecenter.spec) in the user's menu:
#   bash packaging/install-linux.sh [dist/CareCenter]
# It copies the folder to ~/.local/opt/CareCenter, links carecenter and carecenter-cli into ~/.local/bin, and installs
# the desktop entry and the icon. Nothing outside the user's home is touched. Run again to update.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SOURCE=${1:-$HERE/../dist/CareCenter}
[ -x "$SOURCE/CareCenter" ] || { echo "no built program in $SOURCE (pyinstaller packaging/carecenter.spec)"; exit 1; }
TARGET=$HOME/.local/opt/CareCenter
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$HOME/.local/share/applications" \
         "$HOME/.local/share/icons/hicolor/256x256/apps" "$HOME/.local/share/icons/hicolor/48x48/apps"
rm -rf "$TARGET.new" && cp -a "$SOURCE" "$TARGET.new" && rm -rf "$TARGET" && mv "$TARGET.new" "$TARGET"
ln -sf "$TARGET/CareCenter" "$HOME/.local/bin/carecenter"
ln -sf "$TARGET/carecenter-cli" "$HOME/.local/bin/carecenter-cli"
cp "$HERE/../resources/icons/carecenter-256.png" "$HOME/.local/share/icons/hicolor/256x256/apps/carecenter.png"
cp "$HERE/../resources/icons/carecenter-48.png" "$HOME/.local/share/icons/hicolor/48x48/apps/carecenter.png"
sed "s|^Exec=carecenter|Exec=$TARGET/CareCenter|" "$HERE/carecenter.desktop" \
    > "$HOME/.local/share/applications/carecenter.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$HOME/.local/share/applications" || true
echo "CareCenter installed in $TARGET; it is in the applications menu (Office) and runs as 'carecenter'."
