#!/usr/bin/env bash
# Installs what building, testing and running GoBiz Outlet Link Wizard needs on Debian 12
# (bookworm): only the packages that are missing, without questions.
#
#   scripts/setup-debian.sh          build, test and run
#   scripts/setup-debian.sh --fuzz   also clang and its sanitizer/fuzzer runtime
#
# Safe to run again: with everything in place it changes nothing and needs no network.
# Uses sudo only when not run as root.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache
    qt6-base-dev qt6-base-dev-tools
    qt6-httpserver-dev
    qt6-websockets-dev # Debian's Qt6HttpServer CMake package needs it
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qtkeychain-qt6-dev libgl-dev
    libfontconfig-dev # the start-up warm-up (ui/StartupWarmup)
    libarchive-dev # the diagnostics bundle (.zip)
    # run
    libqt6sql6-sqlite qt6-qpa-plugins fonts-dejavu-core
    libsecret-1-0 # QtKeychain loads it at run time to reach the Secret Service
    # test: virtual screen, private session bus with a real keyring, packaging validators
    xvfb xauth dbus dbus-bin dbus-daemon dbus-x11 gnome-keyring
    appstream desktop-file-utils
    openssl # tst_transport makes its TLS certificates at test time
    nodejs node-har-validator # tst_harexport checks exported HAR files with a third-party validator
    # sign-in with a real browser (tst_signinbrowser): Debian's chromium, its WebDriver and
    # Selenium for Debian's /usr/bin/python3
    chromium chromium-driver python3-selenium
    # package: cpack -G DEB (dpkg-shlibdeps, strip), lintian, and tests/package's checks
    dpkg-dev binutils lintian file man-db curl
)
for arg in "$@"; do
    case "$arg" in
    --fuzz) packages+=(clang libclang-rt-14-dev) ;;
    -h | --help)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "setup-debian.sh: unknown option $arg" >&2
        exit 2
        ;;
    esac
done

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-debian.sh: this is not a Debian system; make sure the equivalents of these are" \
        "installed: ${packages[*]}" >&2
    exit 0
fi
if [[ -r /etc/os-release ]]; then
    # shellcheck disable=SC1091
    . /etc/os-release
    if [[ "${ID:-}" != debian || "${VERSION_ID:-}" != 12 ]]; then
        echo "setup-debian.sh: written for Debian 12; this is ${PRETTY_NAME:-unknown}." \
            "Trying anyway." >&2
    fi
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true)
    [[ "$status" == "ii "* ]] || missing+=("$package")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "setup-debian.sh: all ${#packages[@]} packages are installed."
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "setup-debian.sh: missing ${missing[*]}; run this as root or install sudo." >&2
        exit 1
    fi
    sudo=(sudo)
fi
echo "setup-debian.sh: installing ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}" </dev/null
