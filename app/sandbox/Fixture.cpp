#include "sandbox/Fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

bool FixtureOutlet::operator==(const FixtureOutlet &other) const
{
    return id == other.id && name == other.name && address == other.address
        && orderAcceptance == other.orderAcceptance;
}

bool FixtureToken::operator==(const FixtureToken &other) const
{
    return token == other.token && expiresAt == other.expiresAt && grant == other.grant;
}

bool FixtureUser::operator==(const FixtureUser &other) const
{
    return name == other.name && roles == other.roles && tokens == other.tokens
        && phone == other.phone && outletIds == other.outletIds;
}

bool FixtureMerchant::operator==(const FixtureMerchant &other) const
{
    return name == other.name && outlets == other.outlets && users == other.users;
}

int Fixture::outletCount() const
{
    int count = 0;
    for (const FixtureMerchant &merchant : merchants)
        count += int(merchant.outlets.size());
    return count;
}

bool Fixture::operator==(const Fixture &other) const
{
    return merchants == other.merchants;
}

namespace {

// Parsing stops at the first problem; `where` is a JSON path such as merchants[0].outlets[3],
// because "missing id" alone is useless in a file with a thousand outlets.
class Reader
{
public:
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        error = where.isEmpty() ? what : u"%1: %2"_s.arg(where, what);
        return false;
    }

    // value as an object; what names it in the error when it is not one ("a user").
    bool readObject(const QJsonValue &value, const QString &where, const QString &what,
        QJsonObject *out)
    {
        if (!value.isObject())
            return fail(where, u"%1 must be an object"_s.arg(what));
        *out = value.toObject();
        return true;
    }

    bool readString(const QJsonObject &object, const QString &where, const QString &key,
        QString *out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return fail(where, u"missing \"%1\""_s.arg(key));
            return true;
        }
        if (!value.isString())
            return fail(where, u"\"%1\" must be a string"_s.arg(key));
        *out = value.toString();
        return true;
    }

    // object[key] must be an array; each element is read by readItem at where.key[i].
    template<typename Item>
    bool readArray(const QJsonObject &object, const QString &where, const QString &key,
        bool (Reader::*readItem)(const QJsonValue &, const QString &, Item *), QList<Item> *out)
    {
        const QJsonValue value = object.value(key);
        if (!value.isArray())
            return fail(where, u"\"%1\" must be an array"_s.arg(key));
        const QString path = where.isEmpty() ? key : where + u'.' + key;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            Item item;
            if (!(this->*readItem)(array.at(i), u"%1[%2]"_s.arg(path).arg(i), &item))
                return false;
            out->append(item);
        }
        return true;
    }

    bool readStringList(const QJsonValue &value, const QString &where, QStringList *out)
    {
        if (!value.isArray())
            return fail(where, u"must be an array of strings"_s);
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return fail(u"%1[%2]"_s.arg(where).arg(i), u"must be a string"_s);
            out->append(array.at(i).toString());
        }
        return true;
    }

    bool readOutlet(const QJsonValue &value, const QString &where, FixtureOutlet *outlet)
    {
        QJsonObject object;
        if (!readObject(value, where, u"an outlet"_s, &object)
            || !readString(object, where, u"id"_s, &outlet->id, true)
            || !readString(object, where, u"name"_s, &outlet->name, false)
            || !readString(object, where, u"address"_s, &outlet->address, false)
            || !readString(object, where, u"order_acceptance"_s, &outlet->orderAcceptance, false))
            return false;
        if (outlet->id.isEmpty())
            return fail(where, u"\"id\" must not be empty"_s);
        return true;
    }

    bool readToken(const QJsonValue &value, const QString &where, FixtureToken *token)
    {
        if (value.isString()) {
            token->token = value.toString();
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            QString expires;
            QString grant;
            if (!readString(object, where, u"token"_s, &token->token, true)
                || !readString(object, where, u"expires_at"_s, &expires, false)
                || !readString(object, where, u"grant"_s, &grant, false))
                return false;
            if (!expires.isEmpty()) {
                token->expiresAt = FixtureFormat::parseTimestamp(expires);
                if (!token->expiresAt.isValid())
                    return fail(
                        where, u"\"expires_at\" is not an ISO-8601 date: \"%1\""_s.arg(expires));
            }
            if (grant.isEmpty() || grant == u"authorization_code")
                token->grant = TokenGrant::AuthorizationCode;
            else if (grant == u"client_credentials")
                token->grant = TokenGrant::ClientCredentials;
            else
                return fail(where,
                    u"\"grant\" must be \"authorization_code\" or "
                    u"\"client_credentials\", not \"%1\""_s.arg(grant));
        } else {
            return fail(where, u"a token must be a string or an object"_s);
        }
        if (token->token.isEmpty())
            return fail(where, u"the token must not be empty"_s);
        return true;
    }

    bool readUser(const QJsonValue &value, const QString &where, FixtureUser *user)
    {
        QJsonObject object;
        if (!readObject(value, where, u"a user"_s, &object)
            || !readString(object, where, u"name"_s, &user->name, false))
            return false;
        if (!readString(object, where, u"phone"_s, &user->phone, false)) // checked in validate()
            return false;
        if (!object.contains(u"roles"))
            return fail(where, u"missing \"roles\""_s);
        if (!readStringList(object.value(u"roles"), where + u".roles"_s, &user->roles))
            return false;
        if (!readArray(object, where, u"tokens"_s, &Reader::readToken, &user->tokens))
            return false;
        const QJsonValue outlets = object.value(u"outlets");
        if (!outlets.isUndefined() && !outlets.isNull()) {
            QStringList ids;
            if (!readStringList(outlets, where + u".outlets"_s, &ids))
                return false;
            user->outletIds = ids;
        }
        return true;
    }

    bool readMerchant(const QJsonValue &value, const QString &where, FixtureMerchant *merchant)
    {
        QJsonObject object;
        return readObject(value, where, u"a merchant"_s, &object)
            && readString(object, where, u"name"_s, &merchant->name, false)
            && readArray(object, where, u"outlets"_s, &Reader::readOutlet, &merchant->outlets)
            && readArray(object, where, u"users"_s, &Reader::readUser, &merchant->users);
    }

    // A token-info body exported from the real API: {"success":true,"data":{...}} or just data.
    bool readTokenInfo(const QJsonObject &data, FixtureMerchant *merchant)
    {
        const QJsonValue user = data.value(u"user");
        if (!user.isObject())
            return fail(u"data"_s, u"missing \"user\" object"_s);
        FixtureUser fixtureUser;
        fixtureUser.name = u"Imported user"_s;
        const QJsonValue roles = user.toObject().value(u"roles");
        if (!readStringList(roles, u"data.user.roles"_s, &fixtureUser.roles))
            return false;
        if (!readArray(data, u"data"_s, u"outlets"_s, &Reader::readOutlet, &merchant->outlets))
            return false;
        fixtureUser.tokens.append(
            {FixtureFormat::importedToken(), {}, TokenGrant::AuthorizationCode});
        merchant->name = u"Imported merchant"_s;
        merchant->users.append(fixtureUser);
        return true;
    }
};

} // namespace

