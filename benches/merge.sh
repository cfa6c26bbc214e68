#!/bin/sh
# `enquete answers merge` of 10,000 respondent files: the exports that
# benches/merge-exports.py writes (the bundled newcomer guide answered in
# full, in Dutch, English and French), merged by the release binary into a
# whole dataset (CSVs, workbook, data package, transcripts, REFI-QDA
# project), timed with peak memory. Target: 3 s and 300 MB on 2 cores.
# The dataset is written to tmpfs (/dev/shm) when there is one, as the
# site benchmark writes its output, so that the figure is enquete's and
# not the disk's; ENQUETE_BENCH_OUT=DIR writes it elsewhere.
#
#   cargo build --release && sh benches/merge.sh [COUNT]
set -eu
count=${1:-10000}
cd "$(dirname "$0")/.."
dir=$(mktemp -d "${TMPDIR:-/tmp}/enquete-merge.XXXXXX")
made=
if [ -z "${ENQUETE_BENCH_OUT:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
    made=$(mktemp -d /dev/shm/enquete-merge.XXXXXX)
fi
out=${ENQUETE_BENCH_OUT:-${made:-$dir}}
trap 'rm -rf "$dir" "$out/dataset"; [ -z "$made" ] || rm -rf "$made"' EXIT
python3 benches/merge-exports.py . "$dir/exports" "$count"
for run in 1 2 3; do
    rm -rf "$out/dataset"
    /usr/bin/time -f "merge of $count files ($run/3): wall %e s, CPU %U s user + %S s system, peak %M KB" \
        target/release/enquete answers merge "$dir/exports" --root . --out "$out/dataset" >/dev/null
done
du -sh "$dir/exports" "$out/dataset" "$out/dataset/study.qdpx" "$out/dataset/answers.xlsx"
