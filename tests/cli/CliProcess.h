#pragma once

// gobiz-outlets run as a real process by the tests in tests/cli: a throwaway HOME and XDG
// folders (so the journal, settings and log are the test's own), optional standard input, and
// the test's event loop running while it runs (the in-process SandboxServer answers it).
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QString all() const { return QString::fromUtf8(out + err); }
};

class CliHome
{
public:
    CliHome()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_dir.path());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/data"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path() + QStringLiteral("/config"));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.path() + QStringLiteral("/cache"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.remove(QStringLiteral("GOBIZ_TOKEN"));
        m_env.remove(QStringLiteral("NO_COLOR"));
        // No keychain: a private session bus would be needed (tests/support/with-keyring.sh).
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    }

    QString path() const { return m_dir.path(); }
    QProcessEnvironment &environment() { return m_env; }
    QString journalPath() const
    {
        return m_dir.path() + QStringLiteral("/data/gobiz-outlet-wizard/gobiz-outlet-wizard/"
                                             "link-journal.sqlite");
    }

    // Starts gobiz-outlets (not waiting). stdinData is written and the channel closed.
    void start(QProcess &process, const QStringList &arguments, const QByteArray &stdinData = {})
    {
        process.setProgram(QStringLiteral(GOBIZ_OUTLETS_EXE));
        process.setArguments(arguments);
        process.setProcessEnvironment(m_env);
        process.start();
        QVERIFY(process.waitForStarted(10000));
        if (!stdinData.isNull())
            process.write(stdinData);
        process.closeWriteChannel();
    }

    // Runs it to the end with the event loop running (no waitForFinished: the sandbox in this
    // process must answer).
    CliResult run(const QStringList &arguments, const QByteArray &stdinData = {},
                  int timeoutMs = 60000)
    {
        QProcess process;
        start(process, arguments, stdinData);
        return finish(process, timeoutMs);
    }

    static CliResult finish(QProcess &process, int timeoutMs = 60000)
    {
        CliResult result;
        if (process.state() != QProcess::NotRunning) {
            QSignalSpy finished(&process, &QProcess::finished);
            if (!finished.wait(timeoutMs)) {
                process.kill();
                process.waitForFinished(5000);
            }
        }
        result.crashed = process.exitStatus() == QProcess::CrashExit;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

inline QByteArray tokenLine(const QString &token)
{
    return token.toUtf8() + '\n';
}
