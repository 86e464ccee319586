/*
 * The sandbox's seccomp filter, compiled against libseccomp and exported as a raw BPF program
 * (what `bwrap --seccomp FD` loads). Usage: seccomp-export <output file>.
 *
 * Default: allow. The filter refuses the kernel surfaces an unprivileged test run never needs
 * and an attacker wants (issue 12): new namespaces (above all user namespaces, which unlock
 * the kernel's "root in a namespace" code paths), joining namespaces, the mount family, the
 * kernel keyrings (shared per uid across the host), tracing other processes and reading their
 * memory, perf, bpf, userfaultfd (a classic tool for winning kernel races), io_uring (a large,
 * often vulnerable surface that bypasses this filter for the operations it performs), and
 * TIOCSTI/TIOCLINUX (pushing input into a terminal).
 *
 * Refusals answer EPERM, as a kernel without the feature or a process without the privilege
 * would: every runtime we ship handles that (libuv falls back from io_uring, Go and the JVM
 * never need the rest). clone3 answers ENOSYS instead: its flags sit in a struct in memory
 * that seccomp cannot read, and ENOSYS makes glibc (and Go, Rust's std) fall back to clone(),
 * whose flags register this filter checks.
 *
 * Syscalls of another ABI (32-bit int 0x80, x32) kill the process: the filter only knows the
 * native numbers, and nothing we run uses another ABI.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/sched.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif

static int refuse(scmp_filter_ctx ctx, int err, const char *name) {
  int nr = seccomp_syscall_resolve_name(name);
  if (nr == __NR_SCMP_ERROR) {
    fprintf(stderr, "unknown syscall %s\n", name);
    return -1;
  }
  return seccomp_rule_add(ctx, SCMP_ACT_ERRNO(err), nr, 0);
}

/* One rule per flag: refuse the call when (arg & flag) == flag, i.e. the flag is set. */
static int refuse_flags(scmp_filter_ctx ctx, int nr, unsigned arg, const unsigned long *flags,
                        size_t n) {
  for (size_t i = 0; i < n; i++) {
    int rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), nr, 1,
                              SCMP_CMP(arg, SCMP_CMP_MASKED_EQ, flags[i], flags[i]));
    if (rc < 0) return rc;
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s <output.bpf>\n", argv[0]);
    return 2;
  }
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
  if (!ctx) return 1;
  int rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
  /* bwrap sets no_new_privs itself before loading the program. */
  rc |= seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0);

  /* Every namespace flag. CLONE_NEWTIME only for unshare: in clone()'s flags 0x80 is part of
   * the exit signal (CSIGNAL), and a time namespace cannot be made by clone() anyway. */
  static const unsigned long ns_flags[] = {CLONE_NEWUSER, CLONE_NEWNS,  CLONE_NEWPID,
                                           CLONE_NEWNET,  CLONE_NEWUTS, CLONE_NEWIPC,
                                           CLONE_NEWCGROUP, CLONE_NEWTIME};
  const size_t n_ns = sizeof ns_flags / sizeof ns_flags[0];
  rc |= refuse_flags(ctx, SCMP_SYS(unshare), 0, ns_flags, n_ns);
  rc |= refuse_flags(ctx, SCMP_SYS(clone), 0, ns_flags, n_ns - 1); /* x86_64: flags are arg 0 */
  rc |= refuse(ctx, ENOSYS, "clone3");

  static const char *const denied[] = {
      "setns",
      /* the mount family, old and new API */
      "mount", "umount2", "pivot_root", "chroot", "open_tree", "move_mount", "fsopen",
      "fsconfig", "fsmount", "fspick", "mount_setattr",
      /* kernel keyrings */
      "keyctl", "add_key", "request_key",
      /* other processes' memory */
      "ptrace", "process_vm_readv", "process_vm_writev",
      /* kernel subsystems with a history of privilege escalations */
      "perf_event_open", "bpf", "userfaultfd", "io_uring_setup", "io_uring_enter",
      "io_uring_register",
  };
  for (size_t i = 0; i < sizeof denied / sizeof denied[0]; i++) rc |= refuse(ctx, EPERM, denied[i]);

  /* The kernel compares ioctl's request as a 32-bit int: compare only the low 32 bits, so a
   * request with junk in the high bits cannot slip past. */
  static const unsigned long tty_inject[] = {TIOCSTI, TIOCLINUX};
  for (size_t i = 0; i < 2; i++)
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(ioctl), 1,
                           SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffUL, tty_inject[i]));
  if (rc != 0) {
    fprintf(stderr, "building the filter failed\n");
    return 1;
  }
  int fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0 || seccomp_export_bpf(ctx, fd) != 0 || close(fd) != 0) {
    perror(argv[1]);
    return 1;
  }
  seccomp_release(ctx);
  return 0;
}
