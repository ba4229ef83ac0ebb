#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>

// An enum that is stored, sent or shown as text keeps one constexpr table with a row per value:
// { value, key, ... } (key: a stable, untranslated u"..." string; further columns such as a
// QT_TRANSLATE_NOOP sentence as the enum needs). These read such a table both ways, so a value,
// its key and its text are written once and cannot drift apart.
namespace gobiz::KeyTable {

// The row of an enum that needs nothing beside its key.
template<typename Enum>
struct KeyRow
{
    Enum value;
    const char16_t *key;
};

// The row of an enum shown to people as well: text is a QT_TRANSLATE_NOOP, see textOf().
template<typename Enum>
struct TextRow
{
    Enum value;
    const char16_t *key;
    const char *text;
};

// The first row that matches accepts; nullptr when none does.
template<typename Row, std::size_t N, typename Predicate>
const Row *findRow(const Row (&rows)[N], Predicate matches)
{
    const Row *row = std::find_if(std::begin(rows), std::end(rows), matches);
    return row == std::end(rows) ? nullptr : row;
}

// The row for value; nullptr when the table has none.
template<typename Row, std::size_t N>
const Row *rowOf(const Row (&rows)[N], decltype(Row::value) value)
{
    return findRow(rows, [value](const Row &row) { return row.value == value; });
}

// The row whose key is key; nullptr when there is none.
template<typename Row, std::size_t N>
const Row *rowOfKey(const Row (&rows)[N], QStringView key)
{
    return findRow(rows, [key](const Row &row) { return key == QStringView(row.key); });
}

// The key of value; empty when the table has no row for it.
template<typename Row, std::size_t N>
QString keyOf(const Row (&rows)[N], decltype(Row::value) value)
{
    const Row *row = rowOf(rows, value);
    return row ? QString::fromUtf16(row->key) : QString();
}

// The value whose key is key; nullopt for a key the table does not know.
template<typename Row, std::size_t N>
std::optional<decltype(Row::value)> valueOf(const Row (&rows)[N], QStringView key)
{
    const Row *row = rowOfKey(rows, key);
    return row ? std::optional(row->value) : std::nullopt;
}

// The row's translated `text` column, through Context::tr (the enum's translation context);
// empty when the table has no row for value.
template<typename Context, typename Row, std::size_t N>
QString textOf(const Row (&rows)[N], decltype(Row::value) value)
{
    const Row *row = rowOf(rows, value);
    return row ? Context::tr(row->text) : QString();
}

} // namespace gobiz::KeyTable
