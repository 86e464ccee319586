# Calls each syscall family the sandbox's seccomp filter refuses, with arguments that an
# unprivileged process could use successfully without the filter where there are such, and
# prints {family: "ok" | errno name} as JSON. x86_64 syscall numbers.
import ctypes, errno, json, os, subprocess, sys

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
baseline = "baseline" in sys.argv  # on the host: skip what would leave state behind (a key)
out = {}


def call(name, nr, *args):
    ctypes.set_errno(0)
    r = libc.syscall(ctypes.c_long(nr), *args)
    if r == 0 and name.startswith("clone"):
        os._exit(0)  # a child made despite everything: leave at once
    if r >= 0:
        if name.startswith("clone"):
            os.waitpid(r, 0)
        elif name in ("fsopen", "open_tree", "userfaultfd", "io_uring_setup", "perf_event_open"):
            os.close(r)
        out[name] = "ok"
    else:
        out[name] = errno.errorcode.get(ctypes.get_errno(), str(ctypes.get_errno()))


c_str = ctypes.c_char_p
NS = {"user": 0x10000000, "mnt": 0x20000, "uts": 0x4000000, "ipc": 0x8000000,
      "pid": 0x20000000, "net": 0x40000000, "cgroup": 0x2000000, "time": 0x80}
for ns, flag in NS.items():
    # In a child: a namespace that is made changes the caller (its later children).
    pid = os.fork()
    if pid == 0:
        r = libc.syscall(ctypes.c_long(272), ctypes.c_ulong(flag))
        os._exit(0 if r == 0 else ctypes.get_errno())
    code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    out[f"unshare_{ns}"] = "ok" if code == 0 else errno.errorcode.get(code, str(code))
for ns in ("user", "mnt", "net", "pid"):
    call(f"clone_{ns}", 56, ctypes.c_ulong(NS[ns] | 17), 0, 0, 0, 0)
clone_args = (ctypes.c_uint64 * 11)(NS["user"], 0, 0, 0, 17)
call("clone3", 435, ctypes.byref(clone_args), ctypes.c_size_t(88))
uts = os.open("/proc/self/ns/uts", os.O_RDONLY)
call("setns", 308, uts, 0)
os.makedirs("/tmp/probe-mnt", exist_ok=True)
call("mount", 165, c_str(b"none"), c_str(b"/tmp/probe-mnt"), c_str(b"tmpfs"), 0, None)
call("umount2", 166, c_str(b"/tmp"), 0)
call("pivot_root", 155, c_str(b"/tmp"), c_str(b"/tmp"))
call("chroot", 161, c_str(b"/tmp"))
call("open_tree", 428, -100, c_str(b"/tmp"), 0)
call("move_mount", 429, -1, c_str(b""), -1, c_str(b""), 0)
call("fsopen", 430, c_str(b"tmpfs"), 0)
call("fsconfig", 431, -1, 0, None, None, 0)
call("fsmount", 432, -1, 0, 0)
call("fspick", 433, -100, c_str(b"/tmp"), 0)
call("mount_setattr", 442, -1, c_str(b""), 0, None, 0)
call("keyctl", 250, 0, -4, 0)  # KEYCTL_GET_KEYRING_ID of the user keyring
if not baseline:
    call("add_key", 248, c_str(b"user"), c_str(b"fixpoint-probe"), c_str(b"x"), 1, -4)
call("request_key", 249, c_str(b"user"), c_str(b"fixpoint-probe"), None, 0)
child = subprocess.Popen(["sleep", "5"])
call("ptrace", 101, 16, child.pid, 0, 0)  # PTRACE_ATTACH to our own child
child.kill()
child.wait()
buf = ctypes.create_string_buffer(b"fixpoint", 8)
dst = ctypes.create_string_buffer(8)
local = (ctypes.c_void_p * 2)(ctypes.cast(dst, ctypes.c_void_p), 8)
remote = (ctypes.c_void_p * 2)(ctypes.cast(buf, ctypes.c_void_p), 8)
call("process_vm_readv", 310, os.getpid(), ctypes.byref(local), 1, ctypes.byref(remote), 1, 0)
call("process_vm_writev", 311, os.getpid(), ctypes.byref(local), 1, ctypes.byref(remote), 1, 0)
attr = (ctypes.c_uint8 * 128)()
ctypes.memmove(attr, (ctypes.c_uint32 * 2)(1, 128), 8)  # PERF_TYPE_SOFTWARE, size
attr[40] = 0b1100001  # disabled, exclude_kernel, exclude_hv
call("perf_event_open", 298, ctypes.byref(attr), 0, -1, -1, 0)
bpf_attr = (ctypes.c_uint32 * 18)(2, 4, 4, 1)  # BPF_MAP_TYPE_ARRAY, key 4, value 4, 1 entry
call("bpf", 321, 0, ctypes.byref(bpf_attr), 72)
call("userfaultfd", 323, 1)  # UFFD_USER_MODE_ONLY: allowed unprivileged since Linux 5.11
params = (ctypes.c_uint8 * 120)()
call("io_uring_setup", 425, 1, ctypes.byref(params))
call("io_uring_enter", 426, -1, 0, 0, 0, None, 0)
call("io_uring_register", 427, -1, 0, None, 0)
try:
    master, slave = os.openpty()
    ch = ctypes.c_char(b"x")
    call("ioctl_TIOCSTI", 16, slave, ctypes.c_ulong(0x5412), ctypes.byref(ch))
    # The same request with junk in the high 32 bits (the kernel ignores them).
    call("ioctl_TIOCSTI_high_bits", 16, slave, ctypes.c_ulong(0x5412 | (1 << 32)), ctypes.byref(ch))
    call("ioctl_TIOCGWINSZ", 16, slave, ctypes.c_ulong(0x5413), ctypes.byref((ctypes.c_uint16 * 4)()))
except OSError as e:
    out["ioctl_TIOCSTI"] = "no pty: " + str(e)
print(json.dumps(out))
