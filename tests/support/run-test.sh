#!/usr/bin/env bash
# Runs one test program with what it needs and nothing of the user's: a throwaway HOME,
# a private D-Bus session with an unlocked GNOME Keyring (the real Secret Service that
# QtKeychain talks to), a UTF-8 locale and Qt's offscreen platform.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
case " $* " in
  *" --list-test-names-only "*|*" --list-tests "*|*" --list-tags "*) exec "$@" ;;
esac
if [ -n "${QF_TEST_SESSION:-}" ]; then exec "$@"; fi
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "run-test.sh: $tool is missing (run ./test.sh, which installs it)" >&2; exit 2; }
done
scratch=$(mktemp -d /tmp/qingfeng-test.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config" \
       XDG_CACHE_HOME="$scratch/home/.cache" XDG_RUNTIME_DIR="$scratch/run" QF_TEST_SESSION=1
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  printf "qingfeng-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  "$@"
  status=$?
  pkill -u "$(id -u)" -f "gnome-keyring-daemon.*--components=secrets" -P $$ 2>/dev/null
  exit $status' run-test "$@" 2> >(grep -v "Failed to set fd limit" >&2)
