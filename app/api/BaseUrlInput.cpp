#include "BaseUrlInput.h"

#include "AccessToken.h"
#include "Environment.h"

#include <QRegularExpression>

namespace gobiz {

namespace {

// The port written in the address ("99999" in http://127.0.0.1:99999/), or empty when there is
// none. QUrl refuses an out-of-range port by becoming invalid and empty, which would leave
// nothing to explain, so the port is read from the text.
QString portText(const QString &text)
{
    const qsizetype schemeEnd = text.indexOf(u"://");
    const qsizetype authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    qsizetype authorityEnd = text.size();
    for (const QChar end : {u'/', u'?', u'#'}) {
        const qsizetype at = text.indexOf(end, authorityStart);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    QString authority = text.mid(authorityStart, authorityEnd - authorityStart);
    authority = authority.mid(authority.lastIndexOf(u'@') + 1); // user info is refused later
    const qsizetype bracket = authority.lastIndexOf(u']'); // [::1]:8080
    const qsizetype colon = authority.lastIndexOf(u':');
    if (colon < 0 || colon < bracket || (bracket < 0 && authority.count(u':') > 1))
        return {};
    return authority.mid(colon + 1);
}

} // namespace

BaseUrlInput BaseUrlInput::parse(const QString &typed)
{
    BaseUrlInput input;
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        input.problem = Environment::validateBaseUrl(QUrl());
        return input;
    }
    if (AccessToken::looksLikeToken(text)) {
        input.looksLikeToken = true;
        input.problem = tr("This looks like an access token, not an address, so it is not used "
                           "here. Enter the API address (for example https://api.gobiz.co.id) "
                           "and paste the token on the wizard's Access token page.");
        return input;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isSpace()) {
            input.problem = tr("The address has a space at character %1. Remove it: a web "
                               "address has no spaces.")
                                .arg(i + 1);
            return input;
        }
    }
    const qsizetype schemeEnd = text.indexOf(u"://");
    if (schemeEnd < 0) {
        input.problem = tr("Start the address with https:// (for example https://%1).").arg(text);
        return input;
    }
    const QString scheme = text.left(schemeEnd).toLower();
    if (scheme != u"https" && scheme != u"http") {
        // Environment's sentences where they are the same: one translation each.
        input.problem = Environment::tr("The address must start with https:// (found \"%1\").")
                            .arg(text.left(schemeEnd));
        return input;
    }
    const QString port = portText(text);
    if (!port.isEmpty()) {
        bool isNumber = false;
        const qlonglong number = port.toLongLong(&isNumber);
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (!digits.match(port).hasMatch() || !isNumber || number < 1 || number > 65535) {
            input.problem = tr("The port \"%1\" is not possible: a port is a number from 1 to "
                               "65535. Check the number after the last \":\" (the sandbox prints "
                               "its address when it starts, e.g. http://127.0.0.1:8765/).")
                                .arg(port.left(12));
            return input;
        }
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        input.problem = Environment::tr(
            "\"%1\" is not a web address. Enter it like https://api.gobiz.co.id.")
                            .arg(text);
        return input;
    }
    const QString apiPath = Environment::apiPathIn(url);
    if (!apiPath.isEmpty() && !url.hasQuery() && !url.hasFragment()) {
        url = Environment::withoutApiPath(url);
        input.note = tr("The address ended in the API's own path (%1). The wizard adds that "
                        "path itself, so it uses %2.")
                         .arg(apiPath, url.toDisplayString());
    }
    input.problem = Environment::validateBaseUrl(url);
    input.url = url;
    return input;
}

} // namespace gobiz
