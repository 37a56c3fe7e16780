#!/usr/bin/env bash
# Re-scans app/, ui/ and models/ for tr() strings and updates both .ts files.
# Translate what it reports as unfinished in translations/privacydesk_zh_CN.ts (Qt Linguist, or by hand).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(qtpaths6 --query QT_INSTALL_BINS)/lupdate
"$lupdate" -silent -no-obsolete -locations none app ui models \
  -ts translations/privacydesk_zh_CN.ts translations/privacydesk_en.ts
echo "zh_CN unfinished: $(grep -c 'type="unfinished"' translations/privacydesk_zh_CN.ts || true)"
