#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstdio>
#include <cstdlib>

// Shared by the libFuzzer harnesses: a failed invariant prints why and aborts, which libFuzzer
// reports as a crash with the input that caused it.
#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "invariant failed: %s (%s)\n", what, #condition);                 \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Text a server may show a person: no control characters, no bidi or zero-width tricks, bounded.
inline bool isCleanDisplayText(const QString &text)
{
    if (text.size() > 501)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u < 0xA0) || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069) || u == 0x200B || u == 0x2060 || u == 0xFEFF
            || u == 0x200E || u == 0x200F || u == 0x061C)
            return false;
    }
    return true;
}
