// The sandbox's GoAuth login pages walked like a browser without JavaScript would: GET the
// authorize URL, submit each form (parsed minimally here), follow nothing automatically.
// Phone -> OTP shown on the page -> consent -> 302 with code or access_denied; a wrong number,
// a wrong code, the remembered browser, prompt=login, "Use another account", both languages,
// escaping, and error pages that never redirect.
#include "SignInTestSupport.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gobiz::sandbox;
using namespace gobiz::sandbox::testing;

namespace {

struct Form
{
    QString action;
    Params fields; // the hidden ones
    QString inner;
};

QString unescape(QString text)
{
    return text.replace(u"&quot;"_s, u"\""_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&amp;"_s, u"&"_s);
}

// The form holding the element with this id; empty action when there is none.
Form formWith(const QByteArray &page, const QString &elementId)
{
    static const QRegularExpression formPattern(
        u"<form method=\"post\" action=\"([^\"]+)\">(.*?)</form>"_s,
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hiddenPattern(
        u"<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"_s);
    const QString html = QString::fromUtf8(page);
    for (auto forms = formPattern.globalMatch(html); forms.hasNext();) {
        const QRegularExpressionMatch form = forms.next();
        if (!form.captured(2).contains(u"id=\"%1\""_s.arg(elementId)))
            continue;
        Form found {unescape(form.captured(1)), {}, form.captured(2)};
        for (auto hidden = hiddenPattern.globalMatch(found.inner); hidden.hasNext();) {
            const QRegularExpressionMatch field = hidden.next();
            found.fields.append({unescape(field.captured(1)), unescape(field.captured(2))});
        }
        return found;
    }
    return {};
}

QString elementText(const QByteArray &page, const QString &id)
{
    const QRegularExpression pattern(u"id=\"%1\"[^>]*>([^<]*)<"_s.arg(id));
    return unescape(pattern.match(QString::fromUtf8(page)).captured(1));
}

} // namespace

class TestSandboxLoginPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fullWalk_data();
    void fullWalk();
    void wrongPhoneCanTryAgain();
    void wrongCodeCanTryAgain();
    void rememberedBrowserGoesToConsent();
    void promptLoginAlwaysShowsTheLoginPage();
    void useAnotherAccount();
    void badClientGetsAnErrorPageNotARedirect_data();
    void badClientGetsAnErrorPageNotARedirect();
    void authorizeErrorsRedirect();
    void echoedValuesAreEscaped();
    void staleFormsAreRefused();
    void brokerLoginThroughThePages_data();
    void brokerLoginThroughThePages();

private:
    // Submits the form holding elementId with these visible fields.
    PageResult submit(const QByteArray &page, const QString &elementId, const Params &fields)
    {
        const Form form = formWith(page, elementId);
        if (form.action.isEmpty())
            return {};
        PageResult result;
        QNetworkReply *reply = postRaw(m_manager, m_server->baseUrl().resolved(QUrl(form.action)),
            "application/x-www-form-urlencoded", formEncode(form.fields + fields));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        result.location = reply->rawHeader("Location");
        result.http = SandboxClient::wait(reply);
        return result;
    }
    // Authorize -> phone -> OTP: the consent page.
    PageResult signIn(const QUrl &authorize, const QString &phone)
    {
        const PageResult login = getPage(m_manager, authorize);
        const PageResult otp = submit(login.http.body, u"send-code"_s, {{u"phone"_s, phone}});
        return submit(otp.http.body, u"verify"_s,
            {{u"otp"_s, elementText(otp.http.body, u"otp-shown"_s)}});
    }

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_manager; // its cookie jar is the browser's
};

void TestSandboxLoginPages::init()
{
    m_server = std::make_unique<SandboxServer>(awkwardFixture());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_manager.setCookieJar(new QNetworkCookieJar(&m_manager)); // a new browser per test
}

void TestSandboxLoginPages::cleanup()
{
    m_server.reset();
}

void TestSandboxLoginPages::fullWalk_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("allow");
    QTest::addColumn<QByteArray>("sendCode"); // the button's text in that language
    QTest::newRow("allow, English") << u"en"_s << DemoPhones::owner() << true
                                    << QByteArray("Send code");
    QTest::newRow("allow, Indonesian, local format") << u"id"_s << u"0812-3456-0001"_s << true
                                                     << QByteArray("Kirim kode");
    QTest::newRow("deny") << u"en"_s << DemoPhones::owner() << false << QByteArray("Send code");
    QTest::newRow("deny, Indonesian") << u"id"_s << DemoPhones::owner() << false
                                      << QByteArray("Kirim kode");
}

