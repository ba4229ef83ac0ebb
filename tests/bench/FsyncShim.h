#pragma once

#include <QJsonObject>
#include <cstring>
#include <dlfcn.h>

// The process's view of fsync_delay.c when it was LD_PRELOADed: whether the shim is really
// loaded (its exported symbol resolves), and how often fsync/fdatasync were called through it.
struct FsyncShimStats
{
    bool loaded = false;
    unsigned long long fsyncCalls = 0;
    unsigned long long fdatasyncCalls = 0;
    double delayedMs = 0;
    long delayMs = 0;
    unsigned long long mainThreadCalls = 0; // of both, on the main (GUI) thread

    unsigned long long syncs() const { return fsyncCalls + fdatasyncCalls; }

    // Mirrors struct gobiz_fsync_delay_stats_t in fsync_delay.c.
    struct Raw
    {
        unsigned long long fsync_calls;
        unsigned long long fdatasync_calls;
        unsigned long long delayed_ns;
        long delay_ms;
        unsigned long long main_thread_calls;
    };

    static FsyncShimStats now()
    {
        FsyncShimStats stats;
        void *symbol = dlsym(RTLD_DEFAULT, "gobiz_fsync_delay_stats");
        if (!symbol)
            return stats;
        using Fn = void (*)(Raw *);
        Fn fn = nullptr;
        static_assert(sizeof fn == sizeof symbol);
        std::memcpy(&fn, &symbol, sizeof fn);
        Raw raw{};
        fn(&raw);
        stats.loaded = true;
        stats.fsyncCalls = raw.fsync_calls;
        stats.fdatasyncCalls = raw.fdatasync_calls;
        stats.delayedMs = double(raw.delayed_ns) / 1e6;
        stats.delayMs = raw.delay_ms;
        stats.mainThreadCalls = raw.main_thread_calls;
        return stats;
    }

    // Calls made between two snapshots.
    FsyncShimStats since(const FsyncShimStats &before) const
    {
        FsyncShimStats d = *this;
        d.fsyncCalls -= before.fsyncCalls;
        d.fdatasyncCalls -= before.fdatasyncCalls;
        d.delayedMs -= before.delayedMs;
        d.mainThreadCalls -= before.mainThreadCalls;
        return d;
    }

    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("loaded"), loaded},
                           {QStringLiteral("fsync"), double(fsyncCalls)},
                           {QStringLiteral("fdatasync"), double(fdatasyncCalls)},
                           {QStringLiteral("delayedMs"), delayedMs},
                           {QStringLiteral("delayMs"), double(delayMs)},
                           {QStringLiteral("mainThread"), double(mainThreadCalls)}};
    }
};
