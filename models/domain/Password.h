// Password: the rules a tenant's password meets and how it is kept. Kept as an Argon2id hash in
// libsodium's self-describing string form (crypto_pwhash_str: algorithm, parameters and salt travel
// with the hash), with 2 passes over 64 MiB, above OWASP's minimum for Argon2id (2 passes over 19 MiB,
// one lane). A password is never stored, logged or shown.
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tc {

class Password
{
    Q_DECLARE_TR_FUNCTIONS(Password)

public:
    static constexpr int kMinLength = 10;   // characters (code points), not bytes
    static constexpr int kMaxLength = 1024; // no Argon2 over megabytes of "password"

    // Why `password` will not do, translated; empty when it is acceptable. Too short or too long; one
    // of the commonly used passwords, in any case (a small list: digit and letter runs, keyboard rows
    // of Swiss, German, French and English keyboards, words with digits); one character over and
    // over; a run of letters or digits. Judged on the password alone: a registration checks it before
    // it looks at the code, so that the answer never tells whether a code is valid.
    static QString weakness(const QString &password);

    // The Argon2id hash of `password`; fails only when the machine has no memory left for it.
    static Result<QString> hash(const QString &password);
    // True when `password` is the one `hash` was made from (false for a hash in no known form).
    static bool matches(const QString &hash, const QString &password);
};

} // namespace tc
