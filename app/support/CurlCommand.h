#pragma once

#include "NetworkExchange.h"

namespace gobiz::CurlCommand {

// The request as a curl command line for a POSIX shell (bash, zsh; Git Bash and WSL on
// Windows), in the form browsers' "Copy as cURL (bash)" writes: single-quoted arguments, one
// per line. A bearer token is never written: the Authorization header reads
// "Bearer $GOBIZ_TOKEN", so the person sets the variable in their own shell. Headers curl sets
// itself (Content-Length, Host, User-Agent) and our X-Request-ID (a new call wants a new one)
// are left out.
QString bash(const NetworkExchange &exchange);

// The same for Windows' cmd.exe (curl.exe ships with Windows 10 and 11), in the form Chrome's
// "Copy as cURL (cmd)" writes: each argument in ^"…^", characters cmd would act on escaped
// with ^, lines joined with ^. The token reads %GOBIZ_TOKEN% (set GOBIZ_TOKEN=… first).
QString cmd(const NetworkExchange &exchange);

// 'text' with every ' written as '\'' (POSIX quoting).
QString quote(const QString &text);
// text for cmd.exe and the C runtime's argument parser, as Chrome escapes it.
QString quoteForCmd(const QString &text);

} // namespace gobiz::CurlCommand
