#!/usr/bin/env bash
# Scores docket on the labelled real decisions (fixtures/real): the development set (truth/), and the
# held-out sets no rule was written from when they were first scored (holdout-truth/, holdout2/, holdout3/,
# holdout4/ and on: every fixtures/real/holdoutN/ folder).
# OCR is replayed from fixtures/ocr (LIVE=1: real OCR). Prints the shared scorer's table per set, then
# the scores split by copy (digital vs scanned/rough) and by authority, recipients aside.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
sets=$(ls -d fixtures/real/holdout[0-9]* | sort -t t -k3 -n)
npx tsx scripts/ingest-fixtures.ts "$dir/real.db" fixtures/real/pdf $(for s in $sets; do echo "$s/pdf"; done) 2>/dev/null >/dev/null
./bin/docket.mjs export --db "$dir/real.db" --format json > out/export-real.json
for set in truth holdout-truth $(for s in $sets; do echo "${s#fixtures/real/}/truth"; done); do
  echo "--- fixtures/real/$set ---"
  node ../shared/eval/score.mjs --truth "fixtures/real/$set" --export out/export-real.json "$@" | sed -n '/per field/,$p'
  node scripts/score-split.mjs "fixtures/real/$set" out/export-real.json --no-recipients | sed 's/^/    (recipients aside) /'
done
