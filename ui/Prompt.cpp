#include "Prompt.h"

#include "diagnostics/Logging.h"

#include <QHash>
#include <QApplication>
#include <QFileDialog>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace gobiz::ui {

namespace {
struct FileAnswer
{
    QString path;
    QString nameFilter; // empty: the filter the dialog would have selected
};
QList<int> nextAnswers;
QList<FileAnswer> nextFiles;
QStringList askedIds;
QHash<QString, QPair<QString, QList<int>>> askedLast; // text and choices, by question id

// A file dialog opened with open(); done(path) once, with an empty path when cancelled. A queued
// test answer (setNextSaveFile) is delivered instead, from the event loop.
void chooseFile(QWidget *parent, QFileDialog::AcceptMode acceptMode, QFileDialog::FileMode fileMode,
                const QString &title, const QString &suggestedPath, const QStringList &nameFilters,
                const QString &selectedFilter, std::function<void(QString, QString)> done)
{
    if (!nextFiles.isEmpty()) {
        FileAnswer answer = nextFiles.takeFirst();
        if (answer.nameFilter.isEmpty())
            answer.nameFilter = selectedFilter.isEmpty() ? nameFilters.value(0) : selectedFilter;
        QTimer::singleShot(0, parent ? static_cast<QObject *>(parent) : qApp,
                           [done, answer] { done(answer.path, answer.nameFilter); });
        return;
    }
    auto *dialog = new QFileDialog(parent, title, suggestedPath);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(acceptMode);
    dialog->setFileMode(fileMode);
    dialog->setNameFilters(nameFilters);
    if (!selectedFilter.isEmpty())
        dialog->selectNameFilter(selectedFilter);
    auto delivered = std::make_shared<bool>(false);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [dialog, done, delivered](const QString &path) {
                         *delivered = true;
                         done(path, dialog->selectedNameFilter());
                     });
    QObject::connect(dialog, &QObject::destroyed, dialog, [done, delivered] {
        if (!*delivered)
            done(QString(), QString());
    });
    dialog->open();
}
} // namespace

void Prompt::ask(QWidget *parent, const char *questionId, QMessageBox::Icon icon,
                 const QString &title, const QString &text, const QList<Choice> &choices,
                 std::function<void(int)> done, const QString &informativeText)
{
    askedIds.append(QString::fromLatin1(questionId));
    QList<int> offered;
    for (const Choice &choice : choices)
        offered.append(choice.id);
    askedLast.insert(QString::fromLatin1(questionId), {title + u'\n' + text, offered});
    qCDebug(lcUi) << "asking" << questionId;
    QPointer<QWidget> context(parent);
    const bool hasParent = parent != nullptr;
    if (!nextAnswers.isEmpty()) {
        const int answer = nextAnswers.takeFirst();
        QTimer::singleShot(0, parent ? static_cast<QObject *>(parent) : qApp, [context, hasParent, done, answer] {
            if (!hasParent || context)
                done(answer);
        });
        return;
    }
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setWindowModality(Qt::WindowModal);
    if (!informativeText.isEmpty())
        box->setInformativeText(informativeText);
    int rejectId = choices.isEmpty() ? 0 : choices.last().id;
    QHash<QAbstractButton *, int> ids;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const Choice &choice = choices.at(i);
        QPushButton *button = box->addButton(choice.text, choice.role);
        ids.insert(button, choice.id);
        if (i == 0)
            box->setDefaultButton(button);
        if (choice.role == QMessageBox::RejectRole) {
            box->setEscapeButton(button);
            rejectId = choice.id;
        }
    }
    // The answer is delivered from the event loop with the parent as context: a box closed by
    // its parent's destructor (the wizard closing) emits finished() while the parent is half
    // destroyed, and Qt then drops the queued call instead of running it on a dead object.
    auto delivered = std::make_shared<bool>(false);
    const auto deliver = [done, delivered, context, hasParent](int id) {
        if (*delivered || (hasParent && !context))
            return;
        *delivered = true;
        QObject *receiver = hasParent ? static_cast<QObject *>(context.data()) : qApp;
        QTimer::singleShot(0, receiver, [done, id] { done(id); });
    };
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [ids, deliver](QAbstractButton *button) { deliver(ids.value(button)); });
    // Escape, or the window closed without a click.
    QObject::connect(box, &QDialog::finished, box, [deliver, rejectId] { deliver(rejectId); });
    box->open();
}

void Prompt::saveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                      const QStringList &nameFilters, std::function<void(QString)> done)
{
    chooseFile(parent, QFileDialog::AcceptSave, QFileDialog::AnyFile, title, suggestedPath,
               nameFilters, QString(), [done](const QString &path, const QString &) { done(path); });
}

void Prompt::saveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                      const QStringList &nameFilters, const QString &selectedFilter,
                      std::function<void(QString, QString)> done)
{
    chooseFile(parent, QFileDialog::AcceptSave, QFileDialog::AnyFile, title, suggestedPath,
               nameFilters, selectedFilter, std::move(done));
}

void Prompt::openFile(QWidget *parent, const QString &title, const QStringList &nameFilters,
                      std::function<void(QString)> done)
{
    chooseFile(parent, QFileDialog::AcceptOpen, QFileDialog::ExistingFile, title, QString(),
               nameFilters, QString(), [done](const QString &path, const QString &) { done(path); });
}

void Prompt::setNextAnswer(int choiceId)
{
    nextAnswers.append(choiceId);
}

void Prompt::setNextSaveFile(const QString &path)
{
    nextFiles.append({path, QString()});
}

void Prompt::setNextSaveFile(const QString &path, const QString &nameFilter)
{
    nextFiles.append({path, nameFilter});
}

QString Prompt::lastText(const char *questionId)
{
    return askedLast.value(QString::fromLatin1(questionId)).first;
}

QList<int> Prompt::lastChoices(const char *questionId)
{
    return askedLast.value(QString::fromLatin1(questionId)).second;
}

QStringList Prompt::asked()
{
    return askedIds;
}

void Prompt::clearTestState()
{
    nextAnswers.clear();
    nextFiles.clear();
    askedIds.clear();
    askedLast.clear();
}

} // namespace gobiz::ui
