# shellcheck shell=bash
# Shared set-up for scripts/start and scripts/test: system packages, uv, the locked environment.
# Sourced, not run. Idempotent: a second run only checks.
set -euo pipefail

KIOSK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export UV_PYTHON_DOWNLOADS=never UV_NO_PROGRESS=1
UV_VERSION=0.13.9

# Debian 12 packages: Qt runtime libraries (offscreen and xcb), a virtual display, CJK fonts,
# tesseract for the MRZ benchmark's PassportEye, fonts-ocr-b (public domain) to draw MRZ test
# documents and train the MRZ recognizer, venv for the tool environment, poppler for PDFs in tests.
KIOSK_SYSTEM_PACKAGES=(
  libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth fonts-noto-cjk tesseract-ocr python3-venv
  fonts-dejavu-core poppler-utils fonts-ocr-b
)
# Only for the tests (scripts/test adds them): PostgreSQL server binaries, for the central
# service's tests, which start their own throw-away clusters (tests/pghelp.py); xdotool, for a
# real wheel turn under Xvfb (tests/test_ui_wheel.py).
KIOSK_TEST_PACKAGES=(postgresql xdotool)

say() { printf '[kiosk setup] %s\n' "$*" >&2; }

install_system_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "not a Debian system: install the equivalents of: ${KIOSK_SYSTEM_PACKAGES[*]}"
    return 0
  fi
  local missing=() p
  for p in "${KIOSK_SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    say "missing system packages; as root run:"
    say "  apt-get install --no-install-recommends ${missing[*]}"
    exit 1
  fi
  say "installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
  local c
  for c in python3.11 python3; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      command -v "$c"; return 0
    fi
  done
  say "Python 3.11 is required (Debian 12: apt-get install python3)"; exit 1
}

ensure_uv() {
  if command -v uv >/dev/null 2>&1 && [ "$(uv --version | cut -d' ' -f2)" = "$UV_VERSION" ]; then
    UV=$(command -v uv); return 0
  fi
  UV="$KIOSK_ROOT/.tools/bin/uv"
  if [ ! -x "$UV" ] || [ "$("$UV" --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
    say "installing uv $UV_VERSION into .tools/"
    "$KIOSK_PYTHON" -m venv "$KIOSK_ROOT/.tools"
    "$KIOSK_ROOT/.tools/bin/pip" install -q --disable-pip-version-check "uv==$UV_VERSION"
  fi
}

sync_environment() {
  local venv="$KIOSK_ROOT/.venv"
  if [ ! -x "$venv/bin/python" ]; then
    "$UV" venv -q --python "$KIOSK_PYTHON" "$venv"
  fi
  # The lock pins every package with hashes; sync removes anything not in it.
  "$UV" pip sync -q --python "$venv/bin/python" --require-hashes "$KIOSK_ROOT/requirements.lock"
  "$UV" pip install -q --python "$venv/bin/python" --no-deps --reinstall-package enrollment-kiosk \
    --config-settings editable_mode=compat -e "$KIOSK_ROOT"
  KIOSK_VENV="$venv"
}

compile_translations() {
  local ts
  for ts in "$KIOSK_ROOT"/resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    "$KIOSK_VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
  done
}

kiosk_bootstrap() {
  install_system_packages
  KIOSK_PYTHON=$(find_python)
  ensure_uv
  sync_environment
  compile_translations
}
