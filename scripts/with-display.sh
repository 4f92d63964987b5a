#!/usr/bin/env bash
# Runs a command with a virtual X display (Xvfb) and its own D-Bus session,
# as WebKitGTK wants under test. SCANPAY_XVFB=0 uses the current DISPLAY
# instead (to watch a test run on your own screen).
set -euo pipefail
if [ -n "${DISPLAY:-}" ] && [ "${SCANPAY_XVFB:-1}" = 0 ]; then
  exec dbus-run-session -- "$@"
fi
display=":$(( 90 + RANDOM % 400 ))"
while [ -e "/tmp/.X11-unix/X${display#:}" ] || [ -e "/tmp/.X${display#:}-lock" ]; do
  display=":$(( 90 + RANDOM % 400 ))"
done
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  [ -e "/tmp/.X11-unix/X${display#:}" ] && break
  sleep 0.1
done
export DISPLAY="$display" NO_AT_BRIDGE=1
dbus-run-session -- "$@"
