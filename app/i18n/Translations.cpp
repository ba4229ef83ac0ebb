#include "Translations.h"

#include "diagnostics/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace gobiz::i18n {

namespace {

const QString english = QStringLiteral("en");
const QString indonesian = QStringLiteral("id");

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}

// Loads fileName + ".qm" (exactly: no fallback to a shorter name) from the first directory that
// has it; installs it on success.
bool install(const QString &fileName, const QStringList &directories)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    for (const QString &directory : directories) {
        if (translator->load(fileName, directory, QString(), QStringLiteral(".qm"))) {
            QCoreApplication::installTranslator(translator);
            installed().append(translator);
            qCDebug(lcUi).noquote() << "translation" << translator->filePath();
            return true;
        }
    }
    delete translator;
    return false;
}

// The first of the person's preferred UI languages (LANGUAGE, LC_MESSAGES, LC_ALL, LANG) that the
// wizard has; English when none.
QString systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Indonesian)
            return indonesian;
        if (language == QLocale::English)
            return english;
    }
    return english;
}

} // namespace

QStringList availableLanguages()
{
    return {english, indonesian};
}

QString installTranslations(const QString &language)
{
    removeInstalled();

    QString chosen = language.toLower();
    if (chosen.isEmpty()) {
        chosen = systemLanguage();
    } else {
        if (!availableLanguages().contains(chosen)) {
            qCWarning(lcUi).noquote() << "no translation for" << language << "- using English";
            chosen = english;
        }
        QLocale::setDefault(QLocale(chosen));
    }

    // English needs its catalogue too: it holds the plural forms of the "%n …" messages.
    const QString ours = QStringLiteral("gobiz_") + chosen;
    if (!install(ours, {QStringLiteral(":/i18n")}))
        qCWarning(lcUi).noquote() << "the translation" << ours << "is missing from the build";

    // Qt's own strings. Debian's qt6-translations-l10n has none for Indonesian; when a system one
    // exists it wins, otherwise the catalogue compiled in from resources/translations/.
    if (chosen != english) {
        const QString qt = QStringLiteral("qtbase_") + chosen;
        install(qt,
                {QLibraryInfo::path(QLibraryInfo::TranslationsPath), QStringLiteral(":/i18n")});
    }
    return chosen;
}

QString languageArgument(const QStringList &arguments)
{
    const auto choice = [](const QString &value) { return value.trimmed().toLower(); };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--lang" || argument == u"-lang")
            return i + 1 < arguments.size() ? choice(arguments.at(i + 1)) : QString();
        if (argument.startsWith(u"--lang="))
            return choice(argument.mid(7));
    }
    return {};
}

bool isKnownLanguage(const QString &language)
{
    return language.isEmpty() || availableLanguages().contains(language);
}

} // namespace gobiz::i18n
