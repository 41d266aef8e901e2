#!/usr/bin/env bash
# make-real.sh SRC.txt OUTDIR NAME [a|b|c] [extra typeset-form.py args, e.g. --mutate 'OLD=>NEW@K']
# Writes OUTDIR/NAME.digital.pdf (text layer), NAME.scanned.pdf (clean scan profile) and
# NAME.rough.pdf (rough scan profile). Scans come from /work/shared/tools/scan-pdf.sh.
# Needs: python3, chromium, poppler-utils, imagemagick, img2pdf.
set -euo pipefail
src=$1 out=$2 name=$3 style=${4:-a}
shift 4 || shift $#
here=$(cd "$(dirname "$0")" && pwd)
scan=${SCAN_PDF:-/work/shared/tools/scan-pdf.sh}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
python3 "$here/typeset-form.py" "$src" "$work/doc.html" --style "$style" "$@"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --no-pdf-header-footer \
  --print-to-pdf="$out/$name.digital.pdf" "file://$work/doc.html" >/dev/null 2>&1
bash "$scan" "$out/$name.digital.pdf" "$out/$name.scanned.pdf" clean
bash "$scan" "$out/$name.digital.pdf" "$out/$name.rough.pdf" rough
pages=$(pdfinfo "$out/$name.digital.pdf" | awk '/^Pages:/{print $2}')
echo "$name: $pages pages"
