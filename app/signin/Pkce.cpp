#include "Pkce.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>
#include <cstring>

namespace gobiz {

namespace {
constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString Pkce::randomUrlSafe(int byteCount)
{
    QByteArray bytes(qMax(1, byteCount), Qt::Uninitialized);
    // fillRange works on 32-bit words; draw whole words and keep the bytes asked for.
    QList<quint32> words((bytes.size() + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    std::memcpy(bytes.data(), words.constData(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(base64Url));
}

QString Pkce::newVerifier()
{
    return randomUrlSafe(32);
}

QString Pkce::newState()
{
    return randomUrlSafe(32);
}

QString Pkce::newNonce()
{
    return randomUrlSafe(32);
}

QString Pkce::challenge(const QString &verifier)
{
    const QByteArray digest
        = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(base64Url));
}

bool Pkce::isValidVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        const char16_t u = c.unicode();
        const bool unreserved = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
            || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'_' || u == u'~';
        if (!unreserved)
            return false;
    }
    return true;
}

} // namespace gobiz
