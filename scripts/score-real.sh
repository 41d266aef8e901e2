#!/usr/bin/env bash
# Scores docket on the labelled real decisions (fixtures/real): the development set (truth/), and the
# held-out sets no rule was written from when they were first scored (holdout-truth/, holdout2/, holdout3/,
# holdout4/ to holdout23/).
# OCR is replayed from fixtures/ocr (LIVE=1: real OCR). Prints the shared scorer's table per set, then
# the scores split by copy (digital vs scanned/rough) and by authority, recipients aside.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
npx tsx scripts/ingest-fixtures.ts "$dir/real.db" fixtures/real/pdf fixtures/real/holdout2/pdf fixtures/real/holdout3/pdf fixtures/real/holdout4/pdf fixtures/real/holdout5/pdf fixtures/real/holdout6/pdf fixtures/real/holdout7/pdf fixtures/real/holdout8/pdf fixtures/real/holdout9/pdf fixtures/real/holdout10/pdf fixtures/real/holdout11/pdf fixtures/real/holdout12/pdf fixtures/real/holdout13/pdf fixtures/real/holdout14/pdf fixtures/real/holdout15/pdf fixtures/real/holdout16/pdf fixtures/real/holdout17/pdf fixtures/real/holdout18/pdf fixtures/real/holdout19/pdf fixtures/real/holdout20/pdf fixtures/real/holdout21/pdf fixtures/real/holdout22/pdf fixtures/real/holdout23/pdf 2>/dev/null >/dev/null
./bin/docket.mjs export --db "$dir/real.db" --format json > out/export-real.json
for set in truth holdout-truth holdout2/truth holdout3/truth holdout4/truth holdout5/truth holdout6/truth holdout7/truth holdout8/truth holdout9/truth holdout10/truth holdout11/truth holdout12/truth holdout13/truth holdout14/truth holdout15/truth holdout16/truth holdout17/truth holdout18/truth holdout19/truth holdout20/truth holdout21/truth holdout22/truth holdout23/truth; do
  echo "--- fixtures/real/$set ---"
  node ../shared/eval/score.mjs --truth "fixtures/real/$set" --export out/export-real.json "$@" | sed -n '/per field/,$p'
  node scripts/score-split.mjs "fixtures/real/$set" out/export-real.json --no-recipients | sed 's/^/    (recipients aside) /'
done
