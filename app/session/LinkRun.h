#pragma once

#include "session/Account.h"
#include "session/ChangeGate.h"
#include "session/RunSummary.h"
#include "store/RecoveryPlan.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <deque>

namespace gobiz {

class JournalService;
class LinkEngine;
class OutletModel;

// One merchant's changes, from what a person asks for to GoBiz's answers. The plan is the
// journal: a request is recorded as planned (durable) before the engine sees it, each operation
// is recorded as started (durable) before its request leaves, and every attempt, outcome and
// settlement follows. The engine learns both answers asynchronously (the journal commits on its
// own thread, many records per fsync). Requests pass the ChangeGate first: nothing of a request
// is recorded or sent while the gate has a question for it.
//
// Progress and the summary cover this run only; begin() starts the next merchant's run in one
// call. Changes of a previous merchant still waiting then are not dropped: they stay in the
// journal as that merchant's unfinished plan (offered when it signs in again).
class LinkRun : public QObject
{
    Q_OBJECT
public:
    struct Progress
    {
        int done = 0; // GoBiz confirmed
        int failed = 0; // GoBiz refused, or gave up after retries
        int unknown = 0; // stopped after the request was sent: GoBiz may have applied it
        int stopped = 0; // stopped before they were sent: GoBiz saw nothing (send them again)
        int notSent = 0; // refused here before sending (the journal, an unusable outlet id)
        int remaining = 0; // asked for and not finished (being recorded, queued, in flight)
        int total() const { return done + failed + unknown + stopped + notSent + remaining; }
    };

    // The changes of this run that did not end as asked, by what can be done about them.
    enum Unfinished {
        FailedChanges = 0x1, // failed, unknown, or refused by the journal: Retry
        StoppedChanges = 0x2, // stopped unsent: send them
        AllUnfinished = FailedChanges | StoppedChanges,
    };

    LinkRun(LinkEngine *engine, JournalService *journal, OutletModel *model,
        QObject *parent = nullptr);
    ~LinkRun() override;

    // The run of this merchant: a new session (counts, summary and gate start afresh). Changes
    // still waiting from the previous merchant stay planned in the journal, unsent.
    void begin(const Account &account);
    // A new token for the same merchant (e.g. after a 401): same run, fresh outlets and roles.
    void refreshAccount(const Account &account);
    const Account &account() const { return m_account; }
    ChangeGate &gate() { return m_gate; }
    const ChangeGate &gate() const { return m_gate; }

    // What a person asked for. When the verdict has a question, nothing was recorded or sent:
    // answer it (through gate(), or in answers for this request) and ask again. Otherwise
    // verdict.allowed is being recorded and then sent; with answers.skipMissingExternalIds,
    // verdict.missingExternalId are left as they are (nothing recorded, nothing sent).
    ChangeGate::Verdict request(const QList<LinkRequest> &requests,
        ChangeGate::Answers answers = {});
    // The unfinished plan of an earlier run of this merchant, completed (rows resolved as
    // resumed by the new ones). Same gate as request(), but their unlinks were confirmed when
    // they were asked for (so are those of retryUnfinished()).
    ChangeGate::Verdict resume(const RecoveryPlan &plan, ChangeGate::Answers answers = {});
    // What resume(plan) and retryUnfinished(which) would ask first (nothing recorded or sent).
    ChangeGate::Verdict checkResume(const RecoveryPlan &plan, ChangeGate::Answers answers = {}) const;
    ChangeGate::Verdict checkUnfinished(int which, ChangeGate::Answers answers = {}) const;
    // The cells of this run whose last change ended as which says, asked again.
    ChangeGate::Verdict retryUnfinished(int which = AllUnfinished,
        ChangeGate::Answers answers = {});
    // The requests retryUnfinished(which) would make (nothing is recorded or sent).
    QList<LinkRequest> unfinishedRequests(int which = AllUnfinished) const;
    int unfinishedCount(int which = AllUnfinished) const;

    // Stops sending: queued changes end unsent (recorded as cancelled), requests in flight are
    // abandoned (their outcome unknown).
    void stop();
    void pause();
    void resumeSending();

    // External outlet ids a person typed, filled or imported: into the table and, at once,
    // into the journal for this merchant.
    int setExternalIds(const QHash<QString, QString> &externalIdByOutlet);

    Progress progress() const { return m_progress; }
    bool isBusy() const;
    // Changes of this run refused before the journal recorded them (no external id, a journal
    // that could not be written), in order: the summary lists them as not sent, with why.
    const QList<RunSummary::Refusal> &refusals() const { return m_refusals; }

signals:
    void progressChanged();
    void busyChanged(bool busy);
    // The journal could not record a change (so it was not sent): its sentence.
    void journalProblem(const QString &message);

private:
    struct Asked
    {
        LinkRequest request;
        QList<qint64> resumes;
    };
    ChangeGate::Verdict ask(const QList<Asked> &asked, const QList<qint64> &superseded,
        ChangeGate::Answers answers);
    // Resumed and retried changes were confirmed when they were first asked for.
    static ChangeGate::Answers askedBefore(ChangeGate::Answers answers)
    {
        answers.unlinkConfirmed = true;
        return answers;
    }
    void onRecorded(const QList<LinkRequest> &requests, const QList<qint64> &rows, bool stopped);
    void stopUnsubmitted();
    void submitSome();
    void askToStart(const LinkOperation &operation);
    void onOperationUpdated(const LinkOperation &operation);
    void onOperationFinished(const LinkOperation &operation);
    void onSettled(const LinkRequest &request, RequestSettlement settlement, quint64 operationId);
    void changed();
    bool ours(qint64 row) const { return row > 0 && m_rows.contains(row); }

    LinkEngine *m_engine;
    JournalService *m_journal;
    OutletModel *m_model;
    Account m_account;
    JournalContext m_context;
    ChangeGate m_gate;
    Progress m_progress;
    int m_generation = 0; // begin() calls: answers for an earlier run are ignored
    int m_stops = 0; // stop() calls: changes recorded after a stop are not sent
    std::deque<LinkRequest> m_toSubmit; // recorded, not yet given to the engine
    bool m_submitScheduled = false;
    bool m_suspending = false; // begin() moving on: unsent changes stay planned
    QSet<qint64> m_rows; // this run's planned rows
    QHash<quint64, qint64> m_rowOfOperation;
    using Cell = QPair<QString, int>;
    struct UnfinishedChange
    {
        LinkRequest request;
        Unfinished kind;
    };
    void keepUnfinished(const LinkRequest &request, Unfinished kind);
    QHash<Cell, UnfinishedChange> m_unfinished; // last request of a cell that did not end as asked
    QSet<quint64> m_refusedByJournal; // operations the journal could not record: retryable
    bool m_busy = false;
    QList<RunSummary::Refusal> m_refusals;
};

} // namespace gobiz
