#!/usr/bin/env bash
# Builds the whole project and its tests with AddressSanitizer and UndefinedBehaviorSanitizer
# (gcc by default, or QF_SANITIZER_CXX=clang++) into build-asan/ and runs the test suite there.
# Any report of either sanitizer stops the program that made it (halt_on_error, no recovery
# from undefined behaviour), so the test fails. Prints how long the build and the tests took.
#
#   installer/test-sanitizers.sh [ctest arguments...]     e.g. -L store, -R 'sync: '
#
# Environment: QF_SANITIZER_BUILD (default build-asan/ of this tree), QF_SANITIZER_CXX,
# QF_SANITIZER_JOBS (build and ctest jobs, default 2), QF_SANITIZER_TARGETS (build only these
# targets, e.g. "qingfeng-cli qingfeng-tests-store", then give ctest the matching -L or -R).
#
# Not run here, and why:
#  - label package (installer/test-packages.sh): it installs the .deb packages on a clean
#    Debian root; packages of an instrumented build are not what is shipped, and the clean
#    root has no sanitizer runtime.
#  - label fuzz (tests/fuzz): it makes its own sanitized build of the fuzz targets (build/fuzz).
# Leak checking is on for our programs; the leaks of the libraries we do not build (Qt's
# plugins, D-Bus, QtKeychain, fontconfig ...) are suppressed one by one, with the reason, in
# installer/sanitizers/lsan.supp; UBSan's in installer/sanitizers/ubsan.supp.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${QF_SANITIZER_BUILD:-$root/build-asan}"
cxx="${QF_SANITIZER_CXX:-g++}"
jobs="${QF_SANITIZER_JOBS:-2}"
supp="$root/installer/sanitizers"

source "$root/installer/deps.sh"
qf_install_missing "${QF_BUILD_PACKAGES[@]}" "${QF_RUN_PACKAGES[@]}" "${QF_TEST_PACKAGES[@]}"

flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

# Also for the build: it runs the test programs to list their tests.
# detect_odr_violation=0: Qt's static plugin and resource registrations are not ODR
# violations of ours. Leaks and UB are reported with full stacks.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_odr_violation=0:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=0:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
started=$(date +%s)
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" "${launcher[@]}" \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined"
fi
if [ -n "${QF_SANITIZER_TARGETS:-}" ]; then
  # shellcheck disable=SC2086 # a list of target names
  cmake --build "$build" -j "$jobs" --target $QF_SANITIZER_TARGETS
else
  cmake --build "$build" -j "$jobs"
fi
built=$(date +%s)

# Instrumented programs are slower: give the test runner's watchdog more room.
export QF_TEST_LIMIT="${QF_TEST_LIMIT:-1500}"

status=0
(cd "$build" && ctest --output-on-failure --timeout 1800 -j "$jobs" -LE '^(package|fuzz)$' "$@") || status=$?
finished=$(date +%s)
echo "sanitizers: build $(( built - started )) s, tests $(( finished - built )) s, ctest exit $status"
exit $status
