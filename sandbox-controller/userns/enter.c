/*
 * fixpoint-userns: runs a program (bwrap) in a new user namespace that can never make another
 * one. Usage: fixpoint-userns <program> [args...]. Run as root by the local driver.
 *
 * Why not `bwrap --disable-userns`: it needs `--unshare-user`, and bwrap then maps exactly one
 * uid into the sandbox (its nested namespace maps only the sandbox uid), so the harness and
 * the run could no longer have uids of their own (bwrap-args.ts). This helper does what
 * `--disable-userns` does, keeping every uid:
 *   1. unshare(CLONE_NEWUSER), while a forked child (still in the host's namespace, with
 *      CAP_SETUID there) writes an identity map of every uid and gid, so host uid N is uid N
 *      inside: files, cgroups, the uid pool and /proc read the same as before;
 *   2. user.max_user_namespaces = 0 in the new namespace: the kernel refuses any further user
 *      namespace made from inside it (ENOSPC), whatever the seccomp filter does. Only a process
 *      with CAP_SYS_RESOURCE in this namespace could raise it again: bwrap and setpriv drop every
 *      capability before the harness and the command run;
 *   3. checks that unshare(CLONE_NEWUSER) is now refused, then execs the program, which starts
 *      as root of the namespace with every capability in it (none in the host's).
 * The process keeps its pid, so the caller's parent-death signal and cgroups carry over.
 * Exit 120 and a message on stderr when any step fails.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void die(const char *what) {
  fprintf(stderr, "fixpoint-userns: %s: %s\n", what, strerror(errno));
  exit(120);
}

static int write_file(const char *path, const char *text) {
  int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t n = write(fd, text, strlen(text));
  int saved = errno;
  close(fd);
  errno = saved;
  return n == (ssize_t)strlen(text) ? 0 : -1;
}

/* The forked child: waits until the parent has unshared, then writes its maps. */
static void map_parent(int ready_fd, pid_t parent) {
  char b;
  if (read(ready_fd, &b, 1) != 1) _exit(1);
  char path[64];
  const char *identity = "0 0 4294967295\n";
  snprintf(path, sizeof path, "/proc/%d/uid_map", (int)parent);
  if (write_file(path, identity) != 0) {
    perror("fixpoint-userns: uid_map");
    _exit(1);
  }
  snprintf(path, sizeof path, "/proc/%d/gid_map", (int)parent);
  if (write_file(path, identity) != 0) {
    perror("fixpoint-userns: gid_map");
    _exit(1);
  }
  _exit(0);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: fixpoint-userns <program> [args...]\n");
    return 120;
  }
  int ready[2];
  if (pipe2(ready, O_CLOEXEC) != 0) die("pipe");
  pid_t parent = getpid();
  pid_t child = fork();
  if (child < 0) die("fork");
  if (child == 0) {
    close(ready[1]);
    map_parent(ready[0], parent);
  }
  close(ready[0]);
  if (unshare(CLONE_NEWUSER) != 0) die("unshare(CLONE_NEWUSER)");
  if (write(ready[1], "x", 1) != 1) die("signal the mapper");
  close(ready[1]);
  int status;
  if (waitpid(child, &status, 0) != child) die("waitpid");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    errno = EPERM;
    die("uid/gid maps not written");
  }
  if (write_file("/proc/sys/user/max_user_namespaces", "0") != 0)
    die("user.max_user_namespaces = 0");
  if (unshare(CLONE_NEWUSER) == 0) {
    errno = 0;
    die("a nested user namespace could still be made");
  }
  execv(argv[1], argv + 1);
  die(argv[1]);
}
