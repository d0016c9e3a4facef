#!/usr/bin/env bash
# Kills import runs at random points and checks that the output folder
# always holds one whole set of outputs — the previous run's or the new
# run's, never a mix and never a partial set — and that nothing is left
# outside it.
#
#   bash bench/killtest.sh            # 20 trials (or $TRIALS), N = 150 people (or $N)
#
# Two corpora A and B (internal/corpus, seeds 1 and 2) give outputs that
# differ in every file. A reference run of each records the SHA-256 of its
# outputs (the files and the declaration/ folder). Every run compares with
# one earlier ledger (-since, a run on a third corpus), so report.html,
# changes.csv and the summary do not depend on which run went before. Each trial then starts a run, on whichever of A and B -out
# does not hold, into the same -out, waits a random time between 0 and
# 2 × a run's wall time (the slower reference run), sends SIGKILL or SIGTERM (alternately), and
# checks:
#   - -out holds exactly the outputs, all of the old run's (the run
#     was stopped in time) or all of the new one's (it had finished);
#   - $TMPDIR (an empty folder for the test) is still empty, the working
#     folder and the corpus are unchanged;
#   - no worker process of the killed run is left;
#   - leftovers inside -out (a staging folder, the lock file, only after
#     SIGKILL) are counted; the next run removes them. (.celedger-outputs,
#     the list of a run's outputs that the next run never reads as input,
#     belongs to the outputs.)
# A last run to completion checks that -out is then clean.
# Results go to bench/out/killtest/; exit status 1 when any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
TRIALS=${TRIALS:-20}
N=${N:-150}
W=bench/out/killtest
rm -rf "$W"
mkdir -p "$W/tmp"
W=$(cd "$W" && pwd)
BIN=$W/celedger
go build -o "$BIN" ./cmd/import
go build -o "$W/corpus-gen" ./internal/corpus/gen
"$W/corpus-gen" -n "$N" -seed 1 -out "$W/A" -stats /dev/null 2>/dev/null
"$W/corpus-gen" -n "$N" -seed 2 -out "$W/B" -stats /dev/null 2>/dev/null
"$W/corpus-gen" -n "$N" -seed 3 -out "$W/C" -stats /dev/null 2>/dev/null
OUTPUTS="changes.csv declaration declaration.csv import-log.csv ledger.csv ledger.json ledger.xlsx reminders.csv report.html review.csv"
export TMPDIR=$W/tmp
"$BIN" -q -as-of 2026-11-24 -roster "$W/C/roster.csv" -out "$W/base" "$W/C/downloads" 2>/dev/null || true

runimport() { # corpus out; exec, so that run in the background $! is the import itself
	exec "$BIN" -q -as-of 2026-11-24 -since "$W/base/ledger.json" -roster "$W/$1/roster.csv" -out "$2" "$W/$1/downloads"
}
fingerprint() { # dir -> one line per output: name sha (a folder: of its files' names and contents)
	local d=$1 f
	for f in $OUTPUTS; do
		if [ -f "$d/$f" ]; then
			echo "$f $(sha256sum <"$d/$f" | cut -c1-16)"
		elif [ -d "$d/$f" ]; then
			echo "$f $(cd "$d/$f" && find . -type f | sort | xargs sha256sum | sha256sum | cut -c1-16)"
		else
			echo "$f missing"
		fi
	done
	# A staff above 100 people has its pages beside report.html.
	echo "people pages $(cd "$d" && ls people-*.html 2>/dev/null | sort | xargs -r sha256sum | sha256sum | cut -c1-16)"
}
snapshot() { # what must not change outside -out
	(cd "$W" && find A B C base -type f | sort | xargs sha256sum | sha256sum | cut -c1-16)
	ls -A "$W/tmp" | wc -l
	ls -A . | sort | sha256sum | cut -c1-16
}
workers() { # live processes running the binary
	local n=0 p
	for p in /proc/[0-9]*; do
		[ "$(readlink "$p/exe" 2>/dev/null)" = "$BIN" ] && n=$((n + 1))
	done
	echo "$n"
}

