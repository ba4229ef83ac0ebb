#!/usr/bin/env bash
# The Debian package as a person gets it: built from this build directory with cpack, checked
# by lintian (no error, no warning), unpacked into a scratch root, and its programs started
# from there with nothing of the build tree around them.
#
#   tests/package/check-deb.sh BUILD_DIR CPACK VERSION
#
# Fails (exit 1) when the package does not build, lintian reports an E: or W: tag, a file is
# missing, a program has no manual page, or an installed program does not start and answer:
# --version and --help of each, the wizard's Indonesian help (its embedded translations),
# gobiz-sandbox on port 0 answering token-info over HTTP, the wizard in demo mode (its sandbox
# module, gobiz-demo) until its first page is painted (offscreen, ui/StartupProbe.h) and until it
# has made its journal, and the installed .desktop file and AppStream metainfo validated in place. Needs no display and no network.
set -euo pipefail

build=$1
cpack=$2
version=$3

work=$(mktemp -d "${TMPDIR:-/tmp}/gobiz-package.XXXXXX")
sandbox_pid=
cleanup() {
    if [[ -n "$sandbox_pid" ]] && kill -0 "$sandbox_pid" 2>/dev/null; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}
# contains FILE TEXT WHAT: FILE holds TEXT (fixed string), or the test fails naming WHAT.
contains() {
    grep -qF -- "$2" "$1" || {
        cat "$1" >&2
        fail "$3: \"$2\" not found"
    }
}

