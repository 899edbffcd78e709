#!/usr/bin/env bash
# Builds the Debian packages, makes a clean Debian 12 root from the Debian archive with
# mmdebstrap, installs the packages there with apt (which resolves their dependencies) and
# checks what an office's IT would: the programs start, the command-line tool works on a
# database with its key in a keychain, the desktop client shows its window, the service's
# unit and settings are in place; the packages of the previous release tag upgraded to these
# (when there is such a tag); and a purge leaves none of the packages' files behind.
#
#   installer/test-packages.sh [BUILD_DIR]        (default: build/ of this tree)
#
# Also the ctest "package.clean-debian" (ctest -L package). Exit 77 (skipped) with a
# message when it cannot run here: not root, no mmdebstrap, no Debian archive.
# Environment: QF_DEBIAN_MIRROR (default http://deb.debian.org/debian),
# QF_PACKAGE_CACHE (downloaded .debs kept between runs; default BUILD_DIR/package-test/cache).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
mirror="${QF_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
work="$build/package-test"
cache="${QF_PACKAGE_CACHE:-$work/cache}"
chroot_dir="$work/root"
started=$(date +%s)

step() { printf '\n=== [%3ss] %s\n' "$(( $(date +%s) - started ))" "$*"; }
skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*"; exit 1; }
inside() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root \
           DEBIAN_FRONTEND=noninteractive "$@"; }

