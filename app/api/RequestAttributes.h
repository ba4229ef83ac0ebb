#pragma once

#include <QNetworkRequest>

namespace gobiz {

// What GoBizClient tells the network log about each of its requests, carried on the
// QNetworkRequest itself so the log needs no second channel to pair them: the outlet and
// product the call is for, and which attempt of that change it is (1 for the first).
namespace RequestAttribute {
constexpr auto OutletId = QNetworkRequest::Attribute(QNetworkRequest::User + 1); // QString
constexpr auto Product = QNetworkRequest::Attribute(QNetworkRequest::User + 2); // QString key
constexpr auto Attempt = QNetworkRequest::Attribute(QNetworkRequest::User + 3); // int
} // namespace RequestAttribute

} // namespace gobiz
