#include "api/AccessToken.h"

#include <QTest>

using namespace gobiz;
using Problem = TokenCheck::Problem;

class TestAccessToken : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void messagesNeverEchoTheToken_data();
    void messagesNeverEchoTheToken();
    void redactedNeverContainsTheToken();
};

void TestAccessToken::normalize_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("position");

    const QString t = QStringLiteral("eyJhbGciOi.abc-DEF_123~+/=");
    auto ok = [&](const char *name, const QString &pasted) {
        QTest::newRow(name) << pasted << int(Problem::None) << t << -1;
    };
    ok("plain", t);
    ok("surrounding spaces", u"  "_qs + t + u"  "_qs);
    ok("newline after", t + u"\n"_qs);
    ok("crlf and tabs", u"\t"_qs + t + u"\r\n"_qs);
    ok("bearer prefix", u"Bearer "_qs + t);
    ok("bearer lower case", u"bearer "_qs + t);
    ok("BEARER with tabs", u"BEARER\t"_qs + t);
    ok("authorization header line", u"Authorization: Bearer "_qs + t);
    ok("double quotes", u"\""_qs + t + u"\""_qs);
    ok("single quotes", u"'"_qs + t + u"'"_qs);
    ok("smart quotes", u"\u201C"_qs + t + u"\u201D"_qs);
    ok("quoted bearer", u"\"Bearer "_qs + t + u"\""_qs);
    ok("bearer then quotes", u"Bearer \""_qs + t + u"\""_qs);
    ok("nbsp and zero width at edges", u"\u00A0\u200B"_qs + t + u"\uFEFF"_qs);
    ok("backticks", u"`"_qs + t + u"`"_qs);

    QTest::newRow("empty") << QString() << int(Problem::Empty) << QString() << -1;
    QTest::newRow("only spaces") << u"   \n"_qs << int(Problem::Empty) << QString() << -1;
    QTest::newRow("only bearer") << u"Bearer "_qs << int(Problem::Empty) << QString() << -1;
    QTest::newRow("only quotes") << u"\"\""_qs << int(Problem::Empty) << QString() << -1;
    QTest::newRow("embedded space") << u"abc def"_qs << int(Problem::EmbeddedWhitespace) << QString() << 3;
    QTest::newRow("embedded newline") << u"abc\ndef"_qs << int(Problem::EmbeddedWhitespace) << QString() << 3;
    QTest::newRow("embedded tab") << u"ab\tdef"_qs << int(Problem::EmbeddedWhitespace) << QString() << 2;
    QTest::newRow("control char") << u"abc\x01" "def"_qs << int(Problem::ControlCharacter) << QString() << 3;
    QTest::newRow("delete char") << u"abc\x7f"_qs << int(Problem::ControlCharacter) << QString() << 3;
    QTest::newRow("zero width inside") << u"abc\u200Bdef"_qs << int(Problem::NonAscii) << QString() << 3;
    QTest::newRow("nbsp inside") << u"abc\u00A0def"_qs << int(Problem::NonAscii) << QString() << 3;
    QTest::newRow("smart quote inside") << u"ab\u2019cd"_qs << int(Problem::NonAscii) << QString() << 2;
    QTest::newRow("indonesian letters") << u"tokén"_qs << int(Problem::NonAscii) << QString() << 3;
    QTest::newRow("emoji") << u"abc\U0001F600"_qs << int(Problem::NonAscii) << QString() << 3;
    QTest::newRow("too long") << QString(AccessToken::maxLength + 1, u'a') << int(Problem::TooLong)
                              << QString() << AccessToken::maxLength + 1;
    QTest::newRow("longest allowed") << QString(AccessToken::maxLength, u'a') << int(Problem::None)
                                     << QString(AccessToken::maxLength, u'a') << -1;
    QTest::newRow("bearer word is part of token") << u"Bearerish"_qs << int(Problem::None)
                                                  << u"Bearerish"_qs << -1;
}

void TestAccessToken::normalize()
{
    QFETCH(QString, pasted);
    QFETCH(int, problem);
    QFETCH(QString, token);
    QFETCH(int, position);

    const TokenCheck check = AccessToken::normalize(pasted);
    QCOMPARE(int(check.problem), problem);
    QCOMPARE(check.isValid(), problem == int(Problem::None));
    if (check.isValid())
        QCOMPARE(check.token, token);
    else
        QVERIFY(check.token.isEmpty());
    QCOMPARE(check.position, position);
    QVERIFY(!check.message().isEmpty());
}

void TestAccessToken::messagesNeverEchoTheToken_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::newRow("space") << u"SECRETabc SECRETdef"_qs;
    QTest::newRow("control") << u"SECRETabc\x02SECRETdef"_qs;
    QTest::newRow("non-ascii") << u"SECRETabc\u00e9SECRETdef"_qs;
    QTest::newRow("long") << (u"SECRET"_qs + QString(AccessToken::maxLength, u'x'));
}

void TestAccessToken::messagesNeverEchoTheToken()
{
    QFETCH(QString, pasted);
    const QString message = AccessToken::normalize(pasted).message();
    QVERIFY2(!message.contains(u"SECRET"), qPrintable(message));
}

void TestAccessToken::redactedNeverContainsTheToken()
{
    const QString token = u"abcdefghijklmnop"_qs;
    QVERIFY(!AccessToken::redacted(token).contains(token));
    QVERIFY(!AccessToken::redacted(token).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccessToken)
#include "tst_accesstoken.moc"
