#include "ui/ListActions.h"

#include "app/print/DocumentPdf.h"
#include "ui/checkin/DocumentPrinter.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QShortcut>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace qf {

QVariant ListActions::typed(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^-?\\d{1,9}$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    if (number.match(t).hasMatch())
        return t.toInt();
    if (date.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid())
            return d;
    }
    return text;
}

ExportTable ListActions::fromTree(const QTreeWidget* tree, const QString& title, const QStringList& filterLines,
                                  bool selectedOnly)
{
    ExportTable table;
    table.title = title;
    table.filterLines = filterLines;
    const QTreeWidgetItem* header = tree->headerItem();
    QList<int> columns;
    for (int c = 0; c < tree->columnCount(); ++c) {
        if (tree->isColumnHidden(c))
            continue;
        columns << c;
        table.headers << header->text(c);
    }
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(tree)); *it; ++it) {
        const QTreeWidgetItem* item = *it;
        if (item->isHidden() || (selectedOnly && !item->isSelected()))
            continue;
        int depth = 0;
        for (const QTreeWidgetItem* p = item->parent(); p; p = p->parent())
            ++depth;
        QVariantList row;
        for (int c : std::as_const(columns)) {
            const QString text = item->text(c);
            row << (c == columns.first() && depth > 0 ? QVariant(QString(depth * 2, QLatin1Char(' ')) + text) : typed(text));
        }
        table.rows << row;
    }
    return table;
}

ExportTable ListActions::fromList(const QListWidget* list, const QString& title, const QString& header,
                                  const QStringList& filterLines, bool selectedOnly)
{
    ExportTable table;
    table.title = title;
    table.filterLines = filterLines;
    table.headers << header;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem* item = list->item(i);
        if (item->isHidden() || (selectedOnly && !item->isSelected() && list->currentRow() != i))
            continue;
        table.rows << QVariantList { item->text() };
    }
    return table;
}

void ListActions::copy(const ExportTable& table)
{
    QGuiApplication::clipboard()->setText(TableExport::toTsv(table.headers, table.rows));
}

void ListActions::chooseExport(QWidget* parent, const QString& fileName, const ExportTable& table,
                               const std::function<void(const QString&)>& say)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Export the list"),
                                                QDir::home().filePath(fileName + QStringLiteral(".xlsx")),
                                                tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    const Status s = TableExport::writeXlsx(table, path);
    say(s ? tr("Saved to %1").arg(path) : s.error());
}

void ListActions::print(QWidget* parent, const ExportTable& table, const std::function<void(const QString&)>& say)
{
    auto printed = DocumentPrinter::print(TableExport::toHtml(table), QStringLiteral("list"),
                                          DeskSettings::PrintTarget::Preview, {}, parent, DocumentPdf::Paper::A4Landscape);
    if (!printed)
        say(printed.error());
    else if (!printed->printed)
        say(tr("Preview closed, nothing printed."));
}

void ListActions::install(QAbstractItemView* view, const QString& fileName, std::function<ExportTable(bool)> table,
                          std::function<void(const QString&)> say)
{
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* copyKey = new QShortcut(QKeySequence::Copy, view);
    copyKey->setContext(Qt::WidgetShortcut);
    QObject::connect(copyKey, &QShortcut::activated, view, [table, say] {
        const ExportTable t = table(true);
        copy(t);
        say(tr("%n row(s) copied", nullptr, int(t.rows.size())));
    });
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, fileName, table, say](const QPoint& at) {
        QMenu menu(view);
        menu.addAction(tr("Copy the selected rows"), QKeySequence::Copy, view, [table, say] {
            const ExportTable t = table(true);
            copy(t);
            say(tr("%n row(s) copied", nullptr, int(t.rows.size())));
        });
        menu.addAction(tr("Export the list…"), view, [view, fileName, table, say] { chooseExport(view, fileName, table(false), say); });
        menu.addAction(tr("Print the list…"), view, [view, table, say] { print(view, table(false), say); });
        menu.exec(view->viewport()->mapToGlobal(at));
    });
}

} // namespace qf
