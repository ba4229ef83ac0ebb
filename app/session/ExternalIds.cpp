#include "ExternalIds.h"

#include "api/KeyTable.h"
#include "model/OutletModel.h"

#include <QHash>
#include <QStringDecoder>

namespace gobiz::ExternalIds {

namespace {

constexpr KeyTable::TextRow<Issue> issueRows[] = {
    {Issue::None, u"ok", QT_TRANSLATE_NOOP("ExternalIds", "Will be filled in")},
    {Issue::UnknownOutlet, u"unknown_outlet",
        QT_TRANSLATE_NOOP("ExternalIds", "Unknown outlet id: not one of this user's outlets")},
    {Issue::DuplicateOutlet, u"duplicate_outlet",
        QT_TRANSLATE_NOOP("ExternalIds", "Duplicate: this outlet id appears on more than one row")},
    {Issue::DuplicateExternalId, u"duplicate_external_id",
        QT_TRANSLATE_NOOP("ExternalIds", "Duplicate: another outlet gets the same external id")},
    {Issue::BlankOutletId, u"blank_outlet_id", QT_TRANSLATE_NOOP("ExternalIds", "Blank outlet id")},
    {Issue::BlankExternalId, u"blank_external_id",
        QT_TRANSLATE_NOOP("ExternalIds", "Blank external id")},
    {Issue::RepeatedRow, u"repeated_row",
        QT_TRANSLATE_NOOP("ExternalIds", "Same as an earlier row: filled in once")},
};

QChar detectDelimiter(const QString &text)
{
    // The delimiter of the first line that is outside quotes decides.
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {u',', u';', u'\t'};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted) {
            for (int i = 0; i < 3; ++i) {
                if (c == candidates[i])
                    ++counts[i];
            }
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

using Record = CsvRecord;

// Splits RFC 4180 text into records; returns false (and a message) on an unterminated quote.
bool splitRecords(const QString &text, QChar delimiter, QList<Record> &records, QString *error)
{
    Record record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    record.line = 1;
    int quoteStartLine = 0;
    const auto endField = [&] {
        record.fields.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records.append(record);
        record = Record();
        record.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        *error = Tr::tr("A quote opened on line %1 is never closed.").arg(quoteStartLine);
        return false;
    }
    endRecord();
    return true;
}

QString normalisedHeader(const QString &cell)
{
    QString h = cell.trimmed().toLower();
    h.replace(u' ', u'_');
    h.replace(u'-', u'_');
    return h;
}

bool isOutletHeader(const QString &h)
{
    return h == u"outlet_id" || h == u"outletid" || h == u"id" || h == u"gobiz_outlet_id"
        || h == u"outlet";
}

bool isExternalHeader(const QString &h)
{
    return h == u"external_outlet_id" || h == u"external_id" || h == u"externalid"
        || h == u"external" || h == u"pos_id" || h == u"partner_outlet_id";
}

} // namespace

CsvRecords readRecords(const QByteArray &bytes)
{
    CsvRecords result;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.error = Tr::tr("The file is not UTF-8 text. Save it from the spreadsheet as "
                              "\"CSV UTF-8\" and try again.");
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty()) {
        result.error = Tr::tr("The file is empty.");
        return result;
    }
    result.delimiter = detectDelimiter(text);
    if (!splitRecords(text, result.delimiter, result.records, &result.error))
        result.records.clear();
    return result;
}

CsvParse parseCsv(const QByteArray &bytes)
{
    CsvParse result;
    CsvRecords read = readRecords(bytes);
    result.error = read.error;
    result.delimiter = read.delimiter;
    if (!read.error.isEmpty())
        return result;
    QList<Record> &records = read.records;

    int outletColumn = 0;
    int externalColumn = 1;
    if (!records.isEmpty()) {
        const QStringList &first = records.first().fields;
        int foundOutlet = -1;
        int foundExternal = -1;
        for (int i = 0; i < first.size(); ++i) {
            const QString h = normalisedHeader(first.at(i));
            if (foundExternal < 0 && isExternalHeader(h))
                foundExternal = i;
            else if (foundOutlet < 0 && isOutletHeader(h))
                foundOutlet = i;
        }
        if (foundOutlet >= 0 || foundExternal >= 0) {
            result.hadHeader = true;
            records.removeFirst();
            if (foundOutlet >= 0)
                outletColumn = foundOutlet;
            if (foundExternal >= 0)
                externalColumn = foundExternal;
            if (outletColumn == externalColumn)
                externalColumn = outletColumn == 0 ? 1 : 0;
        }
    }
    for (const Record &record : records) {
        CsvRow row;
        row.line = record.line;
        row.outletId = record.fields.value(outletColumn);
        row.externalId = record.fields.value(externalColumn);
        result.rows.append(row);
    }
    if (result.rows.isEmpty())
        result.error = Tr::tr("The file has a header but no rows.");
    return result;
}

QString issueKey(Issue issue)
{
    return KeyTable::keyOf(issueRows, issue);
}

QString issueText(Issue issue)
{
    return KeyTable::textOf<Tr>(issueRows, issue);
}

int Preview::applicable() const
{
    int n = 0;
    for (const PreviewRow &row : rows)
        n += row.willApply() ? 1 : 0;
    return n;
}

int Preview::withIssues() const
{
    int n = 0;
    for (const PreviewRow &row : rows)
        n += row.isProblem() ? 1 : 0;
    return n;
}

Preview preview(const QList<CsvRow> &rows, const QList<Outlet> &outlets,
                const QStringList &currentExternalIds)
{
    QHash<QString, int> outletIndex;
    for (int i = 0; i < outlets.size(); ++i)
        outletIndex.insert(outlets.at(i).id, i);
    // An outlet listed more than once is a conflict only when its rows differ.
    QHash<QString, QSet<QString>> externalsByOutlet;
    QHash<QString, QSet<QString>> outletsByExternal;
    for (const CsvRow &row : rows) {
        if (!row.outletId.isEmpty())
            externalsByOutlet[row.outletId].insert(row.externalId);
        if (!row.externalId.isEmpty() && !row.outletId.isEmpty())
            outletsByExternal[row.externalId].insert(row.outletId);
    }
    Preview result;
    QSet<QString> seen; // outlet ids already given a row
    for (const CsvRow &row : rows) {
        PreviewRow p;
        p.line = row.line;
        p.outletId = row.outletId;
        p.externalId = row.externalId;
        const int index = outletIndex.value(row.outletId, -1);
        if (index >= 0) {
            p.outletName = OutletModel::displayName(outlets.at(index));
            p.currentExternalId = currentExternalIds.value(index);
        }
        if (row.outletId.isEmpty())
            p.issue = Issue::BlankOutletId;
        else if (index < 0)
            p.issue = Issue::UnknownOutlet;
        else if (externalsByOutlet.value(row.outletId).size() > 1)
            p.issue = Issue::DuplicateOutlet;
        else if (row.externalId.isEmpty())
            p.issue = Issue::BlankExternalId;
        else if (outletsByExternal.value(row.externalId).size() > 1)
            p.issue = Issue::DuplicateExternalId;
        else if (seen.contains(row.outletId))
            p.issue = Issue::RepeatedRow;
        if (index >= 0)
            seen.insert(row.outletId);
        result.rows.append(p);
    }
    return result;
}

namespace {

struct Token
{
    enum Kind { Literal, Number, Id } kind = Literal;
    QString text;
    int width = 0;
};

QString tokenize(const QString &pattern, QList<Token> &tokens)
{
    QString literal;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'{' && i + 1 < pattern.size() && pattern.at(i + 1) == u'{') {
            literal.append(u'{');
            ++i;
            continue;
        }
        if (c == u'}' && i + 1 < pattern.size() && pattern.at(i + 1) == u'}') {
            literal.append(u'}');
            ++i;
            continue;
        }
        if (c == u'}')
            return Tr::tr("A \"}\" at position %1 has no matching \"{\". Write \"}}\" for a "
                          "literal brace.")
                .arg(i + 1);
        if (c != u'{') {
            literal.append(c);
            continue;
        }
        const qsizetype close = pattern.indexOf(u'}', i);
        if (close < 0)
            return Tr::tr("The \"{\" at position %1 is never closed.").arg(i + 1);
        const QString name = pattern.mid(i + 1, close - i - 1).trimmed();
        Token token;
        if (name == u"id") {
            token.kind = Token::Id;
        } else if (name == u"n") {
            token.kind = Token::Number;
        } else if (name.startsWith(u"n:")) {
            bool ok = false;
            const QString spec = name.mid(2);
            const int width = spec.toInt(&ok);
            if (!ok || width < 1 || width > 12 || !spec.startsWith(u'0'))
                return Tr::tr("\"{%1}\" is not a number format: write {n:03} for three digits.")
                    .arg(name);
            token.kind = Token::Number;
            token.width = width;
        } else {
            return Tr::tr("\"{%1}\" is not a placeholder. Use {n}, {n:03} or {id}.").arg(name);
        }
        if (!literal.isEmpty()) {
            tokens.append(Token{Token::Literal, literal, 0});
            literal.clear();
        }
        tokens.append(token);
        i = close;
    }
    if (!literal.isEmpty())
        tokens.append(Token{Token::Literal, literal, 0});
    return {};
}

} // namespace

