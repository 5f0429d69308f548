#include "services/DemoData.h"

#include "domain/NameFolding.h"
#include "domain/SearchKeys.h"
#include "services/OfficeSetup.h"
#include "services/Tickets.h"
#include "storage/AuditLog.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/IndexDeferral.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <array>
#include <optional>
#include <span>
#include <utility>

namespace tc {

namespace {

enum class Lang { De, Fr, It, En };

QString langKey(Lang lang)
{
    switch (lang) {
    case Lang::De:
        return QStringLiteral("de");
    case Lang::Fr:
        return QStringLiteral("fr");
    case Lang::It:
        return QStringLiteral("it");
    case Lang::En:
        return QStringLiteral("en");
    }
    return {};
}

struct City
{
    const char *name;
    Lang lang;
    int areaCode; // landline prefix without the trunk 0
    int postalFrom;
    int postalTo;
};

constexpr std::array kCities{
    City{"Zürich", Lang::De, 44, 8001, 8057},      City{"Zürich", Lang::De, 43, 8001, 8057},
    City{"Bern", Lang::De, 31, 3003, 3027},        City{"Basel", Lang::De, 61, 4051, 4059},
    City{"Luzern", Lang::De, 41, 6003, 6006},      City{"Winterthur", Lang::De, 52, 8400, 8411},
    City{"St. Gallen", Lang::De, 71, 9000, 9016},  City{"Biel/Bienne", Lang::De, 32, 2502, 2505},
    City{"Genève", Lang::Fr, 22, 1201, 1209},      City{"Lausanne", Lang::Fr, 21, 1003, 1018},
    City{"Neuchâtel", Lang::Fr, 32, 2000, 2000},   City{"Fribourg", Lang::Fr, 26, 1700, 1700},
    City{"Sion", Lang::Fr, 27, 1950, 1950},        City{"Lugano", Lang::It, 91, 6900, 6900},
    City{"Bellinzona", Lang::It, 91, 6500, 6500},  City{"Locarno", Lang::It, 91, 6600, 6600},
};

using Words = std::span<const char *const>;

constexpr const char *kStreetsDe[] = {"Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Kirchgasse", "Rosenweg",
                                      "Lindenstrasse", "Bergstrasse", "Schulstrasse", "Gartenstrasse",
                                      "Mühlebachstrasse", "Zürcherstrasse", "Hauptstrasse", "Sonnenbühlweg",
                                      "Schützenmattstrasse", "Im Grünen"};
constexpr const char *kStreetsFr[] = {"Rue du Lac", "Avenue de la Gare", "Chemin des Vignes", "Rue de Lausanne",
                                      "Route de Genève", "Rue du Marché", "Avenue des Alpes",
                                      "Chemin de la Forêt", "Rue de l'Église", "Quai du Léman", "Rue des Épinettes"};
constexpr const char *kStreetsIt[] = {"Via Cantonale", "Via San Gottardo", "Viale Stazione", "Via al Lago",
                                      "Via Nassa", "Via dei Faggi", "Contrada di Verla", "Via Motta",
                                      "Piazza dell'Indipendenza"};

constexpr const char *kEstateDe[] = {"Wohnüberbauung Sonnenhof", "Siedlung Lindenbühl", "Überbauung Seeblick",
                                     "Wohnpark Rütihof", "Mehrfamilienhaus Bachmatt", "Überbauung Grünau",
                                     "Wohnsiedlung Höfli", "Gewerbehaus Eichmatt"};
constexpr const char *kEstateFr[] = {"Résidence Les Tilleuls", "Immeuble du Château", "Les Jardins de l'Orée",
                                     "Résidence Beau-Séjour", "Quartier des Crêtes", "Immeuble Les Épinettes"};
constexpr const char *kEstateIt[] = {"Residenza Al Lago", "Condominio Belvedere", "Residenza dei Castagni",
                                     "Palazzo Sant'Anna", "Residenza Monte Brè"};

constexpr const char *kLastDe[] = {"Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer",
                                   "Steiner", "Fischer", "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann",
                                   "Moser", "Widmer", "Wyss", "Graf", "Roth", "Bühler", "Lüthi", "Zürcher",
                                   "Schüpbach", "Gygax", "Hürlimann", "Märki", "Bösch", "Jäggi", "Nüesch",
                                   "von Gunten", "Stöckli"};
constexpr const char *kLastFr[] = {"Favre", "Rochat", "Bonvin", "Girard", "Perrin", "Dubois", "Mercier",
                                   "Fournier", "Morel", "Chappuis", "Berset", "Gaillard", "Théraulaz", "Délèze",
                                   "Crausaz", "Bétrisey", "Jeanneret", "L'Eplattenier", "de Rham", "Pellet",
                                   "Mévillot", "Lévy"};
constexpr const char *kLastIt[] = {"Rossi", "Bernasconi", "Ferrari", "Colombo", "Bianchi", "Lurati",
                                   "Pedrazzini", "Galli", "Fontana", "Cattaneo", "Dell'Acqua", "D'Amico",
                                   "Dell'Oro", "D'Alessandro", "Sciarò", "Nicolò"};
constexpr const char *kLastEn[] = {"Smith", "O'Brien", "O'Connor", "Johnson", "Brown", "Taylor", "Wilson",
                                   "McAllister", "Clarke", "Patel", "Nguyen", "Fernández"};
constexpr const char *kFirstDe[] = {"Hans", "Peter", "Lukas", "Jürg", "Thomas", "Daniel", "Urs", "Reto",
                                    "Matthias", "Jörg", "Beat", "Noah", "Luca", "Dominik", "Anna", "Ursula",
                                    "Sandra", "Barbara", "Regula", "Käthi", "Lea", "Mia", "Sophie", "Zoë",
                                    "Brigitte", "Franziska", "Jasmin", "Bärbel", "Hans-Rudolf", "Anna-Lena"};
constexpr const char *kFirstFr[] = {"François", "Jérôme", "Stéphane", "Noël", "Benoît", "Loïc", "Théo",
                                    "Grégoire", "Aurélien", "Olivier", "Chloé", "Hélène", "Noëlle", "Anaïs",
                                    "Céline", "Mélanie", "Élodie", "Françoise", "Léa", "Geneviève",
                                    "Jean-Luc", "Marie-Thérèse"};
constexpr const char *kFirstIt[] = {"Luca", "Nicolò", "Niccolò", "Matteo", "Davide", "Giovanni", "Andrea",
                                    "Fabrizio", "Mattia", "Chiara", "Giulia", "Francesca", "Alessia", "Martina",
                                    "Elisa", "Sara", "Ilaria", "Nadia"};
constexpr const char *kFirstEn[] = {"James", "Michael", "Seán", "Oliver", "Harry", "Emma", "Olivia", "Siobhán",
                                    "Chloe", "Grace"};
constexpr const char *kCompanyDe[] = {"Bäckerei", "Coiffeur", "Praxis", "Schreinerei", "Treuhand"};
constexpr const char *kCompanyFr[] = {"Boulangerie", "Cabinet", "Atelier", "Fiduciaire"};
constexpr const char *kCompanyIt[] = {"Panetteria", "Studio", "Ristorante", "Fiduciaria"};
constexpr const char *kMailDomains[] = {"example.com", "example.org", "example.net", "mail.example",
                                        "bluemail.example", "post.example"};

struct DemoAgent
{
    const char *login;
    const char *name;
    const char *role;
};
constexpr DemoAgent kAgents[] = {{"anna.keller", "Anna Keller", "manager"},
                                 {"marc.dubois", "Marc Dubois", "administrator"},
                                 {"lucia.rossi", "Lucia Rossi", "agent"},
                                 {"peter.meier", "Peter Meier", "agent"}};

// Example tickets: a category as the issue view suggests it and a title in each language (de, fr,
// it, en: the order of Lang).
struct DemoTicket
{
    const char *category;
    std::array<const char *, 4> titles;
};
constexpr DemoTicket kDemoTickets[] = {
    {"Repairs", {"Rollladen im Wohnzimmer klemmt", "Le store du salon est bloqué",
                 "La tapparella del soggiorno è bloccata", "Living-room shutter is stuck"}},
    {"Heating", {"Heizung im Schlafzimmer bleibt kalt", "Le chauffage de la chambre reste froid",
                 "Il riscaldamento in camera resta freddo", "Bedroom radiator stays cold"}},
    {"Water and sanitary", {"Wasserhahn in der Küche tropft", "Le robinet de la cuisine goutte",
                            "Il rubinetto della cucina gocciola", "Kitchen tap is dripping"}},
    {"Electrical", {"Licht im Treppenhaus defekt", "L'éclairage de la cage d'escalier ne fonctionne plus",
                    "La luce delle scale non funziona", "Stairwell light is out"}},
    {"Noise and neighbours", {"Lärm aus der Wohnung oberhalb", "Bruit venant de l'appartement du dessus",
                              "Rumore dall'appartamento di sopra", "Noise from the flat above"}},
    {"Keys and locks", {"Zusätzlicher Wohnungsschlüssel gewünscht", "Demande d'une clé supplémentaire",
                        "Richiesta di una chiave supplementare", "Needs an extra flat key"}},
    {"Rent and payments", {"Frage zur Nebenkostenabrechnung", "Question sur le décompte des charges",
                           "Domanda sul conteggio delle spese accessorie", "Question about the service-charge statement"}},
    {"Moving in or out", {"Termin für die Wohnungsabgabe", "Rendez-vous pour l'état des lieux de sortie",
                          "Appuntamento per la riconsegna dell'appartamento", "Appointment for the move-out inspection"}},
    {"Cleaning", {"Treppenhaus wurde nicht gereinigt", "La cage d'escalier n'a pas été nettoyée",
                  "Le scale non sono state pulite", "Stairwell was not cleaned"}},
    {"Other", {"Parkplatz in der Tiefgarage gesucht", "Recherche d'une place dans le parking",
               "Cerca un posto nell'autorimessa", "Looking for a space in the car park"}},
};
constexpr std::array<const char *, 4> kDemoNotes = {"Handwerker aufgeboten, kommt diese Woche.",
                                                   "Artisan mandaté, il passe cette semaine.",
                                                   "Artigiano incaricato, passa questa settimana.",
                                                   "Tradesman booked, coming this week."};
constexpr std::array<const char *, 4> kDemoReplies = {"Vielen Dank für Ihre Meldung, wir kümmern uns darum.",
                                                     "Merci pour votre message, nous nous en occupons.",
                                                     "Grazie per la segnalazione, ce ne occupiamo noi.",
                                                     "Thank you for letting us know, we are on it."};

Lang langOf(const QString &key)
{
    if (key == u"fr")
        return Lang::Fr;
    if (key == u"it")
        return Lang::It;
    if (key == u"en")
        return Lang::En;
    return Lang::De;
}

QString word(QRandomGenerator &rng, Words words)
{
    return QString::fromUtf8(words[rng.bounded(int(words.size()))]);
}

// The words of one language region. English speakers live in every region: their streets,
// estates and shops are those of the city they live in.
struct Vocabulary
{
    Words streets;
    Words estates;
    Words lastNames;
    Words firstNames;
    Words companies;
};

const Vocabulary &vocabulary(Lang lang)
{
    static const Vocabulary de{kStreetsDe, kEstateDe, kLastDe, kFirstDe, kCompanyDe};
    static const Vocabulary fr{kStreetsFr, kEstateFr, kLastFr, kFirstFr, kCompanyFr};
    static const Vocabulary it{kStreetsIt, kEstateIt, kLastIt, kFirstIt, kCompanyIt};
    static const Vocabulary en{kStreetsDe, kEstateDe, kLastEn, kFirstEn, kCompanyDe};
    switch (lang) {
    case Lang::Fr:
        return fr;
    case Lang::It:
        return it;
    case Lang::En:
        return en;
    default:
        return de;
    }
}

QString companySuffix(Lang lang, QRandomGenerator &rng)
{
    static constexpr const char *de[] = {"AG", "GmbH"};
    static constexpr const char *fr[] = {"SA", "Sàrl"};
    static constexpr const char *it[] = {"SA", "Sagl"};
    switch (lang) {
    case Lang::Fr:
        return word(rng, fr);
    case Lang::It:
        return word(rng, it);
    default:
        return word(rng, de);
    }
}

// The part of an e-mail address people make from their name: "Zoë Dell'Acqua" -> "zoe.dellacqua".
QString mailPart(const QString &name)
{
    QString folded;
    for (const QChar c : name.toLower()) {
        switch (c.unicode()) {
        case u'ä':
            folded += QStringLiteral("ae");
            continue;
        case u'ö':
            folded += QStringLiteral("oe");
            continue;
        case u'ü':
            folded += QStringLiteral("ue");
            continue;
        default:
            break;
        }
        const QString base = QString(c).normalized(QString::NormalizationForm_D);
        const QChar first = base.isEmpty() ? c : base.front();
        if ((first >= u'a' && first <= u'z') || (first >= u'0' && first <= u'9'))
            folded += first;
        else if (first == u' ' || first == u'-')
            folded += u'-';
    }
    return folded;
}

// One Swiss number in one of the spellings people and ERPs write; returns {as given, E.164}.
QPair<QString, QString> phoneNumber(QRandomGenerator &rng, const City &city)
{
    static constexpr int mobilePrefixes[] = {76, 77, 78, 79};
    const bool mobile = rng.bounded(100) < 45;
    const int prefix = mobile ? mobilePrefixes[rng.bounded(4)] : city.areaCode;
    const int subscriber = 2000000 + rng.bounded(7999999);
    const QString sub = QString::number(subscriber);
    const QString p = QString::number(prefix);
    const QString a = sub.left(3), b = sub.mid(3, 2), c = sub.mid(5, 2);
    const QString e164 = QStringLiteral("+41") + p + sub;
    QString given;
    switch (rng.bounded(7)) {
    case 0:
        given = QStringLiteral("+41 %1 %2 %3 %4").arg(p, a, b, c);
        break;
    case 1:
        given = QStringLiteral("0%1 %2 %3 %4").arg(p, a, b, c);
        break;
    case 2:
        given = QStringLiteral("0041%1%2").arg(p, sub);
        break;
    case 3:
        given = QStringLiteral("0%1/%2 %3 %4").arg(p, a, b, c);
        break;
    case 4:
        given = QStringLiteral("(0%1) %2-%3-%4").arg(p, a, b, c);
        break;
    case 5:
        given = QStringLiteral("0%1%2").arg(p, sub);
        break;
    default:
        given = e164;
        break;
    }
    return {given, e164};
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullDate()
{
    return QVariant(QMetaType::fromType<QDate>());
}

class Writer
{
public:
    Writer(const Database &db, QDate today, quint64 seed)
        : m_db(db), m_today(today), m_now(QDateTime(today, QTime(6, 0), Qt::UTC).toString(Qt::ISODateWithMs)), m_rng(quint32(seed ^ (seed >> 32))),
          m_properties(db, QStringLiteral("properties"),
                       {QStringLiteral("id"), QStringLiteral("erp_ref"), QStringLiteral("name"),
                        QStringLiteral("created_at"), QStringLiteral("updated_at")}),
          m_buildings(db, QStringLiteral("buildings"),
                      {QStringLiteral("id"), QStringLiteral("property_id"), QStringLiteral("erp_ref"),
                       QStringLiteral("name"), QStringLiteral("street"), QStringLiteral("house_number"),
                       QStringLiteral("postal_code"), QStringLiteral("city"), QStringLiteral("country"),
                       QStringLiteral("street_key"), QStringLiteral("city_key"), QStringLiteral("created_at"),
                       QStringLiteral("updated_at")}),
          m_units(db, QStringLiteral("units"),
                  {QStringLiteral("id"), QStringLiteral("building_id"), QStringLiteral("erp_ref"),
                   QStringLiteral("label"), QStringLiteral("label_key"), QStringLiteral("created_at"),
                   QStringLiteral("updated_at")}),
          m_persons(db, QStringLiteral("persons"),
                    {QStringLiteral("id"), QStringLiteral("erp_ref"), QStringLiteral("first_name"),
                     QStringLiteral("last_name"), QStringLiteral("sort_name"), QStringLiteral("email"), QStringLiteral("phone"),
                     QStringLiteral("phone_e164"), QStringLiteral("language"), QStringLiteral("given_key"),
                     QStringLiteral("phone_suffix"), QStringLiteral("created_at"), QStringLiteral("updated_at")}),
          m_tenancies(db, QStringLiteral("tenancies"),
                      {QStringLiteral("id"), QStringLiteral("unit_id"), QStringLiteral("erp_ref"),
                       QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("created_at"),
                       QStringLiteral("updated_at")}),
          m_tenancyPersons(db, QStringLiteral("tenancy_persons"),
                           {QStringLiteral("tenancy_id"), QStringLiteral("person_id")})
    {
    }

    Result<DemoCounts> run(qint64 total, const DemoData::Progress &progress)
    {
        qint64 reported = 0;
        while (m_personCount < total) {
            addProperty(total);
            if (anyFull()) {
                if (auto s = flushAll(); !s)
                    return s.error();
            }
            if (progress && m_personCount - reported >= 5000) {
                reported = m_personCount;
                if (!progress(m_personCount, total))
                    return Error::refused(DemoData::tr("Cancelled: no demo data was written."));
            }
        }
        if (auto s = flushAll(); !s)
            return s.error();
        if (progress)
            progress(m_personCount, total);
        return DemoCounts{m_propertyId, m_buildingId, m_unitId, m_personCount, m_tenancyId, 0};
    }

private:
    bool anyFull() const
    {
        return m_properties.isFull() || m_buildings.isFull() || m_units.isFull() || m_persons.isFull()
            || m_tenancies.isFull() || m_tenancyPersons.isFull();
    }

    Status flushAll()
    {
        for (BulkInserter *inserter :
             {&m_properties, &m_buildings, &m_units, &m_persons, &m_tenancies, &m_tenancyPersons}) {
            if (auto s = inserter->flush(); !s)
                return s;
        }
        return {};
    }

    void addProperty(qint64 total)
    {
        const City &city = kCities[m_rng.bounded(int(kCities.size()))];
        const qint64 propertyId = ++m_propertyId;
        const QString propertyRef = QString::number(1000 + propertyId);
        m_properties.addRow({propertyId, propertyRef, word(m_rng, vocabulary(city.lang).estates) + u' ' + QString::number(propertyId),
                          m_now, m_now});
        const int buildings = 1 + m_rng.bounded(3);
        const QString street = word(m_rng, vocabulary(city.lang).streets);
        const int postalCode = city.postalFrom + m_rng.bounded(city.postalTo - city.postalFrom + 1);
        int houseNumber = 1 + m_rng.bounded(60);
        for (int b = 1; b <= buildings && m_personCount < total; ++b) {
            const qint64 buildingId = ++m_buildingId;
            const QString house = QString::number(houseNumber) + (m_rng.bounded(8) == 0 ? QStringLiteral("a") : QString());
            houseNumber += 2;
            m_buildings.addRow({buildingId, propertyId, QStringLiteral("%1.%2").arg(propertyRef).arg(b, 2, 10, QLatin1Char('0')),
                             street + u' ' + house, street, house, QString::number(postalCode),
                             QString::fromUtf8(city.name), QStringLiteral("CH"), searchkeys::streetKey(street, house),
                             searchkeys::cityKey(QString::fromUtf8(city.name)), m_now, m_now});
            addUnits(buildingId, propertyRef, b, city, total);
        }
    }

    QString unitLabel(Lang lang, int floor, int number, bool parking) const
    {
        if (parking) {
            const QString n = QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
            switch (lang) {
            case Lang::Fr:
                return QStringLiteral("Place de parc ") + n;
            case Lang::It:
                return QStringLiteral("Posteggio ") + n;
            default:
                return QStringLiteral("Parkplatz ") + n;
            }
        }
        const QString n = QStringLiteral("%1.%2").arg(floor).arg(number, 2, 10, QLatin1Char('0'));
        switch (lang) {
        case Lang::Fr:
            return QStringLiteral("Appartement ") + n;
        case Lang::It:
            return QStringLiteral("Appartamento ") + n;
        default:
            return QStringLiteral("Wohnung ") + n;
        }
    }

    void addUnits(qint64 buildingId, const QString &propertyRef, int building, const City &city, qint64 total)
    {
        const int floors = 2 + m_rng.bounded(6);
        const int perFloor = 2 + m_rng.bounded(4);
        QList<qint64> residents; // current main tenants of this building, some of whom rent parking too
        for (int floor = 0; floor < floors && m_personCount < total; ++floor) {
            for (int n = 1; n <= perFloor && m_personCount < total; ++n) {
                const qint64 unitId = ++m_unitId;
                m_units.addRow({unitId, buildingId,
                             QStringLiteral("%1.%2.%3%4").arg(propertyRef).arg(building, 2, 10, QLatin1Char('0')).arg(floor).arg(n, 2, 10, QLatin1Char('0')),
                             unitLabel(city.lang, floor, n, false), searchkeys::labelKey(unitLabel(city.lang, floor, n, false)),
                             m_now, m_now});
                addTenancies(unitId, city, total, &residents);
            }
        }
        const int parking = m_rng.bounded(7);
        for (int p = 1; p <= parking && !residents.isEmpty(); ++p) {
            const qint64 unitId = ++m_unitId;
            m_units.addRow({unitId, buildingId,
                         QStringLiteral("%1.%2.P%3").arg(propertyRef).arg(building, 2, 10, QLatin1Char('0')).arg(p, 2, 10, QLatin1Char('0')),
                         unitLabel(city.lang, 0, p, true), searchkeys::labelKey(unitLabel(city.lang, 0, p, true)), m_now,
                         m_now});
            if (m_rng.bounded(4) == 0)
                continue; // vacant
            const qint64 tenancyId = addTenancy(unitId, m_today.addDays(-30 - m_rng.bounded(2000)), nullDate());
            m_tenancyPersons.addRow({tenancyId, residents.at(m_rng.bounded(int(residents.size())))});
        }
    }

    qint64 addTenancy(qint64 unitId, QDate start, const QVariant &end)
    {
        const qint64 id = ++m_tenancyId;
        m_tenancies.addRow({id, unitId, QStringLiteral("V%1").arg(id, 8, 10, QLatin1Char('0')), start, end, m_now, m_now});
        return id;
    }

    void addTenancies(qint64 unitId, const City &city, qint64 total, QList<qint64> *residents)
    {
        const QDate start = m_today.addDays(-30 - m_rng.bounded(5400));
        const int roll = m_rng.bounded(100);
        const bool formerTenant = roll < 10;
        const bool moveOutAhead = roll >= 94; // a future tenant is already known

        if (formerTenant && m_personCount < total) {
            const qint64 tenancyId = addTenancy(unitId, start.addDays(-400 - m_rng.bounded(3000)), start.addDays(-1));
            m_tenancyPersons.addRow({tenancyId, addPerson(city, PersonKind::Regular, {})});
        }
        if (m_personCount >= total)
            return;
        const QDate moveOut = m_today.addDays(20 + m_rng.bounded(100));
        const qint64 current = addTenancy(unitId, start, moveOutAhead ? QVariant(moveOut) : nullDate());
        const qint64 main = addPerson(city, m_rng.bounded(50) == 0 ? PersonKind::Company : PersonKind::Regular, {});
        m_tenancyPersons.addRow({current, main});
        if (!moveOutAhead)
            residents->append(main);
        if (m_rng.bounded(100) < 25 && m_personCount < total) {
            // A couple or flat-share: sometimes the same surname, sometimes not.
            m_tenancyPersons.addRow({current, addPerson(city, PersonKind::Regular, m_rng.bounded(2) ? m_lastName : QString())});
        }
        if (moveOutAhead && m_personCount < total) {
            const qint64 next = addTenancy(unitId, moveOut.addDays(1), nullDate());
            m_tenancyPersons.addRow({next, addPerson(city, PersonKind::FutureNameOnly, {})});
        }
    }

    enum class PersonKind { Regular, Company, FutureNameOnly };

    Lang personLanguage(const City &city)
    {
        const int roll = m_rng.bounded(100);
        if (roll < 8)
            return Lang::En;
        if (roll < 16)
            return Lang(m_rng.bounded(3)); // moved across a language border
        return city.lang;
    }

    qint64 addPerson(const City &city, PersonKind kind, const QString &sharedLastName)
    {
        const qint64 id = ++m_personCount;
        const Lang lang = personLanguage(city);
        QString first = word(m_rng, vocabulary(lang).firstNames);
        QString last = sharedLastName.isEmpty() ? word(m_rng, vocabulary(lang).lastNames) : sharedLastName;
        m_lastName = last;
        if (kind == PersonKind::Company) {
            last = word(m_rng, vocabulary(city.lang).companies) + u' ' + last + u' ' + companySuffix(city.lang, m_rng);
            first = QStringLiteral("");
        }
        QVariant email = nullText();
        QVariant phone = nullText();
        QVariant e164 = nullText();
        if (kind != PersonKind::FutureNameOnly) {
            if (m_rng.bounded(100) < 90) {
                const QString domain = m_rng.bounded(100) == 0 ? QStringLiteral("bücher.example")
                                                               : word(m_rng, kMailDomains);
                QString local = first.isEmpty() ? QStringLiteral("info") : mailPart(first) + u'.' + mailPart(last);
                if (!first.isEmpty() && m_rng.bounded(3) == 0)
                    local += QString::number(m_rng.bounded(100));
                email = local + u'@' + domain;
            }
            if (m_rng.bounded(100) < 85) {
                const auto [given, normalised] = phoneNumber(m_rng, city);
                phone = given;
                e164 = normalised;
            }
        }
        m_persons.addRow({id, QString::number(1000000 + id), first, last, nameSortKey(last, first), email, phone, e164,
                       langKey(lang), searchkeys::givenKey(first, last), textOrNull(searchkeys::phoneSuffix(e164.toString())), m_now,
                       m_now});
        return id;
    }

    const Database &m_db;
    QDate m_today;
    QString m_now; // ISO-8601 UTC text, formatted once: both databases take it for a TIMESTAMPTZ
    QRandomGenerator m_rng;
    BulkInserter m_properties, m_buildings, m_units, m_persons, m_tenancies, m_tenancyPersons;
    qint64 m_propertyId = 0, m_buildingId = 0, m_unitId = 0, m_personCount = 0, m_tenancyId = 0;
    QString m_lastName;
};

} // namespace

Result<DemoCounts> DemoData::generate(qint64 tenants, QDate today, const Progress &progress) const
{
    if (tenants < 1 || tenants > kMaxTenants)
        return Error::refused(tr("The number of demo tenants must be between 1 and %1.").arg(kMaxTenants));
    if (!today.isValid())
        return Error::refused(tr("The reference date for demo data is not valid."));
    if (!m_actor.mayAct(Role::Administrator))
        return Error::refused(tr("Only an administrator or a manager may write demo data."));

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto empty = OfficeSetup(m_db).isEmpty();
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error::refused(tr("The database already holds properties or persons; demo data only goes into an "
                                 "empty database."));
    if (m_db.isSQLite()) {
        // A large page cache keeps index pages in memory while a million rows go in.
        if (auto r = m_db.exec(QStringLiteral("PRAGMA cache_size = -262144")); !r)
            return r.error();
    }
    // Back to SQLite's default page cache however this ends (success, failure, cancel).
    const auto restoreCache = qScopeGuard([this] {
        if (m_db.isSQLite())
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    });

    auto deferral = IndexDeferral::dropIndexes(
        m_db, {QStringLiteral("properties"), QStringLiteral("buildings"), QStringLiteral("units"),
               QStringLiteral("persons"), QStringLiteral("tenancies"), QStringLiteral("tenancy_persons")});
    if (!deferral)
        return deferral.error();
    Writer writer(m_db, today, 0x5443'6b70'0000'0000ULL ^ quint64(tenants));
    auto counts = writer.run(tenants, progress);
    if (!counts)
        return counts.error();
    if (auto s = deferral->restore(); !s)
        return s.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DemoAgent &agent : kAgents) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO agents (login, display_name, email, role, created_at, updated_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                           {QString::fromUtf8(agent.login), QString::fromUtf8(agent.name),
                            QString::fromUtf8(agent.login) + QStringLiteral("@office.example"),
                            QString::fromUtf8(agent.role), now, now});
        if (!r)
            return r.error();
    }
    if (!m_db.isSQLite()) {
        // Rows went in with explicit ids: move each identity past them.
        for (const char *table : {"properties", "buildings", "units", "persons", "tenancies"}) {
            const QString name = QLatin1StringView(table);
            if (auto r = m_db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                  "(SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)").arg(name));
                !r)
                return r.error();
        }
    }
    auto agents = m_db.scalar(QStringLiteral("SELECT count(*) FROM agents"));
    if (!agents)
        return agents.error();
    if (auto s = writeAudit(m_db, m_actor, QStringLiteral("demo_data.generated"), QStringLiteral("persons"),
                            std::nullopt, {},
                            QJsonObject{{QStringLiteral("tenants"), counts->persons},
                                        {QStringLiteral("properties"), counts->properties},
                                        {QStringLiteral("units"), counts->units},
                                        {QStringLiteral("reference_date"), today.toString(Qt::ISODate)}});
        !s) {
        return s.error();
    }
    if (auto s = tx->commit(); !s)
        return s.error();
    DemoCounts result = *counts;
    result.agents = agents->toLongLong();
    return result;
}

