#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)     // gobiz.api
Q_DECLARE_LOGGING_CATEGORY(lcEngine)  // gobiz.engine
Q_DECLARE_LOGGING_CATEGORY(lcModel)   // gobiz.model
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // gobiz.store
Q_DECLARE_LOGGING_CATEGORY(lcUi)      // gobiz.ui

namespace gobiz {
// Routes every qDebug/qWarning through Redactor and, when a path is given, appends to a log file
// (rotated to "<path>.1" past 5 MB).
void installMessageHandler(const QString &logFilePath = {});
} // namespace gobiz
