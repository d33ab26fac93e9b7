#!/bin/sh
# Installs the Debian 12 packages memstep needs that are not installed yet.
#   packaging/install-deps.sh          what building and running the window needs
#   packaging/install-deps.sh --test   that, plus what the test suite needs
#   packaging/install-deps.sh --bench  that, plus Google Benchmark for bench/
# Runs apt-get as root, or through sudo. Installs nothing when everything is there, so it is
# cheap to run before every build.
set -eu

build_packages="build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-svg-dev libqscintilla2-qt6-dev libgl-dev libgif-dev libgmp-dev
    qt6-qpa-plugins fonts-dejavu-core qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libqscintilla2-qt6-l10n fonts-wqy-zenhei"
test_packages="googletest libgtest-dev python3 xvfb xauth dpkg-dev file
    desktop-file-utils appstream clang clang-format libclang-rt-14-dev poppler-utils
    python3-numpy"
bench_packages="libbenchmark-dev python3"

packages=$build_packages
case "${1:-}" in
    --test) packages="$build_packages $test_packages" ;;
    --bench) packages="$build_packages $bench_packages" ;;
    "") ;;
    *) echo "usage: $0 [--test | --bench]" >&2; exit 2 ;;
esac

missing=""
for package in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done

if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "install-deps: these packages are missing and neither root nor sudo is available:$missing" >&2
    exit 1
fi

echo "install-deps: installing$missing"
$as_root apt-get update -qq
# shellcheck disable=SC2086 # the list is meant to split into words
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends $missing
