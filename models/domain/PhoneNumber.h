// PhoneNumber: phone numbers as people write them, turned into the E.164 form that is stored and searched.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>

namespace tc {

// Normalises the phone numbers of one office, whose country is the default for numbers written
// without a country code. An import calls it for every row, so the spellings offices really see
// ("+41 44 123 45 67", "044 123 45 67", "0041 44 ...", "079/123 45 67", "(044) 123-45-67",
// "+41 (0)44 ...", any Unicode space) are taken apart by a hand-written scan and checked against
// the lengths libphonenumber finds possible for the country. Everything else (letters, extensions,
// countries whose dialling rules are more than a trunk "0", see plainDiallingRegions()) goes
// through libphonenumber's full parser, which gives the same answer a hundred times slower.
// Immutable after construction: one instance may be used from several threads at once.
class PhoneNumberNormalizer
{
public:
    // defaultRegion: ISO 3166-1 alpha-2 ("CH"), any letter case. With a region libphonenumber does
    // not know, only numbers written with their country code ("+41 ...") are understood.
    explicit PhoneNumberNormalizer(const QString &defaultRegion);

    // The upper-case region given to the constructor.
    QString defaultRegion() const { return QString::fromStdString(m_region); }

    // The E.164 form ("+41441234567") of a phone number as people write it, or an empty string when
    // the text is not a possible number. "Possible" is libphonenumber's length check for the number's
    // country (not its stricter and slower validity check); a number that is only dialable inside
    // its own area (the subscriber number without the area code) is not possible. An extension
    // ("ext. 12") is accepted and left out: E.164 has no place for it.
    QString toE164(QStringView text) const;

    // The digits a search can match on: the E.164 digits without "+" for a possible number; for a
    // partial one the digits typed, with "+" / "00" removed and a trunk "0" replaced by the default
    // region's country code, so "044 12" finds "+41441234567" by prefix.
    QString searchDigits(QStringView text) const;

    // The regions (ISO 3166-1 alpha-2) whose spellings take the fast path, as default region and behind
    // their country code. Numbers of other countries are right too, only slower.
    static QStringList plainDiallingRegions();

private:
    bool fastE164(QStringView text, QString *e164) const;
    QString parsedE164(QStringView text) const;

    std::string m_region;
    int m_countryCode = 0; // of m_region; 0 when the region is unknown
    QByteArray m_countryCodeAscii; // "41" for CH
    // Only one of them is set, and only for the regions of plainDiallingRegions(): national numbers are
    // written with a leading "0" that E.164 drops, or there is no such prefix and a leading "0" is part
    // of the number (Italy). Either way "00" dials out.
    bool m_dropsTrunkZero = false;
    bool m_keepsLeadingZero = false;
};

} // namespace tc
