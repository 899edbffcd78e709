#!/usr/bin/env bash
# Builds the fuzz targets with clang (ASan, UBSan, libFuzzer; ccache when there is one) and
# fuzzes each for a while, one after the other. Each target starts from its seed corpus
# (tests/fuzz/corpus/<target>/, never written to) and from what earlier runs in the same
# build found (BUILD/corpus/<target>/). A crash, a failed check, a leak, a timeout (10 s on
# one input) or an out-of-memory stops the run; the input is kept in BUILD/artifacts/ and
# the test fails. The ctest "fuzz.libfuzzer" (label fuzz) runs it with its defaults.
#
#   tests/fuzz/run-fuzz.sh [--build DIR] [--seconds N] [--only TARGET]... [--replay]
#
#   --build DIR   the clang build (default: build/fuzz of this tree)
#   --seconds N   per target (default QF_FUZZ_SECONDS, else 20)
#   --only T      just these targets (idcard import calendar sync_client sync_server print_template)
#   --replay      only run the seed corpora (the regression inputs) through the targets
#   --keep-going  fuzz on after a crash (libFuzzer's fork mode with one worker): for long runs,
#                 every crashing input is kept in the artifacts, the exit is 1 when there was one
# Exit 77 (skipped) when clang or libFuzzer is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$root/build/fuzz"
seconds="${QF_FUZZ_SECONDS:-20}"
only=()
replay=0
keep_going=0
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --only) only+=("$2"); shift 2 ;;
    --replay) replay=1; shift ;;
    --keep-going) keep_going=1; shift ;;
    *) echo "run-fuzz.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
targets=(idcard import calendar sync_client sync_server print_template)
[ ${#only[@]} -gt 0 ] && targets=("${only[@]}")

cxx="${QF_FUZZ_CXX:-clang++}"
command -v "$cxx" >/dev/null || { echo "SKIPPED: $cxx is missing (installer/deps.sh: clang)"; exit 77; }
fuzzer_lib=$("$cxx" -print-file-name=libclang_rt.fuzzer-x86_64.a 2>/dev/null || true)
[ -f "$fuzzer_lib" ] || { echo "SKIPPED: libFuzzer is missing (installer/deps.sh: libclang-rt-14-dev)"; exit 77; }

started=$(date +%s)
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQF_FUZZ=ON \
    -DCMAKE_CXX_COMPILER="$cxx" "${launcher[@]}" \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
fi
cmake --build "$build" --target qf_fuzzers -j "${QF_FUZZ_JOBS:-2}"
echo "fuzz: built in $(( $(date +%s) - started )) s"

supp="$root/installer/sanitizers"
export ASAN_OPTIONS="detect_odr_violation=0:${ASAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

failed=()
for t in "${targets[@]}"; do
  exe="$build/fuzzers/fuzz_$t"
  seeds="$here/corpus/$t"
  work="$build/corpus/$t"
  mkdir -p "$work" "$build/artifacts" "$build/logs"
  log="$build/logs/$t.log"
  rm -f "$build/artifacts/$t-"* # what an earlier run left
  if [ "$replay" -eq 1 ]; then
    args=(-runs=0 -artifact_prefix="$build/artifacts/$t-" "$seeds")
  else
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len=65536 -print_final_stats=1
          -artifact_prefix="$build/artifacts/$t-" "$work" "$seeds")
    [ -f "$here/dict/$t.dict" ] && args+=(-dict="$here/dict/$t.dict")
    [ "$keep_going" -eq 1 ] && args+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  fi
  status=0
  "$exe" "${args[@]}" >"$log" 2>&1 || status=$?
  summary=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
  echo "fuzz: $t: ${summary:-no progress line} ${execs:+(executions: $execs)} exit $status"
  if [ "$status" -eq 0 ] && ls "$build/artifacts/$t-"* >/dev/null 2>&1 && [ "$keep_going" -eq 1 ]; then
    status=1 # fork mode went on after a crash
  fi
  if [ "$status" -ne 0 ]; then
    failed+=("$t")
    grep -E 'ERROR|SUMMARY|fuzz check failed|runtime error|Test unit written|artifact' "$log" | head -20 || true
    echo "fuzz: $t: the whole log is $log"
  fi
done
echo "fuzz: $(( $(date +%s) - started )) s in all"
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
