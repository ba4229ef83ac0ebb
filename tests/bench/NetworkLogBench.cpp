// gobiz-network-log-bench: the network log window with 20,000 requests (issue 11: "fine with
// 20,000 entries"). Real requests: GoBizClient over the session's recording network manager
// (Connection) to an in-process sandbox at 0 ms latency, 4 in flight, 10 % answered 503, while
// the real NetworkLogWindow is shown and follows the newest row; then the person's clicks on
// the filled window: "Problems only", "All requests", and an outlet id typed into the filter,
// each timed until the view has laid out and painted it.
//
//   gobiz-network-log-bench [--requests N] [--quick]
//
// Figures: wall time and GUI-thread gaps (p99, max) while recording with the window shown,
// against the same requests with the window closed; per-request cost of the window; each
// click's and keystroke's time. Goals: gaps p99 <= 16 ms, max <= 50 ms; a filter click or a
// keystroke <= 100 ms at 20,000 rows. --quick (ctest) only checks that every step runs.
#include "EventLoopGaps.h"
#include "NetworkLogWindow.h"
#include "api/ApiReply.h"
#include "api/GoBizClient.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"
#include "session/Connection.h"
#include "session/SupportDesk.h"
#include "support/NetworkLog.h"
#include "support/NetworkLogFilter.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QTableView>
#include <QTest>
#include <cstdio>

using namespace gobiz;
using namespace gobiz::sandbox;

namespace {

void print(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

struct Recorded
{
    double wallMs = 0;
    double p99 = 0;
    double max = 0;
};

// Sends `count` links, 4 in flight, and waits for every answer.
Recorded record(GoBizClient *client, const QStringList &outlets, int count)
{
    EventLoopGaps gaps;
    QElapsedTimer wall;
    // An event loop of its own, not QTest::qWaitFor (which sleeps 10 ms between rounds).
    QEventLoop loop;
    int sent = 0;
    int answered = 0;
    std::function<void()> sendOne = [&] {
        const QString outlet = outlets.at(sent % outlets.size());
        ++sent;
        ApiReply *reply = client->link(outlet, sent % 2 ? Product::GoFood : Product::Payment, u"POS-"_qs + outlet);
        QObject::connect(reply, &ApiReply::finished, reply, [&, reply] {
            reply->deleteLater();
            ++answered;
            if (sent < count)
                sendOne();
            else if (answered == count)
                loop.quit();
        });
    };
    wall.start();
    gaps.start();
    for (int i = 0; i < 4 && sent < count; ++i)
        sendOne();
    loop.exec();
    gaps.stop();
    const EventLoopGaps::Figures figures = gaps.figures();
    return {wall.nsecsElapsed() / 1e6, figures.p99, figures.max};
}

void settle(QTableView *table)
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    table->viewport()->repaint();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"gobiz.*.info=false\ngobiz.*.debug=false"_qs);
    QCommandLineParser parser;
    const QCommandLineOption requestsOption(u"requests"_qs, u"Requests to record."_qs, u"N"_qs, u"20000"_qs);
    const QCommandLineOption quickOption(u"quick"_qs, u"A short run that checks every step."_qs);
    parser.addOptions({requestsOption, quickOption});
    parser.addHelpOption();
    parser.process(app);
    const int requests = parser.isSet(quickOption) ? 400 : parser.value(requestsOption).toInt();

    SandboxServer server(FixtureGenerator::fixture(500, 11));
    if (!server.start())
        return 2;
    QString specError;
    if (!server.faults().addSpec(u"link:503:0.1"_qs, &specError))
        return 2;
    Connection connection;
    GoBizClient *client = connection.client();
    client->setBaseUrl(server.baseUrl());
    client->setToken(DemoTokens::owner());
    QStringList outlets;
    for (const auto &outlet : server.fixture().merchants.first().outlets)
        outlets << outlet.id;
    SupportDesk desk(&connection, nullptr, {});
    connection.networkLog()->setCapacity(qMax(50000, 2 * requests));

    // The same requests, window closed, then shown and following the newest row.
    const Recorded closed = record(client, outlets, requests);
    connection.networkLog()->clear();
    ui::NetworkLogWindow window(&desk);
    window.resize(1200, 700);
    window.present();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    const Recorded shown = record(client, outlets, requests);
    connection.networkLog()->flush(); // the last batch, without waiting for its timer
    auto *table = window.findChild<QTableView *>(u"networkLogTable"_qs);
    auto *show = window.findChild<QComboBox *>(u"networkLogShow"_qs);
    auto *text = window.findChild<QLineEdit *>(u"networkLogText"_qs);
    if (!table || !show || !text || connection.networkLog()->rowCount() != requests)
        return 3;
    print(u"network log: %1 requests recorded, 4 in flight, 0 ms latency, 10 % answered 503"_qs.arg(requests));
    print(u"  window closed: %1 ms wall; GUI-thread gaps p99 %2 / max %3 ms"_qs
              .arg(closed.wallMs, 0, 'f', 0).arg(closed.p99, 0, 'f', 1).arg(closed.max, 0, 'f', 1));
    print(u"  window shown:  %1 ms wall; GUI-thread gaps p99 %2 / max %3 ms (goal <= 16 / 50)"_qs
              .arg(shown.wallMs, 0, 'f', 0).arg(shown.p99, 0, 'f', 1).arg(shown.max, 0, 'f', 1));
    print(u"  the shown window costs %1 ms per request"_qs
              .arg((shown.wallMs - closed.wallMs) / requests, 0, 'f', 3));

    const auto timeMs = [table](const std::function<void()> &event) {
        QElapsedTimer timer;
        timer.start();
        event();
        settle(table);
        return timer.nsecsElapsed() / 1e6;
    };
    const double problems = timeMs([&] { show->setCurrentIndex(show->findData(int(NetworkLogFilter::Show::Problems))); });
    const int problemRows = table->model()->rowCount();
    const double all = timeMs([&] { show->setCurrentIndex(0); });
    text->setFocus();
    double slowestKey = 0;
    for (const QChar c : outlets.at(7))
        slowestKey = qMax(slowestKey, timeMs([&] { QTest::keyClick(text, c.toLatin1()); }));
    const int outletRows = table->model()->rowCount();
    print(u"  click \"Problems only\": %1 ms (%2 rows); \"All requests\": %3 ms (goal <= 100)"_qs
              .arg(problems, 0, 'f', 1).arg(problemRows).arg(all, 0, 'f', 1));
    print(u"  typing an outlet id: slowest keystroke %1 ms, %2 rows left (goal <= 100)"_qs
              .arg(slowestKey, 0, 'f', 1).arg(outletRows));
    return problemRows > 0 && outletRows > 0 ? 0 : 4;
}
