#pragma once

#include "model/OutletModel.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace gobiz::CellDisplay {

// What a product cell shows for role: its state as text and check state, the tooltip, the error,
// the sort key... (OutletModel::Role and Qt's roles); an invalid QVariant for other roles.
QVariant data(const OutletModel::ProductCell &cell, int role);
// The roles data() answers: what changes when a cell does.
const QList<int> &roles();

QString stateText(LinkState state); // translated: "Linked", "Linking…"
// Sort order of product cells: what needs attention first, unknown last.
int sortKey(LinkState state);
// Text from a server made safe for QToolTip, which guesses rich text: plain unless it could
// look like markup, then escaped inside an explicit paragraph.
QString plainTooltip(const QString &text);
// A moment for a person: local time, the locale's short format.
QString moment(const QDateTime &when);

} // namespace gobiz::CellDisplay
