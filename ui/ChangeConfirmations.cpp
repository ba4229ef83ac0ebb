#include "ChangeConfirmations.h"

#include "session/ChangeQuestions.h"

#include "OutletTablePanel.h"
#include "model/OutletModel.h"
#include "session/LinkRun.h"
#include "session/TokenAdvice.h"
#include "session/WizardController.h"

#include <algorithm>

namespace gobiz::ui {

ChangeConfirmations::ChangeConfirmations(WizardController *controller, QWidget *dialogParent)
    : QObject(dialogParent),
      m_controller(controller),
      m_dialogParent(dialogParent)
{
}

void ChangeConfirmations::requestChange(const QList<int> &sourceRows, Product product,
                                        LinkAction action)
{
    if (sourceRows.isEmpty()) {
        emit notice(InlineMessage::Type::Info, tr("Select one or more outlets in the table first."));
        return;
    }
    Pending change;
    change.rows = sourceRows;
    change.product = product;
    change.action = action;
    m_pending.append(change);
    process();
}

void ChangeConfirmations::resumeInterrupted()
{
    if (m_controller->interrupted().isEmpty())
        return;
    Pending resume;
    resume.kind = Kind::Resume;
    m_pending.append(resume);
    process();
}

void ChangeConfirmations::retryUnfinished(int which)
{
    Pending retry;
    retry.kind = Kind::Unfinished;
    retry.which = which;
    m_pending.append(retry);
    process();
}

// What the core's gate needs before this request may go (the page only asks the person).
ChangeGate::Verdict ChangeConfirmations::verdictFor(const Pending &pending) const
{
    switch (pending.kind) {
    case Kind::Resume:
        return m_controller->checkResume(pending.answers);
    case Kind::Unfinished:
        return m_controller->checkUnfinished(pending.which, pending.answers);
    case Kind::Rows:
        break;
    }
    return m_controller->checkChanges(pending.rows, pending.product, pending.action,
                                      pending.answers);
}

void ChangeConfirmations::process()
{
    while (!m_asking && !m_pending.isEmpty()) {
        const ChangeGate::Verdict verdict = verdictFor(m_pending.first());
        switch (verdict.question) {
        case ChangeGate::Question::MissingExternalIds:
            askMissingExternalIds(verdict);
            return;
        case ChangeGate::Question::Unlink:
            askUnlink(verdict);
            return;
        case ChangeGate::Question::RolesMayNotLink:
            askRoles();
            return;
        case ChangeGate::Question::AutoAccept:
            askAutoAccept();
            return;
        case ChangeGate::Question::None:
            break;
        }
        submit(m_pending.takeFirst());
    }
}

void ChangeConfirmations::ask(const char *questionId, QMessageBox::Icon icon, const QString &title,
                              const QString &text, const QList<Prompt::Choice> &choices,
                              std::function<void(int)> answered)
{
    m_asking = true;
    Prompt::ask(m_dialogParent, questionId, icon, title, text, choices,
                [this, answered](int answer) {
                    m_asking = false;
                    answered(answer);
                    process();
                });
}

void ChangeConfirmations::askMissingExternalIds(const ChangeGate::Verdict &verdict)
{
    const int missing = int(verdict.missingExternalId.size());
    const int others = int(verdict.allowed.size());
    QList<Prompt::Choice> choices{{Confirm, tr("&Fill them in now…"), QMessageBox::AcceptRole}};
    if (others > 0)
        choices.append({SendOthers, tr("&Send the other %n", nullptr, others),
                        QMessageBox::ActionRole});
    choices.append({Decline, tr("&Cancel"), QMessageBox::RejectRole});
    QList<int> rows;
    for (const LinkRequest &request : verdict.missingExternalId)
        rows.append(m_controller->model()->rowOf(request.outletId));
    ask(Prompt::missingExternalIdsId, QMessageBox::Question,
        tr("%n outlet(s) need an external outlet ID first", nullptr, missing),
        tr("GoBiz links an outlet only with the partner's external outlet ID, and %n of the "
           "outlets you are linking have none yet. Fill them in now, and the link goes on with "
           "them; nothing has been sent.",
           nullptr, missing),
        choices, [this, rows](int answer) {
            if (answer == SendOthers) {
                m_pending.first().answers.skipMissingExternalIds = true;
            } else if (answer == Confirm) {
                m_asking = true; // the fill dialog answers through fillFinished()
                emit fillRequested(rows);
            } else {
                m_pending.removeFirst();
                emit notice(InlineMessage::Type::Info, tr("Nothing was sent."));
            }
        });
}

void ChangeConfirmations::fillFinished(bool filled)
{
    if (!m_asking || m_pending.isEmpty())
        return;
    m_asking = false;
    if (!filled) {
        m_pending.removeFirst();
        emit notice(InlineMessage::Type::Info, tr("Nothing was sent."));
    }
    process(); // with the ids filled in, the same request is asked again
}

void ChangeConfirmations::askUnlink(const ChangeGate::Verdict &verdict)
{
    const int unlinks = verdict.unlinks;
    const ChangeQuestions::Text question = ChangeQuestions::unlink(verdict);
    // Cancel first: it is the default, so Enter pressed out of habit unlinks nothing.
    ask(Prompt::unlinkId, QMessageBox::Warning, question.title, question.text,
        {{Decline, tr("&Cancel"), QMessageBox::RejectRole},
         {Confirm, tr("&Unlink %n outlet(s)", nullptr, unlinks), QMessageBox::DestructiveRole}},
        [this](int answer) {
            if (answer == Confirm) {
                m_pending.first().answers.unlinkConfirmed = true;
            } else {
                m_pending.removeFirst();
                emit notice(InlineMessage::Type::Info, tr("Nothing was unlinked."));
            }
        });
}

void ChangeConfirmations::askRoles()
{
    const ChangeQuestions::Text question = ChangeQuestions::rolesMayNotLink(m_controller->roles());
    ask(Prompt::rolesWarningId, QMessageBox::Warning, question.title, question.text,
        {{Decline, tr("&Don't send"), QMessageBox::RejectRole},
         {Confirm, tr("Send &anyway"), QMessageBox::AcceptRole}},
        [this](int answer) {
            if (answer == Confirm) {
                m_controller->setRolesWarningAcknowledged(true);
            } else {
                m_pending.clear();
                emit notice(InlineMessage::Type::Info, tr("Nothing was sent."));
            }
        });
}

void ChangeConfirmations::askAutoAccept()
{
    int outlets = 0;
    for (const Pending &pending : std::as_const(m_pending))
        outlets += verdictFor(pending).goFoodLinks;
    const ChangeQuestions::Text question = ChangeQuestions::autoAccept(outlets);
    ask(Prompt::autoAcceptId, QMessageBox::Question, question.title, question.text,
        {{Confirm, tr("&Link and use Auto Accept"), QMessageBox::AcceptRole},
         {Decline, tr("&Cancel"), QMessageBox::RejectRole}},
        [this](int answer) {
            if (answer == Confirm) {
                m_controller->setAutoAcceptConfirmed(true);
                return;
            }
            // A declined resume or retry stays on offer: nothing unfinished is dropped.
            m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                           [this](const Pending &pending) {
                                               return verdictFor(pending).goFoodLinks > 0;
                                           }),
                            m_pending.end());
            emit notice(InlineMessage::Type::Info, tr("Nothing was linked to GoFood."));
        });
}

void ChangeConfirmations::submit(const Pending &pending)
{
    switch (pending.kind) {
    case Kind::Resume: {
        const int resumed = m_controller->resumeInterrupted(pending.answers);
        emit submitted();
        emit notice(InlineMessage::Type::Info,
                    tr("Sending %n interrupted change(s) again.", nullptr, resumed));
        break;
    }
    case Kind::Unfinished: {
        const int sent = m_controller->retryUnfinished(pending.which, pending.answers);
        emit submitted();
        emit notice(InlineMessage::Type::Info,
                    pending.which == LinkRun::StoppedChanges
                        ? tr("Sending %n stopped change(s).", nullptr, sent)
                        : tr("Sending %n change(s) again.", nullptr, sent));
        break;
    }
    case Kind::Rows:
        m_controller->requestChanges(pending.rows, pending.product, pending.action,
                                     pending.answers);
        emit submitted();
        break;
    }
}

} // namespace gobiz::ui
