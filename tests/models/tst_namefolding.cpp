// NameFolding: how names are compared for sorting and searching, in the spellings Swiss offices see.
#include "domain/NameFolding.h"

#include <QTest>

class TestNameFolding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("folded");
        QTest::newRow("umlaut") << QStringLiteral("Müller") << QStringLiteral("muller");
        QTest::newRow("decomposed umlaut") << QStringLiteral("Mu\u0308ller") << QStringLiteral("muller");
        QTest::newRow("french") << QStringLiteral("François Délèze") << QStringLiteral("francois deleze");
        QTest::newRow("italian") << QStringLiteral("Nicolò Sciarò") << QStringLiteral("nicolo sciaro");
        QTest::newRow("apostrophe") << QStringLiteral("Dell'Acqua") << QStringLiteral("dellacqua");
        QTest::newRow("typographic apostrophe") << QStringLiteral("D\u2019Amico") << QStringLiteral("damico");
        QTest::newRow("irish") << QStringLiteral("O'Brien") << QStringLiteral("obrien");
        QTest::newRow("hyphen") << QStringLiteral("Hans-Rudolf") << QStringLiteral("hans rudolf");
        QTest::newRow("particle") << QStringLiteral("von Gunten") << QStringLiteral("von gunten");
        QTest::newRow("spaces") << QStringLiteral("  de   Rham ") << QStringLiteral("de rham");
        QTest::newRow("sharp s") << QStringLiteral("Strässle-Weiß") << QStringLiteral("strassle weiss");
        QTest::newRow("ligatures") << QStringLiteral("Lætitia Cœur Østergaard") << QStringLiteral("laetitia coeur ostergaard");
        QTest::newRow("fada") << QStringLiteral("Siobhán") << QStringLiteral("siobhan");
        QTest::newRow("company") << QStringLiteral("Café du Marché Sàrl") << QStringLiteral("cafe du marche sarl");
        QTest::newRow("initials") << QStringLiteral("J.-P. Rochat") << QStringLiteral("j p rochat");
        QTest::newRow("empty") << QString() << QString();
        // Letters beyond Latin-1 and Latin Extended-A, and non-breaking spaces, take the full procedure;
        // within a name they must fold as the letters around them do.
        QTest::newRow("latin extended-a") << QStringLiteral("Łukasz Dvořák-Đurić") << QStringLiteral("lukasz dvorak duric");
        QTest::newRow("latin extended-b") << QStringLiteral("Ǆemal Ș. Țurcanu") << QStringLiteral("dzemal s turcanu");
        QTest::newRow("no-break space") << QStringLiteral("Anne Müller") << QStringLiteral("anne muller");
        QTest::newRow("greek") << QStringLiteral("Μüller Ωmega") << QStringLiteral("μuller ωmega");
        QTest::newRow("tab and newline") << QStringLiteral("Anna\tMaria\nMüller") << QStringLiteral("anna maria muller");
    }
    void fold()
    {
        QFETCH(QString, name);
        QFETCH(QString, folded);
        QCOMPARE(tc::foldName(name), folded);
        // The stored form: the same key in UTF-8, whichever way it was folded.
        QCOMPARE(tc::nameSortKeyUtf8(name, QStringLiteral("Zoë")), tc::nameSortKey(name, QStringLiteral("Zoë")).toUtf8());
        QCOMPARE(tc::nameSortKeyUtf8(QStringLiteral("Ωmega"), name), tc::nameSortKey(QStringLiteral("Ωmega"), name).toUtf8());
    }

    void sortKeyOrdersAlphabetically()
    {
        const QList<QPair<QString, QString>> ordered{
            {QStringLiteral("Aebi"), QStringLiteral("Zoë")},          {QStringLiteral("Baumann"), QStringLiteral("Bärbel")},
            {QStringLiteral("Baumann"), QStringLiteral("Brigitte")},  {QStringLiteral("D'Amico"), QStringLiteral("Luca")},
            {QStringLiteral("de Rham"), QStringLiteral("Anaïs")},     {QStringLiteral("Dubois"), QStringLiteral("Jérôme")},
            {QStringLiteral("Meier"), QStringLiteral("Urs")},         {QStringLiteral("Meierhans"), QStringLiteral("Anna")},
            {QStringLiteral("Müller"), QStringLiteral("Hans")},       {QStringLiteral("Muster"), QStringLiteral("Max")},
            {QStringLiteral("Zürcher"), QStringLiteral("Käthi")},
        };
        for (int i = 1; i < ordered.size(); ++i) {
            const QString before = tc::nameSortKey(ordered.at(i - 1).first, ordered.at(i - 1).second);
            const QString after = tc::nameSortKey(ordered.at(i).first, ordered.at(i).second);
            QVERIFY2(before < after, qPrintable(ordered.at(i - 1).first + QStringLiteral(" / ") + ordered.at(i).first));
            // The database compares the UTF-8 bytes: the order must be the same there.
            QVERIFY(before.toUtf8() < after.toUtf8());
        }
    }
};

QTEST_GUILESS_MAIN(TestNameFolding)
#include "tst_namefolding.moc"
