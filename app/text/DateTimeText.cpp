#include "DateTimeText.h"

#include <QRegularExpression>

namespace gobiz::DateTimeText {

namespace {

// tzdata's ids of Indonesia's three zones; Asia/Pontianak is western Kalimantan, also WIB.
QString indonesianZone(const QByteArray &id)
{
    if (id == "Asia/Jakarta" || id == "Asia/Pontianak")
        return QStringLiteral("WIB");
    if (id == "Asia/Makassar")
        return QStringLiteral("WITA");
    if (id == "Asia/Jayapura")
        return QStringLiteral("WIT");
    return {};
}

QString offsetName(int offsetSeconds)
{
    const int minutes = qAbs(offsetSeconds) / 60;
    QString text
        = QStringLiteral("UTC") + (offsetSeconds < 0 ? u'-' : u'+') + QString::number(minutes / 60);
    if (minutes % 60)
        text += u':' + QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

// The character between hours and minutes in the locale's own time format: "." for Indonesian
// ("HH.mm"), ":" for English ("h:mm AP").
QChar timeSeparator(const QLocale &locale)
{
    const QString pattern = locale.timeFormat(QLocale::ShortFormat);
    bool inHours = false;
    for (const QChar c : pattern) {
        if (c == u'h' || c == u'H')
            inHours = true;
        else if (inHours)
            return c == u'.' || c == u':' ? c : QChar(u':');
    }
    return u':';
}

} // namespace

QString zoneName(const QTimeZone &zone, const QDateTime &at)
{
    if (!zone.isValid())
        return offsetName(at.offsetFromUtc());
    const QString indonesian = indonesianZone(zone.id());
    if (!indonesian.isEmpty())
        return indonesian;
    // tzdata writes "+08" where a zone has no letters of its own; Windows gives long names.
    static const QRegularExpression letters(QStringLiteral("^[A-Z]{2,5}$"));
    const QString abbreviation = zone.abbreviation(at);
    if (letters.match(abbreviation).hasMatch())
        return abbreviation;
    return offsetName(zone.offsetFromUtc(at));
}

QString format(
    const QDateTime &when, Precision precision, const QLocale &locale, const QTimeZone &zone)
{
    if (!when.isValid())
        return {};
    const QDateTime local = zone.isValid() ? when.toTimeZone(zone) : when.toLocalTime();
    const QChar sep = timeSeparator(locale);
    QString time = QStringLiteral("HH") + sep + QStringLiteral("mm");
    if (precision == Precision::Seconds)
        time += sep + QStringLiteral("ss");
    return locale.toString(local, QStringLiteral("d MMM yyyy ") + time) + u' '
        + zoneName(zone, when);
}

QString timeOfDay(const QDateTime &when, const QLocale &locale, const QTimeZone &zone)
{
    if (!when.isValid())
        return {};
    const QDateTime local = zone.isValid() ? when.toTimeZone(zone) : when.toLocalTime();
    const QChar sep = timeSeparator(locale);
    return locale.toString(local.time(),
        QStringLiteral("HH") + sep + QStringLiteral("mm") + sep + QStringLiteral("ss.zzz"));
}

QString iso(const QDateTime &when, const QTimeZone &zone)
{
    if (!when.isValid())
        return {};
    const QDateTime local = zone.isValid() ? when.toTimeZone(zone) : when.toLocalTime();
    // Qt::ISODate writes a zone's local time with its offset, "+00:00" for UTC too.
    return local.toString(Qt::ISODate);
}

} // namespace gobiz::DateTimeText