# The whole script is one function, read before it runs: editing the file during a run
# cannot derail it.
main() {
# --- Can it run here? ----------------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || skip "needs root (mmdebstrap's root mode and chroot)"
command -v mmdebstrap >/dev/null || skip "mmdebstrap is missing (apt-get install mmdebstrap)"
command -v cpack >/dev/null || skip "cpack is missing"
curl -fsS --max-time 15 -o /dev/null "$mirror/dists/bookworm/Release" 2>/dev/null \
  || skip "the Debian archive ($mirror) cannot be reached"
for tool in rsvg-convert help2man; do
  command -v "$tool" >/dev/null || skip "$tool is missing (installer/deps.sh QF_PACKAGE_PACKAGES)"
done

cleanup() {
  for m in proc sys dev/pts dev; do umount -l "$chroot_dir/$m" 2>/dev/null; done
  rm -rf --one-file-system "$chroot_dir"
}
trap cleanup EXIT

# --- The packages --------------------------------------------------------------------------
step "build the programs and cpack -G DEB"
cmake --build "$build" --target qingfeng qingfeng-cli qingfeng-syncd qingfeng-statusd package_data >/dev/null || fail "build"
rm -rf "$work/debs"
mkdir -p "$work/debs" "$cache"
(cd "$build" && cpack -G DEB -B "$work/debs" >"$work/cpack.log" 2>&1) || { tail -20 "$work/cpack.log"; fail "cpack"; }
debs=("$work"/debs/qingfeng_*.deb "$work"/debs/qingfeng-syncd_*.deb)
for d in "${debs[@]}" "$work"/debs/*.ddeb; do
  [ -f "$d" ] || fail "missing package $d"
  printf '  %-45s %9s bytes\n' "$(basename "$d")" "$(stat -c %s "$d")"
done
for d in "${debs[@]}"; do
  programs=$(dpkg-deb -c "$d" | awk '$1 ~ /^-/ && $6 ~ /^\.\/usr\/bin\// {print $6}')
  [ -n "$programs" ] || fail "no programs in $d"
  for p in $programs; do
    kind=$(dpkg-deb --fsys-tarfile "$d" | tar -xO "$p" | file -b -)
    case "$kind" in *ELF*", stripped"*) ;; *) fail "$p is not a stripped program: $kind" ;; esac
    echo "  $(basename "$d"): $p stripped"
  done
done
echo "  programs are stripped; debug symbols in the -dbgsym packages"

if command -v lintian >/dev/null; then
  step "lintian (errors fail the test; warnings kept on purpose are in installer/lintian.suppress with the reason)"
  lintian --tag-display-limit 0 --suppress-tags-from-file "$root/installer/lintian.suppress" \
          "${debs[@]}" 2> >(grep -v "running with root privileges" >&2) | tee "$work/lintian.log"
  grep -q '^E:' "$work/lintian.log" && fail "lintian reports errors"
  echo "  lintian: no errors"
else
  echo "  (lintian is not installed: not run)"
fi

if command -v appstreamcli >/dev/null; then
  step "appstreamcli validate (the AppStream data in the package)"
  dpkg-deb --fsys-tarfile "${debs[0]}" | tar -xO ./usr/share/metainfo/org.qingfeng.Qingfeng.metainfo.xml >"$work/metainfo.xml"
  appstreamcli validate --no-net "$work/metainfo.xml" || fail "appstreamcli validate"
fi

# --- A clean Debian 12 ---------------------------------------------------------------------
step "mmdebstrap --variant=apt bookworm (downloads kept in $cache)"
rm -rf --one-file-system "$chroot_dir"
mmdebstrap --variant=apt --mode=root --quiet \
  --setup-hook='mkdir -p "$1/var/cache/apt/archives"; cp -l '"$cache"'/*.deb "$1/var/cache/apt/archives/" 2>/dev/null || cp '"$cache"'/*.deb "$1/var/cache/apt/archives/" 2>/dev/null || true' \
  --customize-hook='cp -ln "$1"/var/cache/apt/archives/*.deb '"$cache"'/ 2>/dev/null || true' \
  --skip=cleanup/apt/cache \
  bookworm "$chroot_dir" "$mirror" || fail "mmdebstrap"
mount -t proc proc "$chroot_dir/proc"
mount --bind /sys "$chroot_dir/sys"
mount --bind /dev "$chroot_dir/dev"
mount --bind /dev/pts "$chroot_dir/dev/pts"
inside find / -xdev \( -path /var/cache -o -path /var/lib/apt/lists -o -path /var/log -o -path /tmp -o -path /root \) -prune \
  -o -print | sort >"$work/files-before"
echo "  $(wc -l <"$work/files-before") files in the clean root"

check() { local what="$1"; shift; echo "  \$ $what"; inside "$@" 2>&1 | sed 's/^/    /'; local rc=${PIPESTATUS[0]}
          [ "$rc" -eq 0 ] || fail "$what (exit $rc)"; }

# The user's session in the clean root: a D-Bus session (dbus-run-session) with a GNOME
# Keyring unlocked as a login would; the keyring and database live in /tmp/home, so the
# previous release's database is still there after the upgrade.
write_session_script() {
cat >"$chroot_dir/tmp/reports.jsonl" <<'EOF'
{"source_id":"WB-1","received_at":"2026-07-01T09:30:00+08:00","content":"反映城关镇财政所所长王某违规发放津贴补贴，请求调查处理。"}
{"source_id":"WB-2","received_at":"2026-07-02T10:00:00+08:00","content":"举报某村委会主任侵占集体土地补偿款。"}
EOF
cat >"$chroot_dir/tmp/session.sh" <<'EOF'
# sh /tmp/session.sh STEP...: prepare (init + import), migrate, use (search + the client).
set -e
export HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/run LANG=C.UTF-8
# The store's administrator; every command signs in as it (the client's --quit-when-shown too).
export QINGFENG_USER=admin QINGFENG_PASSWORD=package-test-pw
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$HOME" "$XDG_RUNTIME_DIR"
printf 'package-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
for i in $(seq 1 100); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
  sleep 0.05
done
for step in "$@"; do
  case "$step" in
    prepare)
      echo "\$ qingfeng-cli init --admin admin"; qingfeng-cli init --admin admin --admin-name 管理员
      echo "\$ qingfeng-cli import /tmp/reports.jsonl"; qingfeng-cli import /tmp/reports.jsonl ;;
    migrate)
      echo "\$ qingfeng-cli migrate"; qingfeng-cli migrate ;;
    use)
      echo "\$ qingfeng-cli search 津贴补贴"; found=$(qingfeng-cli search 津贴补贴); echo "$found"
      [ -n "$found" ] || { echo "search found nothing"; exit 1; }
      echo "\$ xvfb-run qingfeng --quit-when-shown"
      timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" qingfeng --quit-when-shown
      echo "\$ xvfb-run qingfeng --quit-when-shown --db /tmp/home/new.sqlite   (a new database)"
      timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" qingfeng --quit-when-shown --db /tmp/home/new.sqlite ;;
  esac
done
EOF
}

step "the previous release's packages"
previous=$(git -C "$root" describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null || true)
if [ -z "$previous" ]; then
  echo "  no release tag (v*) yet: the upgrade step (install the previous release, make a database,"
  echo "  upgrade to these packages, check the database is kept and migrated) is skipped"
else
  echo "  previous release: $previous (built from a worktree)"
  prev_src="$work/prev-src"; prev_build="$work/prev-build"
  rm -rf "$prev_src" "$prev_build"; git -C "$root" worktree prune
  git -C "$root" worktree add --detach "$prev_src" "$previous" >/dev/null || fail "worktree $previous"
  launcher=(); command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$prev_src" -B "$prev_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null &&
    cmake --build "$prev_build" --target qingfeng qingfeng-cli qingfeng-syncd >/dev/null &&
    { cmake --build "$prev_build" --target package_data >/dev/null 2>&1 || true; } &&
    (cd "$prev_build" && cpack -G DEB -B "$work/prev-debs" >/dev/null) || fail "packages of $previous"
  git -C "$root" worktree remove --force "$prev_src"
  mkdir -p "$chroot_dir/tmp/prev"
  cp "$work"/prev-debs/*.deb "$chroot_dir/tmp/prev/"
  inside apt-get install -y -q --no-install-recommends /tmp/prev/*.deb xvfb xauth dbus gnome-keyring \
    >"$work/apt-prev.log" 2>&1 || { tail -20 "$work/apt-prev.log"; fail "installing $previous"; }
  write_session_script
  check "$previous: init + import with a keychain" dbus-run-session -- sh /tmp/session.sh prepare
fi

# --- Install -------------------------------------------------------------------------------
step "apt-get install ./qingfeng_*.deb ./qingfeng-syncd_*.deb (apt resolves the dependencies)"
mkdir -p "$chroot_dir/tmp/debs"
cp "${debs[@]}" "$chroot_dir/tmp/debs/"
inside apt-get update -q >/dev/null
inside apt-get install -y -q --no-install-recommends \
  /tmp/debs/"$(basename "${debs[0]}")" /tmp/debs/"$(basename "${debs[1]}")" \
  xvfb xauth dbus gnome-keyring >"$work/apt-install.log" 2>&1 \
  || { tail -30 "$work/apt-install.log"; fail "apt-get install"; }
cp -ln "$chroot_dir"/var/cache/apt/archives/*.deb "$cache"/ 2>/dev/null || true
grep -E "^(Setting up|Unpacking) (qingfeng|qingfeng-syncd) " "$work/apt-install.log" | sed 's/^/  /'
echo "  $(grep -c '^Setting up' "$work/apt-install.log") packages set up"
# Test tools (xvfb, keyring, dbus) came with the packages; their files are not ours.
inside find / -xdev \( -path /var/cache -o -path /var/lib/apt/lists -o -path /var/log -o -path /tmp -o -path /root \) -prune \
  -o -print | sort >"$work/files-installed"
inside dpkg -L qingfeng qingfeng-syncd | sort -u >"$work/files-ours"
echo "  $(wc -l <"$work/files-ours") paths in the two packages"


# --- Checks inside -------------------------------------------------------------------------
step "checks in the clean root"
[ -n "$previous" ] || write_session_script
version=$(inside qingfeng-cli --version) || fail "qingfeng-cli --version"
echo "  \$ qingfeng-cli --version"; echo "    $version"
expected=$(sed -n 's/^project(Qingfeng VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
[ "$version" = "qingfeng-cli $expected" ] || fail "version '$version' is not '$expected'"
check "qingfeng-cli id check 11010519491231002X" qingfeng-cli id check 11010519491231002X
check "qingfeng --version" env QT_QPA_PLATFORM=offscreen qingfeng --version
check "qingfeng-syncd --version" qingfeng-syncd --version
check "qingfeng-syncd --help" qingfeng-syncd --help
check "qingfeng-syncd admin --help" qingfeng-syncd admin --help
check "qingfeng-statusd --help" qingfeng-statusd --help
echo "  \$ qingfeng-syncd --config /etc/qingfeng/syncd.conf   (not configured yet)"
inside qingfeng-syncd --config /etc/qingfeng/syncd.conf 2>&1 | sed 's/^/    /'
rc=${PIPESTATUS[0]}
[ "$rc" -eq 78 ] || fail "an unconfigured service exits with 78, not $rc"
printf 'dsn = host=db.invalid dbname=qingfeng\nlisten = 127.0.0.1:8081\n' >"$chroot_dir/tmp/syncd-test.conf"
check "qingfeng-syncd --config (a configured copy) --check-config" qingfeng-syncd --config /tmp/syncd-test.conf --check-config
check "the service's user and settings" sh -c 'getent passwd qingfeng-syncd && stat -c "%A %U:%G %n" /etc/qingfeng/syncd.conf && dpkg-query --showformat="\${Conffiles}\n" -W qingfeng-syncd'
check "manual pages" sh -c 'ls /usr/share/man/man1/qingfeng*.1.gz'

if [ -n "$previous" ]; then
  check "qingfeng-cli migrate (the previous release's database)" dbus-run-session -- sh /tmp/session.sh migrate
  check "search + the client under Xvfb on the upgraded database" dbus-run-session -- sh /tmp/session.sh use
else
  check "init + import + search with a keychain; the client under Xvfb" dbus-run-session -- sh /tmp/session.sh prepare use
fi
rm -rf "$chroot_dir/tmp/home" "$chroot_dir/tmp/run"

# --- Purge ---------------------------------------------------------------------------------
step "apt-get purge qingfeng qingfeng-syncd"
inside apt-get purge -y -q qingfeng qingfeng-syncd >"$work/apt-purge.log" 2>&1 \
  || { tail -20 "$work/apt-purge.log"; fail "apt-get purge"; }
grep -E "^(Removing|Purging)" "$work/apt-purge.log" | sed 's/^/  /'
inside find / -xdev \( -path /var/cache -o -path /var/lib/apt/lists -o -path /var/log -o -path /tmp -o -path /root \) -prune \
  -o -print | sort >"$work/files-after"
# Paths that came with the install, are still there after the purge, and are ours: listed
# by our packages or named after them (made by the maintainer scripts). A directory that a
# remaining package also owns (dpkg -S) is not a leftover. dpkg's and apt's records aside.
candidates=$(comm -12 <(comm -13 "$work/files-before" "$work/files-installed") "$work/files-after" \
  | grep -v '^/var/lib/dpkg/\|^/var/lib/apt/' \
  | { grep -xF -f "$work/files-ours"; comm -12 <(comm -13 "$work/files-before" "$work/files-installed") "$work/files-after" \
      | grep -i qingfeng | grep -v '^/var/lib/dpkg/\|^/var/lib/apt/'; } | sort -u)
left=""
for path in $candidates; do
  inside dpkg -S "$path" >/dev/null 2>&1 || left+="$path"$'\n'
done
if [ -n "$left" ]; then printf '%s' "$left" | sed 's/^/  left: /'; fail "files left after purge"; fi
inside dpkg -l qingfeng qingfeng-syncd 2>&1 | grep -E '^(ii|rc)' && fail "still listed by dpkg"
echo "  no files of the packages left ($(wc -l <"$work/files-after") files; the system user qingfeng-syncd stays, as Debian does)"

step "passed in $(( $(date +%s) - started )) s"
}

main "$@"
