#include "JournalCells.h"

#include "diagnostics/Logging.h"

#include <QSignalBlocker>

namespace gobiz::JournalCells {

namespace {

// The one place a stored state becomes a display state.
LinkState cellState(ConfirmedState confirmed)
{
    switch (confirmed) {
    case ConfirmedState::Linked:
        return LinkState::Linked;
    case ConfirmedState::NotLinked:
        return LinkState::NotLinked;
    case ConfirmedState::Unknown:
        break;
    }
    return LinkState::Unknown;
}

} // namespace

OutletModel::ProductCell cellFor(const JournalState &state)
{
    OutletModel::ProductCell cell;
    cell.lastConfirmed = cellState(state.confirmed);
    cell.state = state.outcomeUncertain() ? LinkState::Unknown : cell.lastConfirmed;
    cell.linkedAt = state.linkedAt;
    cell.requestId = state.requestId;
    // As a sentence, like the model's own notes: "Confirmed 12 Mar 14:02 on this computer."
    QString note = state.note();
    if (!note.isEmpty()) {
        note[0] = note.at(0).toUpper();
        note += u'.';
    }
    cell.note = note;
    if (state.later && state.later->result == JournalEntry::Result::Failed
        && !state.outcomeUncertain()) {
        // A final refusal after the confirmation: the state stands, the reason is shown.
        const auto kind = ApiError::kindFromKey(state.later->errorKind);
        cell.error = ApiError(kind.value_or(ApiError::Kind::Protocol));
        cell.error.httpStatus = state.later->httpStatus;
        // The stored sentence is in cell.note; the kind rephrases it in the current language.
        cell.error.requestId = state.later->requestId;
    }
    return cell;
}

int restore(OutletModel &model, const QList<JournalState> &stateList,
    const QHash<QString, QString> &externalIds, const QList<QPair<QString, Product>> *only)
{
    QHash<QPair<QString, int>, JournalState> states;
    for (const JournalState &state : stateList)
        states.insert({state.outletId, int(state.product)}, state);
    // Cells the journal knows nothing about stay unstored and say so through the model.
    const OutletModel::ProductCell unrecorded = cellFor(JournalState());
    model.setUnrecordedNote(unrecorded.note);

    const auto restoreCell = [&](int row, const QString &outletId, Product product) {
        const OutletModel::ProductCell now = model.cell(row, product);
        if (now.state == LinkState::Linking || now.state == LinkState::Unlinking)
            return false; // in progress: the engine moves it
        const auto it = states.constFind({outletId, int(product)});
        if (it == states.cend()) {
            // Nothing recorded: only a cell left from another account or environment changes.
            if (now.state == LinkState::Unknown && now.lastConfirmed == LinkState::Unknown
                && !now.error.isError() && now.note == unrecorded.note)
                return false;
            model.setCell(row, product, unrecorded);
            return true;
        }
        model.setCell(row, product, cellFor(*it));
        if (!it->externalOutletId.isEmpty() && model.externalOutletId(row).isEmpty())
            model.setExternalOutletId(row, it->externalOutletId);
        return true;
    };
    const auto restoreExternalId = [&](int row, const QString &outletId) {
        const auto it = externalIds.constFind(outletId);
        if (it != externalIds.cend() && model.externalOutletId(row).isEmpty())
            model.setExternalOutletId(row, *it);
    };

    int restored = 0;
    if (only) {
        for (const auto &[outletId, product] : *only) {
            const int row = model.rowOf(outletId);
            if (row >= 0)
                restored += restoreCell(row, outletId, product) ? 1 : 0;
        }
    } else {
        // Every cell at once: one reset for the views instead of a signal per cell (a merchant
        // may have 100,000 outlets).
        {
            const QSignalBlocker quiet(&model);
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString outletId = model.outlets().at(row).id;
                restoreExternalId(row, outletId); // what a person entered comes first
                for (Product product : allProducts)
                    restored += restoreCell(row, outletId, product) ? 1 : 0;
            }
        }
        const QList<Outlet> outlets = model.outlets(); // shared, not copied
        model.setOutlets(outlets); // keeps cells and external ids; views read them again
    }
    qCInfo(lcStore) << "cells restored from the journal:" << restored << "of" << states.size()
                    << "recorded;" << externalIds.size() << "external id(s) entered";
    return restored;
}

} // namespace gobiz::JournalCells
