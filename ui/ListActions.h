#pragma once

#include "app/export/TableExport.h"
#include "models/Result.h"

#include <QCoreApplication>

#include <functional>

class QAbstractItemView;
class QListWidget;
class QTreeWidget;
class QWidget;

namespace qf {

// Export, print and copy for the lists of the screens that have no list model of their own
// (review queue, office quality, the re-check sample, the meeting agenda, the import's
// rejected lines): a context menu on the rows (copy, export to .xlsx, print) and Ctrl+C.
class ListActions
{
    Q_DECLARE_TR_FUNCTIONS(qf::ListActions)

public:
    // The rows of a tree as shown (children indented under their parents), the column titles
    // from its header. A cell that is a whole number or an ISO date is written typed.
    static ExportTable fromTree(const QTreeWidget* tree, const QString& title, const QStringList& filterLines = {},
                                bool selectedOnly = false);
    static ExportTable fromList(const QListWidget* list, const QString& title, const QString& header,
                                const QStringList& filterLines = {}, bool selectedOnly = false);
    static QVariant typed(const QString& text);

    // Adds the context menu and Ctrl+C to the view. table(selectedOnly) gives what is shown;
    // say() shows the outcome ("已保存到 …") where the screen shows its messages.
    static void install(QAbstractItemView* view, const QString& fileName, std::function<ExportTable(bool)> table,
                        std::function<void(const QString&)> say);
    // What the menu's entries do, for the tests and the screens' buttons.
    static void copy(const ExportTable& table);
    static void chooseExport(QWidget* parent, const QString& fileName, const ExportTable& table,
                             const std::function<void(const QString&)>& say);
    static void print(QWidget* parent, const ExportTable& table, const std::function<void(const QString&)>& say);
};

} // namespace qf
