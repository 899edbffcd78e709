#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace qf {

class Session;

// A report read-only: the fields, the reported persons and the history. The reporter's
// identity stays hidden unless the user's role entitles them, and then only on request;
// each reveal is written to the audit log (PersonStore::reveal).
class CaseDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDetailPane(Session& session, QWidget* parent = nullptr);

    void showReport(const QString& reportId);
    const QString& reportId() const { return m_reportId; }

private:
    void revealReporter();
    QString role() const;

    Session& m_session;
    QString m_reportId;
    QString m_reporterId;
    QTextBrowser* m_text = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_askRelease = nullptr; // for roles not entitled: ask a custodian
    QPushButton* m_print = nullptr;      // the report's forms: receipt, file cover, letter card
    QLabel* m_printed = nullptr;         // what the last print did
    QLabel* m_reporter = nullptr;
};

} // namespace qf
