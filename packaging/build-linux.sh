#!/usr/bin/env bash
# Build the Linux bundle and check that it starts.  Usage: packaging/build-linux.sh
# (or `make bundle`, which first sets up .venv and the system libraries).
#
# 1. installs PyInstaller into .venv when missing (the "bundle" extra in pyproject.toml);
# 2. checks that the committed icons match resources/icons/intervisie-desktop.svg;
# 3. builds the onedir bundle into dist/intervisie-desktop/ (packaging/intervisie-desktop.spec);
# 4. archives it with the desktop integration, in an install layout, as
#    dist/intervisie-desktop-<version>-linux-<arch>.tar.gz:
#      intervisie-desktop-<version>/bin/intervisie-desktop   (-> ../lib/intervisie-desktop/…)
#      intervisie-desktop-<version>/lib/intervisie-desktop/  (the bundle)
#      intervisie-desktop-<version>/share/applications/<app id>.desktop
#      intervisie-desktop-<version>/share/metainfo/<app id>.metainfo.xml
#      intervisie-desktop-<version>/share/icons/hicolor/<size>/apps/<app id>.png|svg
# 5. starts the built app offscreen with --smoke --check-bundle, from dist/ and from the unpacked
#    archive, and fails unless it exits 0 and printed "painted" (and its checks of what
#    loads on use passed: time zones, calendar, encryption, PDF, translations);
# 6. prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

PY=.venv/bin/python
if [ ! -x "$PY" ]; then
  echo "No .venv: run 'make bundle' (it creates .venv first)." >&2
  exit 1
fi
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into .venv (the 'bundle' extra)…"
  "$PY" -m pip install --quiet -e '.[bundle]'
fi

app_id=$("$PY" -c "import intervisie_desktop as m; print(m.APP_ID)")
version=$("$PY" -c "import intervisie_desktop as m; print(m.__version__)")
name=intervisie-desktop
archive_dir="$name-$version"
archive="dist/$name-$version-linux-$(uname -m).tar.gz"

echo "== Icons are current"
"$PY" packaging/make_icons.py --check

echo "== PyInstaller: dist/$name/"
rm -rf "dist/$name" build/pyinstaller
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/intervisie-desktop.spec

echo "== Archive: $archive"
stage=build/linux-archive
rm -rf "$stage"
root="$stage/$archive_dir"
mkdir -p "$root/bin" "$root/lib" "$root/share/applications" "$root/share/metainfo" \
  "$root/share/icons"
cp -al "dist/$name" "$root/lib/$name" 2>/dev/null || cp -a "dist/$name" "$root/lib/$name"
ln -s "../lib/$name/$name" "$root/bin/$name"
cp "packaging/linux/$app_id.desktop" "$root/share/applications/"
cp "packaging/linux/$app_id.metainfo.xml" "$root/share/metainfo/"
cp -r packaging/linux/icons/hicolor "$root/share/icons/"
rm -f "$archive"
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$stage" -cf - "$archive_dir" \
  | gzip -n >"$archive"

smoke() {  # smoke LABEL EXECUTABLE ARGS...: start offscreen, wait for the first paint, quit
  local label=$1 data out extra rc=0
  shift
  data=$(mktemp -d)
  out=$(cd / && env -u PYTHONPATH -u PYTHONHOME QT_QPA_PLATFORM=offscreen \
    timeout 120 "$@" --smoke --check-bundle --data-dir "$data" 2>&1) || rc=$?
  rm -rf "$data"
  if [ "$rc" -ne 0 ] || ! grep -qx painted <<<"$out"; then
    echo "Smoke test FAILED ($label): exit status $rc, output:" >&2
    echo "$out" >&2
    exit 1
  fi
  # Anything else it printed, except the offscreen platform's notice about window hints.
  extra=$(grep -vx painted <<<"$out" | grep -v "This plugin does not support" \
    | grep -v "^checked " | grep -v "^longest pause " || true)
  if [ -n "$extra" ]; then
    echo "($label also printed:)"
    echo "$extra"
  fi
  echo "smoke ($label): painted, exit 0; $(grep "^checked " <<<"$out" | paste -sd ';' -)"
}

echo "== Smoke test"
smoke "dist, Dutch" "$PWD/dist/$name/$name" --lang nl
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
tar -xzf "$archive" -C "$unpacked"
smoke "unpacked archive, English" "$unpacked/$archive_dir/bin/$name" --lang en

echo "== Sizes"
echo "bundle  dist/$name/: $(du -sh "dist/$name" | cut -f1) ($(find "dist/$name" -type f | wc -l) files)"
echo "archive $archive: $(du -h "$archive" | cut -f1)"
echo "built and checked in $((SECONDS - started)) s"
