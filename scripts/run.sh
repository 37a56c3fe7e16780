#!/usr/bin/env bash
# README command 1: installs the Debian packages PrivacyDesk needs (when missing), configures,
# builds, and starts the GUI on the embedded SQLite database under the user's data folder
# (created on first start; an empty database offers demo data). Arguments go to privacydesk,
# e.g. scripts/run.sh --lang en   or   scripts/run.sh --db postgresql://me@server:5432/privacydesk
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2 --target privacydesk privacydesk-cli
exec build/app/privacydesk "$@"
