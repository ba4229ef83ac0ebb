#pragma once

#include "support/ZipArchive.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gobiz::test {

// The files of a .zip as libarchive reads them: a reader independent of the wizard's own
// writer (app/support/ZipArchive), for the tests that open a bundle. Empty and *error set
// when it cannot be read.
QList<ZipArchive::File> unzip(const QByteArray &archive, QString *error = nullptr);

} // namespace gobiz::test