void TestSandboxLoginPages::fullWalk()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(bool, allow);
    QFETCH(QByteArray, sendCode);
    const QUrl authorize = authorizeUrl(m_server->baseUrl(), {{u"ui_locales"_s, locale}});

    const PageResult login = getPage(m_manager, authorize);
    QCOMPARE(login.http.status, 200);
    QVERIFY(login.http.contentType.startsWith("text/html"));
    const QByteArray &loginHtml = login.http.body;
    QVERIFY(loginHtml.contains("<html lang=\"" + locale.toLatin1() + "\">"));
    QVERIFY(loginHtml.contains("id=\"phone\""));
    QVERIFY(loginHtml.contains("id=\"send-code\" type=\"submit\">" + sendCode + "<"));
    QVERIFY(!loginHtml.contains("id=\"message\""));
    QVERIFY(!loginHtml.contains("<script")); // works without JavaScript
    QVERIFY(loginHtml.contains("id=\"fixture-phones\""));
    QVERIFY(loginHtml.contains(DemoPhones::owner().toLatin1()));
    QVERIFY(loginHtml.contains("+6281299990001")); // every merchant's numbers are listed

    const PageResult otp = submit(loginHtml, u"send-code"_s, {{u"phone"_s, typed}});
    QCOMPARE(otp.http.status, 200);
    const QString code = elementText(otp.http.body, u"otp-shown"_s);
    QVERIFY2(QRegularExpression(u"^[0-9]{6}$"_s).match(code).hasMatch(), qPrintable(code));
    QVERIFY(otp.http.body.contains("id=\"otp\""));
    QVERIFY(otp.http.body.contains(DemoPhones::owner().toLatin1()));

    const PageResult consent = submit(otp.http.body, u"verify"_s, {{u"otp"_s, code}});
    QCOMPARE(consent.http.status, 200);
    QVERIFY(consent.http.body.contains("id=\"allow\""));
    QVERIFY(consent.http.body.contains("id=\"deny\""));
    QVERIFY(consent.http.body.contains("Budi Santoso"));
    QVERIFY(!m_manager.cookieJar()->cookiesForUrl(authorize).isEmpty()); // remembered now

    const PageResult done = submit(consent.http.body, allow ? u"allow"_s : u"deny"_s,
        {{u"decision"_s, allow ? u"allow"_s : u"deny"_s}});
    QCOMPARE(done.http.status, 302);
    const QUrl redirect(QString::fromLatin1(done.location), QUrl::StrictMode);
    QCOMPARE(redirect.adjusted(QUrl::RemoveQuery).toString(), kLoopbackRedirect);
    QCOMPARE(queryValue(redirect, u"state"_s), kState);
    if (!allow) {
        QCOMPARE(queryValue(redirect, u"error"_s), u"access_denied"_s);
        return;
    }
    // The code from the page works at the token endpoint, and the token on the API.
    const HttpResult exchanged = postForm(m_manager, m_server->baseUrl().resolved(QUrl(u"oauth2/token"_s)),
        {{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, queryValue(redirect, u"code"_s)},
            {u"redirect_uri"_s, kLoopbackRedirect}, {u"client_id"_s, u"gobiz-wizard-sandbox"_s},
            {u"code_verifier"_s, kVerifier}});
    QCOMPARE(exchanged.status, 200);
    SandboxClient api(m_server->baseUrl());
    QCOMPARE(api.tokenInfo(exchanged.json().value(u"access_token").toString()).status, 200);
}

