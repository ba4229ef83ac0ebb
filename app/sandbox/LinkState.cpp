#include "sandbox/LinkState.h"

#include "sandbox/Fixture.h"

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

LinkState::Result LinkState::link(const QString &outletId, const QString &product,
    const QString &externalOutletId, const QDateTime &now, RelinkMode mode)
{
    LinkRecord &record = m_links[{outletId, product}];
    Outcome outcome = Outcome::Linked;
    if (record.linked) {
        if (mode == RelinkMode::Conflict)
            return {Outcome::Conflict, record};
        if (record.externalOutletId == externalOutletId)
            return {Outcome::Unchanged, record};
        outcome = Outcome::Relinked;
    }
    if (!record.createdAt.isValid()) {
        record.outletId = outletId;
        record.product = product;
        record.createdAt = now;
    }
    record.linked = true;
    record.externalOutletId = externalOutletId;
    record.updatedAt = now;
    record.linkedAt = now;
    if (product == u"gofood")
        m_orderAcceptance.insert(outletId, QString::fromLatin1(kAutoAccept));
    return {outcome, record};
}

LinkState::Result LinkState::unlink(
    const QString &outletId, const QString &product, const QDateTime &now)
{
    const auto it = m_links.find({outletId, product});
    if (it == m_links.end() || !it->second.linked) {
        LinkRecord none;
        none.outletId = outletId;
        none.product = product;
        return {Outcome::NotLinked, it == m_links.end() ? none : it->second};
    }
    LinkRecord &record = it->second;
    record.linked = false;
    record.updatedAt = now;
    record.linkedAt = QDateTime();
    return {Outcome::Unlinked, record};
}

std::optional<LinkRecord> LinkState::record(const QString &outletId, const QString &product) const
{
    const auto it = m_links.find({outletId, product});
    if (it == m_links.end())
        return std::nullopt;
    return it->second;
}

QList<LinkRecord> LinkState::records() const
{
    QList<LinkRecord> result;
    result.reserve(qsizetype(m_links.size()));
    for (const auto &entry : m_links)
        result.append(entry.second);
    return result;
}

int LinkState::linkedCount() const
{
    int count = 0;
    for (const auto &entry : m_links)
        count += entry.second.linked ? 1 : 0;
    return count;
}

QString LinkState::orderAcceptance(const QString &outletId) const
{
    return m_orderAcceptance.value(outletId, QString::fromLatin1(kDefaultOrderAcceptance));
}

void LinkState::setOrderAcceptance(const QString &outletId, const QString &mode)
{
    m_orderAcceptance.insert(outletId, mode);
}

void LinkState::clear()
{
    m_links.clear();
    m_orderAcceptance.clear();
}

} // namespace gobiz::sandbox
