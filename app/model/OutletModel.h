#pragma once

#include "api/ApiTypes.h"
#include "model/LinkState.h"
#include "ops/LinkOperation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <array>
#include <optional>

namespace gobiz {

// The outlets of token-info with the link state of each product. Product cells are check cells
// whose state follows what the server confirmed: checking one asks the engine, it does not
// change the cell by itself.
class OutletModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OutletIdColumn,
        AddressColumn,
        PrimaryColumn,
        ExternalIdColumn,
        GoFoodColumn,
        PaymentColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        LinkStateRole = Qt::UserRole + 1, // int(LinkState)
        LinkStateTextRole,                // "Linked", "Linking…" — readable, not colour alone
        ErrorMessageRole,                 // why the last operation failed (also the tooltip)
        ErrorKindRole,                    // ApiError::kindKey
        LinkedAtRole,                     // QDateTime from GoBiz
        RequestIdRole,
        OutletIdRole,                     // on every column
        IsPrimaryRole,
        SortRole,                         // stable sort keys (primary first, state order)
        NamelessRole,                     // bool: GoBiz lists no name (the name cell says so)
    };

    struct ProductCell
    {
        LinkState state = LinkState::Unknown;
        LinkState lastConfirmed = LinkState::Unknown; // what the server last confirmed
        ApiError error;
        QDateTime linkedAt;
        QString requestId;
        QString note; // e.g. "confirmed 12 Mar 14:02 on this computer"
    };

    explicit OutletModel(QObject *parent = nullptr);

    // Bounds checked here rather than through the virtual rowCount/columnCount: a sort of 20,000
    // rows asks for half a million indexes.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    // Takes the list as ApiParsers::parseTokenInfo produced it: ids unique and non-empty (a
    // repeated id would show twice, both rows showing one state, refreshed through the first).
    void setOutlets(const QList<Outlet> &outlets);
    const QList<Outlet> &outlets() const { return m_outlets; }
    int rowOf(const QString &outletId) const; // -1 if unknown
    static int columnOf(Product product);
    static std::optional<Product> productOf(int column);

    QString externalOutletId(int row) const;
    void setExternalOutletId(int row, const QString &externalOutletId);
    ProductCell cell(int row, Product product) const;
    // Restores a cell from records (journal) without asking the engine.
    void setCell(int row, Product product, const ProductCell &cell);
    // The note of cells nothing was recorded or restored for, e.g. "Never changed from this
    // computer." once the journal has been read; empty (the default) claims nothing. Such cells
    // stay unstored, so a model of 100,000 outlets stays small.
    void setUnrecordedNote(const QString &note);

    // What checking or unchecking a product cell asks for (outlet id empty for a bad row).
    LinkRequest requestFor(int row, Product product, LinkAction action) const;
    // A request refused before anything was sent (e.g. no external id): the cell says why.
    void refuseChange(const QString &outletId, Product product, const QString &reason);
    // An engine operation's phase change moves its cell.
    void applyOperation(const gobiz::LinkOperation &operation);

    static QString stateText(LinkState state); // translated
    // The outlet's name as people see it: GoBiz's name, or "(no name)" when it lists none, so
    // no table, detail or summary shows a blank where an outlet should be.
    static QString displayName(const Outlet &outlet);
    static bool isNameless(const Outlet &outlet);
    QString displayName(int row) const;

signals:
    // A product cell was checked or unchecked (setData): the session decides what happens.
    void changeRequested(const gobiz::LinkRequest &request);
    // A person edited an external outlet id in the table.
    void externalIdEdited(const QString &outletId, const QString &externalOutletId);
    // A request was refused before reaching the engine (e.g. external id missing).
    void changeRefused(int row, gobiz::Product product, const QString &reason);

private:
    void emitCellChanged(int row, Product product);
    std::array<ProductCell, 2> &storedCells(const QString &outletId); // inserted when missing

    QList<Outlet> m_outlets;
    QList<QString> m_externalIds;
    // Sparse: only cells that ever changed, by outlet id (survives a new setOutlets).
    QHash<QString, std::array<ProductCell, 2>> m_cells;
    mutable QHash<QString, int> m_rowById; // built on first rowOf()
    mutable bool m_rowIndexBuilt = false;
    QString m_unrecordedNote;
};

} // namespace gobiz
