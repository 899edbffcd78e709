#pragma once

#include "app/scan/ScanBatch.h"
#include "app/scan/ScannedLetter.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace qf {

class LetterReader;
class Session;

// The batch screen: the letters a scan run was split into (at the separator sheets, blank
// backs dropped), their pages, and the clerk's corrections before anything is registered:
// merge a letter with the next, start a new letter at a page, drop a page. "Register" then
// reads each letter in the background (deskew, upright, OCR) and registers it as its own
// report, its pages as one searchable PDF.
class ScanBatchView : public QWidget
{
    Q_OBJECT

public:
    ScanBatchView(Session& session, QWidget* parent = nullptr);
    ~ScanBatchView() override;

    // previews: the small images the run made of its pages, by file (none are read here).
    void setBatch(const ScanBatch& batch, int dpi, const QHash<QString, QImage>& previews);
    void clear();
    const ScanBatch& batch() const { return m_batch; }
    // Letters not yet registered (a new run asks before it throws them away).
    int unregistered() const;
    bool isRegistering() const;

    // The selected letter and page (page -1: the letter itself).
    void select(int letter, int page);
    void mergeSelected();
    void splitAtSelected();
    void dropSelected();
    void registerAll();
    void cancelRegistering();
    // The reports made from this batch, in letter order (empty for a letter not registered).
    QStringList registeredIds() const { return m_registered; }

Q_SIGNALS:
    void caseOpened(const QString& reportId);
    void registrationFinished(int registered, int failed);

private:
    void rebuild(int keepLetter = 0, int keepPage = -1);
    void selectionChanged();
    void letterRead(int letter, const ScannedLetter::Read& read);
    void showStatus(const QString& text, bool problem = false);
    int selectedLetter() const;
    int selectedPage() const;

    Session& m_session;
    ScanBatch m_batch;
    int m_dpi = 300;
    QHash<QString, QImage> m_previews;
    QList<int> m_reading; // the letters the reader was given, in its order
    QStringList m_registered; // per letter: its report id once registered
    QStringList m_regNos;
    QStringList m_failed;     // per letter: why it could not be read or registered
    int m_failures = 0;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_split = nullptr;
    QPushButton* m_drop = nullptr;
    QPushButton* m_register = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_open = nullptr;
    LetterReader* m_reader = nullptr;
};

} // namespace qf
