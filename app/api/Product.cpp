#include "Product.h"

namespace gobiz {

QString productKey(Product product)
{
    switch (product) {
    case Product::GoFood:
        return QStringLiteral("gofood");
    case Product::Payment:
        return QStringLiteral("payment");
    }
    return {};
}

std::optional<Product> productFromKey(QStringView key)
{
    for (Product product : allProducts) {
        if (key == productKey(product))
            return product;
    }
    return std::nullopt;
}

QString actionKey(LinkAction action)
{
    return action == LinkAction::Link ? QStringLiteral("link") : QStringLiteral("unlink");
}

std::optional<LinkAction> actionFromKey(QStringView key)
{
    if (key == u"link")
        return LinkAction::Link;
    if (key == u"unlink")
        return LinkAction::Unlink;
    return std::nullopt;
}

} // namespace gobiz
