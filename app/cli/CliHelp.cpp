// gobiz-outlets --help and <command> --help: every text translated (context gobiz::cli::Cli).
#include "CliCommand.h"

namespace gobiz::cli {

namespace {

QString globalOptions()
{
    return Tr::tr(
        "Options for every command:\n"
        "  --environment NAME     production, sandbox or custom (default: the wizard's last)\n"
        "  --base-url URL         the API address for --environment custom\n"
        "  --partner-profile FILE the partner profile (JSON) for login\n"
        "  --lang en|id           language of messages\n"
        "  --proxy PROXY          system, none, http://HOST:PORT or socks5://HOST:PORT\n"
        "  --journal FILE         the link journal (default: the wizard's)\n"
        "  --token-stdin          read the access token from standard input\n"
        "  --account KEY          use this remembered sign-in or token (see status)\n"
        "  --help, --version\n");
}

QString tokenSources()
{
    return Tr::tr(
        "The access token never goes on the command line. It comes from standard input\n"
        "(--token-stdin), the GOBIZ_TOKEN environment variable, the keychain entry the wizard\n"
        "or gobiz-outlets login remembered (--account KEY, or the only one), in that order.\n");
}

QString exitCodes()
{
    return Tr::tr(
        "Exit status:\n"
        "  0    all done\n"
        "  1    failed: nothing asked for was done\n"
        "  2    usage or bad input (an option, a plan row: FILE:LINE); nothing was sent\n"
        "  3    partly done: some changes failed or were refused\n"
        "  4    sign-in needed: no token, or GoBiz refused it (401)\n"
        "  5    the link journal cannot be written (or the wizard has it open)\n"
        "  130  interrupted (Ctrl-C): what was sent is recorded; run resume for the rest\n"
        "       (a second Ctrl-C stops waiting for the requests on their way)\n");
}

QString usage(Verb verb)
{
    switch (verb) {
    case Verb::Outlets:
        return Tr::tr("Usage: gobiz-outlets outlets [--json|--csv]\n\n"
                      "The merchant's outlets: roles, primary outlet, external ids and what this\n"
                      "computer saw GoBiz confirm (GoBiz has no API to read link state).\n");
    case Verb::Link:
        return Tr::tr("Usage: gobiz-outlets link OUTLET... --product gofood|payment "
                      "[--external-id ID] [--yes]\n\n"
                      "Links the outlets. A link needs the partner's external outlet id: given\n"
                      "with --external-id (one outlet), or the one the journal keeps. The first\n"
                      "GoFood link switches the outlet to Auto Accept: confirm it with --yes,\n"
                      "or answer the question on a terminal.\n"
                      "  --concurrency N  requests in flight (1-16, default 4)\n"
                      "  --stop-on-error  stop sending at the first failure\n"
                      "  --json, --csv    the results for machines\n");
    case Verb::Unlink:
        return Tr::tr("Usage: gobiz-outlets unlink OUTLET... --product gofood|payment [--yes]\n\n"
                      "Unlinks the outlets (confirmed with --yes or on a terminal). Unlinking\n"
                      "does not switch Auto Accept off.\n"
                      "  --concurrency N, --stop-on-error, --json, --csv as for link\n");
    case Verb::Apply:
        return Tr::tr("Usage: gobiz-outlets apply PLAN.csv [--dry-run] [--stop-on-error] "
                      "[--concurrency N] [--yes]\n\n"
                      "One row per change, with a header row:\n"
                      "  outlet_id,product,action,external_outlet_id\n"
                      "product: gofood or payment; action: link or unlink; external_outlet_id\n"
                      "for links (or the one the journal keeps). UTF-8 with or without BOM;\n"
                      "',' ';' or tab; CRLF; quoted fields (as Excel writes them). A row that\n"
                      "cannot be used is named by FILE:LINE and nothing is sent (exit 2).\n"
                      "  --dry-run        print what would be sent and what would be refused\n");
    case Verb::Status:
        return Tr::tr("Usage: gobiz-outlets status [--json|--csv]\n\n"
                      "What the link journal knows: with a token, this merchant's cells and its\n"
                      "unfinished plan; without one, every unfinished plan, by merchant, and the\n"
                      "remembered accounts.\n");
    case Verb::Resume:
        return Tr::tr("Usage: gobiz-outlets resume [--yes]\n\n"
                      "Completes the merchant's unfinished plan (after a crash, kill -9 or\n"
                      "Ctrl-C): what was asked for and not sent, and what was sent without an\n"
                      "answer (link and unlink are idempotent).\n");
    case Verb::Report:
        return Tr::tr("Usage: gobiz-outlets report [--format csv|json]\n\n"
                      "The report of the last run of gobiz-outlets on this computer, from the\n"
                      "journal (no token needed), with GoBiz's request ids; never the token.\n");
    case Verb::Login:
        return Tr::tr("Usage: gobiz-outlets login [--another-account]\n\n"
                      "Sign in with GoBiz (needs a partner profile): prints the link and the\n"
                      "pairing code on standard error, to open on any device (it works over\n"
                      "SSH), and remembers the sign-in in the keychain.\n");
    case Verb::Logout:
        return Tr::tr("Usage: gobiz-outlets logout [--account KEY]\n\n"
                      "Forgets the remembered sign-in or token and ends it at the partner.\n");
    case Verb::None:
        break;
    }
    return Tr::tr(
        "Usage: gobiz-outlets COMMAND [OPTIONS]\n\n"
        "Links a GoBiz merchant's outlets to a facilitator partner, for GoFood and Payment,\n"
        "with the wizard's engine, journal and sentences. Results on standard output,\n"
        "progress and messages on standard error.\n\n"
        "Commands:\n"
        "  outlets                the merchant's outlets\n"
        "  link OUTLET...         link outlets (--product gofood|payment)\n"
        "  unlink OUTLET...       unlink outlets\n"
        "  apply PLAN.csv         every change of a plan\n"
        "  status                 what the journal knows\n"
        "  resume                 complete an interrupted plan\n"
        "  report                 the last run's report (--format csv|json)\n"
        "  login, logout          sign in with GoBiz (partner profile), sign out\n\n"
        "gobiz-outlets COMMAND --help says more.\n");
}

} // namespace

QString helpText(Verb verb)
{
    return usage(verb) + u'\n' + globalOptions() + u'\n' + tokenSources() + u'\n' + exitCodes();
}

} // namespace gobiz::cli
