#!/usr/bin/env bash
# Builds the CSV reader's libFuzzer target with clang (AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs it for a while; prints how many inputs it ran.
#   scripts/fuzz-csv.sh [SECONDS] [BUILD_DIR]     (default: 20 seconds, build/fuzz)
# Exits non-zero when the fuzzer finds a crash (the input is kept in BUILD_DIR/crash-*).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
out=${2:-build/fuzz}
mkdir -p "$out/corpus"
clangxx=$(command -v clang++ || command -v clang++-14)
flags=(-std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -DQT_NO_KEYWORDS -Imodels $(pkg-config --cflags Qt6Core))
if [ ! -x "$out/fuzz_csv" ] || [ models/exchange/csv.cpp -nt "$out/fuzz_csv" ] || [ tests/fuzz/fuzz_csv.cpp -nt "$out/fuzz_csv" ] \
   || [ models/exchange/csv.h -nt "$out/fuzz_csv" ]; then
  "$clangxx" "${flags[@]}" tests/fuzz/fuzz_csv.cpp models/exchange/csv.cpp $(pkg-config --libs Qt6Core) -o "$out/fuzz_csv"
fi
# Seeds: well-formed and awkward files.
printf 'name,phone\r\n"Wang, Fang",13812345678\n' > "$out/corpus/seed-1.csv"
printf 'a;b\n"x\n""y""";2\n"unclosed\n' > "$out/corpus/seed-2.csv"
printf '\xef\xbb\xbf\xe5\xa7\x93\xe5\x90\x8d\n\xcd\xf5\xb7\xbc\n' > "$out/corpus/seed-3.csv"
log="$out/fuzz.log"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "$out/fuzz_csv" -max_total_time="$seconds" -max_len=4096 -timeout=10 -artifact_prefix="$out/" "$out/corpus" >"$log" 2>&1 \
  || { tail -40 "$log"; exit 1; }
runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | grep -o '[0-9]*')
echo "fuzz_csv: ${runs:-?} runs in ${seconds} s without a crash"
