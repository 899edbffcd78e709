#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace qf {

// 使用说明: the user guide inside the application (Chinese pages embedded from
// resources/help), F1 opening the page of the screen in use, and the list of keyboard
// shortcuts, made from the window's own actions so that it never disagrees with them.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget* window, QWidget* parent = nullptr);

    // The page for a workspace (its objectName: "caseListWorkspace" -> "cases"); "index"
    // for anything else.
    static QString pageFor(const QString& workspaceName);
    void showPage(const QString& page);
    QString currentPage() const { return m_page; }
    QString text() const; // what the page shows, as plain text (for the tests)

    // The shortcuts of the window: every action with a key, then each screen's own keys.
    static QString shortcutsHtml(QWidget* window);

private:
    QWidget* m_window = nullptr;
    QListWidget* m_pages = nullptr;
    QTextBrowser* m_browser = nullptr;
    QString m_page;
};

} // namespace qf
