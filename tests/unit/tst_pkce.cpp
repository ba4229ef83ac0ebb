// PKCE and the one-time random values of a sign-in (RFC 7636).
#include "signin/Pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace gobiz;

class TestPkce : public QObject
{
    Q_OBJECT
private slots:
    void challenge_data();
    void challenge();
    void randomValuesAreUrlSafeAndLongEnough_data();
    void randomValuesAreUrlSafeAndLongEnough();
    void randomValuesDoNotRepeat();
    void verifierRules_data();
    void verifierRules();
};

void TestPkce::challenge_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<QString>("challenge");
    // RFC 7636 Appendix B.
    QTest::newRow("RFC 7636 appendix B") << u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_qs
                                         << u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_qs;
    // sha256("a"*43), base64url without padding.
    QTest::newRow("43 a") << QString(43, u'a') << u"ZtNPunH49FD35FWYhT5Tv8I7vRKQJ8uxMaL0_9eHjNA"_qs;
}

void TestPkce::challenge()
{
    QFETCH(QString, verifier);
    QFETCH(QString, challenge);
    QCOMPARE(Pkce::challenge(verifier), challenge);
    QVERIFY(!Pkce::challenge(verifier).contains(u'='));
}

void TestPkce::randomValuesAreUrlSafeAndLongEnough_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("minimum");
    QTest::newRow("verifier") << Pkce::newVerifier() << 43;
    QTest::newRow("state") << Pkce::newState() << 32;
    QTest::newRow("nonce") << Pkce::newNonce() << 32;
    QTest::newRow("1 byte") << Pkce::randomUrlSafe(1) << 2;
    QTest::newRow("96 bytes") << Pkce::randomUrlSafe(96) << 128;
}

void TestPkce::randomValuesAreUrlSafeAndLongEnough()
{
    QFETCH(QString, value);
    QFETCH(int, minimum);
    QVERIFY2(value.size() >= minimum, qPrintable(QString::number(value.size())));
    static const QRegularExpression urlSafe(u"^[A-Za-z0-9_-]+$"_qs);
    QVERIFY(urlSafe.match(value).hasMatch());
}

void TestPkce::randomValuesDoNotRepeat()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        seen.insert(Pkce::newState());
        seen.insert(Pkce::newVerifier());
    }
    QCOMPARE(seen.size(), 400);
    QVERIFY(Pkce::isValidVerifier(Pkce::newVerifier()));
}

void TestPkce::verifierRules_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<bool>("valid");
    QTest::newRow("RFC example") << u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_qs << true;
    QTest::newRow("42 chars") << QString(42, u'a') << false;
    QTest::newRow("128 chars") << QString(128, u'~') << true;
    QTest::newRow("129 chars") << QString(129, u'a') << false;
    QTest::newRow("plus") << (QString(42, u'a') + u'+') << false;
    QTest::newRow("dot tilde") << (QString(41, u'a') + u".~"_qs) << true;
    QTest::newRow("non-ascii") << (QString(42, u'a') + u'\u00e9') << false;
}

void TestPkce::verifierRules()
{
    QFETCH(QString, verifier);
    QFETCH(bool, valid);
    QCOMPARE(Pkce::isValidVerifier(verifier), valid);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
