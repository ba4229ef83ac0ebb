#pragma once
// "The system browser" at the one place the wizard hands a link to it (QDesktopServices::
// openUrl): Qt's own URL-handler hook receives the link instead, so a sign-in test can give it
// to the sandbox's seam or to a real browser. Kept apart from the test support headers so that
// only the tests that use it are moc'ed with it (tests/CMakeLists.txt).

#include <QDesktopServices>
#include <QList>
#include <QObject>
#include <QUrl>

namespace gobiz::testing {

class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    BrowserStandIn()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "open");
    }
    ~BrowserStandIn() override
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace gobiz::testing
