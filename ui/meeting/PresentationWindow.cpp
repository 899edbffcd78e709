#include "ui/meeting/PresentationWindow.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace qf {

namespace {

QString lightColour(Light light)
{
    switch (light) {
    case Light::Green:
        return QStringLiteral("#2ecc40");
    case Light::Yellow:
        return QStringLiteral("#ffdc00");
    case Light::Orange:
        return QStringLiteral("#ff851b");
    case Light::Red:
        return QStringLiteral("#ff4136");
    case Light::Overdue:
        return QStringLiteral("#ff00ff");
    case Light::None:
        break;
    }
    return QStringLiteral("#aaaaaa");
}

} // namespace

PresentationWindow::PresentationWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Review meeting — presentation"));
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("QWidget#presentationWindow { background: #000000; }"
                                 "QLabel { color: #ffffff; background: transparent; }"
                                 "QLabel[role=\"caption\"] { color: #ffd75e; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 40, 64, 40);
    layout->setSpacing(18);

    m_header = label(QStringLiteral("header"), 22);
    m_header->setProperty("role", QStringLiteral("caption"));
    auto* top = new QHBoxLayout;
    m_regNo = label(QStringLiteral("regNo"), 48, true);
    m_light = label(QStringLiteral("light"), 26, true);
    m_light->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_regNo, 1);
    top->addWidget(m_light);
    layout->addWidget(m_header);
    layout->addLayout(top);

    m_summary = label(QStringLiteral("summary"), 34);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    layout->addWidget(m_summary, 1);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(12);
    const auto addRow = [&](int row, const QString& caption, QLabel* value) {
        QLabel* c = label(QString(), 24, true);
        c->setText(caption);
        c->setProperty("role", QStringLiteral("caption"));
        grid->addWidget(c, row, 0, Qt::AlignLeft | Qt::AlignTop);
        value->setWordWrap(true);
        grid->addWidget(value, row, 1);
    };
    m_subject = label(QStringLiteral("subject"), 26);
    m_category = label(QStringLiteral("category"), 26);
    m_scores = label(QStringLiteral("scores"), 26);
    m_dispatch = label(QStringLiteral("dispatch"), 26);
    addRow(0, tr("Reported unit / rank"), m_subject);
    addRow(1, tr("Category"), m_category);
    addRow(2, tr("Triage"), m_scores);
    addRow(3, tr("Proposed dispatch"), m_dispatch);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    resize(1280, 720);
    showBlank(tr("Review meeting"));
}

QLabel* PresentationWindow::label(const QString& name, int pointSize, bool bold)
{
    auto* l = new QLabel(this);
    if (!name.isEmpty())
        l->setObjectName(name);
    QFont f = l->font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    l->setFont(f);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QStringList PresentationWindow::screenNames()
{
    QStringList out;
    const QList<QScreen*> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i)
        out << tr("Screen %1: %2 (%3×%4)")
                   .arg(i + 1)
                   .arg(screens[i]->name())
                   .arg(screens[i]->geometry().width())
                   .arg(screens[i]->geometry().height());
    return out;
}

void PresentationWindow::showOn(int screenIndex)
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() > 1 && screenIndex >= 0 && screenIndex < screens.size()) {
        QScreen* s = screens.at(screenIndex);
        setScreen(s);
        setGeometry(s->geometry());
        showFullScreen();
    } else {
        showNormal();
    }
    raise();
}

void PresentationWindow::showSlide(const CaseSlide& s, int position, int count)
{
    m_header->setText(tr("Review meeting · case %1 of %2").arg(position).arg(count));
    m_regNo->setText(s.regNo);
    m_light->setText(
        s.deadlineText.isEmpty() ? s.lightText : s.lightText + QStringLiteral("\n") + s.deadlineText);
    m_light->setStyleSheet(QStringLiteral("color: %1;").arg(lightColour(s.light)));
    m_summary->setText(s.summary);
    m_subject->setText(s.unit.isEmpty() ? tr("—") : s.unit + QStringLiteral("  ·  ") + s.rank);
    m_category->setText(s.category.isEmpty() ? tr("—") : s.category);
    m_scores->setText(s.triageClass.isEmpty()
            ? tr("not triaged")
            : tr("class %1 · verifiability %2 · typicality %3 · timeliness %4")
                  .arg(s.triageClass)
                  .arg(s.verifiability)
                  .arg(s.typicality)
                  .arg(s.timeliness));
    m_dispatch->setText(s.proposedDispatch.isEmpty() ? tr("no proposal") : s.proposedDispatch);
}

void PresentationWindow::showBlank(const QString& title)
{
    m_header->setText(title);
    for (QLabel* l : { m_regNo, m_light, m_summary, m_subject, m_category, m_scores, m_dispatch })
        l->clear();
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen())
        showNormal();
    else
        QWidget::keyPressEvent(event);
}

} // namespace qf
