#include "sandbox/FixtureGenerator.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace gobiz::sandbox {

namespace {

// Brands mix short and very long names, because the wizard's outlet list must cope with both.
constexpr std::array kBrands = {
    u"Warung Sate Pak Budi",
    u"Bakso Mas Joko",
    u"Ayam Geprek Bu Rini",
    u"Kopi Senja Nusantara",
    u"Martabak Bang Udin",
    u"Nasi Padang Sederhana Jaya",
    u"Soto Betawi H. Mamat",
    u"Mie Ayam Pak Kumis",
    u"Es Teh Solo Segar",
    u"Gudeg Bu Sastro",
    u"Pempek Cek Lia",
    u"Rawon Mbak Endang",
    u"Seblak Teh Nenden",
    u"Bubur Ayam Cikini 77",
    u"Roti Bakar 88",
    u"Dimsum Koh Acong",
    u"Nasi Goreng Kambing Kebon Sirih Asli Sejak 1958",
    u"Sop Buntut Bu Tini",
    u"Pecel Lele Lamongan Cak Mat",
    u"Kedai Kopi Tepi Sawah",
    u"Sate Padang Ajo Ramon",
    u"Lontong Sayur Medan Kak Ros",
    u"Bebek Goreng Pak Slamet Cabe Ijo",
    u"Es Campur Ko Ahong",
};

struct Area
{
    const char16_t *name; // used in the outlet name: "... — Cabang Kemang"
    const char16_t *street; // "Jl. Kemang Raya"
    const char16_t *city; // "Jakarta Selatan"
    int postalCode;
};

constexpr std::array kAreas = {
    Area {u"Kemang", u"Jl. Kemang Raya", u"Jakarta Selatan", 12730},
    Area {u"Blok M", u"Jl. Melawai Raya", u"Jakarta Selatan", 12160},
    Area {u"Tebet", u"Jl. Tebet Raya", u"Jakarta Selatan", 12820},
    Area {u"Pasar Minggu", u"Jl. Raya Pasar Minggu", u"Jakarta Selatan", 12510},
    Area {u"Fatmawati", u"Jl. RS Fatmawati Raya", u"Jakarta Selatan", 12430},
    Area {u"Menteng", u"Jl. HOS Cokroaminoto", u"Jakarta Pusat", 10310},
    Area {u"Cikini", u"Jl. Cikini Raya", u"Jakarta Pusat", 10330},
    Area {u"Tanah Abang", u"Jl. KH Mas Mansyur", u"Jakarta Pusat", 10250},
    Area {u"Kebon Jeruk", u"Jl. Panjang", u"Jakarta Barat", 11530},
    Area {u"Grogol", u"Jl. Kyai Tapa", u"Jakarta Barat", 11440},
    Area {u"Rawamangun", u"Jl. Pemuda", u"Jakarta Timur", 13220},
    Area {u"Jatinegara", u"Jl. Jatinegara Barat", u"Jakarta Timur", 13310},
    Area {u"Kelapa Gading", u"Jl. Boulevard Raya", u"Jakarta Utara", 14240},
    Area {u"Sunter", u"Jl. Danau Sunter Utara", u"Jakarta Utara", 14350},
    Area {u"BSD", u"Jl. Pahlawan Seribu", u"Tangerang Selatan", 15322},
    Area {u"Bintaro", u"Jl. Bintaro Utama 3A", u"Tangerang Selatan", 15225},
    Area {u"Margonda", u"Jl. Margonda Raya", u"Depok", 16424},
    Area {u"Summarecon Bekasi", u"Jl. Boulevard Ahmad Yani", u"Bekasi", 17142},
    Area {u"Pajajaran", u"Jl. Raya Pajajaran", u"Bogor", 16143},
    Area {u"Dago", u"Jl. Ir. H. Juanda", u"Bandung", 40135},
    Area {u"Buah Batu", u"Jl. Buah Batu", u"Bandung", 40264},
    Area {u"Malioboro", u"Jl. Malioboro", u"Yogyakarta", 55271},
    Area {u"Kaliurang", u"Jl. Kaliurang KM 5", u"Sleman", 55281},
    Area {u"Darmo", u"Jl. Raya Darmo", u"Surabaya", 60264},
    Area {u"Gubeng", u"Jl. Raya Gubeng", u"Surabaya", 60281},
    Area {u"Simpang Lima", u"Jl. Pahlawan", u"Semarang", 50241},
    Area {u"Ijen", u"Jl. Besar Ijen", u"Malang", 65112},
    Area {u"Slamet Riyadi", u"Jl. Slamet Riyadi", u"Surakarta", 57141},
    Area {u"Renon", u"Jl. Raya Puputan", u"Denpasar", 80234},
    Area {u"Legian", u"Jl. Legian", u"Badung", 80361},
    Area {u"Balai Kota", u"Jl. Balai Kota", u"Medan", 20111},
    Area {u"Losari", u"Jl. Penghibur", u"Makassar", 90111},
    Area {u"Sudirman Palembang", u"Jl. Jend. Sudirman", u"Palembang", 30129},
};

// Malls give the "food court" style of outlet found in real merchant lists.
constexpr std::array kMalls = {
    u"Mall Kelapa Gading",
    u"Grand Indonesia",
    u"Pakuwon Mall",
    u"Paris Van Java",
    u"Summarecon Mall Serpong",
    u"Plaza Ambarrukmo",
};

constexpr std::array kMerchantNames = {
    u"PT Rasa Nusantara Sejahtera",
    u"CV Dapur Keluarga Makmur",
    u"PT Kuliner Bersama Abadi",
    u"CV Warung Berkah Jaya",
};

template <typename Array> const auto &pick(QRandomGenerator &rng, const Array &array)
{
    return array[rng.bounded(quint32(array.size()))];
}

QString outletName(QRandomGenerator &rng, const QString &brand, const Area &area)
{
    const QString areaName = QString::fromUtf16(area.name);
    switch (rng.bounded(10)) {
    case 0:
        return u"%1 — %2"_s.arg(brand, QString::fromUtf16(pick(rng, kMalls)));
    case 1:
        return u"%1 %2"_s.arg(brand, areaName);
    default:
        return u"%1 — Cabang %2"_s.arg(brand, areaName);
    }
}

QString address(QRandomGenerator &rng, const Area &area)
{
    const QString street = QString::fromUtf16(area.street);
    const QString city = QString::fromUtf16(area.city);
    const int number = int(rng.bounded(1, 250));
    switch (rng.bounded(6)) {
    case 0:
        return u"Ruko %1 Blok %2%3 No. %4, %5 %6"_s.arg(street)
            .arg(QChar(u'A' + char16_t(rng.bounded(6))))
            .arg(rng.bounded(1, 12))
            .arg(number)
            .arg(city)
            .arg(area.postalCode);
    case 1:
        return u"%1 No. %2, RT %3/RW %4, %5 %6"_s.arg(street)
            .arg(number)
            .arg(rng.bounded(1, 15), 3, 10, QLatin1Char('0'))
            .arg(rng.bounded(1, 12), 2, 10, QLatin1Char('0'))
            .arg(city)
            .arg(area.postalCode);
    default:
        return u"%1 No. %2, %3 %4"_s.arg(street).arg(number).arg(city).arg(area.postalCode);
    }
}

QString outletId(QRandomGenerator &rng, QSet<QString> *used)
{
    for (;;) {
        const QString id = u"G%1"_s.arg(rng.bounded(100000000, 1000000000));
        if (!used->contains(id)) {
            used->insert(id);
            return id;
        }
    }
}

} // namespace

