#!/usr/bin/env bash
# Scores docket on the labelled real documents (fixtures/real): the development part (truth/) and the
# held-out part no rule was written from (holdout-truth/). OCR is replayed from fixtures/ocr (LIVE=1: real OCR).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
npx tsx scripts/ingest-fixtures.ts "$dir/real.db" fixtures/real/pdf >/dev/null
./bin/docket.mjs export --db "$dir/real.db" --format json > out/export-real.json
echo "--- fixtures/real: development set ---"
node ../shared/eval/score.mjs --truth fixtures/real/truth --export out/export-real.json "$@"
echo "--- fixtures/real: held-out set ---"
node ../shared/eval/score.mjs --truth fixtures/real/holdout-truth --export out/export-real.json "$@"
