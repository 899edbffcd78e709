#!/usr/bin/env bash
# Installs what is missing, builds, and starts the desktop client on its local SQLite
# database (in the user's data folder). On first start the client asks for the local
# profile and offers demo data. Arguments are passed to the client (e.g. --lang en).
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
source "$root/installer/deps.sh"
qf_install_missing "${QF_BUILD_PACKAGES[@]}" "${QF_RUN_PACKAGES[@]}"
qf_build "$root" qingfeng qingfeng-cli

export OMP_THREAD_LIMIT=1  # Tesseract: must be set before the process starts (DEVICES.md)
app=("$root/build/bin/qingfeng" "$@")

# Identities are kept encrypted with a key in the OS keychain (Secret Service). A desktop
# session has one; without it we say so and start one for this run.
has_secret_service() {
  [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || return 1
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.ListActivatableNames 2>/dev/null | grep -q org.freedesktop.secrets && return 0
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"
}

launch() {
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the client on a virtual display (Xvfb). Use a desktop session to see it."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
  fi
  exec "$@"
}

if has_secret_service; then
  launch "${app[@]}"
fi

echo "No system keychain (Secret Service) is running in this session."
echo "Qingfeng keeps reporters' and visitors' identities only encrypted, with the key in a keychain,"
echo "so a GNOME Keyring is started for this run."
password="${QINGFENG_KEYRING_PASSWORD:-}"
if [ -z "$password" ] && [ -t 0 ]; then
  read -r -s -p "Password of your login keyring (new keyring: choose one): " password; echo
fi
if [ -z "$password" ]; then
  # Not interactive and no password given: a throwaway keyring and a throwaway database,
  # so no real data ever depends on a key that cannot be recovered.
  scratch="$(mktemp -d /tmp/qingfeng-demo.XXXXXX)"
  echo "No keyring password given (set QINGFENG_KEYRING_PASSWORD or run in a terminal):"
  echo "starting a throwaway demo session in $scratch; it lives only in that temporary folder."
  export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
  password="$(head -c 24 /dev/urandom | base64)"
  app+=(--db "$scratch/qingfeng.sqlite")
fi
export QF_KEYRING_PASSWORD="$password"
exec dbus-run-session -- bash -c '
  printf "%s" "$QF_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  unset QF_KEYRING_PASSWORD
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the client on a virtual display (Xvfb)."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
  fi
  exec "$@"' run "${app[@]}"
