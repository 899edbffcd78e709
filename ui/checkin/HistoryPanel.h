#pragma once

#include "models/VisitorHistory.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace qf {

// 来访人历史: earlier visits, calls and reports of the visitor, and the key-petitioner flag
// with a button to open the file (一人一档; audited).
class HistoryPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget* parent = nullptr);

    void showHistory(const VisitorHistory& history);
    void showUnknown(); // a first-time visitor
    void clear();
    const VisitorHistory& history() const { return m_history; }

Q_SIGNALS:
    void openKeyFileRequested();
    void revealRequested();
    // The receipt of the visit chosen in the list, printed again.
    void reprintReceiptRequested(const QString& reportId);

private:
    QLabel* m_summary = nullptr;
    QLabel* m_keyBadge = nullptr;
    QPushButton* m_openFile = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_reprint = nullptr;
    QTreeWidget* m_list = nullptr;
    VisitorHistory m_history;
};

} // namespace qf
