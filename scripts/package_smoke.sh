#!/bin/bash
# Build the one-folder program with PyInstaller and open it the way a user does, under Xvfb: a demo store, an
# administrator, the log-in typed in, the main window up (CARECENTER_READY_FILE), a screenshot. It starts from a
# fresh home folder with no --db, as a new desk does: the first start's welcome dialog and administrator first.
#
#   bash scripts/package_smoke.sh [DIST_DIR]        (needs the "package" extra, xvfb, xdotool, imagemagick)
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true' EXIT

started=$(date +%s)
pyinstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK/build" packaging/carecenter.spec
echo "build: $(( $(date +%s) - started )) s, $(du -sh "$DIST/CareCenter" | cut -f1) in $DIST/CareCenter"

APP="$DIST/CareCenter"
# A new PC: an empty home folder, no data folder, no --db. The command line makes its store in the default place.
export HOME="$WORK/home" XDG_DATA_HOME= XDG_CONFIG_HOME= XDG_STATE_HOME= XDG_CACHE_HOME=
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_STATE_HOME XDG_CACHE_HOME
mkdir -p "$HOME"
"$APP/carecenter-cli" customers --json | grep -qx '\[\]' || { echo "carecenter-cli on a fresh home failed"; exit 1; }
STORE=$(find "$HOME" -name carecenter.sqlite3 | head -1)
[ -n "$STORE" ] || { echo "carecenter-cli made no store on a fresh home"; exit 1; }
rm -rf "$HOME" && mkdir -p "$HOME"   # and back to nothing for the first double-click

export DISPLAY=:${SMOKE_DISPLAY:-97}
Xvfb "$DISPLAY" -screen 0 1366x768x24 >/dev/null 2>&1 &
XVFB_PID=$!
trap 'rm -rf "$WORK"; kill ${APP_PID:-} $XVFB_PID 2>/dev/null || true' EXIT
sleep 1

window() {  # window NAME: wait for a window with this title, give it the keyboard (no window manager here)
  local id=""
  for _ in $(seq 60); do id=$(xdotool search --name "$1" 2>/dev/null | head -1) && [ -n "$id" ] && break; sleep 0.5; done
  [ -n "$id" ] || { echo "no window \"$1\""; exit 1; }
  sleep 0.5
  xdotool windowfocus --sync "$id" 2>/dev/null || true
  echo "$id"
}
ready() {
  for _ in $(seq 120); do [ -s "$WORK/ready" ] && break; sleep 0.5; done
  [ -s "$WORK/ready" ] || { echo "the main window did not open"; exit 1; }
  echo "main window: $(cat "$WORK/ready")"
}

# 1. The first double-click: the welcome dialog (新建空白数据库, the default), then the
#    administrator; the main window comes up.
CARECENTER_READY_FILE="$WORK/ready" "$APP/CareCenter" --today 2026-11-20 &
APP_PID=$!
window "欢迎使用 CareCenter" >/dev/null
xdotool key Return   # 开始 with 新建空白数据库, the default choice
window "创建管理员账户" >/dev/null
xdotool type --delay 30 "admin" && xdotool key Tab && xdotool type --delay 30 "A001" && xdotool key Tab
xdotool type --delay 30 "smoke-test-password" && xdotool key Tab && xdotool type --delay 30 "smoke-test-password"
xdotool key Return
ready
STORE=$(find "$HOME" -name carecenter.sqlite3 | head -1)
echo "first start: store made at ${STORE#"$HOME"/}"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
rm -f "$WORK/ready"

# 2. The next start: the demo loaded from the command line into the same store, the administrator's log-in typed.
"$APP/carecenter-cli" --today 2026-11-20 demo --size S 2>/dev/null
CARECENTER_READY_FILE="$WORK/ready" "$APP/CareCenter" --today 2026-11-20 &
APP_PID=$!
LOGIN=$(window "登录 CareCenter")
eval "$(xdotool getwindowgeometry --shell "$LOGIN")"
xdotool mousemove $((X + WIDTH * 2 / 3)) $((Y + HEIGHT / 2)) click 1   # a click gives the password field focus
xdotool type --delay 30 "smoke-test-password"
xdotool key Return
ready
if command -v import >/dev/null; then  # ImageMagick, when present
  sleep 3
  import -window root "$DIST/smoke-main-window.png"
  echo "screenshot: $DIST/smoke-main-window.png"
fi
