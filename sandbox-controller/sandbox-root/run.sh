#!/bin/sh
# The harness inside every sandbox. Usage: run.sh <report path | -> <max report bytes> <run uid>
#                                               <max processes> <command...>
#
# It runs as the harness uid with only CAP_SETUID/CAP_SETGID/CAP_SETPCAP (bwrap-args.ts), and
# starts everything of the run (the copy of the work tree, the command) as the run's own uid
# with no capabilities, an empty bounding set and no_new_privs. So the command cannot ptrace
# this script, read its /proc entries, signal it, or write fd 3.
#
# fd 3 is a pipe to the controller and the only way anything leaves the sandbox besides
# stdout/stderr: "started", then "survivors <n>" and "exit <status>", then "report" + the
# report's bytes (or "noreport"). The command runs without fd 3, so it cannot forge these lines. The exit status
# and the report are collected only after every process of the run's uid is dead, so nothing
# the run left behind can rewrite the report once the command has exited. The report is sent
# only when it is a regular file and not a link (checked and read with nothing of the run
# alive to swap it); the controller never reads a file the run could have touched.
report=$1
max=$2
uid=$3
nproc=$4
shift 4
printf 'started\n' >&3

# Runs "$@" as the run's uid. RLIMIT_NPROC counts per uid: the harness's limit covers every
# harness on the host; the run's own uid gets the run's limit.
drop() {
  (ulimit -p "$nproc" && exec /usr/bin/setpriv --reuid="$uid" --regid="$uid" --clear-groups \
    --inh-caps=-all --ambient-caps=-all --bounding-set=-all --no-new-privs "$@") 3>&- </dev/null
}

# Processes of the run's uid in this pid namespace, read from /proc with shell builtins only
# (no exec on the common path). A process cannot hide its real uid there; zombies not yet
# reaped by pid 1 count too.
count_run_processes() {
  n=0
  for f in /proc/[0-9]*/status; do
    while read -r key real rest; do
      if [ "$key" = Uid: ]; then
        [ "$real" = "$uid" ] && n=$((n + 1))
        break
      fi
    done 2>/dev/null <"$f"
  done
}

# One exec as the run's uid: copy the work tree, then become the command.
drop /bin/sh -c 'mkdir -p /tmp/.fixpoint && cp -R /fixpoint/in/. /work/ && cd /work || exit 125
exec "$@"' run "$@"
status=$?
# Whatever of the run's uid is still alive now outlived the command (a daemon, a forger): count
# it for the controller ("survivors <n>"). They are killed below a few milliseconds after the
# exit; one may have written in between, so a grading layer should not trust the report of a
# run with survivors.
count_run_processes
survivors=$n
# Nothing of the run may outlive the command: kill(-1) as the run's uid signals every process of
# that uid in this pid namespace (the uid is this run's alone), repeated until /proc shows none.
cleared=0
i=0
while [ "$n" -gt 0 ]; do
  if [ $i -ge 200 ]; then cleared=1; break; fi
  drop /usr/bin/kill -KILL -1 2>/dev/null
  count_run_processes
  i=$((i + 1))
done
printf 'survivors %s\nexit %s\n' "$survivors" "$status" >&3
if [ "$cleared" = 0 ] && [ "$report" != - ] && [ -f "$report" ] && [ ! -L "$report" ]; then
  printf 'report\n' >&3
  head -c "$max" -- "$report" >&3
else
  printf 'noreport\n' >&3
fi
exit "$status"
