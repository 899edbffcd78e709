#include "ui/cases/FeedbackDialog.h"

#include "ui/cases/CaseWork.h"
#include "ui/checkin/DocumentPrinter.h"
#include "models/Session.h"
#include "models/Settings.h"
#include "models/Role.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qf {

namespace {

// The letter as a document (DocumentPdf layout): its title, the salutation as the
// addressee line, the body, and the office and date (the letter's last two lines) at the
// right with the seal space between them.
QString letterHtml(const QString& text, Milestone m, const QString& docNo)
{
    static const QHash<int, QString> titles { { int(Milestone::Accepted), QStringLiteral("受理告知书") },
                                              { int(Milestone::Dispatched), QStringLiteral("转办告知书") },
                                              { int(Milestone::Concluded), QStringLiteral("办理结果反馈书") } };
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    auto para = [](QString cls, const QString& line) {
        // The letter indents its paragraphs with four spaces: an indented body paragraph.
        if (cls.isEmpty() && line.startsWith(QLatin1String("    ")))
            cls = QStringLiteral("text");
        return QStringLiteral("<p%1>%2</p>")
            .arg(cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls),
                 line.trimmed().isEmpty() ? QStringLiteral("&nbsp;") : line.trimmed().toHtmlEscaped());
    };
    QString h = QStringLiteral("<html><body><p class=\"title\">%1</p>").arg(titles.value(int(m)));
    if (!docNo.isEmpty())
        h += QStringLiteral("<p class=\"docno\">%1</p>").arg(docNo.toHtmlEscaped());
    QStringList sign;
    if (lines.size() >= 3) {
        sign = lines.mid(lines.size() - 2);
        lines = lines.mid(0, lines.size() - 2);
    }
    for (int i = 0; i < lines.size(); ++i)
        h += para(i == 0 ? QStringLiteral("addressee") : QString(), lines.at(i));
    if (!sign.isEmpty()) {
        if (!sign.first().trimmed().isEmpty())
            h += para(QStringLiteral("sign"), sign.first());
        h += para(QStringLiteral("seal"), QStringLiteral("（盖章）"));
        h += para(QStringLiteral("sign"), sign.last());
    }
    return h + QStringLiteral("</body></html>");
}

QString letterTitle(Milestone m)
{
    switch (m) {
    case Milestone::Accepted:
        return QStringLiteral("受理告知书");
    case Milestone::Dispatched:
        return QStringLiteral("转办告知书");
    case Milestone::Concluded:
        return QStringLiteral("办理结果反馈书");
    }
    return {};
}

} // namespace

FeedbackDialog::FeedbackDialog(CaseWork& work, const Report& report, QWidget* parent)
    : QDialog(parent)
    , m_work(work)
    , m_report(report)
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(tr("Feedback to the reporter of %1").arg(report.regNo));
    resize(760, 640);
    Settings settings(work.session().writer());
    m_officeName = settings.text(Settings::Key::OfficeName);
    m_officePhone = settings.text(Settings::Key::OfficePhone);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_milestone = new QComboBox(this);
    m_milestone->setObjectName(QStringLiteral("feedbackMilestone"));
    FeedbackNotices notices(work.reports());
    const auto pending = notices.pending(report.id);
    const QList<std::pair<Milestone, QString>> milestones { { Milestone::Accepted, tr("Accepted (受理告知)") },
                                                            { Milestone::Dispatched, tr("Dispatched (分送告知)") },
                                                            { Milestone::Concluded, tr("Concluded (结果反馈)") } };
    for (const auto& [m, label] : milestones) {
        QString text = label;
        if (!FeedbackNotices::reached(m, report))
            text += tr(" — not reached yet");
        else if (pending && pending->contains(m))
            text += tr(" — due");
        else
            text += tr(" — sent");
        m_milestone->addItem(text, int(m));
    }
    if (pending && !pending->isEmpty())
        m_milestone->setCurrentIndex(m_milestone->findData(int(pending->first())));
    top->addRow(tr("&Notice"), m_milestone);
    layout->addLayout(top);

    auto* letterBox = new QGroupBox(tr("Letter"), this);
    auto* letterLayout = new QVBoxLayout(letterBox);
    m_letter = new QPlainTextEdit(letterBox);
    m_letter->setObjectName(QStringLiteral("feedbackLetter"));
    m_letter->setReadOnly(true);
    letterLayout->addWidget(m_letter);
    auto* letterButtons = new QHBoxLayout;
    m_byName = new QPushButton(tr("Address by name (shows the name; audited)"), letterBox);
    m_byName->setVisible(report.realName() && Role::may(work.role(), Capability::RevealReporter));
    auto* print = new QPushButton(tr("&Print…"), letterBox);
    auto* pdf = new QPushButton(tr("Save as P&DF…"), letterBox);
    // Revealing the name is audited: never by a stray Enter.
    for (QPushButton* b : { m_byName, print, pdf })
        b->setAutoDefault(false);
    letterButtons->addWidget(m_byName);
    letterButtons->addStretch(1);
    letterButtons->addWidget(print);
    letterButtons->addWidget(pdf);
    letterLayout->addLayout(letterButtons);
    layout->addWidget(letterBox, 2);

    auto* smsBox = new QGroupBox(tr("SMS text (for the gateway; never carries a name)"), this);
    auto* smsLayout = new QHBoxLayout(smsBox);
    m_sms = new QLineEdit(smsBox);
    m_sms->setObjectName(QStringLiteral("feedbackSms"));
    m_sms->setReadOnly(true);
    m_smsCount = new QLabel(smsBox);
    auto* copy = new QPushButton(tr("&Copy"), smsBox);
    copy->setAutoDefault(false);
    smsLayout->addWidget(m_sms, 1);
    smsLayout->addWidget(m_smsCount);
    smsLayout->addWidget(copy);
    layout->addWidget(smsBox);

    auto* objectionBox = new QGroupBox(tr("Objection from the reporter"), this);
    auto* objectionLayout = new QHBoxLayout(objectionBox);
    m_objection = new QPlainTextEdit(objectionBox);
    m_objection->setObjectName(QStringLiteral("feedbackObjection"));
    m_objection->setTabChangesFocus(true);
    m_objection->setMaximumHeight(70);
    auto* objection = new QPushButton(tr("Record the &objection"), objectionBox);
    objection->setAutoDefault(false);
    objectionLayout->addWidget(m_objection, 1);
    objectionLayout->addWidget(objection);
    layout->addWidget(objectionBox);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* sent = buttons->addButton(tr("Record as &sent"), QDialogButtonBox::ActionRole);
    sent->setObjectName(QStringLiteral("feedbackRecordSent"));
    layout->addWidget(buttons);

    connect(m_milestone, &QComboBox::currentIndexChanged, this, &FeedbackDialog::compose);
    connect(m_byName, &QPushButton::clicked, this, &FeedbackDialog::addressByName);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_sms->text()); });
    connect(print, &QPushButton::clicked, this, [this] {
        auto printed = DocumentPrinter::issue(m_work.session(), letterDocument(), DeskSettings::PrintTarget::Preview, {}, this);
        if (!printed)
            showMessage(printed.error(), true);
        else
            showIssued(*printed);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the letter as PDF"),
                                                          tr("feedback-%1.pdf").arg(m_report.regNo), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto saved = saveLetterPdf(path); !saved)
            showMessage(saved.error(), true);
    });
    connect(objection, &QPushButton::clicked, this, [this] {
        if (Status s = recordObjection(m_objection->toPlainText()); !s)
            showMessage(s.error(), true);
        else {
            m_objection->clear();
            showMessage(tr("The objection is recorded."), false);
        }
    });
    connect(sent, &QPushButton::clicked, this, [this] {
        if (Status s = recordSent(); !s)
            showMessage(s.error(), true);
        else
            QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &FeedbackDialog::reject);
    compose();
}

