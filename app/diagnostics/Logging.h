#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)     // gobiz.api
Q_DECLARE_LOGGING_CATEGORY(lcEngine)  // gobiz.engine
Q_DECLARE_LOGGING_CATEGORY(lcModel)   // gobiz.model
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // gobiz.store
Q_DECLARE_LOGGING_CATEGORY(lcUi)      // gobiz.ui

namespace gobiz {
// What reaches the terminal (stderr) besides the log file.
enum class Terminal {
    Everything,
    // Info messages (the routine record support reads: journal opened, token accepted, run
    // finished) go to the log file only, when there is one; warnings, and debug messages
    // someone enabled with QT_LOGGING_RULES, still reach stderr. The wizard's normal start
    // prints nothing.
    NotInfo,
};

// Routes every qDebug/qWarning through Redactor and, when a path is given, appends to a log file
// (rotated to "<path>.1" past 5 MB).
void installMessageHandler(const QString &logFilePath = {},
                           Terminal terminal = Terminal::Everything);
} // namespace gobiz
