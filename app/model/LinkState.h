#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace gobiz {

// The state a product cell shows. Only Linked/NotLinked are confirmed by the server; the others
// are what the model makes of operations in progress or failed (the journal stores only what was
// confirmed: ConfirmedState).
enum class LinkState {
    Unknown, // never changed from this computer (no API can read it, gobiz-api.md §4)
    NotLinked, // server confirmed an unlink (or refused a link with a final 4xx)
    Linking, // a link is queued or in flight
    Linked, // server confirmed a link
    Unlinking, // an unlink is queued or in flight
    Failed, // the last operation failed; see the error
    NotSent, // the last change asked for was never sent (stopped, or refused here); see the note
};

QString linkStateKey(LinkState state); // "unknown", "not_linked", ...
std::optional<LinkState> linkStateFromKey(QStringView key);

} // namespace gobiz
