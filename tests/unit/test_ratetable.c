/* The shared per-client rate table (search's limit): a burst then one event
 * per interval, clients apart, IPv6 by /64, and one count across processes
 * that map the same file. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ratetable.h"

static const struct rate_rule thirty_a_minute = { 30, 3 };   /* one every 2 s after 3 at once */
static const int64_t second = 1000000;
static const int64_t start = 1700000000 * 1000000LL;

static void a_burst_then_one_per_interval(void **state)
{
    (void)state;
    struct rate_table *t = rate_table_open(NULL);
    uint64_t k = rate_table_key(t, "203.0.113.5");
    for (int i = 0; i < 3; i++)
        assert_int_equal(rate_table_take(t, k, start, &thirty_a_minute), 0);
    int64_t wait = rate_table_take(t, k, start, &thirty_a_minute);
    assert_int_equal(wait, 2 * second);
    assert_int_equal(rate_table_take(t, k, start + second, &thirty_a_minute), second);  /* refusals are not counted */
    assert_int_equal(rate_table_take(t, k, start + 2 * second, &thirty_a_minute), 0);
    assert_true(rate_table_take(t, k, start + 2 * second, &thirty_a_minute) > 0);
    /* After a quiet spell the whole burst is back. */
    for (int i = 0; i < 3; i++)
        assert_int_equal(rate_table_take(t, k, start + 60 * second, &thirty_a_minute), 0);
    rate_table_close(t);
}

static void clients_are_counted_apart_and_ipv6_by_its_64(void **state)
{
    (void)state;
    struct rate_table *t = rate_table_open(NULL);
    uint64_t a = rate_table_key(t, "203.0.113.5"), b = rate_table_key(t, "203.0.113.6");
    assert_int_not_equal(a, b);
    assert_int_equal(rate_table_key(t, "2001:db8:1:2::1"), rate_table_key(t, "2001:db8:1:2:ffff::9"));
    assert_int_not_equal(rate_table_key(t, "2001:db8:1:2::1"), rate_table_key(t, "2001:db8:1:3::1"));
    assert_int_not_equal(rate_table_key(t, NULL), 0);
    for (int i = 0; i < 3; i++)
        rate_table_take(t, a, start, &thirty_a_minute);
    assert_true(rate_table_take(t, a, start, &thirty_a_minute) > 0);
    assert_int_equal(rate_table_take(t, b, start, &thirty_a_minute), 0);
    rate_table_close(t);
}

static void a_clock_set_back_blocks_no_longer_than_a_burst(void **state)
{
    (void)state;
    struct rate_table *t = rate_table_open(NULL);
    uint64_t k = rate_table_key(t, "203.0.113.7");
    for (int i = 0; i < 3; i++)
        rate_table_take(t, k, start, &thirty_a_minute);
    int64_t wait = rate_table_take(t, k, start - 3600 * second, &thirty_a_minute);
    assert_true(wait > 0 && wait <= 2 * second);
    rate_table_close(t);
}

static void processes_mapping_one_file_share_the_counts(void **state)
{
    (void)state;
    char path[] = "/tmp/portal-rate-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    struct rate_table *parent = rate_table_open(path);
    uint64_t k = rate_table_key(parent, "198.51.100.1");
    assert_int_equal(rate_table_take(parent, k, start, &thirty_a_minute), 0);
    pid_t child = fork();
    if (child == 0) {
        struct rate_table *t = rate_table_open(path);
        int used = rate_table_key(t, "198.51.100.1") == k
                   && rate_table_take(t, k, start, &thirty_a_minute) == 0
                   && rate_table_take(t, k, start, &thirty_a_minute) == 0;
        _exit(used ? 0 : 1);
    }
    int status;
    assert_int_equal(waitpid(child, &status, 0), child);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    assert_true(rate_table_take(parent, k, start, &thirty_a_minute) > 0);
    rate_table_close(parent);
    /* A file of another layout is reset, not trusted. */
    FILE *f = fopen(path, "w");
    fputs("not a rate table", f);
    fclose(f);
    struct rate_table *fresh = rate_table_open(path);
    uint64_t again = rate_table_key(fresh, "198.51.100.1");
    assert_int_equal(rate_table_take(fresh, again, start, &thirty_a_minute), 0);
    rate_table_close(fresh);
    unlink(path);
}

int main(void)
{
    if (sodium_init() < 0)
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_burst_then_one_per_interval),
        cmocka_unit_test(clients_are_counted_apart_and_ipv6_by_its_64),
        cmocka_unit_test(a_clock_set_back_blocks_no_longer_than_a_burst),
        cmocka_unit_test(processes_mapping_one_file_share_the_counts),
    };
    return cmocka_run_group_tests_name("ratetable", tests, NULL, NULL);
}