void TestSandboxLoginPages::wrongPhoneCanTryAgain()
{
    const PageResult login = getPage(m_manager, authorizeUrl(m_server->baseUrl()));
    const PageResult wrong
        = submit(login.http.body, u"send-code"_s, {{u"phone"_s, u"0812 0000 0000"_s}});
    QCOMPARE(wrong.http.status, 200);
    QVERIFY(elementText(wrong.http.body, u"message"_s).contains(u"is not registered"_s));
    QVERIFY(wrong.http.body.contains("value=\"0812 0000 0000\"")); // kept for correcting
    QVERIFY(!wrong.http.body.contains("id=\"otp-shown\""));
    const PageResult right
        = submit(wrong.http.body, u"send-code"_s, {{u"phone"_s, DemoPhones::manager()}});
    QVERIFY(right.http.body.contains("id=\"otp-shown\""));
}

void TestSandboxLoginPages::wrongCodeCanTryAgain()
{
    const PageResult login = getPage(m_manager, authorizeUrl(m_server->baseUrl(), {{u"ui_locales"_s, u"id"_s}}));
    const PageResult otp
        = submit(login.http.body, u"send-code"_s, {{u"phone"_s, DemoPhones::owner()}});
    const QString code = elementText(otp.http.body, u"otp-shown"_s);
    const QString wrongCode = code == u"111111" ? u"222222"_s : u"111111"_s;
    const PageResult wrong = submit(otp.http.body, u"verify"_s, {{u"otp"_s, wrongCode}});
    QVERIFY(elementText(wrong.http.body, u"message"_s).contains(u"Kode itu salah"_s));
    QCOMPARE(elementText(wrong.http.body, u"otp-shown"_s), code); // the same code again
    const PageResult consent = submit(wrong.http.body, u"verify"_s, {{u"otp"_s, code}});
    QVERIFY(consent.http.body.contains("id=\"allow\""));
    QVERIFY(consent.http.body.contains("Izinkan"));
}

void TestSandboxLoginPages::rememberedBrowserGoesToConsent()
{
    const PageResult first = signIn(authorizeUrl(m_server->baseUrl()), DemoPhones::manager());
    QVERIFY(first.http.body.contains("id=\"allow\""));
    QVERIFY(!first.http.body.contains("data-remembered"));

    const PageResult again = getPage(m_manager, authorizeUrl(m_server->baseUrl()));
    QCOMPARE(again.http.status, 200);
    QVERIFY(again.http.body.contains("id=\"allow\""));
    QVERIFY(!again.http.body.contains("id=\"phone\""));
    QCOMPARE(elementText(again.http.body, u"signed-in-as"_s),
        u"Signed in as Sari Wulandari (%1)"_s.arg(DemoPhones::manager()));
    QVERIFY(again.http.body.contains("data-remembered=\"1\">Use another account<"));
    const PageResult done = submit(again.http.body, u"allow"_s, {{u"decision"_s, u"allow"_s}});
    QCOMPARE(done.http.status, 302);

    // Another browser (no cookie) sees the login page.
    QNetworkAccessManager other;
    QVERIFY(getPage(other, authorizeUrl(m_server->baseUrl())).http.body.contains("id=\"phone\""));
}

void TestSandboxLoginPages::promptLoginAlwaysShowsTheLoginPage()
{
    signIn(authorizeUrl(m_server->baseUrl()), DemoPhones::owner());
    const PageResult forced
        = getPage(m_manager, authorizeUrl(m_server->baseUrl(), {{u"prompt"_s, u"login"_s}}));
    QVERIFY(forced.http.body.contains("id=\"phone\""));
    QVERIFY(!forced.http.body.contains("id=\"allow\""));
    // The forced login may pick someone else; the consent page names them.
    const PageResult consent = signIn(
        authorizeUrl(m_server->baseUrl(), {{u"prompt"_s, u"login"_s}}), DemoPhones::cashier());
    QVERIFY(consent.http.body.contains("Dewi Lestari"));
}

