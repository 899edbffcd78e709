#!/usr/bin/env bash
# Runs one test program with what it needs and nothing of the user's: a throwaway HOME,
# a private D-Bus session with an unlocked GNOME Keyring (the real Secret Service that
# QtKeychain talks to), a UTF-8 locale and Qt's offscreen platform. Everything it starts
# is stopped when the program ends; a program that hangs is stopped after QF_TEST_LIMIT
# seconds (default 540) so that one stuck test cannot stall the suite.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
case " $* " in
  *" --list-test-names-only "*|*" --list-tests "*|*" --list-tags "*) exec "$@" ;;
esac
if [ -n "${QF_TEST_SESSION:-}" ]; then exec "$@"; fi
for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
  command -v "$tool" >/dev/null || { echo "run-test.sh: $tool is missing (run ./test.sh, which installs it)" >&2; exit 2; }
done
scratch=$(mktemp -d /tmp/qingfeng-test.XXXXXX)
# PostgreSQL servers and service processes a test started (tests/sync) are listed here and stopped at the end even
# when the test crashed before it could stop them itself.
stop_leftovers() {
  if [ -f "$scratch/servers" ]; then
    while read -r data; do
      case "$data" in pid\ *) kill -9 "${data#pid }" 2>/dev/null; continue ;; esac
      [ -d "$data" ] || continue
      pgctl=$(ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | tail -1)
      if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$pgctl" -D "$data" -m immediate stop >/dev/null 2>&1
      else "$pgctl" -D "$data" -m immediate stop >/dev/null 2>&1; fi
      rm -rf "$(dirname "$data")"
    done < "$scratch/servers"
  fi
  rm -rf "$scratch"
}
trap stop_leftovers EXIT
# QF_TEST_XVFB=1: a private Xvfb server and the xcb platform, for what only a real window
# system decides (which window gets the keyboard).
if [ -n "${QF_TEST_XVFB:-}" ]; then
  command -v Xvfb >/dev/null || { echo "run-test.sh: Xvfb is missing (run ./test.sh, which installs it)" >&2; exit 2; }
  # Xvfb picks a free display and writes its number; it is stopped with the servers at the end.
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$scratch/display" >/dev/null 2>&1 &
  echo "pid $!" >> "$scratch/servers"
  for _ in $(seq 1 100); do [ -s "$scratch/display" ] && break; sleep 0.05; done
  [ -s "$scratch/display" ] || { echo "run-test.sh: Xvfb did not start" >&2; exit 2; }
  export DISPLAY=":$(head -n1 "$scratch/display")" QT_QPA_PLATFORM=xcb
fi
# QF_TEST_HOME keeps the home (and so the keyring holding a database's key) between runs: a benchmark's
# million-report database made in one run can be measured again in the next.
home="${QF_TEST_HOME:-$scratch/home}"
mkdir -p "$home" "$scratch/run"
chmod 700 "$home" "$scratch/run"
# The scanner tests use SANE's real `test` backend, and only it: a private SANE_CONFIG_DIR whose dll.conf names
# it. Tesseract's OpenMP threads fight over two cores (a page took ~4 s instead of ~0.7 s): OMP_THREAD_LIMIT=1
# must be in the environment before the process starts (setting it in code does not help).
mkdir -p "$scratch/sane"
echo test > "$scratch/sane/dll.conf"
export SANE_CONFIG_DIR="$scratch/sane" OMP_THREAD_LIMIT=1
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
       XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$scratch/run" QF_TEST_SESSION=1 \
       QF_TEST_SERVERS="$scratch/servers"
# The tests' stores are made with an administrator "admin" (tests/support/TestSupport.h); a
# qingfeng-cli the tests start signs in as that user unless told otherwise.
export QINGFENG_USER="${QINGFENG_USER:-admin}" QINGFENG_PASSWORD="${QINGFENG_PASSWORD:-qingfeng-test-pw}"

timeout --kill-after=10 "${QF_TEST_LIMIT:-540}" dbus-run-session -- bash -c '
  # The keyring runs in the foreground as our child, so we can stop it ourselves.
  printf "qingfeng-test" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
  keyring=$!
  for _ in $(seq 1 100); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
    sleep 0.05
  done
  "$@"
  status=$?
  kill "$keyring" 2>/dev/null
  wait "$keyring" 2>/dev/null
  exit $status' run-test "$@"
