#pragma once

#include "InlineMessage.h"
#include "Prompt.h"
#include "api/Product.h"
#include "session/ChangeGate.h"

#include <QObject>

#include <functional>

class QWidget;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

// What the outlets page asks before anything is sent. Every change (a check cell, a bulk
// action), the resumption of an earlier run's changes and every retry queue here, and leave only
// once the core's ChangeGate has no question left for them: first what is missing (external
// outlet ids: fill them in now, or send the others), then an unlink's confirmation (every time,
// naming how many outlets), the roles warning (once per run) and Auto Accept (before the first
// GoFood link of the run). The page only shows the questions; the gate decides which to ask.
class ChangeConfirmations : public QObject
{
    Q_OBJECT
public:
    // Prompt answers.
    enum Answer { Confirm = 1, Decline = 2, SendOthers = 3 };

    ChangeConfirmations(WizardController *controller, QWidget *dialogParent);

    void requestChange(const QList<int> &sourceRows, Product product, LinkAction action);
    void resumeInterrupted();
    void retryUnfinished(int which); // LinkRun::Unfinished flags

    // The fill dialog asked for by fillRequested() closed: with ids filled the request goes on
    // (asked again with them), without it nothing of it is sent.
    void fillFinished(bool filled);

signals:
    void notice(gobiz::ui::InlineMessage::Type type, const QString &text);
    // External outlet ids are missing for these model rows: the page opens the fill dialog and
    // answers with fillFinished().
    void fillRequested(const QList<int> &sourceRows);
    // Something was handed to the core: the page's last notice is stale (a notice about what
    // was handed over may follow).
    void submitted();

private:
    enum class Kind { Rows, Resume, Unfinished };
    struct Pending
    {
        Kind kind = Kind::Rows;
        QList<int> rows;
        Product product = Product::GoFood;
        LinkAction action = LinkAction::Link;
        int which = 0; // Unfinished: LinkRun::Unfinished flags
        ChangeGate::Answers answers;
    };

    void process();
    ChangeGate::Verdict verdictFor(const Pending &pending) const;
    void askMissingExternalIds(const ChangeGate::Verdict &verdict);
    void askUnlink(const ChangeGate::Verdict &verdict);
    void askRoles();
    void askAutoAccept();
    void ask(const char *questionId, QMessageBox::Icon icon, const QString &title,
             const QString &text, const QList<Prompt::Choice> &choices,
             std::function<void(int)> answered);
    void submit(const Pending &pending);

    WizardController *m_controller;
    QWidget *m_dialogParent;
    QList<Pending> m_pending; // requests waiting for an answer
    bool m_asking = false; // a question (or the fill dialog) is open
};

} // namespace gobiz::ui
