#!/usr/bin/env bash
# Installs every Debian 12 package that the build, the tests, the lab, the demo and the
# benchmark need. Idempotent: skips apt entirely when everything is already installed.
set -euo pipefail

packages=(
    # build
    cmake ninja-build pkg-config g++ libgl-dev
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libssh2-1-dev qtkeychain-qt6-dev libspdlog-dev
    # the format check (installer/check-format.sh): Debian 12's clang-format is version 14
    clang-format
    # tests: offscreen widgets, the keychain on a private session bus
    dbus xauth xvfb fonts-dejavu-core gnome-keyring libsecret-1-0
    # tests: the independent HOCON parser of tst_hoconoracle (tests/config/CMakeLists.txt)
    libcpp-hocon-dev libleatherman-dev libboost-dev libboost-regex-dev libboost-locale-dev
    # the lab: real sshd nodes in namespaces, firewall faults, sudo, the install user
    openssh-server openssh-client nftables sudo iproute2 util-linux passwd procps python3
    netcat-openbsd rpm nginx-light curl
    # screenshots and benchmark peers
    imagemagick x11-apps ansible-core hyperfine time
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: run as root to install: ${missing[*]}" >&2
    exit 1
fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
