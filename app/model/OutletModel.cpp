#include "OutletModel.h"

#include "CellDisplay.h"
#include "diagnostics/Logging.h"

namespace gobiz {

namespace {

int productIndex(Product product)
{
    return product == Product::GoFood ? 0 : 1;
}

} // namespace

OutletModel::OutletModel(QObject *parent) : QAbstractTableModel(parent) { }

QModelIndex OutletModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_outlets.size()
        || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int OutletModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outlets.size());
}

int OutletModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutletModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Outlet &outlet = m_outlets.at(row);
    if (role == OutletIdRole)
        return outlet.id;
    if (role == IsPrimaryRole)
        return outlet.primary;

    if (const auto product = productOf(index.column()))
        return CellDisplay::data(cell(row, *product), role);

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return displayName(outlet);
        if (role == SortRole)
            return outlet.name;
        if (role == NamelessRole)
            return isNameless(outlet);
        if (role == Qt::ToolTipRole) // the whole name, however narrow the column
            return isNameless(outlet)
                ? tr("GoBiz lists no name for outlet ID %1.").arg(outlet.id)
                : CellDisplay::plainTooltip(outlet.name);
        break;
    case OutletIdColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return outlet.id;
        break;
    case AddressColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return outlet.address;
        break;
    case PrimaryColumn:
        if (role == Qt::DisplayRole)
            return outlet.primary ? tr("Primary") : QString();
        if (role == Qt::ToolTipRole && outlet.primary)
            return tr("The first outlet GoBiz lists is this user's primary outlet.");
        if (role == SortRole)
            return outlet.primary ? 0 : 1;
        break;
    case ExternalIdColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return m_externalIds.at(row);
        if (role == Qt::ToolTipRole && m_externalIds.at(row).isEmpty())
            return tr("Your own ID for this outlet. GoBiz requires it before the outlet can be "
                      "linked.");
        break;
    default:
        break;
    }
    return {};
}

QVariant OutletModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role); // row numbers
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case NameColumn:
            return tr("Name");
        case OutletIdColumn:
            return tr("Outlet ID");
        case AddressColumn:
            return tr("Address");
        case PrimaryColumn:
            return tr("Primary");
        case ExternalIdColumn:
            return tr("External outlet ID");
        case GoFoodColumn:
            return tr("GoFood");
        case PaymentColumn:
            return tr("Payment");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case ExternalIdColumn:
            return tr("Your own (point of sale) ID for the outlet, sent to GoBiz when linking.");
        case GoFoodColumn:
            return tr("Linked for GoFood orders. Check to link, uncheck to unlink.");
        case PaymentColumn:
            return tr("Linked for GoBiz payments. Check to link, uncheck to unlink.");
        default:
            break;
        }
    }
    return {};
}

Qt::ItemFlags OutletModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ExternalIdColumn)
        result |= Qt::ItemIsEditable;
    else if (productOf(index.column()))
        result |= Qt::ItemIsUserCheckable;
    return result;
}

bool OutletModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == ExternalIdColumn && role == Qt::EditRole) {
        const QString before = externalOutletId(index.row());
        setExternalOutletId(index.row(), value.toString());
        if (externalOutletId(index.row()) != before)
            emit externalIdEdited(m_outlets.at(index.row()).id, externalOutletId(index.row()));
        return true;
    }
    const auto product = productOf(index.column());
    if (!product || role != Qt::CheckStateRole)
        return false;
    // The cell does not change here: the request goes to the session (its confirmations
    // first), and the engine's updates move the cell.
    switch (Qt::CheckState(value.toInt())) {
    case Qt::Checked:
        emit changeRequested(requestFor(index.row(), *product, LinkAction::Link));
        return true;
    case Qt::Unchecked:
        emit changeRequested(requestFor(index.row(), *product, LinkAction::Unlink));
        return true;
    case Qt::PartiallyChecked:
        break;
    }
    return false;
}

QHash<int, QByteArray> OutletModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LinkStateRole, QByteArrayLiteral("linkState"));
    names.insert(LinkStateTextRole, QByteArrayLiteral("linkStateText"));
    names.insert(ErrorMessageRole, QByteArrayLiteral("errorMessage"));
    names.insert(ErrorKindRole, QByteArrayLiteral("errorKind"));
    names.insert(LinkedAtRole, QByteArrayLiteral("linkedAt"));
    names.insert(RequestIdRole, QByteArrayLiteral("requestId"));
    names.insert(OutletIdRole, QByteArrayLiteral("outletId"));
    names.insert(IsPrimaryRole, QByteArrayLiteral("isPrimary"));
    names.insert(SortRole, QByteArrayLiteral("sortKey"));
    names.insert(NamelessRole, QByteArrayLiteral("nameless"));
    return names;
}

