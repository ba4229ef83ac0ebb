#include "Product.h"

#include "KeyTable.h"

namespace gobiz {

namespace {

constexpr KeyTable::KeyRow<Product> productRows[] = {
    {Product::GoFood, u"gofood"},
    {Product::Payment, u"payment"},
};

constexpr KeyTable::KeyRow<LinkAction> actionRows[] = {
    {LinkAction::Link, u"link"},
    {LinkAction::Unlink, u"unlink"},
};

} // namespace

QString productKey(Product product)
{
    return KeyTable::keyOf(productRows, product);
}

std::optional<Product> productFromKey(QStringView key)
{
    return KeyTable::valueOf(productRows, key);
}

QString actionKey(LinkAction action)
{
    return KeyTable::keyOf(actionRows, action);
}

std::optional<LinkAction> actionFromKey(QStringView key)
{
    return KeyTable::valueOf(actionRows, key);
}

} // namespace gobiz
