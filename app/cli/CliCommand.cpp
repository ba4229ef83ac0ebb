#include "CliCommand.h"

#include "api/ArgumentSecrets.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace gobiz::cli {

namespace {

struct VerbRow
{
    Verb verb;
    const char16_t *name;
};
constexpr VerbRow verbRows[] = {
    {Verb::Outlets, u"outlets"}, {Verb::Link, u"link"},     {Verb::Unlink, u"unlink"},
    {Verb::Apply, u"apply"},     {Verb::Status, u"status"}, {Verb::Resume, u"resume"},
    {Verb::Report, u"report"},   {Verb::Login, u"login"},   {Verb::Logout, u"logout"},
};

// The options that take a value, without dashes (for the token rule, too).
const QStringList &valueOptions()
{
    static const QStringList names = {
        QStringLiteral("environment"), QStringLiteral("base-url"), QStringLiteral("partner-profile"),
        QStringLiteral("lang"),        QStringLiteral("proxy"),    QStringLiteral("journal"),
        QStringLiteral("account"),     QStringLiteral("product"),  QStringLiteral("external-id"),
        QStringLiteral("concurrency"), QStringLiteral("format")};
    return names;
}

QString choice(const QString &value)
{
    return value.trimmed().toLower();
}

QString seeHelp(Verb verb)
{
    return verb == Verb::None
        ? Tr::tr("See gobiz-outlets --help.")
        : Tr::tr("See gobiz-outlets %1 --help.").arg(verbName(verb));
}

// Which options each command takes (beyond the global ones).
bool allows(Verb verb, const QString &option)
{
    static const QStringList global = {
        QStringLiteral("environment"), QStringLiteral("base-url"), QStringLiteral("partner-profile"),
        QStringLiteral("lang"),        QStringLiteral("proxy"),    QStringLiteral("journal"),
        QStringLiteral("token-stdin"), QStringLiteral("account"),  QStringLiteral("help"),
        QStringLiteral("version")};
    if (global.contains(option))
        return true;
    const bool changes = verb == Verb::Link || verb == Verb::Unlink || verb == Verb::Apply
        || verb == Verb::Resume;
    if (option == u"yes" || option == u"concurrency" || option == u"stop-on-error")
        return changes;
    if (option == u"json" || option == u"csv")
        return changes || verb == Verb::Outlets || verb == Verb::Status;
    if (option == u"product")
        return verb == Verb::Link || verb == Verb::Unlink;
    if (option == u"external-id")
        return verb == Verb::Link;
    if (option == u"dry-run")
        return verb == Verb::Apply;
    if (option == u"format")
        return verb == Verb::Report;
    if (option == u"another-account")
        return verb == Verb::Login;
    return false;
}

} // namespace

QString verbName(Verb verb)
{
    for (const VerbRow &row : verbRows) {
        if (row.verb == verb)
            return QString::fromUtf16(row.name);
    }
    return {};
}

std::optional<Verb> verbFromName(const QString &name)
{
    for (const VerbRow &row : verbRows) {
        if (name == QStringView(row.name))
            return row.verb;
    }
    return std::nullopt;
}

QString secretOnCommandLine(const QStringList &given)
{
    // File names (a plan, a journal, a profile) are long runs of token characters too; a name
    // ending in one of the extensions these files have, or naming a file that exists, is one.
    QStringList arguments;
    for (const QString &argument : given) {
        const QString value = argument.startsWith(u'-') && argument.contains(u'=')
            ? argument.section(u'=', 1)
            : argument;
        const QString lower = value.toLower();
        const bool fileName = lower.endsWith(u".csv") || lower.endsWith(u".json")
            || lower.endsWith(u".sqlite") || lower.endsWith(u".txt")
            || (value.contains(u'/') && QFileInfo::exists(value));
        arguments.append(!fileName ? argument
                             : argument.startsWith(u'-') && argument.contains(u'=')
                             ? argument.section(u'=', 0, 0) + QStringLiteral("=file")
                             : QStringLiteral("file"));
    }
    const QString how = Tr::tr(
        "A token does not belong on the command line: shells keep commands in their history and "
        "other users can see a program's arguments. Give it on standard input with "
        "--token-stdin, in the GOBIZ_TOKEN environment variable, or sign in with "
        "gobiz-outlets login.");
    if (const auto where = ArgumentSecrets::tokenLikeArgument(arguments, valueOptions())) {
        const QString what = where->isEmpty()
            ? Tr::tr("An argument looks like an access token, so it is not shown here.")
            : Tr::tr("The value given to %1 looks like an access token, so it is not shown here.")
                  .arg(*where);
        return what + u' ' + how;
    }
    if (ArgumentSecrets::namesASecret(arguments, {QStringLiteral("token-stdin")}))
        return Tr::tr("An access token is never accepted as an option.") + u' ' + how;
    return {};
}