void OutletModel::setOutlets(const QList<Outlet> &outlets)
{
    // What we knew about outlets that are still listed (external ids, cell states) stays.
    QList<QString> externalIds(outlets.size());
    QHash<QString, std::array<ProductCell, 2>> cells;
    if (!m_outlets.isEmpty()) {
        for (qsizetype i = 0; i < outlets.size(); ++i) {
            const QString &id = outlets.at(i).id;
            const int oldRow = rowOf(id);
            if (oldRow >= 0)
                externalIds[i] = m_externalIds.at(oldRow);
            const auto cell = m_cells.constFind(id);
            if (cell != m_cells.cend())
                cells.insert(id, *cell);
        }
    }

    beginResetModel();
    m_outlets = outlets; // shared, not copied: the list parsing produced
    m_externalIds = std::move(externalIds);
    m_cells = std::move(cells);
    m_rowById.clear();
    m_rowIndexBuilt = false;
    endResetModel();
}

int OutletModel::rowOf(const QString &outletId) const
{
    if (!m_rowIndexBuilt) {
        // Built on first use, not in setOutlets: a view shows 20,000 rows without it, and the
        // first engine update pays for it once.
        m_rowById.reserve(m_outlets.size());
        int duplicates = 0;
        for (qsizetype row = 0; row < m_outlets.size(); ++row) {
            int &slot = m_rowById[m_outlets.at(row).id];
            if (slot == 0)
                slot = int(row) + 1; // row + 1: 0 means "not seen yet"
            else
                ++duplicates;
        }
        for (int &slot : m_rowById)
            --slot;
        if (duplicates > 0) // ApiParsers drops them; another source did not
            qCWarning(lcModel) << duplicates << "outlet id(s) listed twice; the first row is used";
        m_rowIndexBuilt = true;
    }
    return m_rowById.value(outletId, -1);
}

int OutletModel::columnOf(Product product)
{
    return product == Product::GoFood ? GoFoodColumn : PaymentColumn;
}

std::optional<Product> OutletModel::productOf(int column)
{
    switch (column) {
    case GoFoodColumn:
        return Product::GoFood;
    case PaymentColumn:
        return Product::Payment;
    default:
        return std::nullopt;
    }
}

QString OutletModel::externalOutletId(int row) const
{
    if (row < 0 || row >= m_externalIds.size())
        return {};
    return m_externalIds.at(row);
}

void OutletModel::setExternalOutletId(int row, const QString &externalOutletId)
{
    if (row < 0 || row >= m_externalIds.size())
        return;
    const QString trimmed = externalOutletId.trimmed();
    if (m_externalIds.at(row) == trimmed)
        return;
    m_externalIds[row] = trimmed;
    const QModelIndex changed = index(row, ExternalIdColumn);
    emit dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, SortRole});
}

OutletModel::ProductCell OutletModel::cell(int row, Product product) const
{
    if (row < 0 || row >= m_outlets.size())
        return {};
    const auto it = m_cells.constFind(m_outlets.at(row).id);
    if (it != m_cells.cend())
        return it->at(productIndex(product));
    ProductCell unrecorded;
    unrecorded.note = m_unrecordedNote;
    return unrecorded;
}

std::array<OutletModel::ProductCell, 2> &OutletModel::storedCells(const QString &outletId)
{
    auto it = m_cells.find(outletId);
    if (it == m_cells.end()) {
        // Stored for one product: the other one still says what an unstored cell says.
        ProductCell unrecorded;
        unrecorded.note = m_unrecordedNote;
        it = m_cells.insert(outletId, {unrecorded, unrecorded});
    }
    return *it;
}

void OutletModel::setUnrecordedNote(const QString &note)
{
    if (note == m_unrecordedNote)
        return;
    m_unrecordedNote = note;
    if (!m_outlets.isEmpty())
        emit dataChanged(index(0, GoFoodColumn), index(rowCount() - 1, PaymentColumn),
                         {Qt::ToolTipRole});
}