Result<DemoTicketCounts> DemoData::addTickets(qint64 count, QDate today) const
{
    if (count < 0 || count > kMaxTenants)
        return Error::refused(tr("The number of demo tickets must be between 0 and %1.").arg(kMaxTenants));
    if (!today.isValid())
        return Error::refused(tr("The reference date for demo data is not valid."));
    if (!m_actor.mayAct(Role::Administrator))
        return Error::refused(tr("Only an administrator or a manager may write demo data."));

    // The demo agents log and work the tickets, each under their own name.
    QList<Actor> agents;
    {
        QStringList logins;
        for (const DemoAgent &agent : kAgents)
            logins << QString::fromUtf8(agent.login);
        auto query = m_db.exec(QStringLiteral("SELECT id, display_name, role FROM agents WHERE login IN (?, ?, ?, ?) "
                                              "ORDER BY id"),
                               {logins.at(0), logins.at(1), logins.at(2), logins.at(3)});
        if (!query)
            return query.error();
        while (query->next()) {
            agents.append(Actor{query->value(0).toLongLong(), query->value(1).toString(),
                                roleFromKey(query->value(2).toString()).value_or(Role::Agent)});
        }
    }
    auto lastPerson = m_db.scalar(QStringLiteral("SELECT max(id) FROM persons"));
    if (!lastPerson)
        return lastPerson.error();
    if (agents.isEmpty() || lastPerson->isNull())
        return Error::refused(tr("Demo tickets need the demo tenants and agents: write those first."));

    QRandomGenerator rng(quint32(lastPerson->toLongLong()) ^ quint32(count * 7919) ^ quint32(today.toJulianDay()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DemoTicketCounts counts;
    for (qint64 n = 0; n < count; ++n) {
        // A tenant picked at random: the first listed one at or after a random id (from the start
        // again when there is none after it).
        using Listed = std::optional<std::pair<qint64, QString>>; // id, language
        const auto listedFrom = [this](qint64 from) -> Result<Listed> {
            auto query = m_db.exec(QStringLiteral("SELECT id, language FROM persons WHERE id >= ? AND retired_at IS NULL "
                                                  "AND merged_into_id IS NULL ORDER BY id LIMIT 1"),
                                   {from});
            if (!query)
                return query.error();
            if (!query->next())
                return Listed();
            return Listed(std::pair{query->value(0).toLongLong(), query->value(1).toString()});
        };
        auto picked = listedFrom(1 + qint64(rng.bounded(quint32(lastPerson->toLongLong()))));
        if (picked && !*picked)
            picked = listedFrom(0);
        if (!picked)
            return picked.error();
        if (!*picked)
            return Error::refused(tr("Demo tickets need the demo tenants and agents: write those first."));
        const qint64 personId = (*picked)->first;
        const int lang = int(langOf((*picked)->second));

        const Actor &author = agents.at(int(rng.bounded(quint32(agents.size()))));
        const Tickets tickets(m_db, author);
        const DemoTicket &kind = kDemoTickets[rng.bounded(quint32(std::size(kDemoTickets)))];
        TicketDraft draft;
        draft.personId = personId;
        auto unit = tickets.defaultUnitFor(personId, today);
        if (!unit)
            return unit.error();
        draft.unitId = *unit;
        const int channel = int(rng.bounded(20));
        draft.channel = channel < 10 ? QStringLiteral("phone")
            : channel < 15           ? QStringLiteral("email")
            : channel < 17           ? QStringLiteral("app")
            : channel < 19           ? QStringLiteral("letter")
                                     : QStringLiteral("walk_in");
        draft.category = QString::fromUtf8(kind.category);
        draft.title = QString::fromUtf8(kind.titles[size_t(lang)]);
        const int priority = int(rng.bounded(10));
        draft.priority = priority < 1 ? QStringLiteral("low")
            : priority < 7            ? QStringLiteral("normal")
            : priority < 9            ? QStringLiteral("high")
                                      : QStringLiteral("urgent");
        if (rng.bounded(4) == 0)
            draft.dueDate = today.addDays(qint64(rng.bounded(1, 21)));
        // Where in the workflow it stands: new, in progress, waiting for the tenant or a third party,
        // done, closed; tickets that are not new are someone's.
        const int stage = int(rng.bounded(6));
        if (stage > 0 || rng.bounded(2) == 0)
            draft.assigneeId = agents.at(int(rng.bounded(quint32(agents.size())))).agentId;
        auto id = tickets.create(draft);
        if (!id)
            return id.error();
        QStringList path;
        if (stage > 0)
            path << QStringLiteral("in_progress");
        if (stage == 2)
            path << QStringLiteral("waiting_tenant");
        if (stage == 3)
            path << QStringLiteral("waiting_third_party");
        if (stage >= 4)
            path << QStringLiteral("done");
        if (stage == 5)
            path << QStringLiteral("closed");
        const Actor &worker = draft.assigneeId ? *std::find_if(agents.cbegin(), agents.cend(), [&](const Actor &a) {
            return a.agentId == draft.assigneeId;
        })
                                               : author;
        const Tickets worked(m_db, worker);
        for (const QString &status : std::as_const(path)) {
            if (auto s = worked.setStatus(*id, status); !s)
                return s.error();
        }
        if (stage > 0 && rng.bounded(5) < 2) {
            const bool internal = rng.bounded(2) == 0;
            const char *text = internal ? kDemoNotes[size_t(lang)] : kDemoReplies[size_t(lang)];
            if (auto c = worked.comment(*id, QString::fromUtf8(text), internal); !c)
                return c.error();
            ++counts.comments;
        }
        // Logged some time in the last eight weeks, worked in the hours after (never later than now).
        const QDateTime logged = now.addSecs(-qint64(rng.bounded(56 * 24 * 60)) * 60 - 3600);
        if (auto s = backdate(*id, logged, now); !s)
            return s.error();
        ++counts.tickets;
        if (stage < 4)
            ++counts.open;
    }
    return counts;
}

// Moves a demo ticket's times back to `logged`, its later events and comments an hour apart each.
Status DemoData::backdate(qint64 ticketId, const QDateTime &logged, const QDateTime &now) const
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const auto at = [&](int step) {
        return std::min(logged.addSecs(qint64(step) * 3600), now).toString(Qt::ISODateWithMs);
    };
    int step = 0;
    int lastEvent = 0; // the ticket's last change (a comment changes no row)
    for (const char *table : {"ticket_events", "ticket_comments"}) {
        const QString name = QLatin1StringView(table);
        const QString column = name == u"ticket_events" ? QStringLiteral("at") : QStringLiteral("created_at");
        auto rows = m_db.exec(QStringLiteral("SELECT id FROM %1 WHERE ticket_id = ? ORDER BY id").arg(name), {ticketId});
        if (!rows)
            return rows.error();
        QList<qint64> ids;
        while (rows->next())
            ids << rows->value(0).toLongLong();
        for (const qint64 id : std::as_const(ids)) {
            if (auto r = m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(name, column), {at(step++), id});
                !r)
                return r.error();
        }
        if (name == u"ticket_events")
            lastEvent = std::max(0, step - 1);
    }
    if (auto r = m_db.exec(QStringLiteral("UPDATE tickets SET created_at = ?, updated_at = ? WHERE id = ?"),
                           {at(0), at(lastEvent), ticketId});
        !r)
        return r.error();
    return tx->commit();
}

} // namespace tc