ParsedCommand parseCommand(const QStringList &arguments)
{
    ParsedCommand parsed;
    Command &command = parsed.command;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QList<QCommandLineOption> options;
    for (const QString &name : valueOptions())
        options.append(QCommandLineOption(name, QString(), QStringLiteral("value")));
    for (const char *name : {"token-stdin", "yes", "json", "csv", "dry-run", "stop-on-error",
                             "another-account", "version"})
        options.append(QCommandLineOption(QString::fromLatin1(name)));
    options.append(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    options.append(QCommandLineOption(QStringLiteral("y")));
    parser.addOptions(options);
    if (!parser.parse(arguments)) {
        parsed.problem = parser.errorText() + u' ' + seeHelp(Verb::None);
        return parsed;
    }

    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        const auto verb = verbFromName(choice(positional.first()));
        if (!verb) {
            // Not echoed when it might be a secret (tokens are refused before this).
            parsed.problem = Tr::tr("Unknown command \"%1\".").arg(positional.first()) + u' '
                + seeHelp(Verb::None);
            return parsed;
        }
        command.verb = *verb;
        positional.removeFirst();
    }
    command.help = parser.isSet(QStringLiteral("help"));
    command.version = parser.isSet(QStringLiteral("version"));
    if (command.help || command.version)
        return parsed;
    if (command.verb == Verb::None) {
        parsed.problem = Tr::tr("Say what to do: outlets, link, unlink, apply, status, resume, "
                                "report, login or logout.")
            + u' ' + seeHelp(Verb::None);
        return parsed;
    }
    const Verb verb = command.verb;
    for (const QString &name : parser.optionNames()) {
        const QString option = name == u"h" ? QStringLiteral("help")
            : name == u"y"                  ? QStringLiteral("yes")
                                            : name;
        if (!allows(verb, option)) {
            parsed.problem = Tr::tr("%1 does not take --%2.").arg(verbName(verb), option) + u' '
                + seeHelp(verb);
            return parsed;
        }
    }

    command.environment = choice(parser.value(QStringLiteral("environment")));
    command.baseUrl = parser.value(QStringLiteral("base-url")).trimmed();
    command.partnerProfile = parser.value(QStringLiteral("partner-profile"));
    command.language = choice(parser.value(QStringLiteral("lang")));
    command.proxy = parser.value(QStringLiteral("proxy")).trimmed();
    command.journal = parser.value(QStringLiteral("journal"));
    command.tokenStdin = parser.isSet(QStringLiteral("token-stdin"));
    command.account = parser.value(QStringLiteral("account")).trimmed();
    command.externalId = parser.value(QStringLiteral("external-id")).trimmed();
    command.dryRun = parser.isSet(QStringLiteral("dry-run"));
    command.stopOnError = parser.isSet(QStringLiteral("stop-on-error"));
    command.yes = parser.isSet(QStringLiteral("yes")) || parser.isSet(QStringLiteral("y"));
    command.anotherAccount = parser.isSet(QStringLiteral("another-account"));
    if (command.tokenStdin && !command.account.isEmpty()) {
        parsed.problem = Tr::tr("Use either --token-stdin or --account, not both.");
        return parsed;
    }

    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv"))) {
        parsed.problem = Tr::tr("Choose one of --json and --csv.");
        return parsed;
    }
    if (parser.isSet(QStringLiteral("json")))
        command.format = OutputFormat::Json;
    else if (parser.isSet(QStringLiteral("csv")))
        command.format = OutputFormat::Csv;
    if (verb == Verb::Report) {
        const QString format = choice(parser.value(QStringLiteral("format")));
        if (format.isEmpty() || format == u"csv")
            command.format = OutputFormat::Csv;
        else if (format == u"json")
            command.format = OutputFormat::Json;
        else {
            parsed.problem = Tr::tr("Unknown report format \"%1\": use --format csv or --format "
                                    "json.")
                                 .arg(format);
            return parsed;
        }
    }

    if (parser.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        const int value = parser.value(QStringLiteral("concurrency")).trimmed().toInt(&ok);
        if (!ok || value < 1 || value > 16) {
            parsed.problem = Tr::tr("--concurrency takes a number from 1 to 16.");
            return parsed;
        }
        command.concurrency = value;
    }

    if (verb == Verb::Link || verb == Verb::Unlink) {
        const QString product = choice(parser.value(QStringLiteral("product")));
        command.product = productFromKey(product == u"payments" ? QStringLiteral("payment") : product);
        if (!command.product) {
            parsed.problem = product.isEmpty()
                ? Tr::tr("%1 needs --product gofood or --product payment.").arg(verbName(verb))
                : Tr::tr("Unknown product \"%1\": use gofood or payment.").arg(product);
            return parsed;
        }
        if (positional.isEmpty()) {
            parsed.problem = Tr::tr("%1 needs one or more outlet ids.").arg(verbName(verb)) + u' '
                + seeHelp(verb);
            return parsed;
        }
        if (!command.externalId.isEmpty() && positional.size() != 1) {
            parsed.problem = Tr::tr("--external-id names the partner's id of one outlet: give one "
                                    "outlet id with it, or use apply with a plan.");
            return parsed;
        }
        command.outlets = positional;
        positional.clear();
    } else if (verb == Verb::Apply) {
        if (positional.size() != 1) {
            parsed.problem = Tr::tr("apply needs one plan file (CSV).") + u' ' + seeHelp(verb);
            return parsed;
        }
        command.planPath = positional.takeFirst();
    }
    if (!positional.isEmpty()) {
        parsed.problem = Tr::tr("%1 takes no further arguments.").arg(verbName(verb)) + u' '
            + seeHelp(verb);
        return parsed;
    }
    return parsed;
}

} // namespace gobiz::cli
