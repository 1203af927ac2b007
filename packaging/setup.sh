#!/usr/bin/env bash
# Sets up RequestDesk on a fresh Debian/Ubuntu machine: system libraries Qt needs,
# a virtual environment in .venv with the application (and, with --test, what the
# tests need). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

# Each step says what it does before it starts: the whole run takes a minute or more,
# most of it downloads, and a silent terminal looks like a hang.
step() { printf '==> %s\n' "$*"; }

apt_packages=(
  python3 python3-venv python3-pip
  # Qt widgets offscreen and on a desktop
  libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1
  # fonts with Cyrillic; Liberation is metric-compatible with Times New Roman
  fonts-dejavu-core fonts-liberation2
)
if [ "$with_tests" = 1 ]; then
  # rendering exported documents to PDF and pictures in the document tests
  apt_packages+=(libreoffice-writer-nogui poppler-utils)
fi

step "Checking the system libraries Qt needs"
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" != 0 ] && sudo_cmd="sudo"
  step "Installing ${#missing[@]} system package(s) with apt-get: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  step "System libraries already installed"
fi

if [ -x .venv/bin/python ]; then
  step "Using the virtual environment in .venv"
else
  step "Creating the virtual environment in .venv"
  python3 -m venv .venv
fi
step "Updating pip"
.venv/bin/python -m pip install -q --upgrade pip
# Not -q: pip's own lines (Collecting…, Downloading… with its progress bar; PySide6 is
# about 100 MB) are the progress of the longest step.
if [ "$with_tests" = 1 ]; then
  step "Installing RequestDesk and what its tests need (PySide6, python-docx, pytest...)"
  .venv/bin/python -m pip install --progress-bar on -e ".[test]"
else
  step "Installing RequestDesk and its libraries (PySide6, python-docx, babel...)"
  .venv/bin/python -m pip install --progress-bar on -e .
fi
step "Done: start it with .venv/bin/requestdesk"
