// The retry, pacing and pause rules of RetryPolicy, one data row per rule.
#include "api/ApiParsers.h"
#include "ops/RetryPolicy.h"

#include <QtTest>

using namespace gobiz;
using namespace std::chrono_literals;
using Verdict = RetryPolicy::Verdict;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(gobiz::RetryPolicy::Verdict)

namespace {

// An error as the client builds it from an HTTP status (through the real classifier).
ApiError fromStatus(int status, const QByteArray &retryAfter = {})
{
    ApiParsers::RawResponse raw;
    raw.httpStatus = status;
    raw.body = QByteArrayLiteral("{\"success\":false,\"errors\":[{\"message\":\"x\"}]}");
    raw.contentType = QByteArrayLiteral("application/json");
    raw.retryAfter = retryAfter;
    return ApiParsers::classify(raw);
}

ApiError ofKind(Kind kind, std::optional<std::chrono::milliseconds> retryAfter = std::nullopt)
{
    ApiError error(kind);
    error.retryAfter = retryAfter;
    return error;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void isRetryable_data();
    void isRetryable();
    void decide_data();
    void decide();
    void backoff_data();
    void backoff();
    void retryDelay_data();
    void retryDelay();
    void scaled_data();
    void scaled();
    void retryBudget_data();
    void retryBudget();
    void rateLimitHalves_data();
    void rateLimitHalves();
    void growsBack_data();
    void growsBack();
    void clamped_data();
    void clamped();
};

void TestRetryPolicy::defaults()
{
    const RetryPolicy policy;
    QCOMPARE(policy.maxAttempts, 4);
    QCOMPARE(policy.backoffBase, 500ms);
    QCOMPARE(policy.backoffCap, 8000ms);
    QCOMPARE(policy.maxHonouredRetryAfter, 60000ms);
    QCOMPARE(policy.retryBudgetRatio, 0.2);
    QCOMPARE(policy.retryBudgetMinimum, 3);
    QCOMPARE(policy.pauseAfterConsecutiveFailures, 5);
    QCOMPARE(policy.concurrency, 4);
    QCOMPARE(policy.minConcurrency, 1);
    QCOMPARE(policy.maxConcurrency, 16);
    QCOMPARE(policy.timeScale, 1.0);
}

void TestRetryPolicy::isRetryable_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("connection failure") << ofKind(Kind::Network) << true;
    QTest::newRow("transfer timeout") << ofKind(Kind::Timeout) << true;
    QTest::newRow("garbled reply") << ofKind(Kind::Protocol) << true;
    QTest::newRow("408") << fromStatus(408) << true;
    QTest::newRow("429") << fromStatus(429) << true;
    QTest::newRow("500") << fromStatus(500) << true;
    QTest::newRow("502") << fromStatus(502) << true;
    QTest::newRow("503") << fromStatus(503) << true;
    QTest::newRow("504") << fromStatus(504) << true;
    QTest::newRow("501") << fromStatus(501) << false;
    QTest::newRow("505") << fromStatus(505) << false;
    QTest::newRow("400") << fromStatus(400) << false;
    QTest::newRow("401") << fromStatus(401) << false;
    QTest::newRow("403") << fromStatus(403) << false;
    QTest::newRow("404") << fromStatus(404) << false;
    QTest::newRow("406") << fromStatus(406) << false;
    QTest::newRow("409") << fromStatus(409) << false;
    QTest::newRow("415") << fromStatus(415) << false;
    QTest::newRow("tls") << ofKind(Kind::Tls) << false;
    QTest::newRow("cancelled") << ofKind(Kind::Cancelled) << false;
    QTest::newRow("success") << ApiError() << false;
}

void TestRetryPolicy::isRetryable()
{
    QFETCH(ApiError, error);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryable(error), retryable);
}