namespace FixtureGenerator {

FixtureMerchant merchant(int outletCount, quint32 seed)
{
    QRandomGenerator rng(seed);
    FixtureMerchant result;
    result.name = QString::fromUtf16(pick(rng, kMerchantNames));

    // A real multi-outlet merchant runs a handful of brands across many areas.
    QStringList brands;
    const int brandCount = int(rng.bounded(1, 5));
    while (brands.size() < brandCount) {
        const QString brand = QString::fromUtf16(pick(rng, kBrands));
        if (!brands.contains(brand))
            brands.append(brand);
    }

    QSet<QString> ids;
    QSet<QString> names;
    for (int i = 0; i < outletCount; ++i) {
        const Area &area = pick(rng, kAreas);
        FixtureOutlet outlet;
        outlet.id = outletId(rng, &ids);
        QString name = outletName(rng, brands.at(int(rng.bounded(int(brands.size())))), area);
        // Large generated merchants repeat brand/area pairs; number them like real second
        // branches in the same area.
        const QString base = name;
        for (int n = 2; names.contains(name); ++n)
            name = u"%1 %2"_s.arg(base).arg(n);
        names.insert(name);
        outlet.name = name;
        outlet.address = address(rng, area);
        result.outlets.append(outlet);
    }
    addDemoUsers(&result);
    return result;
}

Fixture fixture(int outletCount, quint32 seed)
{
    return Fixture {{merchant(outletCount, seed)}};
}

void addDemoUsers(FixtureMerchant *merchant)
{
    QStringList firstThree;
    for (qsizetype i = 0; i < merchant->outlets.size() && i < 3; ++i)
        firstThree.prepend(merchant->outlets.at(i).id); // reversed: primary differs from owner's

    merchant->users.append({u"Budi Santoso"_s, {u"owner"_s},
        {{DemoTokens::owner(), {}, TokenGrant::AuthorizationCode},
            {DemoTokens::expired(), QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC),
                TokenGrant::AuthorizationCode},
            {DemoTokens::clientCredentials(), {}, TokenGrant::ClientCredentials}},
        DemoPhones::owner(), std::nullopt});
    merchant->users.append({u"Sari Wulandari"_s, {u"manager"_s},
        {{DemoTokens::manager(), {}, TokenGrant::AuthorizationCode}}, DemoPhones::manager(),
        firstThree});
    merchant->users.append({u"Dewi Lestari"_s, {u"cashier"_s},
        {{DemoTokens::cashier(), {}, TokenGrant::AuthorizationCode}}, DemoPhones::cashier(),
        std::nullopt});
    merchant->users.append({u"Rudi Hartono"_s, {u"admin"_s},
        {{DemoTokens::noOutlets(), {}, TokenGrant::AuthorizationCode}}, DemoPhones::noOutlets(),
        QStringList()});
}

Fixture demoFixture()
{
    // The JSON is the single source of truth so support staff can read and copy it; it was
    // produced once with `gobiz-sandbox --outlets 36 --seed 27 --dump-fixture`.
    QFile file(u":/gobiz/sandbox/demo-merchant.json"_s);
    QString error;
    std::optional<Fixture> demo;
    if (file.open(QIODevice::ReadOnly))
        demo = FixtureFormat::parse(file.readAll(), &error);
    // A broken compiled-in resource is a build mistake; fall back to the same generator so
    // demo mode still works.
    if (!demo) {
        qWarning("gobiz-sandbox: built-in demo fixture unusable (%s); generating one",
            qPrintable(error.isEmpty() ? file.errorString() : error));
        return fixture(36, 27);
    }
    return *demo;
}

} // namespace FixtureGenerator

} // namespace gobiz::sandbox
