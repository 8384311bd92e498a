#!/usr/bin/env bash
# Build the --onedir program on Linux with PyInstaller and check it; fails when any check fails.
# Usage: bash packaging/build.sh   (output: dist/ksdesk/ksdesk; uses ./.venv, installs PyInstaller into it)
# Needs a C compiler driver (cc, for the trimmed ICU data library; without one the full 30 MB library is kept).
# KSDESK_BUILD_WITHOUT_MANUAL=1 builds without docs/handleiding.md (development builds only).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || { python3 -m venv .venv; }
"$PY" -m pip install -q -e . "pyinstaller>=6.10"

# 1. The compiled translations the program loads, current with the .ts sources.
"$PY" -m ksdesk.ui.i18n_update --release

# 2. The program folder.
rm -rf build/pyinstaller dist/ksdesk
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/ksdesk.spec
prog=dist/ksdesk
size=$(du -sm "$prog" | cut -f1)
apparent=$(du -sm --apparent-size "$prog" | cut -f1)
echo "$prog: ${size} MB on disk (${apparent} MB of file contents), $(find "$prog" -type f | wc -l) files"
# what takes the room, largest first (kept for the next round of trimming)
find "$prog" -type f -printf '%s %P\n' | sort -rn | awk '{printf "%8.2f MB  %s\n", $1/1048576, $2}' \
  > build/pyinstaller/size-report.txt
head -15 build/pyinstaller/size-report.txt

# 3. Every bundled library and plugin finds the libraries it links (in the folder, or on the system). Only the
#    plugins that work with the system's own GTK 3 or CUPS may miss them (packaging/bundle.py, SYSTEM_LIBRARIES).
internal="$prog/_internal"
missing=$(find "$internal" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 | while IFS= read -r -d '' lib; do
  LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" ldd "$lib" 2>/dev/null | grep 'not found' \
    | sed "s|^|${lib#"$internal"/}: |" || true
done | grep -v -E '^PySide6/Qt/plugins/(platformthemes/libqgtk3|printsupport/libcupsprintersupport)\.so:' || true)
if [ -n "$missing" ]; then echo "libraries not found:" >&2; echo "$missing" >&2; exit 1; fi
echo "linking ok: every bundled library finds what it needs"

# 4. Smoke run: a fresh data folder, the first window rendered offscreen to a PNG.
smoke=$(mktemp -d)
QT_QPA_PLATFORM=offscreen "$prog/ksdesk" --data-dir "$smoke/data" --smoke-screenshot "$smoke/first.png"
test -s "$smoke/first.png" || { echo "smoke run: no screenshot" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen "$prog/ksdesk" --lang en --data-dir "$smoke/data" --smoke-screenshot "$smoke/first-en.png"
test -s "$smoke/first-en.png" || { echo "smoke run (English): no screenshot" >&2; exit 1; }

# 5. The built program creates an encrypted demo store and verifies its log (catalogue, migrations, SQLCipher).
export QT_QPA_PLATFORM=offscreen KSDESK_USER=verloskundige KSDESK_PASSWORD=demo-verloskundige
"$prog/ksdesk" demo --data-dir "$smoke/demo" --pregnancies 20 > /dev/null
"$prog/ksdesk" audit verify --data-dir "$smoke/demo"

# 6. Inside the built program: the store opens, a referral letter is made (reportlab, fonts), a PNG logo is
#    embedded (Pillow), the PDF preview shows it (QtPdf), it prints to PDF (QtPrintSupport), JPEG/SVG load,
#    Dutch collation (ICU data), translations and the manual are there (packaging/ksdesk_selftest.py).
"$prog/ksdesk" --packaging-selftest "$smoke/selftest" --data-dir "$smoke/demo"
# 7. On X11 too, when Xvfb is at hand (the xcb platform plugin and the libraries it links).
if command -v xvfb-run > /dev/null; then
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" "$prog/ksdesk" --data-dir "$smoke/data" \
    --smoke-screenshot "$smoke/first-x11.png"
  test -s "$smoke/first-x11.png" || { echo "smoke run (X11): no screenshot" >&2; exit 1; }
else
  echo "note: xvfb-run not installed, X11 smoke run skipped (apt-get install xvfb xauth)"
fi
unset QT_QPA_PLATFORM
echo "smoke run ok: $smoke/first.png, $smoke/first-en.png, $smoke/selftest/preview.png"

# 8. Linux desktop integration laid out as installed under a prefix (dist/ksdesk-linux/share/...), validated.
rm -rf dist/ksdesk-linux
QT_QPA_PLATFORM=offscreen "$PY" packaging/linux/stage.py dist/ksdesk-linux > /dev/null
if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate dist/ksdesk-linux/share/applications/*.desktop
else echo "note: desktop-file-validate not installed (apt-get install desktop-file-utils), not validated"; fi
if command -v appstreamcli > /dev/null; then
  appstreamcli validate-tree --no-net dist/ksdesk-linux
else echo "note: appstreamcli not installed (apt-get install appstream), not validated"; fi
if [ "$size" -gt 150 ]; then echo "warning: ${size} MB is above the 150 MB target" >&2; fi
