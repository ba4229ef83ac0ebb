#include "Redactor.h"

#include <QMutex>
#include <QMutexLocker>

namespace gobiz {

namespace {
struct Registry
{
    QMutex mutex;
    QStringList secrets;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

// Shorter strings would redact ordinary words; a bearer token is never this short.
constexpr int minimumSecretLength = 8;
} // namespace

void Redactor::registerSecret(const QString &secret)
{
    if (secret.size() < minimumSecretLength)
        return;
    QMutexLocker lock(&registry().mutex);
    if (!registry().secrets.contains(secret))
        registry().secrets.append(secret);
}

void Redactor::forgetSecret(const QString &secret)
{
    QMutexLocker lock(&registry().mutex);
    registry().secrets.removeAll(secret);
}

QString Redactor::redact(QString text)
{
    QMutexLocker lock(&registry().mutex);
    for (const QString &secret : std::as_const(registry().secrets))
        text.replace(secret, placeholder().toString());
    return text;
}

QByteArray Redactor::redact(const QByteArray &text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

} // namespace gobiz
