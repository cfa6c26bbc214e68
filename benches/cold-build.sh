#!/bin/sh
# The cold build of the README's first command: `cargo build` into a fresh
# target directory, timed (wall, and CPU time, which says more on a busy
# machine), then the binary's size. Crates are fetched first and not timed:
# a fresh clone downloads them too (about 160 crates, once per machine).
#
#   sh benches/cold-build.sh          # the release profile (README command)
#   sh benches/cold-build.sh dist     # the profile of published binaries
set -eu
profile=${1:-release}
cd "$(dirname "$0")/.."
cargo fetch --locked
dir=$(mktemp -d "${TMPDIR:-/tmp}/enquete-cold.XXXXXX")
trap 'rm -rf "$dir"' EXIT
/usr/bin/time -f "cold build ($profile): wall %e s, CPU %U s user + %S s system, peak %M KB" \
    cargo build --quiet --locked --profile "$profile" --target-dir "$dir"
ls -l "$dir/$profile/enquete" | awk '{ print "binary: " $5 " bytes" }'
