#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QUrl>

// Finds a secret in everything under a folder (journal and its WAL, logs, reports, settings,
// caches): as UTF-8, UTF-16, base64 and percent-encoded text. Returns "path (encoding)" per hit.
// Used by tests/durability/tst_secretscan.cpp for an engine+journal run; a GUI-run test points
// it at the HOME/XDG folders it gave the wizard:
//   const QStringList hits = SecretScan::scanTree(home.path(), token);
//   QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", ")));
namespace SecretScan {

inline QList<QPair<QString, QByteArray>> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    return {
        {QStringLiteral("utf-8"), utf8},
        {QStringLiteral("utf-16"),
            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)},
        {QStringLiteral("base64"), utf8.toBase64(QByteArray::OmitTrailingEquals)},
        {QStringLiteral("base64url"),
            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {QStringLiteral("percent-encoded"), QUrl::toPercentEncoding(secret)},
    };
}

inline QStringList scanBytes(const QByteArray &bytes, const QString &secret, const QString &where)
{
    QStringList hits;
    for (const auto &[name, pattern] : encodings(secret)) {
        // Base64 of a secret depends on its alignment; the middle two thirds are stable enough.
        QByteArray needle = pattern;
        if (name.startsWith(u"base64") && needle.size() > 12)
            needle = needle.mid(4, needle.size() - 8);
        if (!needle.isEmpty() && bytes.contains(needle))
            hits.append(QStringLiteral("%1 (%2)").arg(where, name));
    }
    return hits;
}

inline QStringList scanTree(const QString &root, const QString &secret, int *filesScanned = nullptr)
{
    QStringList hits;
    int files = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        hits += scanBytes(file.readAll(), secret, path);
    }
    if (filesScanned)
        *filesScanned = files;
    return hits;
}

} // namespace SecretScan
