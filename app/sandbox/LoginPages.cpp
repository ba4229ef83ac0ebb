#include "sandbox/LoginPages.h"

using namespace Qt::StringLiterals;

namespace gobiz::sandbox::LoginPages {

namespace {

enum class Text {
    Title,
    Banner,
    PhoneLabel,
    SendCode,
    FixturePhones,
    OtpSent,
    OtpShown,
    OtpLabel,
    Verify,
    OtherNumber,
    ConsentTitle,
    ConsentIntro,
    SignedInAs,
    Allow,
    Deny,
    AnotherAccount,
    ErrorTitle,
    NotRegistered,
    WrongCode,
    Expired,
    BrokerTitle,
    BrokerCode,
    BrokerDevice,
    Continue,
    DoneTitle,
    DoneSignedIn,
    DoneDenied,
    DoneFailed,
    ScopeOpenId,
    ScopeOffline,
    ScopeOutletRead,
    ScopeOutletWrite,
};

struct TextRow
{
    Text text;
    const char16_t *english;
    const char16_t *indonesian;
};

// Not tr(): these pages are GoBiz's (played by the sandbox), not the wizard's, and GoBiz
// offers exactly these two languages.
constexpr TextRow texts[] = {
    {Text::Title, u"Sign in to GoBiz", u"Masuk ke GoBiz"},
    {Text::Banner, u"GoBiz sandbox: a local test server, not the real GoBiz.",
        u"Sandbox GoBiz: server uji lokal, bukan GoBiz yang asli."},
    {Text::PhoneLabel, u"Phone number registered in GoBiz", u"Nomor HP yang terdaftar di GoBiz"},
    {Text::SendCode, u"Send code", u"Kirim kode"},
    {Text::FixturePhones, u"Phone numbers in this sandbox:", u"Nomor HP di sandbox ini:"},
    {Text::OtpSent, u"We sent a 6-digit code to %1.", u"Kami telah mengirim kode 6 digit ke %1."},
    {Text::OtpShown, u"This is a sandbox, so here is the code:",
        u"Ini sandbox, jadi kodenya ditampilkan di sini:"},
    {Text::OtpLabel, u"Verification code", u"Kode verifikasi"},
    {Text::Verify, u"Verify", u"Verifikasi"},
    {Text::OtherNumber, u"Use another number", u"Pakai nomor lain"},
    {Text::ConsentTitle, u"Allow access?", u"Izinkan akses?"},
    {Text::ConsentIntro, u"%1 wants to:", u"%1 ingin:"},
    {Text::SignedInAs, u"Signed in as %1 (%2)", u"Masuk sebagai %1 (%2)"},
    {Text::Allow, u"Allow", u"Izinkan"},
    {Text::Deny, u"Deny", u"Tolak"},
    {Text::AnotherAccount, u"Use another account", u"Gunakan akun lain"},
    {Text::ErrorTitle, u"This sign-in cannot continue", u"Proses masuk tidak dapat dilanjutkan"},
    {Text::NotRegistered, u"The number %1 is not registered in GoBiz. Check the number and try again.",
        u"Nomor %1 tidak terdaftar di GoBiz. Periksa nomornya lalu coba lagi."},
    {Text::WrongCode, u"That code is not right. Type the code shown on this page.",
        u"Kode itu salah. Ketik kode yang ditampilkan di halaman ini."},
    {Text::Expired, u"This sign-in page has expired. Start again from the app.",
        u"Halaman masuk ini sudah kedaluwarsa. Mulai lagi dari aplikasi."},
    {Text::BrokerTitle, u"Sign in with GoBiz", u"Masuk dengan GoBiz"},
    {Text::BrokerCode, u"Check that the wizard shows this code:",
        u"Pastikan wizard menampilkan kode ini:"},
    {Text::BrokerDevice, u"Requested from: %1", u"Diminta dari: %1"},
    {Text::Continue, u"Continue to the GoBiz sign-in", u"Lanjut ke halaman masuk GoBiz"},
    {Text::DoneTitle, u"GoBiz sign-in", u"Masuk GoBiz"},
    {Text::DoneSignedIn, u"You are signed in. Go back to the wizard.",
        u"Anda sudah masuk. Kembali ke wizard."},
    {Text::DoneDenied, u"Access was denied. Go back to the wizard to start again.",
        u"Akses ditolak. Kembali ke wizard untuk memulai lagi."},
    {Text::DoneFailed, u"The sign-in did not complete. Go back to the wizard to start again.",
        u"Proses masuk tidak selesai. Kembali ke wizard untuk memulai lagi."},
    {Text::ScopeOpenId, u"Know who you are", u"Mengetahui siapa Anda"},
    {Text::ScopeOffline, u"Stay signed in", u"Tetap masuk"},
    {Text::ScopeOutletRead, u"See your outlets", u"Melihat outlet Anda"},
    {Text::ScopeOutletWrite, u"Link and unlink your outlets", u"Menautkan dan melepas outlet Anda"},
};

QString text(Language language, Text which)
{
    for (const TextRow &row : texts) {
        if (row.text == which)
            return QString::fromUtf16(
                language == Language::Indonesian ? row.indonesian : row.english);
    }
    return {};
}

QString esc(const QString &value)
{
    return value.toHtmlEscaped();
}

QString scopeText(Language language, const QString &scope)
{
    if (scope == u"openid")
        return text(language, Text::ScopeOpenId);
    if (scope == u"offline" || scope == u"offline_access")
        return text(language, Text::ScopeOffline);
    if (scope == u"partner:outlet:read")
        return text(language, Text::ScopeOutletRead);
    if (scope == u"partner:outlet:write")
        return text(language, Text::ScopeOutletWrite);
    return scope;
}

QString messageBlock(const QString &message)
{
    return message.isEmpty() ? QString()
                             : u"<p id=\"message\" role=\"alert\">%1</p>\n"_s.arg(esc(message));
}

QString hiddenTransaction(const QString &transaction)
{
    return u"<input type=\"hidden\" name=\"tx\" value=\"%1\">\n"_s.arg(esc(transaction));
}

QByteArray page(Language language, const QString &title, const QString &body)
{
    const QString html = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                         u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         u"<title>%2</title>\n<style>body{font-family:sans-serif;max-width:32em;"
                         u"margin:2em auto;padding:0 1em;line-height:1.5}.sandbox{background:#fff3cd;"
                         u"padding:.5em}#message{color:#a00;font-weight:bold}#otp-shown,#pairing-code"
                         u"{font-size:2em;letter-spacing:.1em}button,input{font-size:1em;padding:.4em}"
                         u"</style>\n</head>\n<body>\n<main>\n<p class=\"sandbox\">%3</p>\n"
                         u"<h1>%2</h1>\n%4</main>\n</body>\n</html>\n"_s.arg(
                             language == Language::Indonesian ? u"id"_s : u"en"_s, esc(title),
                             esc(text(language, Text::Banner)), body);
    return html.toUtf8();
}

} // namespace

Language languageOf(const QString &uiLocale)
{
    return uiLocale.startsWith(u"id", Qt::CaseInsensitive) ? Language::Indonesian
                                                           : Language::English;
}

QByteArray phonePage(Language language, const QString &transaction, const QString &typedPhone,
    const QString &message, const QList<PhoneEntry> &phones)
{
    QString body = messageBlock(message);
    body += u"<form method=\"post\" action=\"/oauth2/auth/phone\">\n"_s + hiddenTransaction(transaction)
        + u"<p><label for=\"phone\">%1</label><br>\n<input id=\"phone\" name=\"phone\" type=\"tel\" "
          u"autocomplete=\"tel\" required autofocus value=\"%2\"></p>\n"
          u"<p><button id=\"send-code\" type=\"submit\">%3</button></p>\n</form>\n"_s.arg(
              esc(text(language, Text::PhoneLabel)), esc(typedPhone),
              esc(text(language, Text::SendCode)));
    if (!phones.isEmpty()) {
        body += u"<p>%1</p>\n<ul id=\"fixture-phones\">\n"_s.arg(
            esc(text(language, Text::FixturePhones)));
        for (const PhoneEntry &entry : phones)
            body += u"<li><code>%1</code> %2 (%3), %4</li>\n"_s.arg(
                esc(entry.phone), esc(entry.name), esc(entry.roles.join(u", ")), esc(entry.merchant));
        body += u"</ul>\n"_s;
    }
    return page(language, text(language, Text::Title), body);
}

QByteArray otpPage(Language language, const QString &transaction, const QString &phone,
    const QString &otp, const QString &message)
{
    QString body = messageBlock(message);
    body += u"<p>%1</p>\n<p>%2 <strong id=\"otp-shown\">%3</strong></p>\n"_s.arg(
        esc(text(language, Text::OtpSent).arg(phone)), esc(text(language, Text::OtpShown)),
        esc(otp));
    body += u"<form method=\"post\" action=\"/oauth2/auth/otp\">\n"_s + hiddenTransaction(transaction)
        + u"<p><label for=\"otp\">%1</label><br>\n<input id=\"otp\" name=\"otp\" "
          u"inputmode=\"numeric\" autocomplete=\"one-time-code\" required autofocus></p>\n"
          u"<p><button id=\"verify\" type=\"submit\">%2</button></p>\n</form>\n"_s.arg(
              esc(text(language, Text::OtpLabel)), esc(text(language, Text::Verify)));
    body += u"<form method=\"post\" action=\"/oauth2/auth/switch\">\n"_s
        + hiddenTransaction(transaction)
        + u"<p><button id=\"another\" type=\"submit\">%1</button></p>\n</form>\n"_s.arg(
            esc(text(language, Text::OtherNumber)));
    return page(language, text(language, Text::Title), body);
}

QByteArray consentPage(Language language, const QString &transaction, const QString &clientId,
    const QString &name, const QString &phone, const QString &scope, bool remembered)
{
    QString body = u"<p id=\"signed-in-as\">%1</p>\n<p>%2</p>\n<ul id=\"scopes\">\n"_s.arg(
        esc(text(language, Text::SignedInAs).arg(name, phone)),
        esc(text(language, Text::ConsentIntro).arg(clientId)));
    for (const QString &one : scope.split(u' ', Qt::SkipEmptyParts))
        body += u"<li>%1</li>\n"_s.arg(esc(scopeText(language, one)));
    body += u"</ul>\n<form method=\"post\" action=\"/oauth2/auth/consent\">\n"_s
        + hiddenTransaction(transaction)
        + u"<p><button id=\"allow\" type=\"submit\" name=\"decision\" value=\"allow\">%1</button>\n"
          u"<button id=\"deny\" type=\"submit\" name=\"decision\" value=\"deny\">%2</button></p>\n"
          u"</form>\n"_s.arg(esc(text(language, Text::Allow)), esc(text(language, Text::Deny)));
    // Offered always, and first thing for someone the cookie remembered: the documented pain
    // point is signing in with the wrong one of several numbers.
    body += u"<form method=\"post\" action=\"/oauth2/auth/switch\">\n"_s
        + hiddenTransaction(transaction)
        + u"<p><button id=\"another\" type=\"submit\"%1>%2</button></p>\n</form>\n"_s.arg(
            remembered ? u" data-remembered=\"1\""_s : QString(),
            esc(text(language, Text::AnotherAccount)));
    return page(language, text(language, Text::ConsentTitle), body);
}

QByteArray errorPage(Language language, const QString &detail)
{
    return page(language, text(language, Text::ErrorTitle), messageBlock(detail));
}

QByteArray brokerLoginPage(Language language, const QString &pairingCode,
    const QString &deviceName, const QUrl &continueUrl)
{
    QString body = u"<p>%1</p>\n<p><strong id=\"pairing-code\">%2</strong></p>\n"_s.arg(
        esc(text(language, Text::BrokerCode)), esc(pairingCode));
    if (!deviceName.isEmpty())
        body += u"<p id=\"device\">%1</p>\n"_s.arg(
            esc(text(language, Text::BrokerDevice).arg(deviceName)));
    body += u"<p><a id=\"continue\" href=\"%1\">%2</a></p>\n"_s.arg(
        esc(continueUrl.toString(QUrl::FullyEncoded)), esc(text(language, Text::Continue)));
    return page(language, text(language, Text::BrokerTitle), body);
}

QByteArray brokerDonePage(Language language, BrokerOutcome outcome, const QString &detail)
{
    const Text which = outcome == BrokerOutcome::SignedIn ? Text::DoneSignedIn
        : outcome == BrokerOutcome::Denied                ? Text::DoneDenied
                                                          : Text::DoneFailed;
    QString body = u"<p id=\"outcome\" data-outcome=\"%1\">%2</p>\n"_s.arg(
        outcome == BrokerOutcome::SignedIn ? u"signed-in"_s
            : outcome == BrokerOutcome::Denied ? u"denied"_s
                                               : u"failed"_s,
        esc(text(language, which)));
    if (!detail.isEmpty())
        body += messageBlock(detail);
    return page(language, text(language, Text::DoneTitle), body);
}

QString notRegistered(Language language, const QString &typedPhone)
{
    return text(language, Text::NotRegistered).arg(typedPhone);
}

QString wrongCode(Language language)
{
    return text(language, Text::WrongCode);
}

QString expiredPage(Language language)
{
    return text(language, Text::Expired);
}

} // namespace gobiz::sandbox::LoginPages