void TestRetryPolicy::decide_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<int>("budgetLeft");
    QTest::addColumn<Verdict>("verdict");

    QTest::newRow("success") << ApiError() << 1 << 0 << Verdict::Succeeded;
    QTest::newRow("success on last attempt") << ApiError() << 4 << 0 << Verdict::Succeeded;
    // 401 pauses the engine whatever the attempts or budget.
    QTest::newRow("401") << fromStatus(401) << 1 << 10 << Verdict::PauseForToken;
    QTest::newRow("401 no attempts left") << fromStatus(401) << 4 << 0 << Verdict::PauseForToken;
    // Never retried, final at once.
    for (int status : {400, 403, 404, 406, 409, 415}) {
        QTest::addRow("%d final", status) << fromStatus(status) << 1 << 10 << Verdict::Fail;
    }
    // Transient: retried while attempts and budget last.
    for (int status : {408, 429, 500, 502, 503, 504}) {
        QTest::addRow("%d attempt 1", status) << fromStatus(status) << 1 << 10 << Verdict::Retry;
        QTest::addRow("%d attempt 3", status) << fromStatus(status) << 3 << 10 << Verdict::Retry;
        QTest::addRow("%d attempt 4 = max", status) << fromStatus(status) << 4 << 10 << Verdict::Fail;
        QTest::addRow("%d budget spent", status) << fromStatus(status) << 1 << 0 << Verdict::Fail;
    }
    QTest::newRow("network") << ofKind(Kind::Network) << 2 << 1 << Verdict::Retry;
    QTest::newRow("timeout") << ofKind(Kind::Timeout) << 2 << 1 << Verdict::Retry;
    QTest::newRow("protocol") << ofKind(Kind::Protocol) << 2 << 1 << Verdict::Retry;
    QTest::newRow("protocol attempts spent") << ofKind(Kind::Protocol) << 4 << 1 << Verdict::Fail;
    QTest::newRow("negative budget") << ofKind(Kind::Network) << 1 << -2 << Verdict::Fail;
    QTest::newRow("tls") << ofKind(Kind::Tls) << 1 << 10 << Verdict::Fail;
    QTest::newRow("501") << fromStatus(501) << 1 << 10 << Verdict::Fail;
    // Retry-After: honoured up to 60 s, longer pauses the run.
    QTest::newRow("429 Retry-After 5") << fromStatus(429, "5") << 1 << 10 << Verdict::Retry;
    QTest::newRow("429 Retry-After 60") << fromStatus(429, "60") << 1 << 10 << Verdict::Retry;
    QTest::newRow("429 Retry-After 61") << fromStatus(429, "61") << 1 << 10
                                        << Verdict::PauseForRetryAfter;
    QTest::newRow("503 Retry-After 3600") << fromStatus(503, "3600") << 2 << 10
                                          << Verdict::PauseForRetryAfter;
    QTest::newRow("429 Retry-After 61, attempts spent") << fromStatus(429, "61") << 4 << 10
                                                        << Verdict::Fail;
    QTest::newRow("429 Retry-After 61, budget spent") << fromStatus(429, "61") << 1 << 0
                                                      << Verdict::Fail;
}

void TestRetryPolicy::decide()
{
    QFETCH(ApiError, error);
    QFETCH(int, attemptsMade);
    QFETCH(int, budgetLeft);
    QFETCH(Verdict, verdict);
    const RetryPolicy policy;
    QCOMPARE(policy.decide(error, attemptsMade, budgetLeft), verdict);
}

void TestRetryPolicy::backoff_data()
{
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");

    // Full jitter: uniform in [0, min(8 s, 0.5 s * 2^(n-1))).
    const qint64 ceilings[] = {500, 1000, 2000, 4000, 8000, 8000, 8000};
    for (int n = 1; n <= 7; ++n) {
        const qint64 ceiling = ceilings[n - 1];
        QTest::addRow("attempt %d random 0", n) << n << 0.0 << qint64(0);
        QTest::addRow("attempt %d random 0.999", n) << n << 0.999 << qint64(ceiling * 999 / 1000);
        QTest::addRow("attempt %d random 0.5", n) << n << 0.5 << ceiling / 2;
    }
    QTest::newRow("attempt 1000 stays capped") << 1000 << 0.999 << qint64(7992);
    QTest::newRow("attempt 0 treated as first") << 0 << 0.999 << qint64(499);
}

void TestRetryPolicy::backoff()
{
    QFETCH(int, attemptsMade);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    const RetryPolicy policy;
    const auto wait = policy.backoff(attemptsMade, random);
    QCOMPARE(wait.count(), expectedMs);
    QVERIFY(wait >= 0ms);
    QVERIFY(wait <= policy.backoffCap);
}

void TestRetryPolicy::retryDelay_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("no header: backoff") << fromStatus(503) << 2 << 0.5 << qint64(500);
    QTest::newRow("Retry-After replaces backoff") << fromStatus(429, "7") << 1 << 0.999 << qint64(7000);
    QTest::newRow("Retry-After 0") << fromStatus(429, "0") << 3 << 0.999 << qint64(0);
    QTest::newRow("Retry-After over the cap, under 60 s") << fromStatus(503, "30") << 1 << 0.0
                                                          << qint64(30000);
    QTest::newRow("Retry-After 60 s") << fromStatus(429, "60") << 1 << 0.0 << qint64(60000);
    QTest::newRow("Retry-After too long: backoff") << fromStatus(429, "61") << 1 << 0.999
                                                   << qint64(499);
    QTest::newRow("timeout: backoff") << ofKind(Kind::Timeout) << 4 << 0.999 << qint64(3996);
}

void TestRetryPolicy::retryDelay()
{
    QFETCH(ApiError, error);
    QFETCH(int, attemptsMade);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    const RetryPolicy policy;
    QCOMPARE(policy.retryDelay(error, attemptsMade, random).count(), expectedMs);
}

