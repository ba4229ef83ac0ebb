#include "ZipReader.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace gobiz::test {

namespace {

struct ReadFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};

QString problemOf(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text)
                : QStringLiteral("libarchive error %1").arg(archive_errno(a));
}

} // namespace

QList<ZipArchive::File> unzip(const QByteArray &bytes, QString *error)
{
    QList<ZipArchive::File> files;
    const std::unique_ptr<archive, ReadFree> reader(archive_read_new());
    archive_read_support_format_zip(reader.get());
    const auto fail = [&](const QString &problem) {
        if (error)
            *error = problem;
        return QList<ZipArchive::File>();
    };
    if (archive_read_open_memory(reader.get(), bytes.constData(), size_t(bytes.size()))
        != ARCHIVE_OK)
        return fail(problemOf(reader.get()));
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
        ZipArchive::File file;
        const char *utf8 = archive_entry_pathname_utf8(entry);
        file.name = utf8 ? QString::fromUtf8(utf8)
                         : QString::fromLocal8Bit(archive_entry_pathname(entry));
        char chunk[16384];
        la_ssize_t got = 0;
        while ((got = archive_read_data(reader.get(), chunk, sizeof chunk)) > 0)
            file.bytes.append(chunk, qsizetype(got));
        if (got < 0)
            return fail(problemOf(reader.get()));
        files.append(file);
    }
    if (status != ARCHIVE_EOF)
        return fail(problemOf(reader.get()));
    return files;
}

} // namespace gobiz::test
