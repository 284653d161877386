#!/bin/bash
# Build the one-folder program with PyInstaller and open it the way a user does, under Xvfb: a demo store, an
# administrator, the log-in typed in, the main window up (CARECENTER_READY_FILE), a screenshot.
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
"$APP/carecenter-cli" --db "$WORK/store.sqlite3" --today 2026-11-20 demo --size S 2>/dev/null
echo "smoke-test-password" | "$APP/carecenter-cli" --db "$WORK/store.sqlite3" user add 王经理 --role admin

export DISPLAY=:${SMOKE_DISPLAY:-97}
Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
XVFB_PID=$!
trap 'rm -rf "$WORK"; kill ${APP_PID:-} $XVFB_PID 2>/dev/null || true' EXIT
sleep 1
CARECENTER_READY_FILE="$WORK/ready" "$APP/CareCenter" --db "$WORK/store.sqlite3" --today 2026-11-20 &
APP_PID=$!
for _ in $(seq 60); do LOGIN=$(xdotool search --name "登录 CareCenter" 2>/dev/null | head -1) && break; sleep 0.5; done
[ -n "${LOGIN:-}" ] || { echo "no log-in window"; exit 1; }
eval "$(xdotool getwindowgeometry --shell "$LOGIN")"
xdotool mousemove $((X + WIDTH * 2 / 3)) $((Y + HEIGHT / 2)) click 1   # no window manager: a click gives focus
xdotool type --delay 30 "smoke-test-password"
xdotool key Return
for _ in $(seq 60); do [ -s "$WORK/ready" ] && break; sleep 0.5; done
[ -s "$WORK/ready" ] || { echo "the main window did not open"; exit 1; }
echo "main window: $(cat "$WORK/ready")"
if command -v import >/dev/null; then  # ImageMagick, when present
  sleep 3
  import -window root "$DIST/smoke-main-window.png"
  echo "screenshot: $DIST/smoke-main-window.png"
fi
