#pragma once

#include <QString>
#include <QStringList>

namespace gobiz::i18n {

// The languages of the wizard and gobiz-outlets: English (the source text) and Bahasa Indonesia.
// The catalogues are compiled into the gobiz_i18n library (":/i18n/gobiz_<lang>.qm", see
// resources/translations/), which needs no widgets, so the command line loads the same ones.
//
// installTranslations() picks the language ("en" or "id" from --lang; empty: the first of the
// system's UI languages that the wizard has, else English), installs the wizard's catalogue and
// Qt's own strings (QWizard's Back/Next, dialog buttons, context menus) for it, and returns the
// language now in effect. An explicit language also becomes the default QLocale, so numbers and
// dates follow it. Calling it again replaces the translators of the earlier call (tests switch
// languages in one process). Call it before creating widgets: texts are set when a widget is
// built.
QString installTranslations(const QString &language = {});

// "en", "id".
QStringList availableLanguages();

// The value of --lang ("--lang id", "--lang=id", any case), read from the program's arguments
// before their parser, so that --help is translated. Empty when it is not given.
QString languageArgument(const QStringList &arguments);
// Empty (the system's choice) or one of availableLanguages().
bool isKnownLanguage(const QString &language);

} // namespace gobiz::i18n

// The wizard's code names them gobiz::ui::installTranslations / availableLanguages.
namespace gobiz::ui {
using gobiz::i18n::availableLanguages;
using gobiz::i18n::installTranslations;
} // namespace gobiz::ui
