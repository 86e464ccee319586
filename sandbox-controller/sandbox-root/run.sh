#!/bin/sh
# The harness inside every sandbox, run as the unprivileged user with the scrubbed environment.
# Usage: run.sh <report path | -> <max report bytes> <command...>
#
# fd 3 is a pipe to the controller and the only way anything leaves the sandbox besides
# stdout/stderr: "started", then "exit <status>", then "report" + the report's bytes (or
# "noreport"). The command itself runs without fd 3, so it cannot forge these lines. The
# controller never reads a file the run could have touched; the report is read here, as the
# run's own user, and only when it is a regular file and not a link.
report=$1
max=$2
shift 2
printf 'started\n' >&3
mkdir -p /tmp/.fixpoint || exit 125
cp -R /fixpoint/in/. /work/ || exit 125
cd /work || exit 125
"$@" 3>&- </dev/null
status=$?
printf 'exit %s\n' "$status" >&3
if [ "$report" != - ] && [ -f "$report" ] && [ ! -L "$report" ]; then
  printf 'report\n' >&3
  head -c "$max" -- "$report" >&3
else
  printf 'noreport\n' >&3
fi
exit "$status"
