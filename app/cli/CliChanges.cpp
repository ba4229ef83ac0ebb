// gobiz-outlets link, unlink, apply and resume: the changes go through the wizard's ChangeGate
// (questions answered by --yes or on the terminal) and LinkRun (journal first, then GoBiz).
// Ctrl-C, --stop-on-error and a pause stop sending, wait for what is on the wire, and leave the
// rest planned in the journal for `resume`.
#include "CliRunner.h"

#include "cli/CliOutput.h"
#include "cli/Terminal.h"
#include "model/OutletModel.h"
#include "session/ChangeQuestions.h"
#include "session/WizardController.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace gobiz::cli {

void CliRunner::changeOutlets()
{
    const OutletModel &model = *m_controller->model();
    Group group;
    group.product = *m_command.product;
    group.action = m_command.verb == Verb::Link ? LinkAction::Link : LinkAction::Unlink;
    for (const QString &id : std::as_const(m_command.outlets)) {
        const int row = model.rowOf(id);
        if (row < 0) {
            fail(ExitCode::Usage,
                 PlanTr::tr("Outlet %1 is not one of this merchant's outlets.").arg(id) + u' '
                     + Tr::tr("Nothing was sent. gobiz-outlets outlets lists them."));
            return;
        }
        if (!group.rows.contains(row))
            group.rows.append(row);
    }
    if (!m_command.externalId.isEmpty())
        m_controller->applyExternalIds({{m_command.outlets.first(), m_command.externalId}});
    m_groups = {group};
    askQuestions();
}

void CliRunner::applyPlan()
{
    QFile file(m_command.planPath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(ExitCode::Usage, Tr::tr("%1: the plan cannot be read: %2")
                                  .arg(m_command.planPath, file.errorString()));
        return;
    }
    const OutletModel &model = *m_controller->model();
    QHash<QString, QString> known;
    for (int row = 0; row < model.rowCount(); ++row)
        known.insert(model.outlets().at(row).id, model.externalOutletId(row));
    const Plan plan = checkPlan(readPlan(file.readAll()), model.outlets(), known);
    for (const PlanProblem &problem : plan.problems)
        m_terminal->warning(describeProblem(m_command.planPath, problem));

    if (m_command.dryRun) {
        QList<LinkRequest> requests;
        for (const PlanRow &row : plan.rows)
            requests.append({row.outletId, row.product, row.action,
                             row.action == LinkAction::Link && row.externalId.isEmpty()
                                 ? known.value(row.outletId)
                                 : row.externalId});
        m_terminal->out(Output::plannedChanges(requests, m_command.format));
        m_terminal->message(Tr::tr("Dry run: %n change(s) would be sent", nullptr,
                                   int(plan.rows.size()))
                            + QStringLiteral(", ")
                            + Tr::tr("%n row(s) would be refused.", nullptr,
                                     int(plan.problems.size())));
        finish(plan.problems.isEmpty() ? ExitCode::Done : ExitCode::Usage);
        return;
    }
    if (!plan.problems.isEmpty()) {
        fail(ExitCode::Usage, Tr::tr("Nothing was sent: fix the %n row(s) above, or try the plan "
                                     "with --dry-run.",
                                     nullptr, int(plan.problems.size())));
        return;
    }
    QHash<QString, QString> externalIds;
    for (const PlanRow &row : plan.rows) {
        if (!row.externalId.isEmpty() && row.action == LinkAction::Link
            && row.externalId != known.value(row.outletId))
            externalIds.insert(row.outletId, row.externalId);
    }
    if (!externalIds.isEmpty())
        m_controller->applyExternalIds(externalIds);
    m_groups.clear();
    for (const PlanRow &row : plan.rows) {
        auto group = std::find_if(m_groups.begin(), m_groups.end(), [&row](const Group &g) {
            return g.product == row.product && g.action == row.action;
        });
        if (group == m_groups.end()) {
            m_groups.append({{}, row.product, row.action, false});
            group = m_groups.end() - 1;
        }
        group->rows.append(model.rowOf(row.outletId));
    }
    askQuestions();
}

void CliRunner::resumePlan()
{
    const RecoveryPlan &plan = m_controller->interrupted();
    if (plan.isEmpty()) {
        m_terminal->message(Tr::tr("Nothing to resume: the journal holds no unfinished change for "
                                   "%1.")
                                .arg(m_controller->primaryOutletName()));
        finish(ExitCode::Done);
        return;
    }
    m_terminal->message(plan.summary());
    m_resuming = true;
    askQuestions();
}

