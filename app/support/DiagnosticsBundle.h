#pragma once

#include "ZipArchive.h"
#include "store/JournalEntry.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace gobiz::DiagnosticsBundle {

// Everything a bundle is made of, gathered by the session (SupportDesk) and made into files
// here, without I/O: pure, so its contents are tested without a window or a disk.
struct Inputs
{
    QDateTime made; // UTC
    QString appName;
    QString appVersion;
    QString qtRuntime; // qVersion()
    QString qtBuild; // QT_VERSION_STR
    QString os; // QSysInfo::prettyProductName()
    QString kernel; // kernelType + kernelVersion
    QString cpu; // currentCpuArchitecture
    QString language; // the wizard's: "en", "id"
    QString locale; // QLocale().name()
    QString timeZone; // IANA id
    QString environment; // "production", "sandbox", "custom:https://…"
    QString baseUrl;
    QString connection; // "a direct connection", "the HTTP proxy host:port", …
    bool demo = false;
    QString partner; // the partner profile's name, empty without one
    QString merchant; // the merchant label of the run (primary outlet), empty before a token
    int outletCount = -1; // -1: no token accepted yet
    QList<QPair<QString, QString>> settings; // the application's settings, key and value
    QByteArray log; // the redacted log file (and its rotated predecessor first)
    QList<JournalEntry> journal; // this merchant's journal rows, oldest first
    QByteArray har; // the session (HarExport)
};

// The files, in the order the preview lists them: README.txt, about.txt, settings.txt,
// journal.csv, session.har, log.txt. Secrets were never in the inputs; each file is still
// passed through the Redactor, and settings whose names say they hold a secret (token,
// password, secret, session, refresh) are left out by name.
QList<ZipArchive::File> files(const Inputs &inputs);

// "gobiz-diagnostics-20261201-0848.zip", in the local time of `made`.
QString suggestedFileName(const QDateTime &made);

// The journal rows as CSV (RFC 4180, UTF-8, a header row): what support reads beside the HAR.
QByteArray journalCsv(const QList<JournalEntry> &rows);

bool isSecretSetting(QStringView key);

} // namespace gobiz::DiagnosticsBundle
