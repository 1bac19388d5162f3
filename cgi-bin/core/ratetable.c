/* Shared per-client rate limits in a mapped file; see ratetable.h. */
#include "ratetable.h"

#include <arpa/inet.h>
#include <sodium.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include "log.h"

enum {
    RATE_SLOTS = 16384,     /* 256 KiB; more clients searching within a minute than one site sees */
    RATE_PROBES = 16,       /* slots looked at for a client before the stalest one is taken over */
};

static const char rate_magic[8] = { 'P', 'R', 'T', 'R', 'A', 'T', 'E', '1' };

struct rate_slot {
    uint64_t key;               /* 0: never used */
    int64_t used_until_us;      /* GCRA's theoretical arrival time: the allowance is spent up to here */
};

struct rate_file {
    char magic[8];
    uint32_t slots;
    uint32_t reserved;
    unsigned char hash_key[crypto_shorthash_KEYBYTES];
    struct rate_slot slot[RATE_SLOTS];
};

struct rate_table {
    int fd;                     /* the shared file, or -1 when private to this process */
    struct rate_file *file;
};

static void file_reset(struct rate_file *f)
{
    memset(f, 0, sizeof *f);
    randombytes_buf(f->hash_key, sizeof f->hash_key);
    f->slots = RATE_SLOTS;
    memcpy(f->magic, rate_magic, sizeof rate_magic);
}

/* Maps PATH, creating or resetting it under the lock so that workers starting
 * together agree on one hash key. Returns NULL (fd closed) when it cannot. */
static struct rate_file *map_shared(const char *path, int *fd_out)
{
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return NULL;
    void *map = MAP_FAILED;
    struct stat st;
    if (flock(fd, LOCK_EX) == 0) {
        if (fstat(fd, &st) == 0 && (st.st_size == sizeof(struct rate_file)
                                    || ftruncate(fd, sizeof(struct rate_file)) == 0))
            map = mmap(NULL, sizeof(struct rate_file), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        struct rate_file *f = map;
        if (map != MAP_FAILED && (memcmp(f->magic, rate_magic, sizeof rate_magic) != 0 || f->slots != RATE_SLOTS))
            file_reset(f);
        flock(fd, LOCK_UN);
    }
    if (map == MAP_FAILED) {
        close(fd);
        return NULL;
    }
    *fd_out = fd;
    return map;
}

struct rate_table *rate_table_open(const char *path)
{
    struct rate_table *t = malloc(sizeof *t);
    if (!t)
        abort();    /* out of memory ends the worker; lighttpd starts another */
    t->fd = -1;
    t->file = path ? map_shared(path, &t->fd) : NULL;
    if (!t->file) {
        if (path)
            log_event(LOG_ERROR, "rate_table", "cannot map %s: limits count per worker", path);
        t->file = malloc(sizeof *t->file);
        if (!t->file)
            abort();
        file_reset(t->file);
    }
    return t;
}

void rate_table_close(struct rate_table *t)
{
    if (!t)
        return;
    if (t->fd >= 0) {
        munmap(t->file, sizeof *t->file);
        close(t->fd);
    } else {
        free(t->file);
    }
    free(t);
}

uint64_t rate_table_key(const struct rate_table *t, const char *address)
{
    static const unsigned char v4_mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
    unsigned char bytes[16];
    const unsigned char *in = bytes;
    size_t len;
    if (address && inet_pton(AF_INET6, address, bytes) == 1)
        len = memcmp(bytes, v4_mapped, sizeof v4_mapped) == 0 ? 16 : 8;
    else if (address && inet_pton(AF_INET, address, bytes) == 1)
        len = 4;
    else {
        in = (const unsigned char *)(address ? address : "-");
        len = strlen((const char *)in);
    }
    unsigned char out[crypto_shorthash_BYTES];
    crypto_shorthash(out, in, len, t->file->hash_key);
    uint64_t key;
    memcpy(&key, out, sizeof key);
    return key ? key : 1;
}

/* KEY's slot; a client not in the table takes over the probed slot whose
 * allowance ran out longest ago (a never-used slot first). */
static struct rate_slot *slot_for(struct rate_file *f, uint64_t key)
{
    struct rate_slot *stalest = NULL;
    for (unsigned i = 0; i < RATE_PROBES; i++) {
        struct rate_slot *s = &f->slot[(key + i) % RATE_SLOTS];
        if (s->key == key)
            return s;
        if (!stalest || s->used_until_us < stalest->used_until_us)
            stalest = s;
    }
    stalest->key = key;
    stalest->used_until_us = 0;
    return stalest;
}

int64_t rate_table_take(struct rate_table *t, uint64_t key, int64_t now_us, const struct rate_rule *rule)
{
    int64_t interval = 60000000 / (rule->per_minute > 0 ? rule->per_minute : 1);
    int64_t allowance = interval * (rule->burst > 0 ? rule->burst : 1);
    bool locked = t->fd >= 0 && flock(t->fd, LOCK_EX) == 0;   /* unlocked, a race loses one count */
    struct rate_slot *s = slot_for(t->file, key);
    int64_t from = s->used_until_us > now_us ? s->used_until_us : now_us;
    if (from > now_us + allowance)      /* the clock was set back: no more than a full burst */
        from = now_us + allowance;
    int64_t wait = from + interval - now_us - allowance;
    if (wait <= 0) {
        s->used_until_us = from + interval;
        wait = 0;
    }
    if (locked)
        flock(t->fd, LOCK_UN);
    return wait;
}
