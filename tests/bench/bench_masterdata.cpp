// tc_bench_masterdata: how long the master-data tree and the tenant table's filters take on a big office
// database, one operation at a time, as a user meets them: open the tree, scroll the properties, open
// a property, select it (the detail pane's counts); filter the tenants by name, reference, e-mail,
// status and current or former, and read a page far down.
//
// Usage: tc_bench_masterdata --db URL [--budget-ms N]   (default budget 250 ms per operation)
// Prints one line per operation; exit code 0 when every operation is within the budget, 1 otherwise.
// Run it on the database scripts/bench.sh caches (build/release/bench-data/demo-1000000.db).
#include "itemmodels/MasterDataModel.h"
#include "itemmodels/TenantTableModel.h"
#include "services/Office.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

using namespace tc;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the master-data tree and the tenant filters."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The office database URL."), QStringLiteral("URL"));
    const QCommandLineOption budgetOption(QStringLiteral("budget-ms"), QStringLiteral("Budget per operation."),
                                          QStringLiteral("N"), QStringLiteral("250"));
    parser.addOptions({dbOption, budgetOption});
    parser.process(app);
    auto url = DatabaseUrl::parse(parser.value(dbOption));
    if (!url) {
        QTextStream(stderr) << "tc_bench_masterdata: " << url.error().message << '\n';
        return 2;
    }
    auto office = Office::open(*url, SchemaPolicy::RequireCurrent, Actor::localOwner(), QStringLiteral("bench"));
    if (!office) {
        QTextStream(stderr) << "tc_bench_masterdata: " << office.error().message << '\n';
        return 2;
    }
    const double budget = parser.value(budgetOption).toDouble();
    bool within = true;
    const auto time = [&](const QString &what, const std::function<QString()> &operation) {
        QElapsedTimer timer;
        timer.start();
        const QString result = operation();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const bool ok = ms <= budget;
        within = within && ok;
        out() << QStringLiteral("%1 %2 ms  %3  (%4)\n")
                     .arg(what, -46)
                     .arg(ms, 8, 'f', 1)
                     .arg(ok ? QStringLiteral("ok  ") : QStringLiteral("SLOW"), result);
        out().flush();
    };

    MasterDataModel tree((*office)->database());
    time(QStringLiteral("tree: open (count + first 200 properties)"), [&] {
        (void)tree.reload();
        return QStringLiteral("%1 properties, %2 read").arg(tree.propertyCount()).arg(tree.rowCount());
    });
    time(QStringLiteral("tree: scroll to property 2,000"), [&] {
        while (tree.rowCount() < 2000 && tree.canFetchMore({}))
            tree.fetchMore({});
        return QStringLiteral("%1 read").arg(tree.rowCount());
    });
    time(QStringLiteral("tree: next page after 2,000"), [&] {
        tree.fetchMore({});
        return QStringLiteral("%1 read").arg(tree.rowCount());
    });
    const QModelIndex property = tree.index(0, 0);
    time(QStringLiteral("tree: open a property, a building, a unit"), [&] {
        tree.fetchMore(property);
        const QModelIndex building = tree.index(0, 0, property);
        tree.fetchMore(building);
        const QModelIndex unit = tree.index(0, 0, building);
        tree.fetchMore(unit);
        return QStringLiteral("%1 units, %2 tenancies").arg(tree.rowCount(building)).arg(tree.rowCount(unit));
    });
    time(QStringLiteral("detail: a property's counts"), [&] {
        auto facts = (*office)->masterData().property(MasterDataModel::id(property), QDate::currentDate());
        return facts ? QStringLiteral("%1 current tenants").arg(facts->counts.currentTenants) : QString(facts.error().message);
    });
    time(QStringLiteral("tree: filter \"r\" (name or reference)"), [&] {
        (void)tree.setFilter(QStringLiteral("r"));
        return QStringLiteral("%1 properties").arg(tree.propertyCount());
    });
    time(QStringLiteral("tree: filter \"1234\""), [&] {
        (void)tree.setFilter(QStringLiteral("1234"));
        return QStringLiteral("%1 properties").arg(tree.propertyCount());
    });

    TenantTableModel tenants((*office)->database());
    time(QStringLiteral("tenants: open (count)"), [&] {
        (void)tenants.reload();
        return QStringLiteral("%1 tenants").arg(tenants.rowCount());
    });
    const auto filtered = [&](const QString &what, TenantFilter filter) {
        time(what, [&] {
            auto s = tenants.setFilter(filter);
            if (!s)
                return s.error().message;
            (void)tenants.index(0, 0).data(); // the first page, as the view shows it
            return QStringLiteral("%1%2 rows").arg(tenants.rowCount()).arg(tenants.isCountCapped() ? QStringLiteral("+") : QString());
        });
    };
    TenantFilter filter;
    filter.text = QStringLiteral("m");
    filtered(QStringLiteral("tenants: name \"m\""), filter);
    time(QStringLiteral("tenants: a page 50,000 rows into \"m\""), [&] {
        const int row = std::min(50000, tenants.rowCount() - 1);
        return tenants.index(row, 0).data().toString();
    });
    filter.text = QStringLiteral("müller, a");
    filtered(QStringLiteral("tenants: name \"müller, a\""), filter);
    filter.text = QStringLiteral("10005");
    filtered(QStringLiteral("tenants: ERP reference \"10005\""), filter);
    filter.text = QStringLiteral("anna.baumann@example.net");
    filtered(QStringLiteral("tenants: e-mail address"), filter);
    filter = {};
    filter.tenancy = TenantFilter::Tenancy::Current;
    filtered(QStringLiteral("tenants: current tenants"), filter);
    filter.tenancy = TenantFilter::Tenancy::Former;
    filtered(QStringLiteral("tenants: former tenants"), filter);
    filter = {};
    filter.status = TenantFilter::Status::Alias;
    filtered(QStringLiteral("tenants: aliases"), filter);
    filter.status = TenantFilter::Status::Invited;
    filtered(QStringLiteral("tenants: invited"), filter);
    filter.status = TenantFilter::Status::Imported;
    filtered(QStringLiteral("tenants: imported"), filter);
    time(QStringLiteral("tenants: scroll \"imported\" to row 10,000"), [&] {
        while (tenants.rowCount() <= 10000 && tenants.canFetchMore({}))
            tenants.fetchMore({});
        return tenants.index(10000, 0).data().toString();
    });
    filter.status = TenantFilter::Status::Imported;
    filter.tenancy = TenantFilter::Tenancy::Former;
    filter.text = QStringLiteral("b");
    filtered(QStringLiteral("tenants: \"b\", imported, former"), filter);
    filter = {};
    filter.tenancy = TenantFilter::Tenancy::Current;
    (void)tenants.setFilter(filter);
    time(QStringLiteral("tenants: current, scroll past the first cap"), [&] {
        tenants.fetchMore({});
        return QStringLiteral("%1%2 rows").arg(tenants.rowCount()).arg(tenants.isCountCapped() ? QStringLiteral("+") : QString());
    });
    out() << (within ? "all within " : "over budget: ") << budget << " ms\n";
    return within ? 0 : 1;
}
