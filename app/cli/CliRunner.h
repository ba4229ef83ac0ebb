#pragma once

#include "cli/CliCommand.h"
#include "cli/ExitCode.h"
#include "cli/PlanCsv.h"
#include "session/ChangeGate.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSettings>
#include <memory>

namespace gobiz {
class JournalService;
class KeychainTokenStore;
class WizardController;
struct ApiError;
} // namespace gobiz

namespace gobiz::cli {

class Terminal;

// Where gobiz-outlets finds what the wizard keeps: its settings (environment, proxy, the index
// of remembered accounts) and its link journal, so both programs share them (and its lock).
struct SharedPlaces
{
    QString journalPath;
    QString logFile; // gobiz-outlets.log next to the journal (the wizard has its own)
    QString settingsOrganization = QStringLiteral("gobiz-outlet-wizard");
    QString settingsApplication = QStringLiteral("gobiz-outlet-wizard");
};

// One command of gobiz-outlets, driven through the wizard's core (WizardController): the same
// journal and lock, ChangeGate questions, engine, sentences and report. Everything waits in
// signals; finished(code) ends it. The questions are answered by --yes or on the terminal.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(const Command &command, const SharedPlaces &places, Terminal *terminal,
              QObject *parent = nullptr);
    ~CliRunner() override;

    void start();
    // Ctrl-C: the first stops sending and waits for what is on the wire; the second stops
    // waiting. Everything is recorded either way (exit 130).
    void interrupt(int count);

signals:
    void finished(int exitCode);

private:
    struct Group
    {
        QList<int> rows;
        Product product = Product::GoFood;
        LinkAction action = LinkAction::Link;
        bool unlinkConfirmed = false;
    };

    // --- CliRunner.cpp: set-up, the token, commands that change nothing
    bool configure();
    void openJournal();
    void acquireToken();
    void checkToken(const QString &text);
    void onTokenChecked(const ApiError &error);
    void runCommand();
    void listOutlets();
    void showStatus();
    void showReport();
    void login();
    void logout();
    QString accountKey(QString *problem) const;
    void finish(ExitCode code);
    void fail(ExitCode code, const QString &message);

    // --- CliChanges.cpp: link, unlink, apply, resume
    void changeOutlets();
    void applyPlan();
    void resumePlan();
    void askQuestions();
    bool askQuestion(const ChangeGate::Verdict &verdict, std::function<void()> confirmed);
    void submit();
    void onProgress();
    void onPaused(const QString &message, bool needsToken);
    void suspend(ExitCode code);
    void leaveIfQuiet();
    void finishRun();
    void printResults();
    ExitCode runExitCode() const;
    void rememberRun();

    Command m_command;
    SharedPlaces m_places;
    Terminal *m_terminal;
    QSettings m_settings;
    std::unique_ptr<KeychainTokenStore> m_store;
    std::unique_ptr<WizardController> m_controller;
    std::unique_ptr<JournalService> m_reportJournal; // report: the journal alone, no token

    QList<Group> m_groups; // the changes asked for, by product and action
    bool m_resuming = false; // the changes are the unfinished plan
    bool m_submitted = false;
    bool m_suspending = false; // stopping: no more requests start
    bool m_leaving = false;
    bool m_finished = false;
    ExitCode m_suspendCode = ExitCode::Done;
    int m_abandoned = 0; // requests on the wire when a second Ctrl-C stopped the wait
    QElapsedTimer m_lastProgress;
    int m_lastProgressTenth = -1;
};

} // namespace gobiz::cli
