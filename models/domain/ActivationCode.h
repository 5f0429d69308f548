// ActivationCode: the code a tenant registers with in the tenant app. Drawn from the operating
// system's cryptographic generator (QRandomGenerator::system()), from an alphabet without the
// characters people confuse when reading or dictating (no 0/O, no 1/I/L), in five groups of four:
// 20 symbols of 31, about 99 bits (four groups would give only 79). Codes never expire.
#pragma once

#include <QString>
#include <QStringView>

namespace tc::activation {

inline constexpr QStringView kAlphabet = u"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr int kGroups = 5;
inline constexpr int kGroupLength = 4;

// A new code, e.g. "K7QF-M2XD-9RTW-H4PA-3BNE". Uniqueness is the database's to enforce (a
// collision, at 2^-99 per pair, is answered by drawing again).
QString generate();

// What somebody typed, written as generate() writes codes: case, spaces and dashes do not count.
// Empty when it cannot be a generated code (wrong length, a character outside the alphabet).
QString normalized(QStringView typed);

} // namespace tc::activation
