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

// 'text' with every ' written as '\'' (POSIX quoting).
QString quote(const QString &text);

} // namespace gobiz::CurlCommand
