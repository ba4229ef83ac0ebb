#include "sandbox/FormCodec.h"

namespace gobiz::sandbox::FormCodec {

namespace {
QString decode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}
} // namespace

std::optional<QHash<QString, QString>> parse(const QByteArray &encoded, QString *repeated)
{
    QHash<QString, QString> values;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = decode(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decode(pair.mid(equals + 1));
        if (values.contains(name)) {
            if (repeated)
                *repeated = name;
            return std::nullopt;
        }
        values.insert(name, value);
    }
    return values;
}

QByteArray encode(const Pairs &pairs)
{
    QByteArray out;
    for (const auto &pair : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(pair.first) + '=' + QUrl::toPercentEncoding(pair.second);
    }
    return out;
}

QUrl withQuery(const QUrl &url, const Pairs &pairs)
{
    QUrl result = url;
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray added = encode(pairs);
    if (!query.isEmpty() && !added.isEmpty())
        query += '&';
    query += added;
    result.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return result;
}

QString cookie(const QByteArray &cookieHeader, const QByteArray &name)
{
    for (const QByteArray &part : cookieHeader.split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(name + '='))
            return QString::fromLatin1(trimmed.mid(name.size() + 1));
    }
    return {};
}

} // namespace gobiz::sandbox::FormCodec