void FeedbackDialog::setMilestone(Milestone m)
{
    m_milestone->setCurrentIndex(m_milestone->findData(int(m)));
}

QString FeedbackDialog::letter() const
{
    return m_letter->toPlainText();
}

QString FeedbackDialog::sms() const
{
    return m_sms->text();
}

void FeedbackDialog::compose()
{
    const auto m = Milestone(m_milestone->currentData().toInt());
    const FeedbackText text = FeedbackNotices::compose(m, m_report, m_officeName, m_officePhone, m_reporterName);
    m_letter->setPlainText(text.letter);
    m_sms->setText(text.sms);
    m_smsCount->setText(tr("%1/%2").arg(text.sms.size()).arg(FeedbackNotices::SmsLimit));
}

void FeedbackDialog::addressByName()
{
    auto identity = m_work.session().persons().reveal(m_report.reporterId,
                                                      QStringLiteral("feedback letter: report ") + m_report.regNo);
    if (!identity) {
        showMessage(identity.error(), true);
        return;
    }
    m_reporterName = identity->name;
    m_byName->setEnabled(false);
    compose();
}

DocumentPrinter::Issue FeedbackDialog::letterDocument() const
{
    const auto m = Milestone(m_milestone->currentData().toInt());
    DocumentPrinter::Issue doc;
    doc.kind = QStringLiteral("feedback_") + milestoneName(m);
    doc.reportId = m_report.id;
    doc.title = letterTitle(m);
    const QString text = letter();
    doc.html = [text, m](const QString& docNo) -> Result<QString> { return letterHtml(text, m, docNo); };
    return doc;
}

Result<DocumentPrinter::Issued> FeedbackDialog::saveLetterPdf(const QString& path)
{
    auto saved = DocumentPrinter::issueToPdf(m_work.session(), letterDocument(), path);
    if (saved)
        showIssued(*saved);
    return saved;
}

void FeedbackDialog::showIssued(const DocumentPrinter::Issued& done)
{
    // Say only what happened: a preview closed without printing issued nothing.
    QString text;
    if (!done.printed)
        text = tr("The preview was closed without printing: the letter was not printed.");
    else if (done.docNo.isEmpty())
        text = done.pdfPath.isEmpty() ? tr("The letter is printed.") : tr("The letter is saved as %1.").arg(done.pdfPath);
    else if (done.reprint)
        text = done.pdfPath.isEmpty() ? tr("The letter %1 is printed again.").arg(done.docNo)
                                      : tr("The letter %1 is saved again as %2.").arg(done.docNo, done.pdfPath);
    else
        text = done.pdfPath.isEmpty() ? tr("The letter %1 is printed and kept with the report.").arg(done.docNo)
                                      : tr("The letter %1 is saved as %2 and kept with the report.").arg(done.docNo, done.pdfPath);
    if (!done.warning.isEmpty())
        text += QLatin1Char(' ') + done.warning;
    showMessage(text, !done.warning.isEmpty());
}

Status FeedbackDialog::recordSent()
{
    const auto m = Milestone(m_milestone->currentData().toInt());
    if (!FeedbackNotices::reached(m, m_report))
        return Error { tr("The report has not reached this milestone yet.") };
    FeedbackNotices notices(m_work.reports());
    return notices.recordSent(m_report.id, m, m_work.actor());
}

Status FeedbackDialog::recordObjection(const QString& text)
{
    FeedbackNotices notices(m_work.reports());
    return notices.recordObjection(m_report.id, text, m_work.actor());
}

void FeedbackDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->show();
}

} // namespace qf
