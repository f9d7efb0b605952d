#!/usr/bin/env bash
# Sets up, builds, starts a 3-node local lab and opens the wizard on it (as root, Debian 12):
#   bash installer/demo.sh
# With a display: the lab's secrets go into the demo keychain and the wizard opens on the lab's
# profile and package. Without one: the pre-flight checks run headless, then (if none failed)
# the whole installation, ending with the verification of the cluster (step 8), with the HTML
# and JSON reports in the lab's state dir.
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
# the simulated Octane server, as a package the wizard installs (in the lab's state dir)
pkg=$(tests/lab/labctl package --out "$state/")

app="$build/app/octane-cluster-wizard"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "Opening the wizard on $state/profile.json with $pkg (lab key login, host keys already known)."
    # A private session bus with an unlocked keyring, so that the lab's secrets (and passwords
    # typed in the wizard) go to a real keychain.
    exec dbus-run-session -- bash -c '
        echo -n lab | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        "$1" store-secrets --profile "$2/profile.json" < "$2/secrets.env" ||
            echo "demo.sh: storing the lab secrets failed (exit $?): the wizard will ask for them" >&2
        exec "$1" --profile "$2/profile.json" --package "$3"' _ "$app" "$state" "$pkg"
fi
echo "No display: running the pre-flight checks headless."
set +e
"$app" check --profile "$state/profile.json" --report "$state/report.html" --json "$state/report.json"
rc=$?
echo "Checks: $state/report.html (JSON: $state/report.json); exit status $rc."
if [ "$rc" != 0 ]; then
    echo "A check failed: not installing. Stop the lab: tests/lab/labctl down --state $state"
    exit $rc
fi
echo "Installing $pkg on the lab (every phase), secrets from $state/secrets.env."
rm -f "$state/install-report.html" "$state/install-report.json"
"$app" install --profile "$state/profile.json" --package "$pkg" --phase all --secrets-stdin \
    --set-repository-env --report "$state/install-report.html" --json "$state/install-report.json" \
    < "$state/secrets.env"
rc=$?
if [ -e "$state/install-report.html" ] || [ -e "$state/install-report.json" ]; then
    echo "Install report: $state/install-report.html (JSON: $state/install-report.json); exit status $rc."
else
    echo "No install report was written; exit status $rc."
fi
echo "Stop the lab: tests/lab/labctl down --state $state"
exit $rc
