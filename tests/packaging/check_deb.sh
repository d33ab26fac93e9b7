#!/bin/bash
# Usage: check_deb.sh BUILD_DIR SOURCE_DIR VERSION
# Packs memstep with CPack, checks the .deb's metadata and contents, unpacks it into a scratch
# root and runs both packaged executables there.
set -euo pipefail
build_dir=$1 source_dir=$2 version=$3

fail() { echo "FAIL: $*" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

(cd "$build_dir" && cpack --config CPackConfig.cmake -B "$scratch/out" >"$scratch/cpack.log" 2>&1) \
    || { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$scratch"/out/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "cpack made no .deb"

info=$(dpkg-deb --info "$deb")
depends=$(dpkg-deb --field "$deb" Depends)
for library in libqt6widgets6 libqscintilla2-qt6 libqt6svg6 libgif7; do
    grep -q "$library" <<<"$depends" || fail "Depends lacks $library: $depends"
done
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "package version is not $version"

contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/memstep ./usr/bin/memstep-trace ./usr/bin/memstep_cpython_trace.py \
            ./usr/bin/memstep_cpython_steps.py ./usr/share/applications/memstep.desktop \
            ./usr/share/metainfo/org.memstep.memstep.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/memstep.svg; do
    grep -q " $path\$" <<<"$contents" || fail "package lacks $path"
done

root="$scratch/root"
dpkg-deb --extract "$deb" "$root"
[ "$("$root/usr/bin/memstep" --version)" = "memstep $version" ] || fail "memstep --version"
[ "$("$root/usr/bin/memstep-trace" --version)" = "memstep-trace $version" ] \
    || fail "memstep-trace --version"
# The CPython engine's tracer runs from the package with the module it imports.
echo 'print(6 * 7)' >"$scratch/forty_two.py"
trace=$("$root/usr/bin/memstep-trace" --engine cpython "$scratch/forty_two.py") \
    || fail "memstep-trace --engine cpython"
grep -q '"stdout": "42\\n"' <<<"$trace" || fail "memstep-trace --engine cpython: $trace"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/memstep.desktop" || fail "desktop entry"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic \
        "$root/usr/share/metainfo/org.memstep.memstep.metainfo.xml" >"$scratch/as.log" 2>&1 \
        || { cat "$scratch/as.log" >&2; fail "metainfo does not validate"; }
fi
echo "$info" | head -n 12
echo "deb OK: $(basename "$deb")"
