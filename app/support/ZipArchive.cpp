#include "ZipArchive.h"

#include <QtEndian>

#include <array>
#include <limits>

// The format: PKWARE's APPNOTE.TXT (6.3.x), sections 4.3.7 (local file header), 4.3.12
// (central directory header), 4.3.16 (end of central directory), 4.4.4 bit 11 (UTF-8 names)
// and 4.5.3 / Info-ZIP's extra field 0x5455 (extended timestamp).

namespace gobiz::ZipArchive {

namespace {

constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr quint32 centralHeaderSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint16 versionNeeded = 20; // 2.0: deflate
constexpr quint16 madeByUnix = (3 << 8) | 20; // the external attributes are Unix modes
constexpr quint16 utf8Names = 1 << 11;
constexpr quint16 stored = 0;
constexpr quint16 deflated = 8;
constexpr quint16 extendedTimestamp = 0x5455;
constexpr quint32 regularFile0644 = 0100644;

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> entries{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            entries[n] = c;
        }
        return entries;
    }();
    return table;
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// A raw deflate stream: qCompress() writes a 4-byte length, a 2-byte zlib header (no preset
// dictionary), the stream, and a 4-byte Adler-32. Empty when there is nothing to deflate.
QByteArray deflate(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    const QByteArray wrapped = qCompress(bytes, 9);
    constexpr qsizetype before = 4 + 2;
    constexpr qsizetype after = 4;
    if (wrapped.size() <= before + after)
        return {};
    return wrapped.mid(before, wrapped.size() - before - after);
}

// MS-DOS date and time (local time, two-second steps), as the headers keep them.
std::pair<quint16, quint16> dosDateAndTime(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QDate date = local.date();
    const QTime time = local.time();
    if (date.year() < 1980)
        return {quint16((0 << 9) | (1 << 5) | 1), 0}; // the earliest a .zip can say: 1980-01-01
    const quint16 dosDate =
        quint16(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    const quint16 dosTime =
        quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    return {dosDate, dosTime};
}

struct Entry
{
    QByteArray name;
    quint16 method = stored;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;
    quint32 offset = 0;
};

// What a local header and a central directory header both say, in the same order: flags,
// method, time, date, CRC-32, sizes, the name's and the extra field's lengths.
void putSharedFields(QByteArray &out, const Entry &entry, quint16 dosDate, quint16 dosTime)
{
    put16(out, utf8Names);
    put16(out, entry.method);
    put16(out, dosTime);
    put16(out, dosDate);
    put32(out, entry.crc);
    put32(out, entry.compressedSize);
    put32(out, entry.size);
    put16(out, quint16(entry.name.size()));
    put16(out, 4 + 5); // the extended timestamp, below
}

// Info-ZIP's extended timestamp with the modification time only (the same in both headers).
void putExtendedTimestamp(QByteArray &out, quint32 unixTime)
{
    put16(out, extendedTimestamp);
    put16(out, 5);
    out.append(char(1)); // flags: the modification time follows
    put32(out, unixTime);
}

} // namespace

quint32 crc32(const QByteArray &bytes)
{
    const auto &table = crcTable();
    quint32 c = 0xffffffffu;
    for (const char byte : bytes)
        c = table[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

QByteArray zip(const QList<File> &files, const QDateTime &modified, QString *error)
{
    const auto fail = [error](const QString &problem) {
        if (error)
            *error = problem;
        return QByteArray();
    };
    constexpr auto most = std::numeric_limits<quint32>::max();
    if (files.size() > std::numeric_limits<quint16>::max())
        return fail(QStringLiteral("a .zip without Zip64 holds at most 65535 files"));
    const auto [dosDate, dosTime] = dosDateAndTime(modified);
    const quint32 unixTime = quint32(qBound<qint64>(0, modified.toSecsSinceEpoch(), most));

    QByteArray out;
    QList<Entry> entries;
    for (const File &file : files) {
        Entry entry;
        entry.name = file.name.toUtf8();
        if (entry.name.size() > std::numeric_limits<quint16>::max())
            return fail(QStringLiteral("a file name is too long for a .zip"));
        if (quint64(file.bytes.size()) >= most || quint64(out.size()) >= most)
            return fail(QStringLiteral("a .zip without Zip64 holds at most 4 GiB"));
        QByteArray data = deflate(file.bytes);
        if (!data.isEmpty() && data.size() < file.bytes.size()) {
            entry.method = deflated;
        } else {
            entry.method = stored;
            data = file.bytes;
        }
        entry.crc = crc32(file.bytes);
        entry.compressedSize = quint32(data.size());
        entry.size = quint32(file.bytes.size());
        entry.offset = quint32(out.size());

        put32(out, localHeaderSignature);
        put16(out, versionNeeded);
        putSharedFields(out, entry, dosDate, dosTime);
        out.append(entry.name);
        putExtendedTimestamp(out, unixTime);
        out.append(data);
        entries.append(entry);
    }

    const quint64 directoryOffset = quint64(out.size());
    for (const Entry &entry : std::as_const(entries)) {
        put32(out, centralHeaderSignature);
        put16(out, madeByUnix);
        put16(out, versionNeeded);
        putSharedFields(out, entry, dosDate, dosTime);
        put16(out, 0); // no comment
        put16(out, 0); // disk 0
        put16(out, 0); // internal attributes: none
        put32(out, regularFile0644 << 16);
        put32(out, entry.offset);
        out.append(entry.name);
        putExtendedTimestamp(out, unixTime);
    }
    const quint64 directorySize = quint64(out.size()) - directoryOffset;
    if (directoryOffset >= most || directorySize >= most)
        return fail(QStringLiteral("a .zip without Zip64 holds at most 4 GiB"));

    put32(out, endSignature);
    put16(out, 0); // this disk
    put16(out, 0); // the disk the directory starts on
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(directorySize));
    put32(out, quint32(directoryOffset));
    put16(out, 0); // no comment
    return out;
}

} // namespace gobiz::ZipArchive
