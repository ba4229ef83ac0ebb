#include "TokenStore.h"

#include "api/Environment.h"
#include "api/KeyTable.h"
#include "diagnostics/Logging.h"
#include "diagnostics/Redactor.h"

#include <QSettings>
#include <algorithm>

namespace gobiz {

namespace {
constexpr int maxLabelLength = 120;

QString settingsGroup()
{
    return QStringLiteral("RememberedTokens");
}

using Operation = TokenStore::Operation;
using Status = TokenStore::Status;

// What the log calls an operation or a status.
template<typename Enum>
struct LogName
{
    Enum value;
    const char *name;
};

constexpr LogName<Operation> operationNames[] = {
    {Operation::Save, "save"},
    {Operation::Load, "load"},
    {Operation::Remove, "remove"},
};

constexpr LogName<Status> statusNames[] = {
    {Status::Ok, "ok"},
    {Status::NotFound, "not-found"},
    {Status::NoBackend, "no-backend"},
    {Status::Locked, "locked"},
    {Status::Failed, "failed"},
};

template<typename Enum, std::size_t N>
const char *logName(const LogName<Enum> (&names)[N], Enum value)
{
    const LogName<Enum> *row = KeyTable::rowOf(names, value);
    return row ? row->name : "?";
}

void logResult(Operation operation, const QString &key, Status status, const QString &detail)
{
    if (status == Status::Ok || status == Status::NotFound)
        qCDebug(lcStore, "%s %s: %s", logName(operationNames, operation), qUtf8Printable(key),
            logName(statusNames, status));
    else
        qCWarning(lcStore, "%s %s: %s (%s)", logName(operationNames, operation),
            qUtf8Printable(key), logName(statusNames, status), qUtf8Printable(detail));
}

// The sentence for a status of an operation. The Failed row of an operation also stands for
// every status that has no row of its own.
struct StatusSentence
{
    Operation operation;
    Status status;
    const char *text;
};

constexpr StatusSentence statusSentences[] = {
    {Operation::Save, Status::NoBackend,
        QT_TRANSLATE_NOOP("gobiz::TokenStore",
            "Could not remember the token: no system keychain is available on this "
            "computer. You can continue; the token is kept for this session only.")},
    {Operation::Save, Status::Locked,
        QT_TRANSLATE_NOOP("gobiz::TokenStore",
            "Could not remember the token: the system keychain is locked or access to "
            "it was refused. You can continue; the token is kept for this session "
            "only.")},
    {Operation::Save, Status::Failed,
        QT_TRANSLATE_NOOP("gobiz::TokenStore",
            "Could not remember the token: the system keychain reported a problem. You "
            "can continue; the token is kept for this session only.")},
    {Operation::Load, Status::NotFound,
        QT_TRANSLATE_NOOP("gobiz::TokenStore",
            "No token is remembered for this merchant on this computer. Paste the "
            "access token.")},
    {Operation::Load, Status::NoBackend,
        QT_TRANSLATE_NOOP("gobiz::TokenStore",
            "Could not read the remembered token: no system keychain is available on "
            "this computer. Paste the access token instead.")},
    {Operation::Load, Status::Locked,
        QT_TRANSLATE_NOOP("gobiz::TokenStore",
            "Could not read the remembered token: the system keychain is locked or "
            "access to it was refused. Unlock it and try again, or paste the access "
            "token instead.")},
    {Operation::Load, Status::Failed,
        QT_TRANSLATE_NOOP("gobiz::TokenStore",
            "Could not read the remembered token: the system keychain reported a "
            "problem. Paste the access token instead.")},
    {Operation::Remove, Status::NotFound,
        QT_TRANSLATE_NOOP("gobiz::TokenStore",
            "That token was not remembered on this computer, so there was nothing to "
            "forget.")},
    {Operation::Remove, Status::NoBackend,
        QT_TRANSLATE_NOOP("gobiz::TokenStore",
            "Could not forget the token: no system keychain is available on this "
            "computer.")},
    {Operation::Remove, Status::Locked,
        QT_TRANSLATE_NOOP("gobiz::TokenStore",
            "Could not forget the token: the system keychain is locked or access to it "
            "was refused. Unlock it and try again.")},
    {Operation::Remove, Status::Failed,
        QT_TRANSLATE_NOOP("gobiz::TokenStore",
            "Could not forget the token: the system keychain reported a problem. Try "
            "again, or remove it with your system's password manager.")},
};

const StatusSentence *sentenceFor(Operation operation, Status status)
{
    return KeyTable::findRow(statusSentences, [&](const StatusSentence &row) {
        return row.operation == operation && row.status == status;
    });
}

} // namespace

TokenStore::TokenStore(QSettings *index, QObject *parent)
    : QObject(parent)
    , m_settings(index)
{
    qRegisterMetaType<gobiz::TokenStore::Result>();
    readIndex();
}

TokenStore::~TokenStore() = default;

QString TokenStore::serviceName()
{
    return QStringLiteral("GoBiz Outlet Link Wizard");
}

QString TokenStore::keyFor(const Environment &environment, const QString &primaryOutletId)
{
    QString environmentKey = environment.key();
    // "demo/<id>": the demo's sandbox has a new port each start, and its token is the demo's.
    if (environment.kind() == Environment::Kind::Custom && !environment.isDemo()) {
        QString base
            = environment.baseUrl()
                  .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                  .toString();
        while (base.endsWith(u'/'))
            base.chop(1);
        environmentKey += u'(' + base + u')';
    }
    return environmentKey + u'/' + primaryOutletId.trimmed();
}

QString TokenStore::labelFor(const QString &primaryOutletName, const Environment &environment)
{
    const QString name = primaryOutletName.simplified();
    if (name.isEmpty())
        return environment.displayName();
    //: Label of a remembered token: primary outlet name, then the environment
    return tr("%1 · %2").arg(name, environment.displayName());
}

QString TokenStore::statusMessage(Operation operation, Status status)
{
    if (status == Status::Ok)
        return {};
    const StatusSentence *sentence = sentenceFor(operation, status);
    if (!sentence)
        sentence = sentenceFor(operation, Status::Failed);
    return sentence ? tr(sentence->text) : QString();
}

void TokenStore::save(const QString &key, const QString &label, const QString &token)
{
    m_pendingLabels[key].append(cleanLabel(key, label, token));
    if (key.trimmed().isEmpty())
        return failLater(Operation::Save, key, QStringLiteral("empty key"));
    if (token.isEmpty())
        return failLater(Operation::Save, key, QStringLiteral("empty token"));
    Redactor::registerSecret(token);
    startSave(key, m_pendingLabels[key].constLast(), token);
}

void TokenStore::load(const QString &key)
{
    if (key.trimmed().isEmpty())
        return failLater(Operation::Load, key, QStringLiteral("empty key"));
    startLoad(key);
}

void TokenStore::remove(const QString &key)
{
    if (key.trimmed().isEmpty())
        return failLater(Operation::Remove, key, QStringLiteral("empty key"));
    startRemove(key);
}

QList<SavedToken> TokenStore::entries() const
{
    return m_entries;
}

bool TokenStore::contains(const QString &key) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
        [&](const SavedToken &entry) { return entry.key == key; });
}

