#!/usr/bin/env bash
# Runs the ```bash examples of docs/integration.md, in order, in one shell with 'set -euo pipefail',
# against a running stack: the proof that the guide's curl calls work as written.
#
#   deploy/local/integration-examples.sh
#
# Environment: GW (the gateway, default http://localhost:8080), BUREAU_TOKEN (a bureau of district
#   320412), SCHOOL_TOKEN (a school whose organisation is a branch, or holds one), ADMIN_TOKEN and
#   AUDITOR_TOKEN (optional), ACTIVITIES (activities-service's own port, for its OpenAPI document;
#   default http://localhost:8082). Tokens not given come from .local/tokens.env, which run.sh writes.
# The examples write into the school's branch (a member, held activities) like any client would; they
#   run in a scratch folder, removed afterwards, and need curl, jq and python3 (the webhook receiver).
# A block preceded by the line '<!-- not run: <why> -->' is skipped (it needs what a test cannot
#   have, such as a download from npm); every other bash block runs.
# Any call answered with 400 or more fails the example, unless the example asks for the status itself
#   (curl's -i, -D or -w), as the ones showing a refusal do.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GUIDE="$ROOT/docs/integration.md"
if [ -z "${BUREAU_TOKEN:-}" ] || [ -z "${SCHOOL_TOKEN:-}" ]; then
  [ -f "$ROOT/.local/tokens.env" ] || { echo "BUREAU_TOKEN and SCHOOL_TOKEN are not set and $ROOT/.local/tokens.env is missing" >&2; exit 2; }
  # shellcheck source=/dev/null
  . "$ROOT/.local/tokens.env"
fi
: "${SCHOOL_TOKEN:?SCHOOL_TOKEN is needed (run.sh writes one only with its demo data)}"
for tool in curl jq python3; do
  command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 2; }
done

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
# The blocks start with '. .local/tokens.env', as a reader's shell in the repository would.
mkdir -p "$SCRATCH/.local"
{
  for name in ADMIN_TOKEN BUREAU_TOKEN AUDITOR_TOKEN SCHOOL_TOKEN; do
    [ -n "${!name:-}" ] && printf '%s=%q\n' "$name" "${!name}"
  done
} > "$SCRATCH/.local/tokens.env"

# The blocks in file order; a skipped one is replaced by a line saying so.
awk '
  /^<!-- not run: / { skip = $0; next }
  /^```bash[[:space:]]*$/ { inside = 1; block++; if (skip != "") { printf "echo \"[examples] block %d skipped: %s\"\n", block, skip; dropped = 1 } else { printf "echo \"[examples] block %d\"\n", block }; next }
  /^```/ && inside { inside = 0; dropped = 0; skip = ""; next }
  inside && !dropped { print }
  !inside && !/^[[:space:]]*$/ { skip = "" }
' "$GUIDE" > "$SCRATCH/examples.sh"
blocks=$(grep -c '^echo "\[examples\] block' "$SCRATCH/examples.sh")
[ "$blocks" -gt 0 ] || { echo "no bash blocks found in $GUIDE" >&2; exit 1; }

cat > "$SCRATCH/prelude.sh" <<'PRELUDE'
set -euo pipefail
export GW ACTIVITIES
curl() {
  local arg
  for arg in "$@"; do
    case "$arg" in
      --include|--dump-header|--write-out) command curl "$@"; return ;;
      --*) ;;
      -*[iDw]*) command curl "$@"; return ;;
    esac
  done
  command curl --fail-with-body "$@"
}
# Background helpers an example starts (the webhook receiver) end with the examples, whatever happens.
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
PRELUDE

echo "[examples] running $blocks blocks of docs/integration.md against ${GW:-http://localhost:8080}"
cd "$SCRATCH"
if ! GW=${GW:-http://localhost:8080} ACTIVITIES=${ACTIVITIES:-http://localhost:8082} bash -c '. ./prelude.sh; . ./examples.sh'; then
  echo "[examples] FAILED in the last block started above" >&2
  exit 1
fi
echo "[examples] all $blocks blocks passed"
