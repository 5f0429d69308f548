#include "domain/Password.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <mutex>

namespace tc {

namespace {

// Passwords of ten characters and more that people choose most (compared in lower case). Shorter
// ones already fail the length rule.
constexpr std::array kCommon{
    "1234567890",     "12345678910",    "123456789a",     "a123456789",     "1234567890a",  "123456789abc",
    "1q2w3e4r5t",     "1q2w3e4r5t6y",   "q1w2e3r4t5",     "1qaz2wsx3edc",   "zaq12wsxcde3", "qwertyuiop",
    "qwertzuiop",     "azertyuiop",     "asdfghjkl1",     "qwerty1234",     "qwertz1234",   "azerty1234",
    "qwerty123456",   "qwertz123456",   "password12",     "password123",    "password1234", "password!1",
    "passwort12",     "passwort123",    "passwort1234",   "motdepasse",     "motdepasse1",  "motdepasse123",
    "parolachiave",   "iloveyou12",     "iloveyou123",    "ichliebedich",   "jetaime123",   "tiamo12345",
    "welcome123",     "welcome1234",    "willkommen",     "willkommen1",    "bienvenue1",   "benvenuto1",
    "letmein123",     "changeme123",    "administrator",  "admin12345",     "admin123456",  "football123",
    "sunshine123",    "princess123",    "baseball123",    "superman123",    "starwars123",  "dragon1234",
    "monkey12345",    "abcdefghij",     "abcd123456",     "abc1234567",     "abcdef123456", "hallo12345",
    "hallohallo",     "sommer2024",     "sommer2025",     "sommer2026",     "winter2024",   "winter2025",
    "winter2026",     "fruehling2026",  "schweiz123",     "switzerland",    "zuerich123",   "qwertyuiop1",
    "computer123",    "internet123",    "samsung123",     "trustno1234",    "whatever123",  "mypassword",
    "mypassword1",    "secret1234",     "geheim1234",     "geheimnis1",     "0987654321",   "9876543210",
};

// True for a run of letters or digits that only counts up or down ("0123456789", "jihgfedcba").
bool isRun(const QString &text)
{
    if (text.size() < 3)
        return false;
    const int step = text.at(1).unicode() - text.at(0).unicode();
    if (step != 1 && step != -1)
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).unicode() - text.at(i - 1).unicode() != step || !text.at(i).isLetterOrNumber())
            return false;
    }
    return true;
}

bool initialized()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

} // namespace

QString Password::weakness(const QString &password)
{
    const auto characters = password.toUcs4().size();
    if (characters < kMinLength)
        return tr("The password needs at least %1 characters.").arg(kMinLength);
    if (characters > kMaxLength)
        return tr("The password may have at most %1 characters.").arg(kMaxLength);
    const QString lower = password.toLower();
    const QByteArray key = lower.toUtf8();
    if (std::any_of(kCommon.cbegin(), kCommon.cend(), [&](const char *common) { return key == common; }))
        return tr("This password is one of the most common ones; choose another.");
    if (std::all_of(lower.cbegin(), lower.cend(), [&](QChar c) { return c == lower.front(); }) || isRun(lower))
        return tr("This password is too easy to guess; choose another.");
    return {};
}

Result<QString> Password::hash(const QString &password)
{
    if (!initialized())
        return Error::internal(tr("The password library could not be started."));
    const QByteArray bytes = password.toUtf8();
    char hashed[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hashed, bytes.constData(), quint64(bytes.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return Error::internal(tr("There was not enough memory to protect the password."));
    }
    return QString::fromLatin1(hashed);
}

bool Password::matches(const QString &hash, const QString &password)
{
    if (!initialized())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray bytes = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(), quint64(bytes.size())) == 0;
}

} // namespace tc
