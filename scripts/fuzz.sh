#!/usr/bin/env bash
# Short bounded fuzzing runs (nightly toolchain, cargo-fuzz): each target for
# FUZZ_SECONDS (60 by default) from the seeds in fuzz/seeds/ and the kept,
# minimised corpus in fuzz/corpus/<target>/. New inputs go to
# target/fuzz-corpus/ (`make fuzz-corpus` folds them into the kept corpus). A crash stops the
# run: its input is in fuzz/artifacts/<target>/; copy it to fuzz/regressions/
# (the importer's: crates/import/tests/regressions/) so that `cargo test`
# replays it for good. FUZZ_SEED fixes libFuzzer's seed (`make test` does:
# the same code tries the same inputs on every clean clone, so a failure
# reproduces; coverage steers the search, so changed code tries others);
# without it each run explores anew (`make fuzz`).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
for target in ${FUZZ_TARGETS:-open view_model import}; do
  corpus=target/fuzz-corpus/$target
  mkdir -p "$corpus" fuzz/corpus/"$target"
  printf '[fuzz] %s for %ss\n' "$target" "$seconds"
  log=target/fuzz-$target.log
  status=0
  # The importer reads RMP text: its seeds are the texts its tests import, its words the template's.
  seeds=fuzz/seeds dict=fuzz/json.dict regressions=fuzz/regressions
  if [ "$target" = import ]; then
    seeds=crates/import/tests/fixtures dict=fuzz/rmp-text.dict regressions=crates/import/tests/regressions
  fi
  cargo +nightly fuzz run --fuzz-dir fuzz "$target" "$corpus" fuzz/corpus/"$target" "$seeds" "$regressions" -- \
    -max_total_time="$seconds" ${FUZZ_SEED:+-seed="$FUZZ_SEED"} -dict="$dict" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E '^(Done [0-9]+ runs|stat::number_of_executed_units|stat::new_units_added|stat::peak_rss_mb)' "$log" | sed 's/^/[fuzz]   /' || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$log" >&2
    printf '[fuzz] %s failed (exit %s); a failing input is in fuzz/artifacts/%s/, the log in %s\n' \
      "$target" "$status" "$target" "$log" >&2
    exit 1
  fi
done
