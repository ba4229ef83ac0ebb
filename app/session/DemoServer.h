#pragma once

#include <QString>
#include <QUrl>

#include <memory>

namespace gobiz {

// The demo merchant's GoBiz for --demo: the sandbox (app/sandbox) on a free loopback port,
// serving from this program's event loop. It is built as a module of its own (gobiz-demo),
// loaded only when a demo is asked for: linked into the wizard, the sandbox's QHttpServer and
// QWebSockets were loaded by every start (≈1 ms before main() on a 2-core VM).
class DemoServer
{
public:
    virtual ~DemoServer() = default;

    virtual QUrl baseUrl() const = 0; // e.g. http://127.0.0.1:41234/
    virtual QString ownerToken() const = 0; // the demo merchant's owner (a made-up value)

    // Loads the module (beside the program, or where the package puts it) and starts its
    // server. Null, and *error says why, when the module is missing or the server cannot listen.
    static std::unique_ptr<DemoServer> start(QString *error);
};

// The module's one entry point, found by name: extern "C" DemoServer *gobiz_demo_server_start(
// QString *error), which starts the server, or answers null and says why in *error.
using DemoServerStart = DemoServer *(*)(QString *error);
inline constexpr char demoServerStartSymbol[] = "gobiz_demo_server_start";

} // namespace gobiz
