#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace gobiz::sandbox::LoginPages {

// The HTML of the sandbox's GoAuth login and of its broker: plain pages that work without
// JavaScript, one form POST per step, every echoed value escaped, and stable element ids for
// browser tests: phone, send-code, otp-shown, otp, verify, allow, deny, another, continue,
// pairing-code, message (present only when there is one), fixture-phones.
// English, or Bahasa Indonesia for ui_locales=id. Pure functions: values in, page out.

enum class Language { English, Indonesian };
Language languageOf(const QString &uiLocale); // "id" -> Indonesian, anything else English

struct PhoneEntry
{
    QString phone;
    QString name;
    QStringList roles;
    QString merchant;
};

// Step 1: the phone number. message: e.g. notRegistered(), shown in #message.
QByteArray phonePage(Language language, const QString &transaction, const QString &typedPhone,
    const QString &message, const QList<PhoneEntry> &phones);
// Step 2: the code "sent" to the phone, shown on the page (#otp-shown), and the field for it.
QByteArray otpPage(Language language, const QString &transaction, const QString &phone,
    const QString &otp, const QString &message);
// Step 3: consent. remembered: the person came back with the browser cookie.
QByteArray consentPage(Language language, const QString &transaction, const QString &clientId,
    const QString &name, const QString &phone, const QString &scope, bool remembered);
QByteArray errorPage(Language language, const QString &detail);

// The broker's login_url page: the pairing code and a Continue link to GoAuth.
QByteArray brokerLoginPage(Language language, const QString &pairingCode,
    const QString &deviceName, const QUrl &continueUrl);
enum class BrokerOutcome { SignedIn, Denied, Failed };
QByteArray brokerDonePage(Language language, BrokerOutcome outcome, const QString &detail = {});

// Sentences the flow puts into #message.
QString notRegistered(Language language, const QString &typedPhone);
QString wrongCode(Language language);
QString expiredPage(Language language);

} // namespace gobiz::sandbox::LoginPages
