// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// What error messages may show of a URL that is being parsed, and may not have parsed: every
/// secret replaced by `***`, also in text that is not (yet) known to be a well-formed URL.
namespace Quarry::UrlRedaction {

/// libpq's secret keywords (those PQconndefaults() marks with '*'): `password`, `sslpassword`,
/// `oauth_client_secret`. Case-insensitive, so a misspelt case never shows a secret.
bool isSecretParameter(QStringView key);

/// isSecretParameter(), or a key that names a password or secret some other way
/// (`db_password`, `client_secret`, or a key that swallowed a missing '?'): what redaction
/// hides and no URL kept on disk may hold.
bool looksSecret(QStringView key);

/// Query-like text (`a=1&password=x`, or any text with `?`/`&` separated `key=value` pieces):
/// values of secret keys (also percent-encoded keys) replaced by `***`, and a piece that starts
/// with a secret key but lacks its `=` cut after the key; a piece `user:password` (no `=`) as
/// `user:***`.
QString redactedQuery(QStringView text);

/// `user:password` as `user:***`.
QString redactedUserInfo(QStringView userInfo);

/// Whether a host entry (`host`, `host:port`, `[v6]:port`) may hold a piece of a password: a
/// port that is not a number, as when `user:password` lacks its `@host` or a password holds an
/// unencoded '/' or '@'. An unbracketed IPv6 address (`::1`) is not such a piece.
bool mayHoldSecret(QStringView hostEntry);

} // namespace Quarry::UrlRedaction
