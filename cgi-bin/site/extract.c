/* Running the text extraction tools under limits and cleaning what they
 * print; see extract.h. The tool gets a copy of the file in a directory only
 * this process can read, a fixed environment, no inherited descriptors, and
 * its own process group, so that a script's children die with it. */
#include "extract.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* The tool for a type and its arguments; "@" stands for the file. */
struct extractor {
    const char *mime;
    const char *extension;
    const char *tool;
    const char *args[6];
};

static const struct extractor extractors[] = {
    { "application/pdf", "pdf", "pdftotext", { "-enc", "UTF-8", "@", "-", NULL } },
    { "application/msword", "doc", "catdoc", { "-d", "utf-8", "@", NULL } },
    { "application/vnd.ms-excel", "xls", "xls2csv", { "-d", "utf-8", "@", NULL } },
    { "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "docx2txt",
      { "@", "-", NULL } },
    { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "xlsx2csv",
      { "-a", "@", NULL } },
};
enum { EXTRACTOR_COUNT = sizeof extractors / sizeof extractors[0] };

enum {
    RAW_MAX = 2 * EXTRACT_MAX_TEXT,   /* bytes read before the tool is stopped: enough text */
    STDERR_MAX = 200,
    CHILD_FD_MIN = 10,
};
/* Address space for the tool (xlsx2csv is Python), and files it may write. */
static const rlim_t MEMORY_MAX = (rlim_t)1024 * 1024 * 1024;
static const rlim_t FILE_SIZE_MAX = (rlim_t)64 * 1024 * 1024;

/* One run of a tool: its output so far and how it ended. */
struct child_run {
    pid_t pid;
    int out_fd, err_fd;
    char *out;                  /* malloc'd */
    size_t out_len, out_cap;
    char err[STDERR_MAX + 1];
    size_t err_len;
    bool timed_out;             /* killed at the deadline */
    bool enough;                /* stopped after RAW_MAX bytes: not a failure */
    int status;                 /* from waitpid */
};

static const struct extractor *extractor_for(const char *mime)
{
    for (size_t i = 0; i < EXTRACTOR_COUNT; i++)
        if (strcmp(extractors[i].mime, mime) == 0)
            return &extractors[i];
    return NULL;
}

bool extract_supported(const char *mime)
{
    return extractor_for(mime) != NULL;
}

static long long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

__attribute__((format(printf, 2, 3)))
static enum extract_status failed(struct extract_result *out, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out->error, sizeof out->error, fmt, ap);
    va_end(ap);
    return EXTRACT_FAILED;
}

/* The first executable NAME in the ':'-separated directories of PATH_LIST. */
static bool find_tool(const char *path_list, const char *name, char *out, size_t size)
{
    for (const char *dir = path_list; *dir;) {
        size_t len = strcspn(dir, ":");
        if (len > 0 && (size_t)snprintf(out, size, "%.*s/%s", (int)len, dir, name) < size
            && access(out, X_OK) == 0)
            return true;
        dir += len + (dir[len] == ':');
    }
    return false;
}

static int write_all(int fd, const unsigned char *data, size_t size)
{
    while (size > 0) {
        ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        data += n;
        size -= (size_t)n;
    }
    return 0;
}

/* Makes a private directory (0700) in $TMPDIR or /tmp holding DATA as in.EXT. */
static int make_input(char *dir, size_t size, const char *extension, const void *data, size_t len)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, size, "%s/portal-extract-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir))
        return -1;
    char path[4200];
    snprintf(path, sizeof path, "%s/in.%s", dir, extension);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    int rc = fd >= 0 ? write_all(fd, data, len) : -1;
    if (fd >= 0 && close(fd) != 0)
        rc = -1;
    return rc;
}

/* Removes DIR and whatever the tool left in it (one level: tools make no trees). */
static void remove_input(const char *dir)
{
    DIR *d = opendir(dir);
    if (d) {
        for (struct dirent *e; (e = readdir(d));)
            if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
                unlinkat(dirfd(d), e->d_name, 0);
        closedir(d);
    }
    rmdir(dir);
}

static void set_limit(int resource, rlim_t value)
{
    struct rlimit r = { value, value };
    setrlimit(resource, &r);
}

/* In the forked child: own process group, default signals, stdin from
 * /dev/null, stdout and stderr to the pipes, nothing else open, limits, then
 * the tool. The pipes are first moved above 2 so dup2 never meets itself. */
