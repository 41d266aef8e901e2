#!/usr/bin/env bash
# Ingests the fixture PDFs (recorded OCR replayed unless LIVE=1) and scores the export with the shared scorer.
set -euo pipefail
cd "$(dirname "$0")/.."
db=$(mktemp -d)/score.db
npx tsx scripts/ingest-fixtures.ts "$db" >/dev/null
./bin/docket.mjs export --db "$db" --format json > out/export.json
node ../shared/eval/score.mjs --truth fixtures/truth --export out/export.json "$@"
echo "--- fixtures/extra (a genre the shared fixtures lack) ---"
node ../shared/eval/score.mjs --truth fixtures/extra-truth --export out/export.json "$@" | tail -n 1
echo "--- fixtures/real (real decisions of 30 bodies) ---"
bash scripts/score-real.sh "$@"
