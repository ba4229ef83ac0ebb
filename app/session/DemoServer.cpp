#include "DemoServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace gobiz {

std::unique_ptr<DemoServer> DemoServer::start(QString *error)
{
    // Beside the program (the build tree, Windows, a macOS bundle's MacOS folder), then where
    // the Linux package installs it (GOBIZ_DEMO_MODULE_DIR, relative to the program's folder).
    const QDir programs(QCoreApplication::applicationDirPath());
    QStringList problems;
    for (const QString &folder : {QStringLiteral("."), QStringLiteral(GOBIZ_DEMO_MODULE_DIR)}) {
        // Never unloaded: the server and its code stay until the program ends.
        QLibrary module(QDir::cleanPath(programs.filePath(folder + QStringLiteral("/gobiz-demo"))));
        if (!module.load()) {
            problems << module.errorString(); // names the file it tried
            continue;
        }
        const auto startServer =
            reinterpret_cast<DemoServerStart>(module.resolve(demoServerStartSymbol));
        if (!startServer) {
            *error = module.errorString();
            return nullptr;
        }
        return std::unique_ptr<DemoServer>(startServer(error));
    }
    *error = QCoreApplication::translate("gobiz::DemoServer",
                                         "the demo module (gobiz-demo) is not installed: %1")
                 .arg(problems.join(QStringLiteral("; ")));
    return nullptr;
}

} // namespace gobiz
