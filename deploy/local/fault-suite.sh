#!/usr/bin/env bash
# The whole fault suite (README, Reliability): F1–F8 against the real stack (run.sh on free ports),
# and reporting's rebuild of more than two minutes under load (RebuildUnderLoadTest).
# Figures of the run are printed and kept in deploy/target/fault-suite-figures.txt.
#   deploy/local/fault-suite.sh                 everything
#   deploy/local/fault-suite.sh -Dit.test=F5*   one scenario (Maven options are passed on)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
# shellcheck source=find-jdk.sh
. deploy/local/find-jdk.sh
find_jdk
rm -f deploy/target/fault-suite-figures.txt
started=$(date +%s)
./mvnw -B verify -Pfaults -pl platform-common,members-service,activities-service,reporting-service,deploy \
  -Dtest=RebuildUnderLoadTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='*FaultIT' -Dfailsafe.failIfNoSpecifiedTests=false "$@"
echo
echo "Fault suite figures:"
cat deploy/target/fault-suite-figures.txt 2>/dev/null || true
echo "Whole run (build and scenarios): $(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s"
