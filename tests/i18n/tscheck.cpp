// gobiz-tscheck: checks a Qt TS file against a fresh lupdate of the same sources.
//
//   gobiz-tscheck [--plural-only] --committed FILE.ts --updated COPY.ts
//
// COMMITTED is the file in resources/translations/; UPDATED is a copy of it that lupdate has just
// merged the current sources into (tests/i18n/check-translations.cmake makes it). Fails (exit 1)
// when a message the code uses
//   - is new or changed in the code and so missing from the committed file,
//   - is unfinished or empty there,
//   - is marked obsolete/vanished there although the code uses it again,
//   - or its translation drops or invents a %1/%n placeholder, a keyboard mnemonic (&), leading
//     or trailing spaces, or a closing "…".
// Obsolete messages the code no longer uses are only counted. --plural-only: the file holds only
// the plural (%n) messages (gobiz_en.ts, made with lupdate -pluralonly).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
    qint64 line = 0;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    bool inUse() const { return type != u"vanished" && type != u"obsolete"; }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                message = Message();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
                message.line = xml.lineNumber();
            } else if (inMessage && name == u"source") {
                message.source = xml.readElementText();
            } else if (inMessage && name == u"comment") {
                message.comment = xml.readElementText();
            } else if (inMessage && name == u"translation") {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations.append(
                        xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (inMessage && name == u"numerusform") {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

// Mnemonics: "&x" where x is not "&" or a space; "&&" is a literal ampersand and "&name;" an
// HTML entity in rich text.
int mnemonics(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&(#\\d+|[A-Za-z]+);"));
    QString plain = text;
    plain.remove(entity);
    plain.replace(QStringLiteral("&&"), QString());
    int count = 0;
    for (qsizetype i = 0; i + 1 < plain.size(); ++i) {
        if (plain.at(i) == u'&' && !plain.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString leading(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return text.left(i);
}

QString trailing(const QString &text)
{
    qsizetype i = text.size();
    while (i > 0 && text.at(i - 1).isSpace())
        --i;
    return text.mid(i);
}

bool endsWithEllipsis(const QString &text)
{
    const QString t = text.trimmed();
    return t.endsWith(u'…') || t.endsWith(QStringLiteral("..."));
}

QStringList formProblems(const QString &source, const QString &translation, bool numerus)
{
    QStringList problems;
    if (translation.isEmpty())
        return {QStringLiteral("empty translation")};
    QSet<QString> want = placeholders(source);
    QSet<QString> have = placeholders(translation);
    if (numerus) {
        // A plural form may leave %n out ("one outlet"), never add other placeholders.
        want.remove(QStringLiteral("%n"));
        have.remove(QStringLiteral("%n"));
    }
    if (want != have) {
        QStringList w(want.begin(), want.end()), h(have.begin(), have.end());
        w.sort();
        h.sort();
        problems << QStringLiteral("placeholders differ: source has {%1}, translation has {%2}")
                        .arg(w.join(u','), h.join(u','));
    }
    const int sourceMnemonics = mnemonics(source);
    const int translationMnemonics = mnemonics(translation);
    if (sourceMnemonics != translationMnemonics)
        problems << QStringLiteral("%1 mnemonic(s) (&) in the source, %2 in the translation")
                        .arg(sourceMnemonics)
                        .arg(translationMnemonics);
    if (leading(source) != leading(translation) || trailing(source) != trailing(translation))
        problems << QStringLiteral("leading or trailing white space differs from the source");
    if (endsWithEllipsis(source) != endsWithEllipsis(translation))
        problems << QStringLiteral("the source %1 with \"…\", the translation %2")
                        .arg(endsWithEllipsis(source) ? u"ends"_qs : u"does not end"_qs,
                             endsWithEllipsis(translation) ? u"does"_qs : u"does not"_qs);
    return problems;
}

QString describe(const Message &m)
{
    QString source = m.source;
    source.replace(u'\n', QStringLiteral("\\n"));
    if (source.size() > 90)
        source = source.left(87) + QStringLiteral("...");
    return QStringLiteral("%1: \"%2\"").arg(m.context, source);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks a TS file against a fresh lupdate."));
    parser.addHelpOption();
    const QCommandLineOption committedOption(QStringLiteral("committed"),
                                             QStringLiteral("The TS file in the source tree."),
                                             QStringLiteral("file"));
    const QCommandLineOption updatedOption(
        QStringLiteral("updated"), QStringLiteral("A copy of it after lupdate."),
        QStringLiteral("file"));
    const QCommandLineOption pluralOnlyOption(
        QStringLiteral("plural-only"), QStringLiteral("The file holds only plural messages."));
    parser.addOptions({committedOption, updatedOption, pluralOnlyOption});
    parser.process(app);
    if (!parser.isSet(committedOption) || !parser.isSet(updatedOption)) {
        std::fputs("gobiz-tscheck: --committed and --updated are required\n", stderr);
        return 2;
    }
    const QString committedPath = parser.value(committedOption);
    const TsFile committed = readTs(committedPath);
    const TsFile updated = readTs(parser.value(updatedOption));
    for (const auto &[path, ts] : {std::pair{committedPath, committed},
                                   std::pair{parser.value(updatedOption), updated}}) {
        if (!ts.error.isEmpty()) {
            std::fprintf(stderr, "gobiz-tscheck: %s: %s\n", qPrintable(path),
                         qPrintable(ts.error));
            return 2;
        }
    }

    QHash<QString, Message> committedByKey;
    for (const Message &m : committed.messages)
        committedByKey.insert(m.key(), m);

    QStringList errors;
    int used = 0;
    int translated = 0;
    for (const Message &m : updated.messages) {
        if (!m.inUse())
            continue;
        ++used;
        if (parser.isSet(pluralOnlyOption) && !m.numerus)
            errors << QStringLiteral("not a plural message in a plural-only file: %1")
                          .arg(describe(m));
        const auto it = committedByKey.constFind(m.key());
        if (it == committedByKey.constEnd()) {
            errors << QStringLiteral("new in the code, missing from the file: %1").arg(describe(m));
            continue;
        }
        const Message &c = *it;
        if (!c.inUse()) {
            errors << QStringLiteral("marked %1 in the file but used in the code: %2")
                          .arg(c.type, describe(m));
            continue;
        }
        if (c.type == u"unfinished" || m.type == u"unfinished") {
            errors << QStringLiteral("unfinished: %1").arg(describe(m));
            continue;
        }
        QStringList problems;
        for (const QString &form : c.translations)
            problems << formProblems(c.source, form, c.numerus);
        if (c.translations.isEmpty())
            problems << QStringLiteral("no translation");
        if (c.numerus && !c.translations.isEmpty() && c.source.contains(QStringLiteral("%n"))
            && !c.translations.constLast().contains(QStringLiteral("%n")))
            problems << QStringLiteral("the last plural form has no %n");
        problems.removeDuplicates();
        if (problems.isEmpty()) {
            ++translated;
        } else {
            for (const QString &problem : std::as_const(problems))
                errors << QStringLiteral("%1 (line %2): %3")
                              .arg(describe(c))
                              .arg(c.line)
                              .arg(problem);
        }
    }
    int obsolete = 0;
    for (const Message &m : committed.messages) {
        if (!m.inUse())
            ++obsolete;
    }

    for (const QString &error : std::as_const(errors))
        std::fprintf(stderr, "%s: %s\n", qPrintable(committedPath), qPrintable(error));
    std::printf("%s (%s): %d messages used by the code, %d translated, %d with problems; "
                "%d obsolete entries kept\n",
                qPrintable(committedPath), qPrintable(committed.language), used, translated,
                int(errors.size()), obsolete);
    if (!errors.isEmpty()) {
        std::fprintf(stderr,
                     "Run scripts/update-translations.sh, then translate what it reports (Qt "
                     "Linguist: linguist %s).\n",
                     qPrintable(committedPath));
        return 1;
    }
    return 0;
}
