#!/usr/bin/env bash
# Builds the three service images and the Keycloak image with Docker (or Podman as "docker").
#   deploy/docker/build-images.sh [registry/prefix] [tag]     e.g. registry.partybranch.example/partybranch 0.1.0
# Push them with "docker push" and set the same names and tag in the overlay's images: list.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PREFIX=${1:-partybranch}
TAG=${2:-0.1.0}
cd "$ROOT"
. deploy/local/find-jdk.sh
find_jdk
./mvnw -B -q -DskipTests package -pl members-service,activities-service,reporting-service -am
for service in members-service activities-service reporting-service; do
  docker build -f deploy/docker/Dockerfile.jvm --build-arg SERVICE="$service" -t "$PREFIX/$service:$TAG" .
done
docker build -f deploy/keycloak/Dockerfile -t "$PREFIX/keycloak:26.5.6-$TAG" deploy/keycloak
