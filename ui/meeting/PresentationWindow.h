#pragma once

#include "models/CaseSlide.h"

#include <QWidget>

class QLabel;

namespace qf {

// The projector's window (研判会 presentation): one case at a time, large type, high contrast.
// Shows only a CaseSlide, which never carries a reporter's or visitor's identity.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(QWidget* parent = nullptr);

    // Full screen on the chosen screen when there is more than one; with a single screen a
    // normal window the chair can drag to a projector.
    void showOn(int screenIndex);
    static QStringList screenNames();
    void showSlide(const CaseSlide& slide, int position, int count);
    void showBlank(const QString& title);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* label(const QString& name, int pointSize, bool bold = false);

    QLabel* m_header = nullptr;
    QLabel* m_regNo = nullptr;
    QLabel* m_light = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_subject = nullptr;
    QLabel* m_category = nullptr;
    QLabel* m_scores = nullptr;
    QLabel* m_dispatch = nullptr;
};

} // namespace qf
