#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The rule every program of the project applies to its command line: an access token never
// belongs there (shells keep commands in their history, other users can read a program's
// arguments). Pure; neither function returns or logs the value it found.
namespace gobiz::ArgumentSecrets {

// Where a value that looks like an access token (AccessToken::looksLikeToken) was given: the
// option it was given to ("--base-url"), or empty for an argument of its own. valueOptions: the
// names of the options that take a value (without dashes), so "--base-url VALUE" is named.
std::optional<QString> tokenLikeArgument(const QStringList &arguments,
                                         const QStringList &valueOptions);

// Whether an option's name asks for a secret (--token, --bearer, --password, ...). allowed:
// names that contain such a word but take none (gobiz-outlets' --token-stdin).
bool namesASecret(const QStringList &arguments, const QStringList &allowed = {});

} // namespace gobiz::ArgumentSecrets