void OutletModel::setCell(int row, Product product, const ProductCell &cell)
{
    if (row < 0 || row >= m_outlets.size())
        return;
    storedCells(m_outlets.at(row).id)[productIndex(product)] = cell;
    emitCellChanged(row, product);
}

LinkRequest OutletModel::requestFor(int row, Product product, LinkAction action) const
{
    LinkRequest request;
    if (row < 0 || row >= m_outlets.size())
        return request;
    request.outletId = m_outlets.at(row).id;
    request.product = product;
    request.action = action;
    request.externalOutletId = m_externalIds.at(row);
    return request;
}

void OutletModel::refuseChange(const QString &outletId, Product product, const QString &reason)
{
    const int row = rowOf(outletId);
    if (row < 0)
        return;
    ProductCell &refused = storedCells(outletId)[productIndex(product)];
    refused.error = ApiError(ApiError::Kind::BadRequest); // httpStatus 0: refused unsent
    refused.error.detail = reason;
    refused.error.notSent = true;
    refused.requestId.clear();
    // An operation in progress keeps showing; otherwise the cell says this change was not sent.
    if (refused.state != LinkState::Linking && refused.state != LinkState::Unlinking)
        refused.state = LinkState::NotSent;
    emitCellChanged(row, product);
    emit changeRefused(row, product, reason);
}

QString OutletModel::stateText(LinkState state)
{
    return CellDisplay::stateText(state);
}

bool OutletModel::isNameless(const Outlet &outlet)
{
    return outlet.name.trimmed().isEmpty();
}

QString OutletModel::displayName(const Outlet &outlet)
{
    return isNameless(outlet) ? tr("(no name)") : outlet.name;
}

QString OutletModel::displayName(int row) const
{
    return row >= 0 && row < m_outlets.size() ? displayName(m_outlets.at(row)) : QString();
}

void OutletModel::applyOperation(const LinkOperation &operation)
{
    const int row = rowOf(operation.request.outletId);
    if (row < 0)
        return;
    const Product product = operation.request.product;
    const bool linking = operation.request.action == LinkAction::Link;
    ProductCell &target = storedCells(operation.request.outletId)[productIndex(product)];
    target.requestId = operation.requestId;
    switch (operation.phase) {
    case LinkOperation::Phase::Queued:
    case LinkOperation::Phase::InFlight:
    case LinkOperation::Phase::Waiting:
        target.state = linking ? LinkState::Linking : LinkState::Unlinking;
        target.error = operation.lastError; // a transient error while it tries again
        break;
    case LinkOperation::Phase::Succeeded: {
        const QDateTime when = operation.finishedAt.isValid() ? operation.finishedAt
                                                              : QDateTime::currentDateTimeUtc();
        target.state = linking ? LinkState::Linked : LinkState::NotLinked;
        target.lastConfirmed = target.state;
        target.error = {};
        target.linkedAt = linking ? operation.confirmation.linkedAt : QDateTime();
        target.note = tr("Confirmed %1 on this computer.").arg(CellDisplay::moment(when));
        break;
    }
    case LinkOperation::Phase::Failed:
        // Never shown as linked. A final refusal (4xx, or refused unsent) changed nothing on the
        // server; after transient failures it may or may not have been applied. A change that
        // never left is not a failure of GoBiz's: it is shown as not sent.
        target.state = operation.lastError.notSent ? LinkState::NotSent : LinkState::Failed;
        target.error = operation.lastError;
        if (operation.attempts > 0 && operation.lastError.isTransient())
            target.lastConfirmed = LinkState::Unknown;
        target.note.clear();
        break;
    case LinkOperation::Phase::Cancelled:
        if (operation.abortedInFlight || operation.attempts > 0) {
            // A request went out and its answer was not taken: GoBiz may have applied it.
            target.state = LinkState::Unknown;
            target.lastConfirmed = LinkState::Unknown;
            target.error = {};
            target.note = tr("Cancelled after the request was sent, so GoBiz may or may not "
                             "have applied it.");
        } else if (operation.superseded) {
            target.state = target.lastConfirmed; // a later change of this cell carries on
            target.error = {};
        } else {
            target.state = LinkState::NotSent;
            target.error = {};
            target.note = tr("Stopped before it was sent.");
        }
        break;
    }
    emitCellChanged(row, product);
}

void OutletModel::emitCellChanged(int row, Product product)
{
    const QModelIndex changed = index(row, columnOf(product));
    emit dataChanged(changed, changed, CellDisplay::roles());
}

} // namespace gobiz
