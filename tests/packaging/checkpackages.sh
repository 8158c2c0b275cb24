#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# checkpackages.sh CPACK CMAKE BUILD_DIR VERSION GUI(0|1) DEVSERVER(0|1)
# Makes the .deb files with CPack into a temporary folder, checks which files each package holds
# (dpkg-deb -c), runs lintian on them (any error or warning fails), validates the desktop file and
# the AppStream metainfo, renders the man pages, compares their options with the programs'
# --help and runs the packaged keywayctl from an unpacked copy. Nothing is installed system-wide.
set -euo pipefail
cpack=$1 cmake=$2 build=$3 version=$4 gui=$5 devserver=$6
pfx=usr  # the packages install to /usr whatever the build's prefix; dpkg-deb -c lists it as usr

for tool in dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli groff man; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool (scripts/install-deps.sh)"; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/keyway-packaging.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"; echo "FAIL: cpack"; exit 1
fi

deb() { # deb NAME -> the .deb file of package NAME
    local f=("$tmp/out/$1_${version}_"*.deb)
    [ -f "${f[0]}" ] || { fail "no package $1 in: $(ls "$tmp/out")"; return 1; }
    echo "${f[0]}"
}
libs=(license activation)
[ "$gui" = 1 ] && libs+=(activation-widgets browser)
packages=(keyway keyway-dev)
for l in "${libs[@]}"; do packages+=("libkeyway-${l}0"); done
[ "$devserver" = 1 ] && packages+=(keyway-devserver)
for p in "${packages[@]}"; do
    file=$(deb "$p") || continue
    # Files and links only, without the leading "./".
    dpkg-deb -c "$file" | awk '$1 !~ /^d/ { p = $6; sub(/^\.\//, "", p); print p }' >"$tmp/$p.list"
    [ "$(dpkg-deb -f "$file" Package)" = "$p" ] || fail "$p: wrong Package field"
    [ "$(dpkg-deb -f "$file" Version)" = "$version" ] || fail "$p: Version is not $version"
    echo "== $p: $(wc -l <"$tmp/$p.list") files, Depends: $(dpkg-deb -f "$file" Depends)"
done
[ "$failures" = 0 ] || exit 1

has() { # has PACKAGE REGEX...: each regex matches a file of PACKAGE
    local p=$1; shift
    for re in "$@"; do grep -Eq "^($re)\$" "$tmp/$p.list" || fail "$p lacks $re"; done
}
lacks() { # lacks PACKAGE REGEX...: no file of PACKAGE matches
    local p=$1; shift
    for re in "$@"; do
        if grep -Eq "$re" "$tmp/$p.list"; then fail "$p must not hold $(grep -E "$re" "$tmp/$p.list" | head -3 | tr '\n' ' ')"; fi
    done
}

lib="$pfx/lib(/[a-z0-9_-]+)?"
# Each library in its own package, named after its soname, with a shlibs file (so that what
# links it depends on it) and an ldconfig trigger.
for l in "${libs[@]}"; do
    p="libkeyway-${l}0"
    has "$p" "$lib/libkeyway-$l\\.so\\.0" "$lib/libkeyway-$l\\.so\\.$version"
    lacks "$p" "^$pfx/(bin|include)/" '\.so$'
    has keyway-dev "$lib/libkeyway-$l\\.so"
    dpkg-deb -I "$(deb "$p")" shlibs 2>/dev/null | grep -qx "libkeyway-$l 0 $p (= $version)" \
        || fail "$p: no shlibs line \"libkeyway-$l 0 $p (= $version)\""
    dpkg-deb -I "$(deb "$p")" triggers 2>/dev/null | grep -qx "activate-noawait ldconfig" \
        || fail "$p: no ldconfig trigger"
    dpkg-deb -f "$(deb keyway-dev)" Depends | grep -q "$p (= $version)" || fail "keyway-dev does not depend on $p (= $version)"
done
dpkg-deb -f "$(deb keyway)" Depends | grep -q "libkeyway-activation0 (= $version)" \
    || fail "keyway does not depend on libkeyway-activation0 (= $version)"
# Every package has its copyright (DEP-5) and changelog.
for p in "${packages[@]}"; do
    has "$p" "$pfx/share/doc/$p/copyright" "$pfx/share/doc/$p/changelog\\.gz"
done
# The changelog's newest entry is this version (packaging/debian/changelog, kept in step with
# project() in CMakeLists.txt).
dpkg-deb --fsys-tarfile "$(deb keyway)" | tar -xOf - "./$pfx/share/doc/keyway/changelog.gz" | zcat \
    | head -1 | grep -q "^keyway ($version) " || fail "packaging/debian/changelog does not start with version $version"
has keyway "$pfx"/bin/keywayctl "$pfx"/share/man/man1/keywayctl\\.1\\.gz
if [ "$gui" = 1 ]; then
    has keyway "$pfx"/bin/keyway "$pfx"/share/man/man1/keyway\\.1\\.gz \
        "$pfx"/share/applications/keyway\\.desktop \
        "$pfx"/share/metainfo/io\\.github\\.keyway\\.Keyway\\.metainfo\\.xml \
        "$pfx"/share/icons/hicolor/scalable/apps/keyway\\.svg
