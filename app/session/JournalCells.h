#pragma once

#include "model/OutletModel.h"
#include "store/LinkJournal.h"

#include <QHash>

namespace gobiz::JournalCells {

// The cell a product column shows for what the journal last confirmed.
OutletModel::ProductCell cellFor(const JournalState &state);

// Sets the model's product cells from the journal's latest states (cells in progress are left
// to the engine), and fills its empty external ids: first from the ids a person entered for this
// merchant (externalIds), then from the confirmed links. Cells the journal knows nothing about
// say so (the model's unrecorded note). only: restore just these (outlet, product) cells.
// Returns the number of cells set.
int restore(OutletModel &model, const QList<JournalState> &states,
    const QHash<QString, QString> &externalIds,
    const QList<QPair<QString, Product>> *only = nullptr);

} // namespace gobiz::JournalCells
