#!/bin/sh
# Runs a command in a D-Bus session of its own with an unlocked GNOME keyring in a temp home, so
# that the keychain tests use a real Secret Service and never the developer's own keyring.
set -eu
home=$(mktemp -d /tmp/privacydesk-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -p "$home/.local/share/keyrings"
export HOME="$home" XDG_DATA_HOME="$home/.local/share" PD_KEYRING_REQUIRED=1
unset DISPLAY
dbus-run-session -- sh -c 'eval "$(printf privacydesk | gnome-keyring-daemon --unlock --components=secrets)"; "$@"' sh "$@"
