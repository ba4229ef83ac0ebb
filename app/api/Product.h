#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace gobiz {

// The products an outlet can be linked for (gobiz-api.md §2: "currently available").
enum class Product { GoFood, Payment };

inline constexpr std::array<Product, 2> allProducts{Product::GoFood, Product::Payment};

// The path segment GoBiz uses: "gofood" / "payment".
QString productKey(Product product);
std::optional<Product> productFromKey(QStringView key);

enum class LinkAction { Link, Unlink };

QString actionKey(LinkAction action); // "link" / "unlink"
std::optional<LinkAction> actionFromKey(QStringView key);

} // namespace gobiz
