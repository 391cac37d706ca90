#!/usr/bin/env bash
# Runs the dashboard's browser tests (headless Debian Chromium over the sample articles) and copies the screenshots
# the README shows from dyadic-cli/target/screenshots/ to docs/. Needs chromium and chromium-driver installed.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
DYADIC_REQUIRE_BROWSER=1 mvn -B -q test -pl dyadic-cli -Dtest=DashboardBrowserTest
for page in dyad network; do
  cp "dyadic-cli/target/screenshots/$page.png" "docs/$page.png"
done
ls -l docs/*.png
