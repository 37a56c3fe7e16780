#!/usr/bin/env bash
# Installs the Debian 12 packages PrivacyDesk needs to build, run and test.
# Usage: scripts/install-deps.sh [--run|--test]   (as root, or a user with sudo)
# Installs only what is missing, so a second run costs a dpkg query and nothing else.
set -euo pipefail

build_pkgs=(
  cmake ninja-build ccache g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-charts-dev libqt6opengl6-dev qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev
  libsqlite3-dev libsodium-dev libphonenumber-dev libquazip1-qt6-dev libical-dev libxlsxwriter-dev libzip-dev
  qtkeychain-qt6-dev libsecret-1-0
  fonts-noto-cjk
)
# clang and libclang-rt-14-dev: the CSV fuzz target (libFuzzer); unzip: reading XLSX exports back. openssl: the TLS test's certificate; dbus-daemon and gnome-keyring: a keychain of the keychain
# test's own; python3-jsonschema: validating portability packages against their shipped schema.
test_pkgs=(postgresql-15 postgresql-contrib xvfb xauth poppler-utils openssl dbus-daemon gnome-keyring
           clang libclang-rt-14-dev unzip python3-jsonschema)

want=("${build_pkgs[@]}")
[ "${1:-}" = "--test" ] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