void TestSandboxLoginPages::useAnotherAccount()
{
    signIn(authorizeUrl(m_server->baseUrl()), DemoPhones::owner());
    const PageResult remembered = getPage(m_manager, authorizeUrl(m_server->baseUrl()));
    const PageResult login = submit(remembered.http.body, u"another"_s, {});
    QVERIFY(login.http.body.contains("id=\"phone\""));
    const PageResult otp
        = submit(login.http.body, u"send-code"_s, {{u"phone"_s, DemoPhones::manager()}});
    const PageResult consent = submit(otp.http.body, u"verify"_s,
        {{u"otp"_s, elementText(otp.http.body, u"otp-shown"_s)}});
    QVERIFY(consent.http.body.contains("Sari Wulandari"));
    const PageResult done = submit(consent.http.body, u"allow"_s, {{u"decision"_s, u"allow"_s}});
    const QUrl redirect(QString::fromLatin1(done.location));
    const HttpResult exchanged = postForm(m_manager, m_server->baseUrl().resolved(QUrl(u"oauth2/token"_s)),
        {{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, queryValue(redirect, u"code"_s)},
            {u"redirect_uri"_s, kLoopbackRedirect}, {u"client_id"_s, u"gobiz-wizard-sandbox"_s},
            {u"code_verifier"_s, kVerifier}});
    SandboxClient api(m_server->baseUrl());
    const HttpResult info = api.tokenInfo(exchanged.json().value(u"access_token").toString());
    QCOMPARE(info.json()[u"data"][u"user"][u"roles"].toArray(), QJsonArray {u"manager"_s});
}

void TestSandboxLoginPages::badClientGetsAnErrorPageNotARedirect_data()
{
    QTest::addColumn<Params>("change");
    QTest::newRow("unknown client") << Params {{u"client_id"_s, u"<evil>"_s}};
    QTest::newRow("unregistered redirect")
        << Params {{u"redirect_uri"_s, u"https://evil.example/gobiz/callback"_s}};
    QTest::newRow("parameter twice") << Params {{u"client_id"_s, u"gobiz-wizard-sandbox"_s}};
}

void TestSandboxLoginPages::badClientGetsAnErrorPageNotARedirect()
{
    QFETCH(Params, change);
    QUrl url = authorizeUrl(m_server->baseUrl(), change);
    if (QByteArray(QTest::currentDataTag()) == "parameter twice")
        url.setQuery(url.query(QUrl::FullyEncoded) + u"&client_id=gobiz-wizard-sandbox"_s, QUrl::StrictMode);
    const PageResult page = getPage(m_manager, url);
    QCOMPARE(page.http.status, 400);
    QVERIFY(page.location.isEmpty());
    QVERIFY(page.http.contentType.startsWith("text/html"));
    QVERIFY(!elementText(page.http.body, u"message"_s).isEmpty());
    QVERIFY(!page.http.body.contains("<evil>"));
}

void TestSandboxLoginPages::authorizeErrorsRedirect()
{
    const PageResult page = getPage(
        m_manager, authorizeUrl(m_server->baseUrl(), {{u"scope"_s, u"partner:outlet:read"_s}}));
    QCOMPARE(page.http.status, 302);
    const QUrl redirect(QString::fromLatin1(page.location));
    QCOMPARE(queryValue(redirect, u"error"_s), u"invalid_scope"_s);
    QCOMPARE(queryValue(redirect, u"state"_s), kState);
}

