#!/usr/bin/env bash
# Install everything the test suite needs, then run it: the README's test command.
#   bash tests/run.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
python -m pip install -q -e '.[test]'
# Browser tests drive Debian's Chromium through playwright; never a downloaded browser.
if ! command -v chromium >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "tests/run.sh: chromium is missing and cannot be installed here; browser tests will fail" >&2
  fi
fi
exec python -m pytest "$@"
