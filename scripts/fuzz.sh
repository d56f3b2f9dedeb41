#!/usr/bin/env bash
# Fuzzes Emend with libFuzzer (shipped with the Swift toolchain's clang).
#
#   scripts/fuzz.sh [SECONDS]     run FuzzClean and FuzzDictionary, SECONDS each (default 60)
#   scripts/fuzz.sh --smoke       20 s each
#
# Builds the Fuzz/ package in release with -sanitize=fuzzer,address, seeds the corpora
# from seeds/, ../shared/devset and Dictionaries/, and prints each target's executions,
# speed, coverage and findings. Corpora and crash files stay in Fuzz/.build/fuzz/.
# Exit status: 0 no findings, 1 a target crashed, leaked or timed out, 2 the build failed.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=60
case "${1:-}" in
    --smoke) seconds=20 ;;
    "") ;;
    *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS | --smoke]" >&2; exit 64 ;;
    *) seconds=$1 ;;
esac

echo "== building Fuzz/ (release, -sanitize=fuzzer,address)"
if ! swift build -c release --package-path "$root/Fuzz" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library; then
    echo "fuzz.sh: the build failed" >&2
    exit 2
fi
bin=$(swift build -c release --package-path "$root/Fuzz" --show-bin-path)

work="$root/Fuzz/.build/fuzz"
mkdir -p "$work/corpus/FuzzClean" "$work/corpus/FuzzDictionary" "$work/findings"
# Seed the corpora (cp -n: keep what earlier runs found).
for f in "$root"/seeds/*.txt "$root"/../shared/devset/*.txt; do
    [ -f "$f" ] && cp -n "$f" "$work/corpus/FuzzClean/" 2>/dev/null
done
for f in "$root"/Dictionaries/*.toml; do
    [ -f "$f" ] && cp -n "$f" "$work/corpus/FuzzDictionary/" 2>/dev/null
done

# Swift's runtime caches type metadata for the life of the process; LeakSanitizer would
# call that a leak, so leaks are not checked.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

status=0
for target in FuzzClean FuzzDictionary; do
    echo "== $target for ${seconds}s"
    log="$work/$target.log"
    before=$(ls "$work/findings" | grep -c "^$target-" || true)
    "$bin/$target" "$work/corpus/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
        -print_final_stats=1 -artifact_prefix="$work/findings/$target-" >"$log" 2>&1
    code=$?
    after=$(ls "$work/findings" | grep -c "^$target-" || true)
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    corpus=$(ls "$work/corpus/$target" | wc -l)
    echo "   executions ${execs:-?}, ${speed:-?} exec/s, coverage ${cov:-?} edges (${ft:-?} features), corpus $corpus files"
    if [ "$code" -ne 0 ] || [ "$after" -gt "$before" ]; then
        status=1
        echo "   FINDING (exit $code); log: $log"
        grep -m3 -E 'ERROR|Fatal error|Precondition failed|deadly signal|timeout' "$log" | sed 's/^/   /'
        ls -t "$work/findings" | grep "^$target-" | head -5 | sed "s|^|   $work/findings/|"
    else
        echo "   no findings"
    fi
done
exit $status
