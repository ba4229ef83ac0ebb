// gobiz-demo: the sandbox as a module the wizard loads for --demo only (session/DemoServer.h).
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"
#include "session/DemoServer.h"

#include <memory>

namespace {

class SandboxDemoServer : public gobiz::DemoServer
{
public:
    SandboxDemoServer() : m_server(gobiz::sandbox::FixtureGenerator::demoFixture()) { }

    bool start(QString *error)
    {
        if (m_server.start())
            return true;
        *error = m_server.errorString();
        return false;
    }

    QUrl baseUrl() const override { return m_server.baseUrl(); }
    QString ownerToken() const override { return gobiz::sandbox::DemoTokens::owner(); }

private:
    gobiz::sandbox::SandboxServer m_server;
};

} // namespace

extern "C" Q_DECL_EXPORT gobiz::DemoServer *gobiz_demo_server_start(QString *error)
{
    auto server = std::make_unique<SandboxDemoServer>();
    if (!server->start(error))
        return nullptr;
    return server.release();
}
