// Every list exports: the case list to .xlsx with numbers as numbers and dates as dates (read
// back here by unzipping the workbook and parsing its XML), the filter written above; Ctrl+C
// copies the selected rows as text with tabs.
#include "tests/support/TestSupport.h"

#include "models/CaseListModel.h"
#include "models/ReportRegistrar.h"
#include "models/Session.h"
#include "ui/cases/CaseListWorkspace.h"
#include "ui/cases/SupervisorWorkspace.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

using namespace qf;

namespace {

QByteArray member(const QString& xlsx, const QString& name)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx, name });
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

struct Cell
{
    QString type;  // t: "s" shared string, "" number
    int style = 0; // s
    QString value; // v
};

// row number -> column letter -> cell
QMap<int, QMap<QString, Cell>> cells(const QByteArray& sheet)
{
    QMap<int, QMap<QString, Cell>> out;
    QXmlStreamReader xml(sheet);
    QString ref;
    Cell cell;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            cell = Cell { xml.attributes().value(QLatin1String("t")).toString(),
                          xml.attributes().value(QLatin1String("s")).toInt(), {} };
        } else if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
            cell.value = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            qsizetype digit = 0;
            while (digit < ref.size() && !ref.at(digit).isDigit())
                ++digit;
            out[ref.mid(digit).toInt()][ref.left(digit)] = cell;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("si"))
            out << r.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return out;
}

} // namespace

TEST_CASE("the case list exports to xlsx - numbers and dates typed - the filter above - Ctrl+C copies rows", "[caselist][ui]")
{
    test::Scratch scratch;
    auto session = test::openSession(scratch.path(QStringLiteral("export.sqlite")));
    QStringList regNos;
    for (int i = 0; i < 30; ++i) {
        Registration r;
        r.draft.channel = QStringLiteral("letter");
        r.draft.receivedAt = QDateTime(QDate(2026, 3, 1).addDays(i), QTime(9, 30));
        r.draft.content = i % 3 == 0 ? QStringLiteral("反映违规发放补贴问题") : QStringLiteral("反映公车私用问题");
        r.checkRepeats = false;
        auto done = session->registrar().registerReport(r);
        QF_REQUIRE_OK(done);
        regNos << done->regNo;
    }
    CaseListWorkspace list(*session);
    list.resize(1366, 768);
    list.show();
    list.activated();
    CaseListModel& model = *list.model();
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() == 30; }, 30000));

    // Filtered by a search: only those go out, and the filter is written at the top.
    auto* search = list.findChild<QLineEdit*>(QStringLiteral("caseSearch"));
    search->setText(QStringLiteral("补贴"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() == 10; }, 30000));
    const QString path = scratch.path(QStringLiteral("list.xlsx"));
    QF_REQUIRE_OK(list.exportTo(path));

    const auto sheet = cells(member(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    const QStringList strings = sharedStrings(member(path, QStringLiteral("xl/sharedStrings.xml")));
    const QByteArray styles = member(path, QStringLiteral("xl/styles.xml"));
    const auto text = [&](const Cell& c) { return c.type == QLatin1String("s") ? strings.value(c.value.toInt()) : c.value; };
    // Title, the filter, the time of export, the column titles, then ten reports.
    CHECK(text(sheet[2][QStringLiteral("A")]).contains(QStringLiteral("补贴")));
    int header = 0;
    for (auto it = sheet.cbegin(); it != sheet.cend(); ++it)
        if (text(it.value().value(QStringLiteral("A"))) == model.headerData(CaseListModel::RegNo, Qt::Horizontal).toString())
            header = it.key();
    REQUIRE(header > 0);
    QStringList exported;
    for (int row = header + 1; sheet.contains(row); ++row) {
        const Cell number = sheet[row][QStringLiteral("A")];
        const Cell received = sheet[row][QStringLiteral("B")];
        CHECK(number.type == QLatin1String("s"));
        exported << text(number);
        // A date is a number (days since 1900) with a date format.
        CHECK(received.type.isEmpty());
        bool isNumber = false;
        const double serial = received.value.toDouble(&isNumber);
        CHECK(isNumber);
        CHECK(serial > 46000); // March 2026 is about 46082
        CHECK(serial < 46200);
        CHECK(received.style > 0);
    }
    CHECK(styles.contains("yyyy-mm-dd hh:mm"));
    CHECK(exported.size() == 10);
    for (int i = 0; i < 30; i += 3)
        CHECK(exported.contains(regNos[i]));

    // Ctrl+C on two selected rows: the column titles and the two rows, cells split by tabs.
    auto* table = list.findChild<QTableView*>(QStringLiteral("caseTable"));
    REQUIRE(QTest::qWaitFor([&] { return model.isRowLoaded(1); }, 10000));
    table->setFocus();
    table->selectionModel()->select(model.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(model.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].split(QLatin1Char('\t')).contains(model.headerData(CaseListModel::Status, Qt::Horizontal).toString()));
    CHECK(lines[1].split(QLatin1Char('\t')).contains(model.index(0, CaseListModel::RegNo).data().toString()));
    CHECK(lines[2].split(QLatin1Char('\t')).contains(model.index(1, CaseListModel::RegNo).data().toString()));
    CHECK(lines[1].count(QLatin1Char('\t')) == CaseListModel::ColumnCount - 1);

    // Supervision: one row per report with its office and handler, the received date a date.
    SupervisorWorkspace sup(*session);
    bool loaded = false;
    QObject::connect(&sup, &SupervisorWorkspace::loaded, [&] { loaded = true; });
    sup.refresh();
    REQUIRE(QTest::qWaitFor([&] { return loaded; }, 30000));
    const QString supPath = scratch.path(QStringLiteral("supervision.xlsx"));
    QF_REQUIRE_OK(sup.exportTo(supPath));
    const auto supSheet = cells(member(supPath, QStringLiteral("xl/worksheets/sheet1.xml")));
    const QStringList supStrings = sharedStrings(member(supPath, QStringLiteral("xl/sharedStrings.xml")));
    int reports = 0;
    for (auto it = supSheet.cbegin(); it != supSheet.cend(); ++it) {
        const Cell number = it.value().value(QStringLiteral("C"));
        if (number.type == QLatin1String("s") && regNos.contains(supStrings.value(number.value.toInt()))) {
            ++reports;
            CHECK(it.value().value(QStringLiteral("G")).type.isEmpty());
            CHECK(it.value().value(QStringLiteral("G")).value.toDouble() > 46000);
        }
    }
    CHECK(reports == 30); // all of them are late by now
}