fi
lacks keyway "^$pfx/include/" '/cmake/' '/libkeyway-[a-z-]+\.so' 'keyway-devserver'
# Modules loaded at run time (the browser plugin, keywayctl's online commands), wherever built.
while read -r module; do
    has keyway "$lib/keyway/(.*/)?${module//./\\.}"
done < <(find "$build" \( -name 'keyway-browser-plugin.so' -o -name 'keywayctl-online.so' \) \
             -not -path '*/_CPack_Packages/*' -printf '%f\n' | sort -u)
has keyway-dev "$lib/cmake/Keyway/KeywayConfig\\.cmake" "$lib/cmake/Keyway/KeywayConfigVersion\\.cmake" \
    "$lib/cmake/Keyway/KeywayTargets\\.cmake" "$lib/cmake/Keyway/KeywayTargets-[a-z]+\\.cmake" \
    "$lib/cmake/Keyway/KeywayVendorConfig\\.cmake" \
    "$pfx"/include/keyway/keyway_license_export\\.h "$pfx"/include/keyway/keyway_activation_export\\.h
# The public SDK (docs/embedding.md): exactly these headers, flat under include/keyway; the
# internals (jobs, session, stores, wizard pages) are not installed.
sdk=(error.h expected.h jwk.h licenseguard.h licensestatus.h translations.h vendorconfig.h
     activator.h authorizationagent.h secretstorefactory.h keyway_license_export.h
     keyway_activation_export.h)
[ "$gui" = 1 ] && sdk+=(activationwizard.h licensestatuswidget.h signinview.h signinviewplugin.h
                       browser.h keyway_activation_widgets_export.h keyway_browser_export.h)
installed=$(grep -E "^$pfx/include/" "$tmp/keyway-dev.list" | sed "s#^$pfx/include/keyway/##" | sort | tr '\n' ' ')
expected=$(printf '%s\n' "${sdk[@]}" | sort | tr '\n' ' ')
[ "$installed" = "$expected" ] || fail "keyway-dev's headers are not the public SDK: installed $installed; expected $expected"
lacks keyway-dev "^$pfx/include/keyway/.*/" "/(activatejob|pkce|session|licensestore|widgetslogging|activationflow)\\.h\$"
echo "== keyway-dev: ${#sdk[@]} public headers under include/keyway"
lacks keyway-dev "^$pfx/bin/" '\.so\.' "^$pfx/share/(man|applications|metainfo|icons)/"
if [ "$devserver" = 1 ]; then
    has keyway-devserver "$pfx"/bin/keyway-devserver "$pfx"/share/man/man1/keyway-devserver\\.1\\.gz
    lacks keyway-devserver "^$pfx/lib" "^$pfx/include/" "$pfx/bin/keyway(ctl)?\$"
fi
# Whatever is installed without a COMPONENT would be in no package at all.
"$cmake" --install "$build" --component Unspecified --prefix "$tmp/unspecified" >/dev/null
if [ -d "$tmp/unspecified" ] && [ -n "$(find "$tmp/unspecified" -type f -o -type l)" ]; then
    fail "installed without COMPONENT (in no package): $(cd "$tmp/unspecified" && find . -type f -o -type l | tr '\n' ' ')"
fi
# No file may be in two packages: dpkg would refuse to install the second.
dups=$(for p in "${packages[@]}"; do cat "$tmp/$p.list"; done | sort | uniq -d)
[ -z "$dups" ] || fail "in two packages: $dups"

# lintian: what Debian would say. Every error and warning fails (info and pedantic do not).
echo "== lintian"
lintian_args=(--no-tag-display-limit --fail-on none)
[ "$(id -u)" -eq 0 ] && lintian_args+=(--allow-root)
files=()
for p in "${packages[@]}"; do files+=("$(deb "$p")"); done
lintian "${lintian_args[@]}" "${files[@]}" >"$tmp/lintian.txt" 2>&1 || fail "lintian did not run: $(cat "$tmp/lintian.txt")"
errors=$(grep -c '^E: ' "$tmp/lintian.txt" || true)
warnings=$(grep -c '^W: ' "$tmp/lintian.txt" || true)
grep -E '^(E|W): ' "$tmp/lintian.txt" || true
echo "lintian: $errors error(s), $warnings warning(s) on ${#packages[@]} packages"
[ "$errors" = 0 ] && [ "$warnings" = 0 ] || fail "lintian: $errors error(s), $warnings warning(s)"