// Asks the gate's questions one by one (each answer changes the next verdict), then submits.
void CliRunner::askQuestions()
{
    if (m_finished)
        return;
    if (m_resuming) {
        const ChangeGate::Verdict verdict = m_controller->checkResume();
        if (!verdict.mayProceed() && !askQuestion(verdict, [this] { askQuestions(); }))
            return;
        if (verdict.mayProceed())
            submit();
        return;
    }
    for (Group &group : m_groups) {
        ChangeGate::Answers answers;
        answers.unlinkConfirmed = group.unlinkConfirmed;
        const ChangeGate::Verdict verdict = m_controller->checkChanges(group.rows, group.product,
                                                                       group.action, answers);
        if (verdict.question == ChangeGate::Question::MissingExternalIds) {
            QStringList ids;
            for (const LinkRequest &request : verdict.missingExternalId)
                ids.append(request.outletId);
            fail(ExitCode::Usage,
                 Tr::tr("A link needs the partner's external outlet id, and %n outlet(s) have "
                        "none: %1. Give it with --external-id, or use apply with a plan. Nothing "
                        "was sent.",
                        nullptr, int(ids.size()))
                     .arg(ids.join(QStringLiteral(", "))));
            return;
        }
        if (verdict.question == ChangeGate::Question::Unlink) {
            askQuestion(verdict, [this, &group] {
                group.unlinkConfirmed = true;
                askQuestions();
            });
            return;
        }
        if (!verdict.mayProceed()) {
            askQuestion(verdict, [this] { askQuestions(); });
            return;
        }
    }
    submit();
}

// Returns false when the question is being asked (confirmed() follows a yes).
bool CliRunner::askQuestion(const ChangeGate::Verdict &verdict, std::function<void()> confirmed)
{
    ChangeQuestions::Text question;
    std::function<void()> record;
    switch (verdict.question) {
    case ChangeGate::Question::Unlink:
        question = ChangeQuestions::unlink(verdict);
        break;
    case ChangeGate::Question::RolesMayNotLink:
        question = ChangeQuestions::rolesMayNotLink(m_controller->roles());
        record = [this] { m_controller->setRolesWarningAcknowledged(true); };
        break;
    case ChangeGate::Question::AutoAccept:
        question = ChangeQuestions::autoAccept(verdict.goFoodLinks);
        record = [this] { m_controller->setAutoAcceptConfirmed(true); };
        break;
    case ChangeGate::Question::MissingExternalIds:
    case ChangeGate::Question::None:
        return true;
    }
    const auto yes = [record, confirmed] {
        if (record)
            record();
        confirmed();
    };
    if (m_command.yes) {
        m_terminal->message(question.text); // confirmed with --yes: still said once
        yes();
        return false;
    }
    if (!m_terminal->isInteractive()) {
        fail(ExitCode::Usage, question.title + u'\n' + question.text + u' '
                                  + Tr::tr("Nothing was sent. Run again with --yes to confirm, "
                                           "or on a terminal to answer."));
        return false;
    }
    m_terminal->message(question.text);
    m_terminal->ask(question.title, [this, yes](bool answer) {
        if (answer)
            yes();
        else
            fail(ExitCode::Failed, Tr::tr("Nothing was sent."));
    });
    return false;
}

void CliRunner::submit()
{
    connect(m_controller.get(), &WizardController::runProgressChanged, this, &CliRunner::onProgress);
    connect(m_controller.get(), &WizardController::busyChanged, this, [this](bool busy) {
        if (!busy && !m_suspending)
            finishRun();
    });
    connect(m_controller.get(), &WizardController::runPaused, this, &CliRunner::onPaused);
    connect(m_controller.get(), &WizardController::journalProblemOccurred, this,
            [this](const QString &message) {
                m_terminal->warning(message);
                m_suspendCode = ExitCode::Journal;
            });
    connect(m_controller.get(), &WizardController::tokenRenewed, this,
            [this] { m_terminal->message(Tr::tr("The sign-in was renewed.")); });
    ChangeGate::Answers answers;
    int sent = 0;
    if (m_resuming) {
        sent = m_controller->resumeInterrupted(answers);
    } else {
        for (const Group &group : std::as_const(m_groups)) {
            answers.unlinkConfirmed = group.unlinkConfirmed;
            sent += m_controller->requestChanges(group.rows, group.product, group.action, answers);
        }
    }
    m_submitted = true;
    m_lastProgress.start();
    m_terminal->message(Tr::tr("Sending %n change(s)…", nullptr, sent));
    if (!m_controller->isBusy())
        QTimer::singleShot(0, this, [this] {
            if (!m_controller->isBusy() && !m_suspending)
                finishRun();
        });
}

void CliRunner::onProgress()
{
    const LinkRun::Progress progress = m_controller->runProgress();
    if (m_command.stopOnError && !m_suspending
        && progress.failed + progress.unknown + progress.notSent > 0) {
        m_terminal->warning(Tr::tr("A change failed: stopping (--stop-on-error)."));
        suspend(ExitCode::Failed);
    }
    if (m_suspending) {
        leaveIfQuiet();
        return;
    }
    if (!m_submitted)
        return;
    if (m_terminal->showsProgressBar()) {
        if (m_lastProgress.elapsed() >= 100 || progress.remaining == 0) {
            m_terminal->progress(Output::progressBar(progress, m_terminal->width()));
            m_lastProgress.restart();
        }
        return;
    }
    const int total = qMax(1, progress.total());
    const int tenth = (progress.total() - progress.remaining) * 10 / total;
    if (tenth != m_lastProgressTenth && progress.total() > 0) {
        m_lastProgressTenth = tenth;
        m_terminal->message(Output::progressLine(progress));
    }
}

