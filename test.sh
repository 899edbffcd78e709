#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (ctest). Whatever a test needs -
# a private keyring, PostgreSQL, a pty, sipp - is started by the test itself and stopped
# at its end (see tests/support/run-test.sh). Extra arguments go to ctest, e.g. -L store.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
source "$root/installer/deps.sh"
qf_install_missing "${QF_BUILD_PACKAGES[@]}" "${QF_RUN_PACKAGES[@]}" "${QF_TEST_PACKAGES[@]}"
qf_build "$root"
cd "$root/build"
# Tesseract (OCR tests) needs this before any process starts; run-test.sh sets it too.
export OMP_THREAD_LIMIT=1
ctest --output-on-failure --timeout 900 -j2 "$@"
