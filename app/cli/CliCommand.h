#pragma once

#include "api/Product.h"
#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace gobiz::cli {

enum class Verb { None, Outlets, Link, Unlink, Apply, Status, Resume, Report, Login, Logout };
enum class OutputFormat { Table, Json, Csv };

QString verbName(Verb verb); // "outlets", ...
std::optional<Verb> verbFromName(const QString &name);

// What the person asked gobiz-outlets to do: the command line as a value. Pure, so every case
// is a data row in a test (tst_clicommand).
struct Command
{
    Verb verb = Verb::None;
    bool help = false;
    bool version = false;

    // global
    QString environment; // empty: the one the wizard used last
    QString baseUrl;
    QString partnerProfile;
    QString language;
    QString proxy; // "system", "none", "http://host:port", "socks5://host:port"
    QString journal; // empty: the wizard's own link journal
    // where the token comes from (none set: GOBIZ_TOKEN, then the keychain)
    bool tokenStdin = false;
    QString account; // a remembered keychain entry (its key)

    // commands
    QStringList outlets; // link, unlink
    std::optional<Product> product;
    QString externalId;
    QString planPath; // apply
    bool dryRun = false;
    bool stopOnError = false;
    int concurrency = 4;
    bool yes = false; // answers the confirmations (Auto Accept, unlink, roles) with yes
    OutputFormat format = OutputFormat::Table; // outlets, results; report: Csv or Json
    bool anotherAccount = false; // login
};

struct ParsedCommand
{
    Command command;
    // A sentence for the terminal when the command line cannot be used (exit 2). Never holds
    // an argument that looks like a token.
    QString problem;
    bool ok() const { return problem.isEmpty(); }
};

// arguments: as QCoreApplication::arguments() (the program name first).
ParsedCommand parseCommand(const QStringList &arguments);

// Refusals that come before anything else: a token-looking argument, an option naming a secret.
// Empty when there is none; the value is never in the sentence.
QString secretOnCommandLine(const QStringList &arguments);

// --help: the overview (verb None) or one command's usage, with the exit codes.
QString helpText(Verb verb);

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(gobiz::cli::Cli)
};

} // namespace gobiz::cli