# Unpack (not install) the runtime package and check its files as installed.
root="$tmp/root"
dpkg-deb -x "$(deb keyway)" "$root"
for l in "${libs[@]}"; do dpkg-deb -x "$(deb "libkeyway-${l}0")" "$root"; done
if [ "$gui" = 1 ]; then
    echo "== desktop-file-validate"
    desktop-file-validate "$root/$pfx/share/applications/keyway.desktop" || fail "desktop-file-validate"
    echo "== appstreamcli validate --no-net"
    appstreamcli validate --no-net "$root/$pfx/share/metainfo/io.github.keyway.Keyway.metainfo.xml" \
        || fail "appstreamcli validate"
fi
pages=(keywayctl)
[ "$gui" = 1 ] && pages+=(keyway)
if [ "$devserver" = 1 ]; then
    dpkg-deb -x "$(deb keyway-devserver)" "$root"
    pages+=(keyway-devserver)
fi
libdir=$(dirname "$(find "$root/$pfx/lib" -name 'libkeyway-license.so.0' | head -1)")
helptext() { # helptext PROGRAM ARGS...: what the packaged PROGRAM prints, with the packaged libraries
    local program=$1; shift
    # In English, as the man pages are: the programs translate their --help to the system language.
    LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= LD_LIBRARY_PATH="$libdir" QT_QPA_PLATFORM=offscreen HOME="$tmp/home" \
        "$root/$pfx/bin/$program" "$@" 2>/dev/null </dev/null
}
echo "== man pages"
for page in "${pages[@]}"; do
    src="$root/$pfx/share/man/man1/$page.1.gz"
    # -ww: all warnings; anything on stderr counts as a failure.
    warnings=$(zcat "$src" | groff -man -Tutf8 -ww -z 2>&1) || fail "groff $page.1"
    [ -z "$warnings" ] || fail "groff warnings in $page.1: $warnings"
    out=$(MANWIDTH=80 man -l "$src" 2>&1 </dev/null) || fail "man -l $page.1"
    echo "$out" | grep -q "^NAME" || fail "man -l $page.1 has no NAME section"
    echo "$page.1: $(echo "$out" | wc -l) lines"
    # The page has an entry for each option --help names (keywayctl: each command and its options
    # too), and none for an option --help does not name.
    zcat "$src" >"$tmp/$page.man"
    helptext "$page" --help >"$tmp/$page.help" || true
    commands=()
    if [ "$page" = keywayctl ]; then
        # "Arguments:  command  status, device-id, ... or devices."
        read -ra commands < <(sed -n '/^Arguments:/,$p' "$tmp/$page.help" | sed -n '/^ *command /,$p' \
            | sed 's/^ *command//; s/ or /, /; s/\.//g' | tr -s ', \n' '   ') || true
        [ "${#commands[@]}" -ge 5 ] || fail "keywayctl --help lists no commands"
        for c in "${commands[@]}"; do
            helptext keywayctl "$c" --help >>"$tmp/$page.help" || true
            grep -qE "^\.B[IR]? \"?${c//-/\\\\-}[ \"]" "$tmp/$page.man" \
                || fail "$page.1 has no entry for the command $c"
        done
    fi
    grep -q -- '--help' "$tmp/$page.help" || fail "$page --help printed no options"
    grep -oE -- '--[a-z][a-z0-9-]*' "$tmp/$page.help" | sort -u >"$tmp/$page.help-options"
    # The options in the page's entries (the line after each .TP), as "--name".
    awk 'prev == ".TP" { print } { prev = $0 }' "$tmp/$page.man" \
        | grep -oE '\\-\\-[a-z](\\-|[a-z0-9])*' | sed 's/\\-/-/g' | sort -u >"$tmp/$page.man-options" || true
    missing=$(comm -23 "$tmp/$page.help-options" "$tmp/$page.man-options" | tr '\n' ' ')
    [ -z "$missing" ] || fail "$page.1 has no entry for what $page --help names: $missing"
    stale=$(comm -13 "$tmp/$page.help-options" "$tmp/$page.man-options" | tr '\n' ' ')
    [ -z "$stale" ] || fail "$page.1 has entries for what $page --help does not name: $stale"
    echo "$page.1: $(wc -l <"$tmp/$page.help-options") options${commands:+ and ${#commands[@]} commands} compared with --help"
done

# The packaged keywayctl runs from the unpacked tree with the packaged libraries only.
if ! LD_LIBRARY_PATH="$libdir" "$root/$pfx/bin/keywayctl" --help >"$tmp/help.txt" 2>&1; then
    cat "$tmp/help.txt"; fail "packaged keywayctl --help"
fi
# ldd's output in a file first: grep -q stops reading at the first match, and under pipefail the
# SIGPIPE that ldd may get then would count as a failure.
LD_LIBRARY_PATH="$libdir" ldd "$root/$pfx/bin/keywayctl" >"$tmp/ldd.txt" 2>&1 || true
grep -q "libkeyway-license.so.0 => $libdir" "$tmp/ldd.txt" \
    || fail "packaged keywayctl does not use the packaged libkeyway-license: $(grep libkeyway "$tmp/ldd.txt")"

if [ "$failures" != 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all packaging checks passed"
