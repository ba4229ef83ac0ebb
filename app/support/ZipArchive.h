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

// A .zip, which every OS opens without installing anything: deflated files (stored when
// deflating does not make them smaller), UTF-8 names, the given modification time (as local
// time, and as UTC in an extended-timestamp field), Unix permissions 0644.
//
// Written here on Qt's deflate (qCompress) rather than by an archive library: the wizard
// writes only this one small kind of archive, and each library loaded at start costs every
// start (libarchive and its five libraries: ≈1.8 ms before main()). Empty and *error set when
// an archive this simple cannot hold the files (over 4 GiB, or more than 65,535 of them).
QByteArray zip(const QList<File> &files, const QDateTime &modified, QString *error = nullptr);

// The CRC-32 a .zip keeps for each file (ISO 3309, as zlib's crc32()).
quint32 crc32(const QByteArray &bytes);

} // namespace gobiz::ZipArchive
