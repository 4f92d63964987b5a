#!/usr/bin/env bash
# Installs what the kiosk needs to build, run and test, and nothing that is
# already there. Safe to run again. Used by `make demo` and `make test`.
#
#   scripts/bootstrap.sh          everything (build, demo and test tools)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

# --- system packages (Debian 12 / Ubuntu 22.04+) ------------------------------
APT_PACKAGES=(
  # Tauri 2 on Linux
  build-essential pkg-config file libssl-dev
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev
  # camera (nokhwa's bindgen) and USB/serial printers
  libclang-dev libudev-dev libusb-1.0-0-dev
  # tests: a display, the app's WebDriver, a browser, an MQTT broker, screenshots
  xvfb xauth dbus webkit2gtk-driver chromium chromium-driver mosquitto imagemagick
)
# Node for the UI build: Debian's, unless a Node (with its npm) is already there.
command -v node >/dev/null || APT_PACKAGES+=(nodejs)
command -v npm >/dev/null || APT_PACKAGES+=(npm)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing system packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
  fi
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- Rust ---------------------------------------------------------------------
if ! command -v cargo >/dev/null; then
  echo "cargo is missing: install Rust with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi
# tauri-driver drives the real app in the end-to-end test (WebDriver).
if ! command -v tauri-driver >/dev/null; then
  say "installing tauri-driver from crates.io"
  cargo install tauri-driver --locked --version '^2'
fi

# --- Node / UI ----------------------------------------------------------------
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "Node.js $(node --version) is too old for the UI build (Vite 7 needs 20.19+)." >&2
  exit 1
fi
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  say "installing UI packages (exact versions from ui/package-lock.json)"
  # `npm install`, not `npm ci`: the npm 11 here leaves other platforms'
  # optional packages (rollup's, esbuild's) out of the lock, which `npm ci`
  # then refuses. With a complete lock, `npm install` installs exactly it.
  (cd ui && npm install --no-audit --no-fund)
fi
