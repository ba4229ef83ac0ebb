#include "AccessToken.h"

#include "KeyTable.h"

#include <QRegularExpression>

namespace gobiz {

namespace {

bool isInvisibleEdge(QChar c)
{
    // What pasting from web pages, chat apps and PDFs adds around text.
    switch (c.unicode()) {
    case 0x200B: // zero width space
    case 0x200C:
    case 0x200D:
    case 0x2060: // word joiner
    case 0xFEFF: // byte order mark
        return true;
    default:
        return c.isSpace();
    }
}

QString trimInvisible(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isInvisibleEdge(text.at(begin)))
        ++begin;
    while (end > begin && isInvisibleEdge(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

bool isQuotePair(QChar open, QChar close)
{
    static const std::pair<char16_t, char16_t> pairs[] = {
        {u'"', u'"'}, {u'\'', u'\''}, {u'`', u'`'}, {u'\u201C', u'\u201D'},
        {u'\u2018', u'\u2019'}, {u'\u00AB', u'\u00BB'}, {u'<', u'>'},
    };
    for (const auto &[first, second] : pairs) {
        if (open.unicode() == first && close.unicode() == second)
            return true;
    }
    return false;
}

QString stripDecorations(QString text)
{
    static const QString prefixes[] = {
        QStringLiteral("authorization:"),
        QStringLiteral("bearer"),
    };
    // Each pass removes one layer; "Authorization: Bearer \"...\"" needs three. Text that still
    // sheds a layer after eight is decoration all the way down (e.g. ten quotes), not a token:
    // stopping early would let "''" through as a token (found by fuzz_accesstoken).
    for (int pass = 0;; ++pass) {
        const QString before = text;
        text = trimInvisible(text);
        if (text.size() >= 2 && isQuotePair(text.front(), text.back()))
            text = text.mid(1, text.size() - 2);
        for (const QString &prefix : prefixes) {
            if (text.startsWith(prefix, Qt::CaseInsensitive)
                && (text.size() == prefix.size() || isInvisibleEdge(text.at(prefix.size()))
                    || prefix.endsWith(u':'))) {
                text = text.mid(prefix.size());
            }
        }
        if (text == before)
            return trimInvisible(text);
        if (pass == 8)
            return {};
    }
}

} // namespace

TokenCheck AccessToken::normalize(const QString &pasted)
{
    TokenCheck check;
    const QString token = stripDecorations(pasted);
    if (token.isEmpty()) {
        check.problem = TokenCheck::Problem::Empty;
        return check;
    }
    if (token.size() > maxLength) {
        check.problem = TokenCheck::Problem::TooLong;
        check.position = int(token.size());
        return check;
    }
    for (qsizetype i = 0; i < token.size(); ++i) {
        const QChar c = token.at(i);
        if (c.isSpace() && c.unicode() < 0x80 && c != u'\x0b' && c != u'\x0c') {
            check.problem = TokenCheck::Problem::EmbeddedWhitespace;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            check.problem = TokenCheck::Problem::ControlCharacter;
        } else if (c.unicode() > 0x7E) {
            check.problem = TokenCheck::Problem::NonAscii;
        } else {
            continue;
        }
        check.position = int(i);
        return check;
    }
    check.token = token;
    check.problem = TokenCheck::Problem::None;
    return check;
}

bool AccessToken::looksLikeToken(const QString &text)
{
    const QString trimmed = trimInvisible(text);
    if (trimmed.startsWith(u"bearer ", Qt::CaseInsensitive)
        || trimmed.startsWith(u"authorization:", Qt::CaseInsensitive))
        return true;
    if (trimmed.contains(u"://"))
        return false; // an address (one with a token in its query is refused for its query)
    // A JWT: base64url of "{\"…" (eyJ), three parts.
    static const QRegularExpression jwt(
        QStringLiteral("^eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"));
    if (jwt.match(trimmed).hasMatch())
        return true;
    constexpr int shortestOpaqueToken = 20;
    if (trimmed.size() < shortestOpaqueToken)
        return false;
    // An address typed without its scheme: a host name with a top-level domain, localhost, an
    // IPv4 or [IPv6] address, then an optional port and path.
    static const QRegularExpression address(QStringLiteral(
        "^(localhost|[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}|\\d{1,3}(\\.\\d{1,3}){3}"
        "|\\[[0-9A-Fa-f:.]+\\])(:\\d*)?([/?#].*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (address.match(trimmed).hasMatch())
        return false;
    const TokenCheck check = normalize(trimmed);
    return check.isValid();
}

QString AccessToken::redacted(const QString &token)
{
    return token.isEmpty() ? tr("[no token]") : tr("[token redacted]");
}

namespace {

// What %1 in a problem's sentence stands for.
enum class Cites { Nothing, Character, Length };

struct ProblemRow
{
    TokenCheck::Problem value;
    Cites cites;
    const char *sentence;
};

// The character itself is never echoed (it is a secret), only where it is.
constexpr ProblemRow problemRows[] = {
    {TokenCheck::Problem::None, Cites::Nothing,
        QT_TRANSLATE_NOOP(
            "AccessToken", "The token looks well-formed. Next checks it with GoBiz.")},
    {TokenCheck::Problem::Empty, Cites::Nothing,
        QT_TRANSLATE_NOOP("AccessToken", "Paste the merchant's access token.")},
    {TokenCheck::Problem::EmbeddedWhitespace, Cites::Character,
        QT_TRANSLATE_NOOP("AccessToken",
            "The token has a space or line break at character %1. Copy it "
            "again as one piece, without line breaks.")},
    {TokenCheck::Problem::ControlCharacter, Cites::Character,
        QT_TRANSLATE_NOOP("AccessToken",
            "The token has an invisible control character at character %1. "
            "Copy it again from where it was issued.")},
    {TokenCheck::Problem::NonAscii, Cites::Character,
        QT_TRANSLATE_NOOP("AccessToken",
            "The token has a character that cannot be part of a token at "
            "character %1 (often a smart quote or an invisible space). Copy "
            "it again from where it was issued.")},
    {TokenCheck::Problem::TooLong, Cites::Length,
        QT_TRANSLATE_NOOP("AccessToken",
            "This is %1 characters long, far more than an access token. "
            "Check that you copied only the token.")},
};

} // namespace

QString TokenCheck::message() const
{
    const ProblemRow *row = KeyTable::rowOf(problemRows, problem);
    if (!row)
        return {};
    const QString sentence = AccessToken::tr(row->sentence);
    switch (row->cites) {
    case Cites::Nothing:
        break;
    case Cites::Character:
        return sentence.arg(position + 1); // 1-based for people
    case Cites::Length:
        return sentence.arg(position); // normalize() keeps the length there
    }
    return sentence;
}

} // namespace gobiz
