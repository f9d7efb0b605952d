#!/usr/bin/env bash
# Sets up, builds, starts a 3-node local lab and opens the wizard on it (as root, Debian 12):
#   bash installer/demo.sh
# Without a display it runs the same checks headless and writes the HTML report instead.
# Stop the lab afterwards with: tests/lab/labctl down
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${OCW_BUILD_DIR:-$root/build}
state=${OCW_LAB_STATE:-/tmp/ocwlab}

bash installer/install-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build"
tests/lab/labctl up --nodes 3 --state "$state"

app="$build/app/octane-cluster-wizard"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "Opening the wizard on $state/profile.json (lab key login, host keys already known)."
    # A private session bus with an unlocked keyring, so that passwords typed in the wizard
    # go to a real keychain.
    exec dbus-run-session -- bash -c '
        echo -n lab | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$1" --profile "$2/profile.json"' _ "$app" "$state"
fi
echo "No display: running the pre-flight checks headless."
set +e
"$app" check --profile "$state/profile.json" --report "$state/report.html" --json "$state/report.json"
rc=$?
echo "Report: $state/report.html (JSON: $state/report.json); exit status $rc. Stop the lab: tests/lab/labctl down --state $state"
exit $rc