QString validatePattern(const QString &pattern)
{
    if (pattern.trimmed().isEmpty())
        return Tr::tr("Enter a pattern, for example POS-{n:03} or {id}.");
    QList<Token> tokens;
    const QString error = tokenize(pattern, tokens);
    if (!error.isEmpty())
        return error;
    bool varies = false;
    for (const Token &t : tokens)
        varies = varies || t.kind != Token::Literal;
    if (!varies)
        return Tr::tr("The pattern gives every outlet the same external id. Add {n} or {id}.");
    return {};
}

PatternResult fillPattern(const QString &pattern, const QList<Outlet> &outlets, int firstNumber)
{
    PatternResult result;
    result.error = validatePattern(pattern);
    if (!result.ok())
        return result;
    QList<Token> tokens;
    tokenize(pattern, tokens);
    int number = firstNumber;
    for (const Outlet &outlet : outlets) {
        QString value;
        for (const Token &t : tokens) {
            switch (t.kind) {
            case Token::Literal:
                value += t.text;
                break;
            case Token::Id:
                value += outlet.id;
                break;
            case Token::Number:
                value += QStringLiteral("%1").arg(number, t.width, 10, QChar(u'0'));
                break;
            }
        }
        result.values.append(value.trimmed());
        ++number;
    }
    return result;
}

} // namespace gobiz::ExternalIds
