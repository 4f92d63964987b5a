#!/usr/bin/env bash
# `make demo`: builds everything and runs the kiosk against the shipped
# sandbox gateway and a virtual receipt printer. Ctrl+C (or quitting the app)
# stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
demo="$root/.demo"
mkdir -p "$demo/receipts" "$demo/data"

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

scripts/bootstrap.sh
say "building the UI and the app"
(cd ui && npm run --silent build)
cargo build -p scanpay-kiosk -p kioskctl
kioskctl="$root/target/debug/kioskctl"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

say "sandbox Alipay gateway on http://127.0.0.1:8660/gateway.do"
"$kioskctl" sandbox serve --port 8660 >"$demo/sandbox.log" 2>&1 &
pids+=($!)
say "virtual receipt printer on 127.0.0.1:9100 (receipts in .demo/receipts/)"
"$kioskctl" printer virtual --port 9100 --out "$demo/receipts" >"$demo/printer.log" 2>&1 &
pids+=($!)
sleep 1
for p in "${pids[@]}"; do
  kill -0 "$p" 2>/dev/null || { echo "a demo service failed to start; see $demo/*.log" >&2; exit 1; }
done

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat <<MSG

No display found, so the kiosk window has nowhere to show. To run it on a
virtual display and look at it:

    scripts/with-display.sh target/debug/scanpay-kiosk --config kiosk-config/demo.toml &
    sleep 5; DISPLAY=<the display it chose> import -window root kiosk.png

or run \`xvfb-run -s "-screen 0 1280x1024x24" make demo\`. The sandbox gateway
and the virtual printer keep running until you press Ctrl+C.
MSG
  wait
  exit 0
fi

say "starting the kiosk (windowed; run target/debug/scanpay-kiosk without --windowed for fullscreen)"
SCANPAY_DATA_DIR="$demo/data" target/debug/scanpay-kiosk --windowed --config kiosk-config/demo.toml
