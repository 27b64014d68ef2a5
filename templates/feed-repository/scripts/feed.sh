#!/bin/sh
# The steps of .github/workflows/feed.yml, for any CI (GitLab, Woodpecker, Jenkins, cron...).
#
#   sh scripts/feed.sh check    pull requests: build into a throw-away folder, print the
#                               report, write build-report.md (to post as a comment)
#   sh scripts/feed.sh build    main and schedule: build into $SITE (default site/), then run
#                               $DEPLOY_COMMAND if set (upload $SITE with its _headers file)
#
# Environment: PREVIOUS_URL  the published feed.json of the last deploy (the items of a
#                            network whose contribution breaks are kept from it)
#              SITE          output folder (default: site)
#              DEPLOY_COMMAND e.g. "npx wrangler pages deploy site --project-name=flux"
#              TIS_FEED      how to run tis-feed (default: npx --no-install tis-feed)
#
# Exit code: 0 all published; 1 a contribution was left out (the site is still built and
# deployed, the other networks are published); 2 nothing could be built (nothing deployed).
set -u
TIS_FEED=${TIS_FEED:-npx --no-install tis-feed}
SITE=${SITE:-site}

case "${1:-check}" in
  check)
    out=$(mktemp -d)
    $TIS_FEED build . -o "$out/site" 2>build-report.txt
    code=$?
    cat build-report.txt
    {
      if [ "$code" -eq 0 ]; then
        echo "### ✅ Flux : toutes les contributions passent / Feed: every contribution passes"
      else
        echo "### ❌ Flux : contribution écartée ou erreur / Feed: contribution left out or error"
      fi
      echo
      echo '```text'
      cat build-report.txt
      echo '```'
    } >build-report.md
    rm -rf "$out"
    exit "$code"
    ;;
  build)
    if [ -n "${PREVIOUS_URL:-}" ]; then
      $TIS_FEED build . -o "$SITE" --generated-at now --previous "$PREVIOUS_URL"
    else
      $TIS_FEED build . -o "$SITE" --generated-at now
    fi
    code=$?
    [ "$code" -ge 2 ] && exit "$code"
    if [ -n "${DEPLOY_COMMAND:-}" ]; then
      sh -c "$DEPLOY_COMMAND" || exit 2
    fi
    exit "$code"
    ;;
  *)
    echo "usage: sh scripts/feed.sh check|build" >&2
    exit 2
    ;;
esac
