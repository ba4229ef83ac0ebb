#!/usr/bin/env bash
# Runs a command against a real, private system keychain:
#   tests/support/with-keyring.sh COMMAND [ARGS...]
#
# - a throwaway HOME / XDG dirs in a temporary folder, so nobody's real keyring is touched;
# - a private D-Bus session bus (dbus-run-session), so nothing leaks to or from the desktop;
# - gnome-keyring-daemon (secrets component only) on that bus, with a "login" keyring created
#   and unlocked from a throwaway password on stdin; it is the default collection, the one
#   QtKeychain writes to through libsecret.
# The command's exit status is returned; the daemon, the bus and the folder are gone afterwards.
# Works as root, with no X server and no session bus of its own (CI).
set -euo pipefail

if [[ "${1:-}" == "--inside-session" ]]; then
    shift
    # A throwaway password: the keyring lives only as long as this session.
    printf '%s' "gobiz-test-keyring" \
        | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # Wait until the secret service answers on the bus (normally at once).
    ready=0
    for _ in $(seq 1 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q 'boolean true'; then
            ready=1
            break
        fi
        sleep 0.1
    done
    if [[ $ready != 1 ]]; then
        echo "with-keyring.sh: gnome-keyring-daemon did not come up on the private bus" >&2
        exit 1
    fi
    daemon_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
        string:org.freedesktop.secrets 2>/dev/null | awk '/uint32/ { print $2 }')
    export GOBIZ_PRIVATE_KEYRING=1 # tests refuse to touch a keyring without this
    status=0
    "$@" || status=$?
    # The daemon leaves with the bus anyway; ending it here (by its id) makes that certain.
    if [[ -n "$daemon_pid" ]]; then
        kill "$daemon_pid" 2>/dev/null || true
    fi
    exit "$status"
fi

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
missing=()
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "with-keyring.sh: missing ${missing[*]}; install dbus, dbus-bin and gnome-keyring" \
        "(scripts/setup-debian.sh does)" >&2
    exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/gobiz-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
# Set before the bus starts: services the bus activates (prompters) inherit its environment.
export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CONFIG_HOME="$scratch/home/.config"
export XDG_CACHE_HOME="$scratch/home/.cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
# No desktop: no prompt may reach a real screen, and QtKeychain must pick the Secret Service
# (it prefers KWallet when it thinks it runs under KDE).
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK \
    XDG_CURRENT_DESKTOP XDG_SESSION_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION \
    KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID DBUS_SESSION_BUS_ADDRESS

status=0
dbus-run-session -- bash "${BASH_SOURCE[0]}" --inside-session "$@" || status=$?
exit "$status"