void TestSandboxLoginPages::echoedValuesAreEscaped()
{
    const PageResult login = getPage(m_manager, authorizeUrl(m_server->baseUrl()));
    const PageResult page = submit(login.http.body, u"send-code"_s,
        {{u"phone"_s, u"\"><script>alert(1)</script>"_s}});
    QVERIFY(!page.http.body.contains("<script>"));
    QVERIFY(page.http.body.contains("&quot;&gt;&lt;script&gt;"));
}

void TestSandboxLoginPages::staleFormsAreRefused()
{
    TestClock clock;
    clock.install(*m_server);
    const PageResult login = getPage(m_manager, authorizeUrl(m_server->baseUrl()));
    clock.now = clock.now.addSecs(601);
    const PageResult stale
        = submit(login.http.body, u"send-code"_s, {{u"phone"_s, DemoPhones::owner()}});
    QCOMPARE(stale.http.status, 400);
    QVERIFY(elementText(stale.http.body, u"message"_s).contains(u"expired"_s));

    // A consent answered after the code window is still fine; the code then lives 120 s.
    const PageResult consent = signIn(authorizeUrl(m_server->baseUrl()), DemoPhones::owner());
    const PageResult done = submit(consent.http.body, u"allow"_s, {{u"decision"_s, u"allow"_s}});
    QCOMPARE(done.http.status, 302);
    const PageResult twice = submit(consent.http.body, u"allow"_s, {{u"decision"_s, u"allow"_s}});
    QCOMPARE(twice.http.status, 400); // one consent, one code
}

void TestSandboxLoginPages::brokerLoginThroughThePages_data()
{
    QTest::addColumn<bool>("allow");
    QTest::newRow("allow") << true;
    QTest::newRow("deny") << false;
}

void TestSandboxLoginPages::brokerLoginThroughThePages()
{
    QFETCH(bool, allow);
    const QUrl broker = m_server->baseUrl().resolved(QUrl(u"broker/"_s));
    const QJsonObject started = postJson(m_manager, broker.resolved(QUrl(u"login/start"_s)),
        {{u"device_name"_s, u"kasir-01"_s}, {u"ui_locale"_s, u"en"_s}})
                                    .json();
    const PageResult pairing
        = getPage(m_manager, QUrl(started.value(u"login_url").toString()));
    QCOMPARE(elementText(pairing.http.body, u"pairing-code"_s),
        started.value(u"pairing_code").toString());
    const QRegularExpressionMatch link = QRegularExpression(u"<a id=\"continue\" href=\"([^\"]+)\""_s)
                                             .match(QString::fromUtf8(pairing.http.body));
    const QUrl authorize(unescape(link.captured(1)), QUrl::StrictMode);

    const PageResult consent = signIn(authorize, DemoPhones::owner());
    const PageResult done = submit(consent.http.body, allow ? u"allow"_s : u"deny"_s,
        {{u"decision"_s, allow ? u"allow"_s : u"deny"_s}});
    QCOMPARE(done.http.status, 302);
    const QUrl callback(QString::fromLatin1(done.location), QUrl::StrictMode);
    QCOMPARE(callback.adjusted(QUrl::RemoveQuery), broker.resolved(QUrl(u"callback"_s)));
    const PageResult page = getPage(m_manager, callback);
    QCOMPARE(page.http.status, 200);
    QCOMPARE(page.http.body.contains("data-outcome=\"signed-in\""), allow);
    QCOMPARE(page.http.body.contains("data-outcome=\"denied\""), !allow);

    const HttpResult polled = postJson(m_manager, broker.resolved(QUrl(u"login/poll"_s)),
        {{u"poll_token"_s, started.value(u"poll_token").toString()}});
    QCOMPARE(polled.status, allow ? 200 : 400);
    if (!allow)
        QCOMPARE(polled.json().value(u"error").toString(), u"access_denied"_s);
}

QTEST_GUILESS_MAIN(TestSandboxLoginPages)
#include "tst_sandbox_loginpages.moc"
