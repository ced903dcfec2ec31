#!/usr/bin/env bash
# Make sure the Debian/Ubuntu packages named (the libraries Qt needs, test or build tools) are present.
# Usage: scripts/ensure-system-packages.sh PACKAGE...
# Installs what is missing when allowed (root, or password-less sudo);
# otherwise prints the exact command to run. Does nothing off Debian/Ubuntu.
set -u
command -v dpkg-query >/dev/null 2>&1 || exit 0

missing=()
for pkg in "$@"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == *"install ok installed"* ]] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "System packages needed here are missing: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo_cmd=(sudo -n)
else
  echo "Install them with:"
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq \
  && "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || { echo "Installing failed; run: sudo apt-get install -y ${missing[*]}"; exit 1; }
echo "Installed: ${missing[*]}"
