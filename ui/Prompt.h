#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace gobiz::ui {

// Questions and file choices that never block: a window-modal dialog opened with open(), whose
// answer arrives in a callback. No exec(), no nested event loop.
//
// Test seam (after KeePassXC's MessageBox::setNextAnswer): tests queue answers with
// setNextAnswer()/setNextSaveFile(); a queued answer is delivered (from the event loop, like a
// real click) without showing anything. asked() records every question's id so a test can check
// that a confirmation was, or was not, asked.
class Prompt
{
public:
    struct Choice
    {
        int id;
        QString text;
        QMessageBox::ButtonRole role;
    };

    // Ids of the questions the wizard asks (stable, for tests and logs).
    static constexpr const char *autoAcceptId = "auto-accept";
    static constexpr const char *rolesWarningId = "roles-warning";
    static constexpr const char *closeWhileBusyId = "close-while-busy";
    static constexpr const char *missingExternalIdsId = "missing-external-ids";
    static constexpr const char *unlinkId = "unlink";
    static constexpr const char *closeUnsavedId = "close-unsaved-report";
    static constexpr const char *nextMerchantId = "next-merchant";

    // choices: the first is the default button; the one with RejectRole answers Escape.
    // done(id) is called once; with Escape or the window closed it gets the RejectRole choice.
    // context: the callback is dropped if context is destroyed first.
    static void ask(QWidget *parent, const char *questionId, QMessageBox::Icon icon,
                    const QString &title, const QString &text, const QList<Choice> &choices,
                    std::function<void(int)> done, const QString &informativeText = {});

    // A save dialog (QFileDialog::open); done(path) with an empty path when cancelled.
    static void saveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QStringList &nameFilters, std::function<void(QString)> done);
    // The same, offering the file types with selectedFilter chosen first; done(path, nameFilter)
    // with the type the person chose (both empty when cancelled).
    static void saveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QStringList &nameFilters, const QString &selectedFilter,
                         std::function<void(QString, QString)> done);
    // An open dialog for one existing file.
    static void openFile(QWidget *parent, const QString &title, const QStringList &nameFilters,
                         std::function<void(QString)> done);

    // --- test seam
    static void setNextAnswer(int choiceId);
    static void setNextSaveFile(const QString &path); // also used by openFile
    // ...answered with that file type (one of the dialog's name filters).
    static void setNextSaveFile(const QString &path, const QString &nameFilter);
    static QStringList asked();
    // The title and text of the last question with this id, and the choices it offered.
    static QString lastText(const char *questionId);
    static QList<int> lastChoices(const char *questionId);
    static void clearTestState();
};

} // namespace gobiz::ui
