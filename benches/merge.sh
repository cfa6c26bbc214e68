#!/bin/sh
# `enquete answers merge` of 10,000 respondent files: the exports that
# benches/merge-exports.py writes (the bundled newcomer guide answered in
# full, in Dutch, English and French), merged by the release binary into a
# whole dataset (CSVs, workbook, data package, transcripts, REFI-QDA
# project), timed with peak memory. Target: 3 s and 300 MB on 2 cores.
#
#   cargo build --release && sh benches/merge.sh [COUNT]
set -eu
count=${1:-10000}
cd "$(dirname "$0")/.."
dir=$(mktemp -d "${TMPDIR:-/tmp}/enquete-merge.XXXXXX")
trap 'rm -rf "$dir"' EXIT
python3 benches/merge-exports.py . "$dir/exports" "$count"
/usr/bin/time -f "merge of $count files: wall %e s, CPU %U s user + %S s system, peak %M KB" \
    target/release/enquete answers merge "$dir/exports" --root . --out "$dir/dataset"
du -sh "$dir/exports" "$dir/dataset" "$dir/dataset/study.qdpx" "$dir/dataset/answers.xlsx"