QString TokenStore::labelOf(const QString &key) const
{
    for (const SavedToken &entry : m_entries) {
        if (entry.key == key)
            return entry.label;
    }
    return {};
}

void TokenStore::finishSave(const QString &key, Status status, const QString &detail)
{
    QString label = key;
    auto pending = m_pendingLabels.find(key);
    if (pending != m_pendingLabels.end()) {
        if (!pending->isEmpty())
            label = pending->takeFirst();
        if (pending->isEmpty())
            m_pendingLabels.erase(pending);
    }
    logResult(Operation::Save, key, status, detail);
    if (status == Status::Ok)
        putEntry({key, label});
    Q_EMIT saveFinished({Operation::Save, key, status, detail});
}

void TokenStore::finishLoad(
    const QString &key, Status status, const QString &token, const QString &detail)
{
    if (status == Status::Ok && token.isEmpty())
        status = Status::NotFound;
    logResult(Operation::Load, key, status, detail);
    if (status == Status::Ok)
        Redactor::registerSecret(token);
    else if (status == Status::NotFound)
        dropEntry(key); // forgotten elsewhere (e.g. in the system's password manager)
    Q_EMIT loadFinished(
        {Operation::Load, key, status, detail}, status == Status::Ok ? token : QString());
}

void TokenStore::finishRemove(const QString &key, Status status, const QString &detail)
{
    logResult(Operation::Remove, key, status, detail);
    if (status == Status::Ok || status == Status::NotFound)
        dropEntry(key);
    Q_EMIT removeFinished({Operation::Remove, key, status, detail});
}

