#include "OutletTableProxy.h"

#include "InlineMessage.h"
#include "model/OutletModel.h"

#include <QIcon>

namespace gobiz::ui {

OutletTableProxy::OutletTableProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OutletModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void OutletTableProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool OutletTableProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int column : {int(OutletModel::NameColumn), int(OutletModel::OutletIdColumn),
                       int(OutletModel::AddressColumn), int(OutletModel::ExternalIdColumn)}) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QVariant OutletTableProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole) {
        const QModelIndex source = mapToSource(index);
        if (OutletModel::productOf(source.column())) {
            static const char *names[] = {"unknown", "not-linked", "pending", "linked", "pending",
                                          "failed"};
            const int state = source.data(OutletModel::LinkStateRole).toInt();
            if (state >= 0 && state < 6)
                return themeIcon(QString::fromLatin1(names[state]));
        }
        if (source.column() == OutletModel::PrimaryColumn
            && source.data(OutletModel::IsPrimaryRole).toBool())
            return themeIcon(QStringLiteral("primary"));
    }
    if (role == Qt::AccessibleTextRole) {
        // Screen readers read the state, not the check box alone.
        const QModelIndex source = mapToSource(index);
        if (OutletModel::productOf(source.column()))
            return source.data(OutletModel::LinkStateTextRole);
    }
    return QSortFilterProxyModel::data(index, role);
}

bool OutletTableProxy::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const QModelIndex source = mapToSource(index);
    const auto product = OutletModel::productOf(source.column());
    if (product && role == Qt::CheckStateRole) {
        const auto state = Qt::CheckState(value.toInt());
        if (state == Qt::PartiallyChecked)
            return false;
        emit checkRequested(source.row(), *product,
                            state == Qt::Checked ? LinkAction::Link : LinkAction::Unlink);
        return false; // the cell follows the engine, not the click
    }
    return QSortFilterProxyModel::setData(index, value, role);
}

} // namespace gobiz::ui
