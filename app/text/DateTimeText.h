#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// The one way this program writes a moment for a person, everywhere: the tables, their details,
// the journal banners, pause messages, the summary, the reports' human columns and the clipboard.
//
//   English:            1 Dec 2026 08:48 WIB
//   Bahasa Indonesia:   1 Des 2026 08.48 WIB
//
// Day month year with the month as a word (never 12/1/26, which an Indonesian reads as 12
// January), 24-hour time with the locale's own separator (Indonesian writes 08.48, PUEBI and
// CLDR), and the time zone, because a field agent in Makassar (WITA) hands the report to an
// office in Jakarta (WIB). Indonesia's zones are named as Indonesians name them (WIB, WITA,
// WIT); elsewhere the zone's letters when it has them (CET, UTC), else its offset (UTC+8).
// Machines get ISO 8601 with the offset instead (iso()).
namespace gobiz::DateTimeText {

enum class Precision { Minutes, Seconds };

// An empty string for an invalid moment.
QString format(const QDateTime &when, Precision precision = Precision::Minutes,
    const QLocale &locale = QLocale(), const QTimeZone &zone = QTimeZone::systemTimeZone());

// "08:48:44.123" (Indonesian "08.48.44.123"): the time of day to the millisecond, for the
// network log, where requests a few ms apart must stay apart; the day and zone are the
// window's caption. Empty for an invalid moment.
QString timeOfDay(const QDateTime &when, const QLocale &locale = QLocale(),
    const QTimeZone &zone = QTimeZone::systemTimeZone());

// "WIB", "WITA", "WIT", "UTC", "CET" or "UTC+5:30": how a reader names the zone at that moment.
QString zoneName(const QTimeZone &zone, const QDateTime &at);

// ISO 8601 in the zone's local time with its offset, e.g. "2026-12-01T08:48:44+07:00": exact for
// a machine, and still the local time for a person who reads it. Empty for an invalid moment.
QString iso(const QDateTime &when, const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace gobiz::DateTimeText
