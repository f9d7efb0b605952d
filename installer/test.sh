#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite on a fresh Debian 12 machine (as root):
#   bash installer/test.sh
# The keychain tests need a session bus with an unlocked gnome-keyring: started here, private.
# First, before the long build: every C++ file must match .clang-format (installer/check-format.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${OCW_BUILD_DIR:-$root/build}

bash installer/install-deps.sh
bash installer/check-format.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build"

# A lab left over from an interrupted run would make the fixture's `up` refuse.
tests/lab/labctl down --state "$build/lab-state" >/dev/null 2>&1 || true

export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- bash -c '
    set -euo pipefail
    echo -n lab | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "$1" --output-on-failure --timeout 900 -j2
' _ "$build"