namespace FixtureFormat {

QString importedToken()
{
    return u"sandbox-imported-token"_s;
}

QString grantName(TokenGrant grant)
{
    return grant == TokenGrant::ClientCredentials ? u"client_credentials"_s
                                                  : u"authorization_code"_s;
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

QString formatTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODate);
}

QString normalizePhone(const QString &typed)
{
    QString digits;
    for (const QChar c : typed.trimmed()) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == u'+' && digits.isEmpty())
            digits += c;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return {};
    }
    // Indonesian habits: a leading 0 stands for +62, and "62..." is often typed without '+'.
    if (digits.startsWith(u'0'))
        digits = u"+62"_s + digits.mid(1);
    else if (digits.startsWith(u"62"))
        digits.prepend(u'+');
    if (!digits.startsWith(u'+') || digits.size() < 10 || digits.size() > 16)
        return {};
    return digits;
}

std::optional<Fixture> parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    auto failWith = [error](const QString &message) -> std::optional<Fixture> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError)
        return failWith(u"not valid JSON at byte %1: %2"_s.arg(parseError.offset)
                            .arg(parseError.errorString()));
    if (!document.isObject())
        return failWith(u"the top level must be a JSON object"_s);

    const QJsonObject root = document.object();
    Reader reader;
    Fixture fixture;
    if (root.contains(u"merchants")) {
        if (!reader.readArray(
                root, QString(), u"merchants"_s, &Reader::readMerchant, &fixture.merchants))
            return failWith(reader.error);
    } else if (root.value(u"data").isObject() || root.contains(u"user")) {
        if (root.contains(u"success") && !root.value(u"success").toBool())
            return failWith(u"this is an error response (\"success\": false), not token-info"_s);
        const QJsonObject data
            = root.value(u"data").isObject() ? root.value(u"data").toObject() : root;
        FixtureMerchant merchant;
        if (!reader.readTokenInfo(data, &merchant))
            return failWith(reader.error);
        fixture.merchants.append(merchant);
    } else {
        return failWith(u"expected a \"merchants\" array or a token-info response body "
                        u"({\"success\":true,\"data\":{\"user\":...,\"outlets\":[...]}})"_s);
    }

    const QString problem = validate(fixture);
    if (!problem.isEmpty())
        return failWith(problem);
    return fixture;
}