t0=$(date +%s.%N)
(runimport A "$W/refA" 2>/dev/null) || true
t1=$(date +%s.%N)
(runimport B "$W/refB" 2>/dev/null) || true
t2=$(date +%s.%N)
wall=$(echo "if ($t1 - $t0 > $t2 - $t1) $t1 - $t0 else $t2 - $t1" | bc -l)
fingerprint "$W/refA" >"$W/refA.txt"
fingerprint "$W/refB" >"$W/refB.txt"
if cmp -s "$W/refA.txt" "$W/refB.txt" || grep -q missing "$W/refA.txt" "$W/refB.txt"; then
	echo "killtest: the reference runs do not give two distinct whole sets of outputs" >&2
	exit 1
fi
before=$(snapshot)
OUT=$W/out
(runimport A "$OUT" 2>/dev/null) || true

printf 'killtest: %d trials, N=%d people, a run takes %.2f s\n' "$TRIALS" "$N" "$wall"
printf '%-5s %-6s %-8s %-7s %-10s %-44s %s\n' trial run_on signal "at_s" outputs "leftovers in -out" result
fail=0 news=0 olds=0
for i in $(seq 1 "$TRIALS"); do
	corpus=A
	cmp -s "$W/refA.txt" <(fingerprint "$OUT") && corpus=B
	sig=KILL
	[ $((i % 2)) -eq 0 ] && sig=TERM
	at=$(awk -v w="$wall" -v r="$RANDOM" 'BEGIN { printf "%.3f", w * 2 * r / 32767 }')
	runimport "$corpus" "$OUT" 2>"$W/stderr-$i.txt" &
	pid=$!
	sleep "$at"
	kill -"$sig" "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	sleep 0.2 # let the system reap the workers
	fingerprint "$OUT" >"$W/got-$i.txt"
	state=mixed
	if cmp -s "$W/got-$i.txt" "$W/refA.txt"; then state=A; elif cmp -s "$W/got-$i.txt" "$W/refB.txt"; then state=B; fi
	case $state in
	"$corpus") state="$state (new)" news=$((news + 1)) ;;
	A | B) state="$state (old)" olds=$((olds + 1)) ;;
	esac
	extra=$(ls -A "$OUT" | grep -vxF -f <(tr ' ' '\n' <<<"$OUTPUTS .celedger-outputs") | grep -v '^people-[0-9]*\.html$' | tr '\n' ' ' || true)
	nonout=$(ls -A "$OUT" | grep -v '^\.celedger' | grep -v '^people-[0-9]*\.html$' | grep -vxF -f <(tr ' ' '\n' <<<"$OUTPUTS") | wc -l || true)
	result=ok
	[ "$state" = mixed ] && result="FAIL: mixed or partial outputs" && fail=1
	[ "$nonout" -ne 0 ] && result="FAIL: unexpected files in -out" && fail=1
	[ "$(snapshot)" != "$before" ] && result="FAIL: files changed outside -out ($TMPDIR or the working folder)" && fail=1
	[ "$(workers)" -ne 0 ] && result="FAIL: worker processes left" && fail=1
	printf '%-5s %-6s %-8s %-7s %-10s %-44s %s\n' "$i" "$corpus" "SIG$sig" "$at" "$state" "${extra:-none}" "$result"
done
(runimport A "$OUT" 2>/dev/null) || true
left=$(ls -A "$OUT" | grep '^\.celedger' | grep -cvxF .celedger-outputs || true)
fingerprint "$OUT" | cmp -s - "$W/refA.txt" || { echo "killtest: FAIL: a run after the trials does not give A's outputs" >&2; fail=1; }
echo "$olds trials left the old outputs whole, $news the new ones; mixed or partial: none unless marked FAIL"
echo "after one more run to completion: $left hidden leftovers in -out; $(ls -A "$TMPDIR" | wc -l) files in \$TMPDIR"
[ "$left" -ne 0 ] && fail=1
if [ "$fail" -ne 0 ]; then
	echo "killtest: FAIL" >&2
	exit 1
fi
echo "killtest: ok"