void CliRunner::onPaused(const QString &message, bool needsToken)
{
    m_terminal->warning(message);
    if (needsToken)
        m_terminal->message(Tr::tr("GoBiz no longer accepts this token. Run gobiz-outlets resume "
                                   "with a new one; nothing asked for is lost."));
    suspend(needsToken ? ExitCode::SignIn : ExitCode::Partly);
}

void CliRunner::interrupt(int count)
{
    if (m_finished)
        return;
    if (!m_submitted) {
        m_terminal->message(Tr::tr("Interrupted. Nothing was sent."));
        finish(ExitCode::Interrupted);
        return;
    }
    if (count == 1 && m_controller->inFlightCount() > 0) {
        m_terminal->message(Tr::tr("Stopping: nothing more is sent; waiting for the %n "
                                   "request(s) on their way (Ctrl-C again stops waiting).",
                                   nullptr, m_controller->inFlightCount()));
    }
    if (count > 1) {
        // Stop waiting: those requests are abandoned, their outcome unknown (GoBiz may have
        // applied them); the report lists them as unknown.
        m_abandoned = m_controller->inFlightCount();
        m_leaving = true;
    }
    suspend(ExitCode::Interrupted);
}

void CliRunner::suspend(ExitCode code)
{
    if (!m_suspending || code == ExitCode::Interrupted)
        m_suspendCode = code;
    m_suspending = true;
    m_controller->pauseSending();
    leaveIfQuiet();
}

void CliRunner::leaveIfQuiet()
{
    if (m_finished || (!m_leaving && m_controller->inFlightCount() > 0))
        return;
    m_leaving = true;
    finishRun();
}

void CliRunner::finishRun()
{
    if (m_finished)
        return;
    disconnect(m_controller.get(), &WizardController::runProgressChanged, this, nullptr);
    m_terminal->endProgress();
    connect(m_controller.get(), &WizardController::reportReady, this, [this] {
        rememberRun();
        printResults();
        const LinkRun::Progress progress = m_controller->runProgress();
        ExitCode code = runExitCode();
        if (m_suspending) {
            // What was not sent stays planned in the journal, this merchant's plan.
            const int left = progress.remaining;
            m_controller->startNextMerchant();
            if (left > 0)
                m_terminal->message(Tr::tr("%n change(s) not sent stay planned in the journal. "
                                           "Run gobiz-outlets resume to complete them.",
                                           nullptr, left));
            if (m_abandoned > 0)
                m_terminal->message(Tr::tr("%n request(s) were still on their way when waiting "
                                           "stopped: GoBiz may or may not have applied them "
                                           "(unknown in the results). Run the same command "
                                           "again to send them.",
                                           nullptr, m_abandoned));
            code = m_suspendCode == ExitCode::Interrupted ? ExitCode::Interrupted
                : m_suspendCode == ExitCode::SignIn         ? ExitCode::SignIn
                : m_suspendCode == ExitCode::Journal        ? ExitCode::Journal
                : progress.done > 0                         ? ExitCode::Partly
                                                            : ExitCode::Failed;
        } else if (m_suspendCode == ExitCode::Journal && code != ExitCode::Done) {
            code = ExitCode::Journal;
        }
        finish(code);
    }, Qt::SingleShotConnection);
    m_controller->prepareReport();
}

ExitCode CliRunner::runExitCode() const
{
    const LinkRun::Progress progress = m_controller->runProgress();
    const int unfinished = progress.failed + progress.unknown + progress.notSent + progress.stopped
        + progress.remaining;
    if (unfinished == 0)
        return ExitCode::Done;
    return progress.done > 0 ? ExitCode::Partly : ExitCode::Failed;
}

void CliRunner::printResults()
{
    const RunSummary::Report &report = m_controller->report();
    m_terminal->out(Output::results(report, m_command.format));
    m_terminal->message(RunSummary::countsText(report));
    if (const QString reminder = RunSummary::autoAcceptReminder(report); !reminder.isEmpty())
        m_terminal->message(reminder);
}

void CliRunner::rememberRun()
{
    const Account &account = m_controller->account();
    m_settings.beginGroup(QStringLiteral("cli/lastRun"));
    m_settings.setValue(QStringLiteral("session"), account.session);
    m_settings.setValue(QStringLiteral("environment"), account.environment.key());
    m_settings.setValue(QStringLiteral("baseUrl"), account.environment.baseUrl());
    m_settings.setValue(QStringLiteral("merchantKey"), account.merchantKey);
    m_settings.setValue(QStringLiteral("merchantName"), account.merchantName);
    m_settings.setValue(QStringLiteral("roles"), account.roles);
    m_settings.endGroup();
    m_settings.sync();
}

} // namespace gobiz::cli
