#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The install test (README, "Install"): builds the Debian package from BUILD_DIR with cpack and
# checks what a user and a distribution get. The package holds the binaries (stripped), man
# pages, icons, the MIME definition, the desktop entry, the metainfo, the copyright and the
# changelog; its dependencies name libtorch, Qt and Graphviz.
# The binaries, run from the unpacked package, answer --version and open a bundled example. The
# man pages render without a warning, the MIME database takes the definition, and
# desktop-file-validate, appstreamcli and lintian find nothing (each where it is installed).
#   tests/check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/jitscope_*.deb)
echo "check-package: built $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
app=io.github.jitscope.JitScope
for f in /usr/bin/jitscope /usr/bin/jitscope-cli \
  /usr/share/man/man1/jitscope.1.gz /usr/share/man/man1/jitscope-cli.1.gz \
  /usr/share/applications/$app.desktop /usr/share/metainfo/$app.metainfo.xml \
  /usr/share/mime/packages/$app.xml /usr/share/icons/hicolor/scalable/apps/$app.svg \
  /usr/share/icons/hicolor/{32x32,48x48,64x64,128x128,256x256}/apps/$app.png \
  /usr/share/doc/jitscope/copyright /usr/share/doc/jitscope/changelog.gz; do
  grep -qx "$f" "$work/contents" || fail "$f is not in the package"
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libtorch libqt6widgets6 libqcustomplot libgvc; do
  [[ $depends == *$lib* ]] || fail "Depends does not name $lib: $depends"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
for exe in jitscope jitscope-cli; do
  if readelf -S "$root/usr/bin/$exe" | grep -q '\.debug_info'; then fail "$exe is not stripped"; fi
done
version=$(sed -n 's/^project(JitScope VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
# One version everywhere: the project, the changelog, the metainfo's newest release (and its date).
head -n 1 "$src/packaging/debian/changelog" | grep -q "^jitscope ($version) " ||
  fail "packaging/debian/changelog does not start with version $version"
date=$(sed -n 's/^set(JITSCOPE_RELEASE_DATE \([0-9-]*\)).*/\1/p' "$src/packaging/CMakeLists.txt")
grep -q "<release version=\"$version\" date=\"$date\"" "$src/packaging/io.github.jitscope.JitScope.metainfo.xml" ||
  fail "the metainfo's first release is not $version of $date"
out=$("$root/usr/bin/jitscope-cli" --version)
[[ $out == "jitscope-cli $version "* ]] || fail "jitscope-cli --version: $out"
[[ $out == *GPL-3.0-or-later* ]] || fail "jitscope-cli --version names no license: $out"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/jitscope" --version)
[[ $out == "jitscope $version "* ]] || fail "jitscope --version without a display: $out"
out=$("$root/usr/bin/jitscope-cli" info "$src/resources/examples/conv_net.pt")
[[ $out == *__torch__.models.ConvNet* ]] || fail "the packaged jitscope-cli cannot open a bundled example: $out"

if command -v man >/dev/null; then
  for page in jitscope jitscope-cli; do
    # As lintian renders them: any warning of groff is a defect.
    LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
      "$root/usr/share/man/man1/$page.1.gz" >"$work/$page.out" 2>"$work/$page.err"
    [ ! -s "$work/$page.err" ] || { cat "$work/$page.err"; fail "man $page warns"; }
  done
  LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$root/usr/share/man/man1/jitscope-cli.1.gz" 2>/dev/null | col -b >"$work/jitscope-cli.text"
  for word in info code ir graph invoke compile diff train load-weights check --map-location --ops-library --save-outputs; do
    grep -q -- "$word" "$work/jitscope-cli.text" || fail "man jitscope-cli does not mention $word"
  done
fi
if command -v update-mime-database >/dev/null; then
  cp -r /usr/share/mime/packages/freedesktop.org.xml "$root/usr/share/mime/packages/" 2>/dev/null || true
  XDG_DATA_DIRS="$root/usr/share" update-mime-database "$root/usr/share/mime"
  for t in x-pytorch x-torchscript x-pytorch-pickle x-safetensors; do
    [ -f "$root/usr/share/mime/application/$t.xml" ] || fail "the MIME database has no application/$t"
  done
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/$app.desktop" || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/$app.metainfo.xml" || fail "appstreamcli validate"
fi
if command -v lintian >/dev/null; then
  if ! lintian --fail-on error,warning --info "$deb" >"$work/lintian.log" 2>&1; then
    grep -v "running with root privileges" "$work/lintian.log"
    fail "lintian"
  fi
  echo "check-package: lintian reports no error and no warning."
else
  echo "check-package: lintian is not installed; skipped."
fi
echo "check-package: the package holds and runs what it should."
