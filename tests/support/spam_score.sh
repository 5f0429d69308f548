#!/usr/bin/env bash
# SpamAssassin's score of e-mails with its local rules only (no DNS, no network, no Bayes), the
# way a receiving server would judge the message before any reputation lookup. Independent of the
# caller's own setup: a temp HOME, no user preferences, no site customisations (local.cf); only
# Debian's plugin list (/etc/spamassassin/*.pre) and the rules the spamassassin package ships
# (/usr/share/spamassassin, never sa-update's download, so every machine scores alike).
#
#   spam_score.sh [FILE]        one message (stdin without FILE): its score on stdout, e.g. "0.552"
#   spam_score.sh FILE FILE...  several in one run (SpamAssassin takes seconds to load its rules and
#                               milliseconds per message): "SCORE FILE" per line on stdout
# The rules that fired go to stderr, one table per message. The score is the exact sum of the
# rules' points (SpamAssassin's own report rounds to one decimal).
# Exit codes: 0 scored, 2 usage, 3 SpamAssassin not usable (said why on stderr).
# Environment: SA_RULES_DIR overrides the rules directory (e.g. to try sa-update's newer rules).
set -euo pipefail
# English rule descriptions (the rules also carry German, French... ones) and a '.' in numbers.
export LC_ALL=C

die() {
  echo "spam_score: $*" >&2
  exit 3
}

case "${1:-}" in
-h | --help)
  sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
  ;;
esac
for f in "$@"; do
  [ -f "$f" ] && [ -r "$f" ] || { echo "spam_score: cannot read $f" >&2; exit 2; }
done

command -v spamassassin >/dev/null || die "spamassassin not found (apt-get install spamassassin)"
rules=${SA_RULES_DIR:-/usr/share/spamassassin}
compgen -G "$rules/*.cf" >/dev/null || die "no SpamAssassin rules in $rules (apt-get install --reinstall spamassassin)"

tmp=$(mktemp -d /tmp/tc-spam.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/home" "$tmp/site"
# The .pre files load the plugins many rules depend on (ifplugin blocks); without them fewer rules
# would run than on a real server.
cp /etc/spamassassin/*.pre "$tmp/site/" 2>/dev/null || true

# Our own report template: a marker line with the rules and their points, then SpamAssassin's
# table of the rules hit; everything else -t prints (the message itself) is ignored. report_safe 0
# keeps a message that scores as spam as it is (by default it is wrapped, report and all, and the
# report would come twice).
begin=@@tc-spam-score-begin@@
end=@@tc-spam-score-end@@
status=0
HOME="$tmp/home" spamassassin --local --test-mode --nocreate-prefs \
  --configpath="$rules" --siteconfigpath="$tmp/site" --prefspath="$tmp/user_prefs" \
  --cf='dns_available no' --cf='use_bayes 0' --cf='bayes_auto_learn 0' --cf='report_safe 0' \
  --cf='clear_report_template' --cf="report $begin _TESTSSCORES(,)_" --cf='report _SUMMARY_' \
  --cf="report $end" "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
if [ "$status" -ne 0 ]; then
  cat "$tmp/err" >&2
  die "spamassassin failed (exit code $status)"
fi

# Scores and tables, in the order of the messages.
awk -v begin="$begin" -v end="$end" -v scores="$tmp/scores" -v tables="$tmp/tables" '
  index($0, begin) == 1 {
    total = 0
    n = split(substr($0, length(begin) + 2), hits, ",")
    for (i = 1; i <= n; i++) { split(hits[i], kv, "="); total += kv[2] }
    printf "%.3f\n", total > scores
    inside = 1; count++
    printf "--- message %d\n", count > tables
    next
  }
  index($0, end) == 1 { inside = 0; next }
  inside && NF { print > tables }
' "$tmp/out"

expected=$(( $# > 0 ? $# : 1 ))
found=$( [ -f "$tmp/scores" ] && wc -l <"$tmp/scores" || echo 0)
if [ "$found" -ne "$expected" ]; then
  cat "$tmp/err" >&2
  die "spamassassin scored $found of $expected message(s): are its rules loading? (spamassassin --lint)"
fi

if [ $# -le 1 ]; then
  sed 1d "$tmp/tables" >&2
  cat "$tmp/scores"
else
  # Names the messages in the tables, and pairs each score with its file.
  files=("$@")
  while IFS= read -r line; do
    if [[ $line =~ ^---\ message\ ([0-9]+)$ ]]; then
      echo "--- ${files[BASH_REMATCH[1] - 1]}"
    else
      echo "$line"
    fi
  done <"$tmp/tables" >&2
  paste -d ' ' "$tmp/scores" <(printf '%s\n' "$@")
fi