step "cpack -G DEB"
(cd "$build" && "$cpack" -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
}
debs=("$work"/out/*.deb)
[[ ${#debs[@]} -eq 1 && -f "${debs[0]}" ]] || fail "expected one .deb in $work/out"
deb=${debs[0]}
package=$(dpkg-deb --field "$deb" Package)
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KB"
dpkg-deb --field "$deb" Package Version Architecture Maintainer Depends
[[ $(dpkg-deb --field "$deb" Version) == "$version" ]] || fail "package version is not $version"

step "lintian"
# Everything lintian says, with the reason of each tag; E: (error) and W: (warning) fail.
lintian --info --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -E '^[EW]: ' "$work/lintian.txt" >/dev/null; then
    fail "lintian reports errors or warnings (above)"
fi
echo "lintian: no error, no warning"

step "dependencies installed on this machine"
# Each Depends entry (one of its alternatives) must be installed: the package would install.
IFS=',' read -r -a depends <<<"$(dpkg-deb --field "$deb" Depends)"
for entry in "${depends[@]}"; do
    satisfied=0
    IFS='|' read -r -a alternatives <<<"$entry"
    for alternative in "${alternatives[@]}"; do
        name=$(sed -E 's/\(.*\)//; s/:any//; s/[[:space:]]//g' <<<"$alternative")
        status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$name" 2>/dev/null || true)
        if [[ "$status" == "ii "* ]]; then
            satisfied=1
            break
        fi
    done
    [[ $satisfied == 1 ]] || fail "Depends: $entry is not installed here"
done
echo "all ${#depends[@]} dependencies are installed"

step "unpack into a scratch root"
root=$work/root
dpkg-deb -x "$deb" "$root"
(cd "$root" && find . -type f | sort)
doc=$root/usr/share/doc/$package
for file in "$doc/copyright" "$doc/changelog.gz"; do
    [[ -f "$file" ]] || fail "missing ${file#"$root"}"
done
contains "$doc/copyright" "License: Apache-2.0" "copyright file"
zcat "$doc/changelog.gz" | dpkg-parsechangelog -l- -S Version >"$work/changelog-version"
[[ $(cat "$work/changelog-version") == "$version" ]] || fail "changelog's version is not $version"
programs=()
for program in "$root"/usr/bin/*; do
    name=$(basename "$program")
    programs+=("$name")
    file "$program" | grep -q ', stripped' || fail "$name is not stripped"
    page=$root/usr/share/man/man1/$name.1.gz
    [[ -f "$page" ]] || fail "$name has no manual page (packaging/man/$name.1, GOBIZ_MAN_PAGES)"
    # What lintian runs on a page: any troff warning is a problem in it.
    MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" \
        >/dev/null 2>"$work/man.err"
    [[ ! -s "$work/man.err" ]] || fail "$name.1: $(cat "$work/man.err")"
done
[[ " ${programs[*]} " == *" gobiz-outlet-wizard "* && " ${programs[*]} " == *" gobiz-sandbox "* &&
    " ${programs[*]} " == *" gobiz-outlets "* ]] ||
    fail "usr/bin holds ${programs[*]}"
echo "programs: ${programs[*]}, each stripped with its manual page"

# The installed programs run in a clean environment: no build tree on any path, a throwaway
# home (settings, journal, log), no display, no session bus.
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
# A command, not a function, so that "$clean ... &" gives the program's own pid in $!.
clean=(env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
    XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache"
    XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen)
run() { "${clean[@]}" "$@"; }
wizard=$root/usr/bin/gobiz-outlet-wizard
sandbox=$root/usr/bin/gobiz-sandbox
cli=$root/usr/bin/gobiz-outlets

step "--version and --help"
for program in "$wizard" "$sandbox" "$cli"; do
    name=$(basename "$program")
    run timeout 60 "$program" --version >"$work/version.txt" 2>&1 || fail "$name --version failed"
    cat "$work/version.txt"
    contains "$work/version.txt" "$name $version" "$name --version"
    contains "$work/version.txt" "Licence: Apache-2.0" "$name --version"
    run timeout 60 "$program" --help >"$work/help.txt" 2>&1 || fail "$name --help failed"
    contains "$work/help.txt" "--help" "$name --help"
done
run timeout 60 "$wizard" --help >"$work/help.txt" 2>&1
contains "$work/help.txt" "--demo" "gobiz-outlet-wizard --help"
run timeout 60 "$sandbox" --help >"$work/help.txt" 2>&1
contains "$work/help.txt" "--port" "gobiz-sandbox --help"

step "translations: --lang id --help"
run timeout 60 "$wizard" --lang id --help >"$work/help-id.txt" 2>&1 || fail "--lang id --help failed"
cat "$work/help-id.txt"
# The --demo line in Bahasa Indonesia (resources/translations/gobiz_id.ts), and Qt's own
# "Options:" (qtbase_id.ts): both catalogues are embedded in the installed binary.
contains "$work/help-id.txt" "Jalankan sandbox GoBiz lokal" "Indonesian help"
contains "$work/help-id.txt" "Opsi:" "Indonesian help (Qt's strings)"

step "gobiz-sandbox on port 0"
mkfifo "$work/sandbox.out"
"${clean[@]}" "$sandbox" --port 0 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
exec 3<"$work/sandbox.out"
url=
# The first line names the address; read until it comes (or 30 s pass, or the program ends).
while IFS= read -r -t 30 line <&3; do
    echo "$line" >>"$work/sandbox.log"
    if [[ "$line" =~ listening\ on\ (http://127\.0\.0\.1:[0-9]+/) ]]; then
        url=${BASH_REMATCH[1]}
        break
    fi
done
[[ -n "$url" ]] || {
    cat "$work/sandbox.log" "$work/sandbox.err" >&2 2>/dev/null || true
    fail "gobiz-sandbox did not print its address"
}
cat <&3 >>"$work/sandbox.log" &
drain_pid=$!
echo "listening on $url"
curl --silent --show-error --fail --max-time 30 \
    -H 'Authorization: Bearer sandbox-demo-owner-token' -H 'Accept: application/json' \
    "${url}integrations/partner/v1/token-info" >"$work/token-info.json" || fail "token-info failed"
contains "$work/token-info.json" '"success":true' "token-info"
contains "$work/token-info.json" '"outlets":[' "token-info"
echo "token-info: $(grep -o '"id":"G[0-9]*"' "$work/token-info.json" | wc -l) outlets"
# The installed command line against it: the outlets as CSV, the token from the environment.
run GOBIZ_TOKEN=sandbox-demo-owner-token timeout 60 "$cli" outlets --csv --base-url "$url" \
    >"$work/cli-outlets.csv" 2>"$work/cli.err" || { cat "$work/cli.err" >&2; fail "gobiz-outlets outlets failed"; }
contains "$work/cli-outlets.csv" "outlet_id,name,primary,external_outlet_id,gofood,payment" "gobiz-outlets outlets --csv"
echo "gobiz-outlets outlets: $(($(wc -l <"$work/cli-outlets.csv") - 1)) outlets"
kill -TERM "$sandbox_pid"
status=0
wait "$sandbox_pid" || status=$?
sandbox_pid=
wait "$drain_pid" || true
exec 3<&-
[[ $status == 0 ]] || fail "gobiz-sandbox ended with $status after SIGTERM"
contains "$work/sandbox.log" "GoBiz sandbox stopped." "gobiz-sandbox's output"
contains "$work/sandbox.err" "GET /integrations/partner/v1/token-info 200" "gobiz-sandbox's log"

step "the wizard in demo mode, offscreen, until its first page is painted"
# GOBIZ_STARTUP_PROBE=1: one line after the first paint of the window, then exit 0.
status=0
run GOBIZ_STARTUP_PROBE=1 timeout 120 "$wizard" --demo >"$work/wizard.out" 2>"$work/wizard.err" ||
    status=$?
cat "$work/wizard.out" "$work/wizard.err"
[[ $status == 0 ]] || fail "gobiz-outlet-wizard --demo ended with $status"
contains "$work/wizard.out" "gobiz-startup-shown " "gobiz-outlet-wizard --demo"
# A normal start prints nothing on the terminal (a missing plugin or library would).
[[ ! -s "$work/wizard.err" ]] || fail "gobiz-outlet-wizard --demo wrote to stderr (above)"

step "the wizard in demo mode makes its journal once its window is on screen"
# The journal opens a display frame after the first paint (ui/FirstFrame.h): after the line the
# probe prints, so this start runs without the probe until the file is there (at most 30 s).
journal=$work/home/.local/share/gobiz-outlet-wizard/gobiz-outlet-wizard/journal-demo.sqlite
rm -f "$journal"
"${clean[@]}" timeout 60 "$wizard" --demo >"$work/wizard2.out" 2>"$work/wizard2.err" &
wizard_pid=$!
for _ in $(seq 300); do
    [[ -f "$journal" ]] && break
    kill -0 "$wizard_pid" 2>/dev/null || break # it ended: the file will not come
    sleep 0.1
done
kill "$wizard_pid" 2>/dev/null || true # timeout passes it on to the wizard
wait "$wizard_pid" 2>/dev/null || true
if [[ ! -f "$journal" ]]; then
    cat "$work/wizard2.out" "$work/wizard2.err"
    fail "the demo journal was not made in the scratch home"
fi
echo "journal: ${journal#"$work"/}"

step "desktop entry, icon and AppStream metainfo in place"
desktops=("$root"/usr/share/applications/*.desktop)
[[ ${#desktops[@]} -eq 1 && -f "${desktops[0]}" ]] || fail "expected one .desktop file"
id=$(basename "${desktops[0]}" .desktop)
desktop-file-validate "${desktops[0]}"
contains "${desktops[0]}" "Exec=gobiz-outlet-wizard" "$id.desktop"
[[ -f "$root/usr/share/icons/hicolor/scalable/apps/$id.svg" ]] || fail "no icon $id.svg"
metainfo=$root/usr/share/metainfo/$id.metainfo.xml
[[ -f "$metainfo" ]] || fail "no metainfo $id.metainfo.xml"
appstreamcli validate --no-net --explain "$metainfo"
contains "$metainfo" "<project_license>Apache-2.0</project_license>" "metainfo"
contains "$metainfo" "<release version=\"$version\"" "metainfo"
# The tree as a software centre reads it: metainfo, desktop entry and icon belong together.
appstreamcli validate-tree --no-net "$root"

printf '\nOK: %s installs and runs from a scratch root.\n' "$(basename "$deb")"
