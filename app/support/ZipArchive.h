#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gobiz::ZipArchive {

struct File
{
    QString name; // a path inside the archive, '/' separated, UTF-8 in the archive
    QByteArray bytes;
};

// A .zip (which every OS opens without installing anything) made by libarchive: deflated
// files, UTF-8 names, the given modification time. Empty and *error set when libarchive fails.
QByteArray zip(const QList<File> &files, const QDateTime &modified, QString *error = nullptr);

// The files of a .zip (any libarchive reads), for tests and gobiz-sandbox --replay of a bundle.
// Empty and *error set when it cannot be read.
QList<File> unzip(const QByteArray &archive, QString *error = nullptr);

} // namespace gobiz::ZipArchive