QString TokenStore::cleanLabel(const QString &key, const QString &label, const QString &token)
{
    QString clean;
    clean.reserve(label.size());
    for (const QChar c : label) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            clean += u' ';
        else
            clean += c;
    }
    clean = clean.simplified();
    if (clean.size() > maxLabelLength)
        clean = clean.left(maxLabelLength - 1).trimmed() + QChar(0x2026); // …
    if (clean.isEmpty() || (!token.isEmpty() && clean.contains(token)))
        return key;
    return clean;
}

void TokenStore::failLater(Operation operation, const QString &key, const QString &detail)
{
    QMetaObject::invokeMethod(
        this,
        [this, operation, key, detail] {
            switch (operation) {
            case Operation::Save:
                finishSave(key, Status::Failed, detail);
                break;
            case Operation::Load:
                finishLoad(key, Status::Failed, {}, detail);
                break;
            case Operation::Remove:
                finishRemove(key, Status::Failed, detail);
                break;
            }
        },
        Qt::QueuedConnection);
    qCDebug(lcStore, "%s refused: %s", logName(operationNames, operation),
        qUtf8Printable(detail));
}

void TokenStore::readIndex()
{
    m_entries.clear();
    if (!m_settings)
        return;
    m_settings->beginGroup(settingsGroup());
    const int count = m_settings->beginReadArray(QStringLiteral("entries"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        SavedToken entry {m_settings->value(QStringLiteral("key")).toString(),
            m_settings->value(QStringLiteral("label")).toString()};
        if (entry.key.isEmpty() || contains(entry.key))
            continue;
        if (entry.label.isEmpty())
            entry.label = entry.key;
        m_entries.append(entry);
    }
    m_settings->endArray();
    m_settings->endGroup();
    std::stable_sort(
        m_entries.begin(), m_entries.end(), [](const SavedToken &a, const SavedToken &b) {
            return QString::localeAwareCompare(a.label, b.label) < 0;
        });
}

void TokenStore::writeIndex()
{
    if (!m_settings)
        return;
    m_settings->beginGroup(settingsGroup());
    m_settings->remove(QString()); // the whole group: the array may have shrunk
    m_settings->beginWriteArray(QStringLiteral("entries"), int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("key"), m_entries.at(i).key);
        m_settings->setValue(QStringLiteral("label"), m_entries.at(i).label);
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
}

void TokenStore::putEntry(const SavedToken &entry)
{
    auto existing = std::find_if(m_entries.begin(), m_entries.end(),
        [&](const SavedToken &e) { return e.key == entry.key; });
    if (existing != m_entries.end()) {
        if (existing->label == entry.label)
            return;
        m_entries.erase(existing);
    }
    const auto position = std::upper_bound(
        m_entries.begin(), m_entries.end(), entry, [](const SavedToken &a, const SavedToken &b) {
            return QString::localeAwareCompare(a.label, b.label) < 0;
        });
    m_entries.insert(position, entry);
    writeIndex();
    Q_EMIT entriesChanged();
}

void TokenStore::dropEntry(const QString &key)
{
    const auto removed = m_entries.removeIf([&](const SavedToken &e) { return e.key == key; });
    if (removed == 0)
        return;
    writeIndex();
    Q_EMIT entriesChanged();
}

} // namespace gobiz