__attribute__((noreturn))
static void child_exec(const char *dir, const char *tool, char *const argv[], char *const env[],
                       int out_fd, int err_fd, int cpu_seconds)
{
    setpgid(0, 0);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGPIPE, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    int null_fd = open("/dev/null", O_RDONLY);
    int in = null_fd < 0 ? -1 : fcntl(null_fd, F_DUPFD, CHILD_FD_MIN);
    int out = fcntl(out_fd, F_DUPFD, CHILD_FD_MIN), err = fcntl(err_fd, F_DUPFD, CHILD_FD_MIN);
    if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0
        || chdir(dir) != 0)
        _exit(126);
    close_range(3, ~0U, 0);
    set_limit(RLIMIT_CPU, (rlim_t)cpu_seconds);
    set_limit(RLIMIT_AS, MEMORY_MAX);
    set_limit(RLIMIT_FSIZE, FILE_SIZE_MAX);
    set_limit(RLIMIT_CORE, 0);
    execve(tool, argv, env);
    _exit(127);
}

/* Reads what is there on FD into the run's stdout buffer (WHICH 0) or its
 * stderr excerpt (WHICH 1). Returns false at end of file or on an error. */
static bool read_some(struct child_run *r, int which, int fd)
{
    char scratch[4096];
    char *into = scratch;
    size_t room = sizeof scratch;
    if (which == 0) {
        if (r->out_cap - r->out_len < 65536) {
            r->out_cap = r->out_cap ? r->out_cap * 2 : 65536;
            r->out = realloc(r->out, r->out_cap + 1);
            if (!r->out)
                abort();   /* out of memory ends the worker (lighttpd restarts it) */
        }
        into = r->out + r->out_len;
        room = r->out_cap - r->out_len;
    }
    ssize_t n = read(fd, into, room);
    if (n < 0)
        return errno == EINTR || errno == EAGAIN;
    if (n == 0)
        return false;
    if (which == 0) {
        r->out_len += (size_t)n;
    } else {
        size_t keep = r->err_len + (size_t)n > STDERR_MAX ? STDERR_MAX - r->err_len : (size_t)n;
        memcpy(r->err + r->err_len, scratch, keep);
        r->err_len += keep;
    }
    return true;
}

/* Reads the tool's output until both pipes close, RAW_MAX bytes came, or the deadline. */
static void collect_output(struct child_run *r, long long deadline)
{
    struct pollfd fds[2] = { { r->out_fd, POLLIN, 0 }, { r->err_fd, POLLIN, 0 } };
    while (fds[0].fd >= 0 || fds[1].fd >= 0) {
        long long left = deadline - now_ms();
        if (left <= 0) {
            r->timed_out = true;
            return;
        }
        if (poll(fds, 2, (int)left) < 0 && errno != EINTR)
            return;
        for (int i = 0; i < 2; i++)
            if (fds[i].fd >= 0 && fds[i].revents && !read_some(r, i, fds[i].fd))
                fds[i].fd = -1;   /* poll skips negative descriptors */
        if (r->out_len >= RAW_MAX) {
            r->enough = true;
            return;
        }
    }
}

/* Waits for the tool to exit until the deadline, then kills its whole
 * process group (a script's children too: the leader is not reaped yet, so
 * the group id is still its own) and collects its status. */
static void reap(struct child_run *r, long long deadline)
{
    while (!r->timed_out && !r->enough) {
        siginfo_t info;
        memset(&info, 0, sizeof info);
        if (waitid(P_PID, (id_t)r->pid, &info, WEXITED | WNOHANG | WNOWAIT) != 0 && errno != EINTR)
            break;
        if (info.si_pid == r->pid)
            break;
        if (now_ms() >= deadline)
            r->timed_out = true;
        else
            nanosleep(&(struct timespec){ 0, 10 * 1000 * 1000 }, NULL);
    }
    kill(-r->pid, SIGKILL);
    while (waitpid(r->pid, &r->status, 0) < 0 && errno == EINTR)
        ;
}