void TestRetryPolicy::scaled_data()
{
    QTest::addColumn<double>("timeScale");
    QTest::addColumn<qint64>("waitMs");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("product: unchanged") << 1.0 << qint64(8000) << qint64(8000);
    QTest::newRow("tests: cap") << 0.001 << qint64(8000) << qint64(8);
    QTest::newRow("tests: Retry-After 60 s") << 0.001 << qint64(60000) << qint64(60);
    QTest::newRow("tests: rounds half up") << 0.001 << qint64(500) << qint64(1);
    QTest::newRow("tests: tiny wait") << 0.001 << qint64(499) << qint64(0);
    QTest::newRow("zero") << 0.5 << qint64(0) << qint64(0);
    QTest::newRow("negative scale") << -1.0 << qint64(1000) << qint64(0);
    QTest::newRow("slower") << 2.0 << qint64(1000) << qint64(2000);
}

void TestRetryPolicy::scaled()
{
    QFETCH(double, timeScale);
    QFETCH(qint64, waitMs);
    QFETCH(qint64, expectedMs);
    RetryPolicy policy;
    policy.timeScale = timeScale;
    QCOMPARE(policy.scaled(std::chrono::milliseconds(waitMs)).count(), expectedMs);
}

void TestRetryPolicy::retryBudget_data()
{
    QTest::addColumn<double>("ratio");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("budget");

    QTest::newRow("no requests: minimum") << 0.2 << 3 << 0 << 3;
    QTest::newRow("10 requests: minimum") << 0.2 << 3 << 10 << 3;
    QTest::newRow("19 requests: minimum") << 0.2 << 3 << 19 << 3;
    QTest::newRow("20 requests: 4") << 0.2 << 3 << 20 << 4;
    QTest::newRow("24 requests: floor") << 0.2 << 3 << 24 << 4;
    QTest::newRow("100 requests: 20 %") << 0.2 << 3 << 100 << 20;
    QTest::newRow("500 requests: 20 %") << 0.2 << 3 << 500 << 100;
    QTest::newRow("negative requests") << 0.2 << 3 << -5 << 3;
    QTest::newRow("other ratio") << 0.1 << 1 << 55 << 5;
}

void TestRetryPolicy::retryBudget()
{
    QFETCH(double, ratio);
    QFETCH(int, minimum);
    QFETCH(int, requests);
    QFETCH(int, budget);
    RetryPolicy policy;
    policy.retryBudgetRatio = ratio;
    policy.retryBudgetMinimum = minimum;
    QCOMPARE(policy.retryBudget(requests), budget);
    // Retries counted among the requests still stay at or under the ratio (beyond the minimum).
    if (budget > minimum)
        QVERIFY(budget <= ratio * requests);
}

void TestRetryPolicy::rateLimitHalves_data()
{
    QTest::addColumn<int>("minConcurrency");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("expected");

    QTest::newRow("16 -> 8") << 1 << 16 << 8;
    QTest::newRow("5 -> 2") << 1 << 5 << 2;
    QTest::newRow("4 -> 2") << 1 << 4 << 2;
    QTest::newRow("3 -> 1") << 1 << 3 << 1;
    QTest::newRow("2 -> 1") << 1 << 2 << 1;
    QTest::newRow("1 stays 1") << 1 << 1 << 1;
    QTest::newRow("minimum 2") << 2 << 3 << 2;
}

void TestRetryPolicy::rateLimitHalves()
{
    QFETCH(int, minConcurrency);
    QFETCH(int, current);
    QFETCH(int, expected);
    RetryPolicy policy;
    policy.minConcurrency = minConcurrency;
    QCOMPARE(policy.concurrencyAfterRateLimit(current), expected);
}

void TestRetryPolicy::growsBack_data()
{
    QTest::addColumn<int>("configured");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("successes");
    QTest::addColumn<int>("expected");

    QTest::newRow("not enough successes") << 4 << 1 << 4 << 1;
    QTest::newRow("one step") << 4 << 1 << 5 << 2;
    QTest::newRow("one step only, however many") << 4 << 1 << 50 << 2;
    QTest::newRow("to the limit") << 4 << 3 << 5 << 4;
    QTest::newRow("never above the limit") << 4 << 4 << 5 << 4;
    QTest::newRow("configured above 16 is clamped") << 40 << 16 << 5 << 16;
    QTest::newRow("limit lowered meanwhile") << 2 << 3 << 0 << 2;
}

void TestRetryPolicy::growsBack()
{
    QFETCH(int, configured);
    QFETCH(int, current);
    QFETCH(int, successes);
    QFETCH(int, expected);
    RetryPolicy policy;
    policy.concurrency = configured;
    QCOMPARE(policy.successesPerConcurrencyStep, 5);
    QCOMPARE(policy.concurrencyAfterSuccesses(current, successes), expected);
}

void TestRetryPolicy::clamped_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");

    QTest::newRow("negative") << -3 << 1;
    QTest::newRow("zero") << 0 << 1;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("default") << 4 << 4;
    QTest::newRow("sixteen") << 16 << 16;
    QTest::newRow("seventeen") << 17 << 16;
    QTest::newRow("huge") << 100000 << 16;
}

void TestRetryPolicy::clamped()
{
    QFETCH(int, requested);
    QFETCH(int, expected);
    const RetryPolicy policy;
    QCOMPARE(policy.clampedConcurrency(requested), expected);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
