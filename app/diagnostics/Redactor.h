#pragma once

#include <QString>
#include <QStringList>

namespace gobiz {

// The one redaction point: every secret the application holds (the access token) is registered
// here, and everything printed, logged, exported or shown in an error goes through redact().
// The Qt message handler installed by Logging also passes every log line through it.
class Redactor
{
public:
    static void registerSecret(const QString &secret);
    static void forgetSecret(const QString &secret);
    static QString redact(QString text);
    static QByteArray redact(const QByteArray &text);
    static constexpr QStringView placeholder() { return u"[redacted]"; }
};

} // namespace gobiz
