#include "ZipArchive.h"

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace gobiz::ZipArchive {

namespace {

struct WriteFree
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct ReadFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct EntryFree
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

la_ssize_t appendToBuffer(archive *, void *buffer, const void *data, size_t length)
{
    static_cast<QByteArray *>(buffer)->append(static_cast<const char *>(data), qsizetype(length));
    return la_ssize_t(length);
}

QString problemOf(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QStringLiteral("libarchive error %1").arg(archive_errno(a));
}

} // namespace

QByteArray zip(const QList<File> &files, const QDateTime &modified, QString *error)
{
    QByteArray out;
    const std::unique_ptr<archive, WriteFree> writer(archive_write_new());
    const auto fail = [&](const QString &problem) {
        if (error)
            *error = problem;
        return QByteArray();
    };
    if (archive_write_set_format_zip(writer.get()) != ARCHIVE_OK
        || archive_write_set_options(writer.get(), "zip:compression=deflate") != ARCHIVE_OK
        // Without this libarchive pads the last block with zeros, which some unzippers reject.
        || archive_write_set_bytes_in_last_block(writer.get(), 1) != ARCHIVE_OK
        || archive_write_open2(writer.get(), &out, nullptr, appendToBuffer, nullptr, nullptr) != ARCHIVE_OK)
        return fail(problemOf(writer.get()));
    for (const File &file : files) {
        const std::unique_ptr<archive_entry, EntryFree> entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), file.name.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), file.bytes.size());
        archive_entry_set_mtime(entry.get(), modified.toSecsSinceEpoch(), 0);
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK)
            return fail(problemOf(writer.get()));
        if (!file.bytes.isEmpty()
            && archive_write_data(writer.get(), file.bytes.constData(), size_t(file.bytes.size())) != file.bytes.size())
            return fail(problemOf(writer.get()));
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return fail(problemOf(writer.get()));
    return out;
}

QList<File> unzip(const QByteArray &bytes, QString *error)
{
    QList<File> files;
    const std::unique_ptr<archive, ReadFree> reader(archive_read_new());
    archive_read_support_format_zip(reader.get());
    const auto fail = [&](const QString &problem) {
        if (error)
            *error = problem;
        return QList<File>();
    };
    if (archive_read_open_memory(reader.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return fail(problemOf(reader.get()));
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK) {
        File file;
        const char *utf8 = archive_entry_pathname_utf8(entry);
        file.name = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
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

} // namespace gobiz::ZipArchive
