#pragma once

#include "models/RepeatDetector.h"
#include "models/ReportDraft.h"
#include "models/Result.h"

#include <QDialog>
#include <QHash>
#include <QImage>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTemporaryDir;
class QTreeWidget;

namespace qf {

class CaseWork;
class Session;

// 登记: a new report from a letter, a phone call, a forwarded item or one handed over by
// another body (visits come from the check-in desk, online reports from the import). The
// 八何 record, reported persons, category, real name or anonymous with the reporter's
// identity, and for letters the scanned pages (drag and drop PDF/JPEG/PNG or the file
// picker). After registering: the registration number, and any possible repeats for the
// clerk to confirm or reject.
class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IntakeDialog(Session& session, QWidget* parent = nullptr);
    ~IntakeDialog() override;

    static QStringList channels(); // the channels entered here
    void setChannel(const QString& channel);
    void setField(const QString& field, const QString& value); // who, what, ..., content, region, source_id
    void addSubject(const SubjectDraft& subject);
    void setRealName(const PersonIdentity& reporter);
    Status addFiles(const QStringList& paths);
    QStringList files() const { return m_files; }
    // Pages from the document camera (or another source of page images): read in the
    // background into one searchable PDF that joins the files with its recognition; an
    // empty content gets the recognised text to check. cameraPagesAdded() when done.
    void addCameraPages(const QList<QImage>& pages);

    ReportDraft draft() const;
    // Registers the report and attaches the files; on success shows the number and the
    // possible repeats.
    Result<RegisteredReport> registerReport();
    const RegisteredReport& registered() const { return m_registered; }
    const QList<RepeatProposal>& proposals() const { return m_proposals; }
    const QString& followUpCode() const { return m_followUpCode; }
    Status confirmRepeat(int row, bool newFacts);
    Status rejectRepeat(int row, const QString& note = {});

signals:
    void cameraPagesAdded();
    void reportRegistered(const QString& reportId);
    void openReport(const QString& reportId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    std::unique_ptr<QTemporaryDir> m_spool;
    QHash<QString, QByteArray> m_recognitions; // a PDF made here from pages -> its recognition
    QLabel* m_cameraState = nullptr;
    QWidget* buildForm();
    QWidget* buildResult();
    void channelChanged();
    void reporterModeChanged();
    void showResult();
    void decided(int row, const QString& text);
    void showError(const QString& message);
    void reset();
    static bool isAcceptedFile(const QString& path);

    Session& m_session;
    std::unique_ptr<CaseWork> m_work;
    std::unique_ptr<RepeatDetector> m_repeats;
    RegisteredReport m_registered;
    QList<RepeatProposal> m_proposals;
    QString m_followUpCode;
    QStringList m_files;

    QStackedWidget* m_pages = nullptr;
    QComboBox* m_channel = nullptr;
    QDateTimeEdit* m_received = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLineEdit* m_source = nullptr;
    QComboBox* m_category = nullptr;
    QHash<QString, QLineEdit*> m_lines;
    QPlainTextEdit* m_content = nullptr;
    QTableWidget* m_subjects = nullptr;
    QButtonGroup* m_mode = nullptr;
    QGroupBox* m_identityBox = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QGroupBox* m_filesBox = nullptr;
    QListWidget* m_fileList = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_register = nullptr;

    QLabel* m_number = nullptr;
    QLabel* m_repeatHint = nullptr;
    QTreeWidget* m_repeatList = nullptr;
    QCheckBox* m_newFacts = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_reject = nullptr;
};

} // namespace qf
