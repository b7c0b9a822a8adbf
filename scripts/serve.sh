#!/usr/bin/env bash
# Serves the app on http://127.0.0.1:8080 with live reload (installs the tools first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
source scripts/env.sh
exec trunk serve --offline "$@"
