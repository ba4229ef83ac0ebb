#pragma once

#include "store/JournalEntry.h"
#include "support/ZipArchive.h"

#include <QObject>
#include <functional>

namespace gobiz {

class Connection;
class JournalService;
class NetworkLog;

// What a support agent asks a customer for, and what the network log window works with: the
// session's requests (NetworkLog), a request as cURL, the session as HAR, and the diagnostics
// bundle. A narrow handle: the window gets this, not the controller. Files are made and written
// on a worker thread; every call that waits ends in a signal.
class SupportDesk : public QObject
{
    Q_OBJECT
public:
    // What the bundle says about the session, read from the controller when it is made.
    struct Situation
    {
        QString environment; // LinkJournal::environmentLabel
        QString baseUrl;
        QString connection;
        bool demo = false;
        QString partner;
        QString merchant; // name, for people
        int outletCount = -1;
        JournalContext journal; // this merchant's rows; merchant empty: none yet
    };

    SupportDesk(Connection *connection, JournalService *journal, std::function<Situation()> situation,
        QObject *parent = nullptr);

    // The model of the network log window (read it; the recorder writes it).
    NetworkLog *networkLog() const;

    // The log file the bundle includes (with its rotated ".1" before it); set by main().
    void setLogFilePath(const QString &path) { m_logFilePath = path; }
    void setLanguage(const QString &language) { m_language = language; }
    // Whether requests are recorded at all (on by default; gobiz-outlets has no log to show).
    void setRecording(bool recording);

    // A request as a curl command, the token as "$GOBIZ_TOKEN" (bash) or %GOBIZ_TOKEN%
    // (Windows' cmd.exe); empty if it left the log.
    enum class Shell { Bash, WindowsCmd };
    QString curlCommand(quint64 exchangeId, Shell shell = Shell::Bash) const;
    // A request and its answer for reading: headers and bodies (sanitized), timings, the error.
    QString details(quint64 exchangeId) const;
    // Rows of the log as tab-separated text with a header line (the window's Copy).
    QString rowsAsText(const QList<int> &rows) const;

    QString suggestedHarName() const;
    // Writes the session as HAR 1.2; harSaved(path, problem) follows (problem empty on success).
    void saveHar(const QString &path);

    // Gathers the bundle (this merchant's journal rows, the log file, the HAR):
    // bundleReady() follows, then bundleFiles() holds what the preview shows.
    void prepareBundle();
    const QList<ZipArchive::File> &bundleFiles() const { return m_bundleFiles; }
    QString suggestedBundleName() const;
    // Zips what was prepared; bundleSaved(path, problem) follows.
    void saveBundle(const QString &path);

signals:
    void harSaved(const QString &path, const QString &problem);
    void bundleReady();
    void bundleSaved(const QString &path, const QString &problem);

private:
    Connection *m_connection;
    JournalService *m_journal;
    std::function<Situation()> m_situation;
    QString m_logFilePath;
    QString m_language;
    QList<ZipArchive::File> m_bundleFiles;
    QDateTime m_bundleMade;
    int m_preparation = 0; // the newest prepareBundle(); older answers are ignored
};

} // namespace gobiz
