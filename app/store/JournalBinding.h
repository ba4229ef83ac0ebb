#pragma once

#include "model/OutletModel.h"
#include "store/LinkJournal.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace gobiz {

class LinkEngine;

// Connects a LinkEngine to a LinkJournal: installs the engine's StartGuard, so an operation is
// written as started before its request is sent (and refused, unsent, when it cannot be), and
// records every attempt and outcome from the engine's signals. One binding per engine.
class JournalBinding : public QObject
{
    Q_OBJECT
public:
    JournalBinding(LinkJournal *journal, LinkEngine *engine, QObject *parent = nullptr);
    ~JournalBinding() override; // removes the StartGuard

    // Environment, merchant and user labels written with each operation.
    void setContext(const JournalContext &context) { m_context = context; }
    const JournalContext &context() const { return m_context; }

    // When the journal refuses an operation, pause the engine at once, so the rest stay
    // pending instead of failing one by one. Default on.
    void setPauseEngineOnProblem(bool pause) { m_pauseOnProblem = pause; }

    // The next operation started for (outletId, product) resumes these unfinished rows: they
    // are resolved as resumed in the same transaction that records its start. Used by
    // RecoveryPlan::resume().
    void expectResumption(const QString &outletId, Product product, const QList<qint64> &rows);
    int pendingResumptions() const { return int(m_resumptions.size()); }

    LinkJournal *journal() const { return m_journal; }
    LinkEngine *engine() const { return m_engine; }

signals:
    // The journal refused an operation or lost a write; a sentence for the person.
    void journalProblem(const QString &message);

private:
    using Key = QPair<QString, int>;
    QString guard(const LinkOperation &operation);
    void onUpdated(const LinkOperation &operation);
    void onFinished(const LinkOperation &operation);

    QPointer<LinkJournal> m_journal;
    QPointer<LinkEngine> m_engine;
    JournalContext m_context;
    QHash<Key, QList<qint64>> m_resumptions;
    bool m_pauseOnProblem = true;
};

// The cell a product column shows for what the journal last confirmed.
OutletModel::ProductCell productCellFor(const JournalState &state);

// Sets every product cell of the model's outlets from the journal's latest states for
// environment (and merchant, when given). External outlet ids recorded with a confirmed link
// fill the model's empty ones. Returns the number of cells restored.
int restoreModelFromJournal(OutletModel &model, const LinkJournal &journal,
    const QString &environment, const QString &merchant = {});

} // namespace gobiz
