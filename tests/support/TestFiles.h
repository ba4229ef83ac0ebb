#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace gobiz::testing {

// The whole file, or empty when it cannot be read (the test's comparison then says so).
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace gobiz::testing
