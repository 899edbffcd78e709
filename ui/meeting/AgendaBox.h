#pragma once

#include <QGroupBox>

class QLineEdit;
class QListWidget;

namespace qf {

// The agenda as the chair sees it: the ordered cases, build, move up/down, add by number.
class AgendaBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit AgendaBox(QWidget* parent = nullptr);

    void setItems(const QStringList& lines, int current);
    void setCurrent(int row);

signals:
    void buildRequested();
    void moveRequested(int delta);
    void addRequested(const QString& regNo);
    void chosen(int row);

private:
    QListWidget* m_list = nullptr;
    QLineEdit* m_add = nullptr;
};

} // namespace qf