/* Runs X's TOOL in DIR and fills R. Returns -1 when no process could be started. */
static int run_tool(const struct config *cfg, const struct extractor *x, const char *tool,
                    const char *dir, struct child_run *r)
{
    char file[32], tmp_env[4200];
    snprintf(file, sizeof file, "in.%s", x->extension);
    snprintf(tmp_env, sizeof tmp_env, "TMPDIR=%s", dir);
    char *argv[8] = { (char *)x->tool };
    for (int i = 0; x->args[i]; i++)
        argv[i + 1] = strcmp(x->args[i], "@") == 0 ? file : (char *)x->args[i];
    char *env[] = { "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "HOME=/nonexistent", tmp_env, NULL };
    int out[2], err[2];
    if (pipe2(out, O_CLOEXEC) != 0)
        return -1;
    if (pipe2(err, O_CLOEXEC) != 0) {
        close(out[0]), close(out[1]);
        return -1;
    }
    *r = (struct child_run){ .out_fd = out[0], .err_fd = err[0] };
    long long deadline = now_ms() + (long long)cfg->extract_timeout_s * 1000;
    r->pid = fork();
    if (r->pid == 0)
        child_exec(dir, tool, argv, env, out[1], err[1], cfg->extract_timeout_s);
    close(out[1]), close(err[1]);
    if (r->pid > 0) {
        setpgid(r->pid, r->pid);   /* also here, so the kill below cannot miss it */
        collect_output(r, deadline);
        reap(r, deadline);
    }
    close(out[0]), close(err[0]);
    return r->pid > 0 ? 0 : -1;
}

static enum extract_status describe_failure(struct child_run *r, const struct extractor *x,
                                            const struct config *cfg, struct extract_result *out)
{
    if (r->timed_out)
        return failed(out, "%s 超时（超过 %d 秒），已终止", x->tool, cfg->extract_timeout_s);
    if (WIFSIGNALED(r->status))
        return failed(out, "%s 异常终止（信号 %d，可能超出 CPU 或内存限制）", x->tool, WTERMSIG(r->status));
    int code = WEXITSTATUS(r->status);
    if (code == 126 || code == 127)
        return failed(out, "%s 无法运行（退出码 %d）", x->tool, code);
    extract_clean_text(r->err, r->err_len, STDERR_MAX);
    for (char *c = r->err; *c; c++)
        if (*c == '\n')
            *c = ' ';
    return failed(out, "%s 无法读取该文件（退出码 %d）%s%s", x->tool, code, *r->err ? "：" : "", r->err);
}

enum extract_status extract_text(const struct config *cfg, const char *mime, const void *data,
                                 size_t size, struct extract_result *out)
{
    memset(out, 0, sizeof *out);
    const struct extractor *x = extractor_for(mime);
    if (!x)
        return EXTRACT_UNSUPPORTED;
    char tool[4096], dir[4096];
    if (!find_tool(cfg->extract_path, x->tool, tool, sizeof tool))
        return failed(out, "%s 未安装", x->tool);
    if (make_input(dir, sizeof dir, x->extension, data, size) != 0) {
        int saved = errno;
        remove_input(dir);
        return failed(out, "无法写入临时文件（%s）", strerror(saved));
    }
    struct child_run r = { .out = NULL };
    int started = run_tool(cfg, x, tool, dir, &r);
    remove_input(dir);
    enum extract_status status = EXTRACT_DONE;
    if (started != 0)
        status = failed(out, "无法启动 %s（%s）", x->tool, strerror(errno));
    else if (r.timed_out || (!r.enough && (!WIFEXITED(r.status) || WEXITSTATUS(r.status) != 0)))
        status = describe_failure(&r, x, cfg, out);
    if (status == EXTRACT_DONE) {
        out->text = r.out ? r.out : malloc(1);
        if (!out->text)
            abort();
        extract_clean_text(out->text, r.out_len, EXTRACT_MAX_TEXT);
    } else {
        free(r.out);
    }
    return status;
}

/* ---- cleaning ------------------------------------------------------------ */

/* The length of the valid UTF-8 sequence at S (N bytes left), 0 if invalid
 * (overlong forms, surrogates and code points past U+10FFFF included). */
static size_t utf8_valid_length(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80)
        return 1;
    size_t len = s[0] >= 0xC2 && s[0] <= 0xDF ? 2 : s[0] >= 0xE0 && s[0] <= 0xEF ? 3
               : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : 0;
    if (len == 0 || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0)
        || (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90))
        return 0;
    return len;
}

/* 0 for a character that is not white space, else ' ' or '\n' (a line break
 * or form feed, as pdftotext ends pages with). Control characters count as
 * space, and so do the no-break and ideographic spaces. */
static char space_kind(const unsigned char *s, size_t len)
{
    if (len == 1)
        return s[0] == '\n' || s[0] == '\r' || s[0] == '\f' ? '\n' : s[0] <= ' ' || s[0] == 0x7F ? ' ' : 0;
    if (len == 2 && s[0] == 0xC2 && s[1] <= 0xA0)
        return ' ';   /* U+0080-U+00A0: C1 controls and the no-break space */
    return len == 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80 ? ' ' : 0;
}

size_t extract_clean_text(char *text, size_t len, size_t max)
{
    unsigned char *s = (unsigned char *)text;
    size_t out = 0;
    char pending = 0;   /* white space seen since the last character written */
    for (size_t i = 0; i < len;) {
        size_t n = utf8_valid_length(s + i, len - i);
        if (n == 0) {
            i++;
            continue;
        }
        char space = space_kind(s + i, n);
        if (space) {
            pending = pending == '\n' ? '\n' : space;
        } else {
            size_t gap = pending && out > 0;
            if (out + gap + n > max)
                break;
            if (gap)
                s[out++] = (unsigned char)pending;
            memmove(s + out, s + i, n);
            out += n;
            pending = 0;
        }
        i += n;
    }
    s[out] = '\0';
    return out;
}