std::optional<Fixture> loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read fixture %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    std::optional<Fixture> fixture = parse(file.readAll(), &problem);
    if (!fixture && error)
        *error = u"fixture %1: %2"_s.arg(path, problem);
    return fixture;
}

QString validate(const Fixture &fixture)
{
    // Link state is keyed by outlet id and users are found by token, so both must be unique
    // across the whole file, not just within one merchant.
    QSet<QString> outletIds;
    QSet<QString> tokens;
    QSet<QString> phones; // who signs in is found by phone number
    for (qsizetype m = 0; m < fixture.merchants.size(); ++m) {
        const FixtureMerchant &merchant = fixture.merchants.at(m);
        QSet<QString> merchantOutlets;
        for (qsizetype o = 0; o < merchant.outlets.size(); ++o) {
            const QString &id = merchant.outlets.at(o).id;
            if (id.isEmpty())
                return u"merchants[%1].outlets[%2]: \"id\" must not be empty"_s.arg(m).arg(o);
            if (outletIds.contains(id))
                return u"merchants[%1].outlets[%2]: duplicate outlet id \"%3\""_s.arg(m).arg(o).arg(
                    id);
            outletIds.insert(id);
            merchantOutlets.insert(id);
        }
        for (qsizetype u = 0; u < merchant.users.size(); ++u) {
            const FixtureUser &user = merchant.users.at(u);
            for (qsizetype t = 0; t < user.tokens.size(); ++t) {
                const QString &token = user.tokens.at(t).token;
                if (token.isEmpty())
                    return u"merchants[%1].users[%2].tokens[%3]: the token must not be empty"_s
                        .arg(m)
                        .arg(u)
                        .arg(t);
                if (tokens.contains(token))
                    return u"merchants[%1].users[%2].tokens[%3]: the same token is used twice"_s
                        .arg(m)
                        .arg(u)
                        .arg(t);
                tokens.insert(token);
            }
            if (!user.phone.isEmpty()) {
                if (normalizePhone(user.phone) != user.phone)
                    return u"merchants[%1].users[%2]: \"phone\" must be written like "
                           u"+6281234560001, not \"%3\""_s.arg(m).arg(u).arg(user.phone);
                if (phones.contains(user.phone))
                    return u"merchants[%1].users[%2]: the phone number %3 is used twice"_s.arg(m)
                        .arg(u)
                        .arg(user.phone);
                phones.insert(user.phone);
            }
            if (!user.outletIds)
                continue;
            for (const QString &id : *user.outletIds) {
                if (!merchantOutlets.contains(id))
                    return u"merchants[%1].users[%2].outlets: \"%3\" is not an outlet of this "
                           u"merchant"_s.arg(m)
                               .arg(u)
                               .arg(id);
            }
        }
    }
    return {};
}

QJsonObject toJson(const Fixture &fixture)
{
    QJsonArray merchants;
    for (const FixtureMerchant &merchant : fixture.merchants) {
        QJsonArray outlets;
        for (const FixtureOutlet &outlet : merchant.outlets) {
            QJsonObject object {
                {u"id"_s, outlet.id}, {u"name"_s, outlet.name}, {u"address"_s, outlet.address}};
            if (outlet.orderAcceptance != QLatin1StringView(kDefaultOrderAcceptance))
                object.insert(u"order_acceptance"_s, outlet.orderAcceptance);
            outlets.append(object);
        }
        QJsonArray users;
        for (const FixtureUser &user : merchant.users) {
            QJsonArray tokens;
            for (const FixtureToken &token : user.tokens) {
                if (!token.expiresAt.isValid() && token.grant == TokenGrant::AuthorizationCode) {
                    tokens.append(token.token);
                    continue;
                }
                QJsonObject object {{u"token"_s, token.token}};
                if (token.expiresAt.isValid())
                    object.insert(u"expires_at"_s, formatTimestamp(token.expiresAt));
                if (token.grant != TokenGrant::AuthorizationCode)
                    object.insert(u"grant"_s, grantName(token.grant));
                tokens.append(object);
            }
            QJsonObject object {{u"name"_s, user.name},
                {u"roles"_s, QJsonArray::fromStringList(user.roles)}, {u"tokens"_s, tokens}};
            if (!user.phone.isEmpty())
                object.insert(u"phone"_s, user.phone);
            if (user.outletIds)
                object.insert(u"outlets"_s, QJsonArray::fromStringList(*user.outletIds));
            users.append(object);
        }
        merchants.append(
            QJsonObject {{u"name"_s, merchant.name}, {u"outlets"_s, outlets}, {u"users"_s, users}});
    }
    return QJsonObject {{u"merchants"_s, merchants}};
}

QByteArray toJsonBytes(const Fixture &fixture)
{
    return QJsonDocument(toJson(fixture)).toJson(QJsonDocument::Indented);
}

} // namespace FixtureFormat

} // namespace gobiz::sandbox
