#!/usr/bin/env bash
# Build the --onedir program on Linux with PyInstaller and smoke-run it offscreen; fails when it does not start.
# Usage: bash packaging/build.sh   (output: dist/ksdesk/ksdesk; uses ./.venv, installs PyInstaller into it)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || { python3 -m venv .venv; }
"$PY" -m pip install -q -e . "pyinstaller>=6.10"
rm -rf build/pyinstaller dist/ksdesk
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/ksdesk.spec
size=$(du -sm dist/ksdesk | cut -f1)
echo "dist/ksdesk: ${size} MB"
# Smoke run: a fresh data folder, the first window rendered offscreen to a PNG.
smoke=$(mktemp -d)
QT_QPA_PLATFORM=offscreen dist/ksdesk/ksdesk --data-dir "$smoke/data" --smoke-screenshot "$smoke/first.png"
test -s "$smoke/first.png" || { echo "smoke run: no screenshot" >&2; exit 1; }
# The frozen program also creates an encrypted demo store and verifies its log (catalogue, fonts, migrations).
dist/ksdesk/ksdesk demo --data-dir "$smoke/demo" --pregnancies 20 > /dev/null
KSDESK_USER=verloskundige KSDESK_PASSWORD=demo-verloskundige dist/ksdesk/ksdesk audit verify --data-dir "$smoke/demo"
echo "smoke run ok: $smoke/first.png"
if [ "$size" -gt 150 ]; then echo "warning: ${size} MB is above the 150 MB target" >&2; fi
