/* fsync_delay: an LD_PRELOAD shim that makes every fsync() and fdatasync() slower, to measure
 * the product on a slow disk (a laptop's SSD under load, a network home folder).
 *
 *   LD_PRELOAD=/path/libgobiz_fsync_delay.so GOBIZ_FSYNC_DELAY_MS=5 program ...
 *
 * Each call sleeps GOBIZ_FSYNC_DELAY_MS milliseconds (default 5, 0 only counts) with nanosleep
 * in the calling thread, then calls the real function found with dlsym(RTLD_NEXT). SQLite's unix
 * VFS syncs with fdatasync (fsync where that is missing) through libc, so its commits pay the
 * delay; sync_file_range and msync are not used by SQLite and are not wrapped.
 *
 * A program can tell the shim is really loaded, and how often it was called, by looking up
 * gobiz_fsync_delay_stats with dlsym(RTLD_DEFAULT, ...) and calling it with a
 * struct gobiz_fsync_delay_stats_t to fill: without the shim the symbol is absent.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

typedef int (*sync_fn)(int);

static unsigned long long g_fsync_calls;
static unsigned long long g_fdatasync_calls;
static unsigned long long g_delayed_ns;
static unsigned long long g_main_thread_calls;

struct gobiz_fsync_delay_stats_t
{
    unsigned long long fsync_calls;
    unsigned long long fdatasync_calls;
    unsigned long long delayed_ns; /* time spent sleeping in the shim, all threads */
    long delay_ms; /* the configured delay */
    unsigned long long main_thread_calls; /* of both, made on the process's main (GUI) thread */
};

static long delay_ms(void)
{
    static long cached = -1;
    long value = __atomic_load_n(&cached, __ATOMIC_RELAXED);
    if (value < 0) {
        const char *text = getenv("GOBIZ_FSYNC_DELAY_MS");
        char *end = NULL;
        value = text && *text ? strtol(text, &end, 10) : 5;
        if (value < 0 || (end && *end))
            value = 5;
        __atomic_store_n(&cached, value, __ATOMIC_RELAXED);
    }
    return value;
}

static void delay(void)
{
    if (syscall(SYS_gettid) == getpid())
        __atomic_fetch_add(&g_main_thread_calls, 1, __ATOMIC_RELAXED);
    const long ms = delay_ms();
    if (ms <= 0)
        return;
    struct timespec left = {ms / 1000, (ms % 1000) * 1000000L};
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    const int saved = errno;
    while (nanosleep(&left, &left) != 0 && errno == EINTR) {
    }
    errno = saved;
    clock_gettime(CLOCK_MONOTONIC, &end);
    const long long ns = (long long)(end.tv_sec - start.tv_sec) * 1000000000LL
        + (end.tv_nsec - start.tv_nsec);
    __atomic_fetch_add(&g_delayed_ns, (unsigned long long)ns, __ATOMIC_RELAXED);
}

static int call_real(const char *name, sync_fn *slot, int fd)
{
    sync_fn real = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (!real) {
        void *symbol = dlsym(RTLD_NEXT, name);
        if (!symbol) {
            errno = ENOSYS;
            return -1;
        }
        memcpy(&real, &symbol, sizeof real); /* ISO C has no object-to-function pointer cast */
        __atomic_store_n(slot, real, __ATOMIC_RELEASE);
    }
    return real(fd);
}

int fsync(int fd)
{
    static sync_fn real;
    __atomic_fetch_add(&g_fsync_calls, 1, __ATOMIC_RELAXED);
    delay();
    return call_real("fsync", &real, fd);
}

int fdatasync(int fd)
{
    static sync_fn real;
    __atomic_fetch_add(&g_fdatasync_calls, 1, __ATOMIC_RELAXED);
    delay();
    return call_real("fdatasync", &real, fd);
}

__attribute__((visibility("default"))) void gobiz_fsync_delay_stats(
    struct gobiz_fsync_delay_stats_t *out)
{
    out->fsync_calls = __atomic_load_n(&g_fsync_calls, __ATOMIC_RELAXED);
    out->fdatasync_calls = __atomic_load_n(&g_fdatasync_calls, __ATOMIC_RELAXED);
    out->delayed_ns = __atomic_load_n(&g_delayed_ns, __ATOMIC_RELAXED);
    out->delay_ms = delay_ms();
    out->main_thread_calls = __atomic_load_n(&g_main_thread_calls, __ATOMIC_RELAXED);
}
