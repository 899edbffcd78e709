#include "ui/scan/ScanBatchView.h"

#include "app/scan/LetterReader.h"
#include "models/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qf {

namespace {

constexpr int kLetterRole = Qt::UserRole;
constexpr int kPageRole = Qt::UserRole + 1;

} // namespace

ScanBatchView::ScanBatchView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_reader(new LetterReader(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Letters found in this run</b>"), this);
    layout->addWidget(title);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeWidget(split);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Letter"), tr("State") });
    m_tree->setAccessibleName(tr("Letters found in this run"));
    m_tree->setIconSize(QSize(36, 50));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_preview = new QLabel(split);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumWidth(220);
    m_preview->setAccessibleName(tr("Page preview"));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    title->setBuddy(m_tree);

    auto* edits = new QHBoxLayout;
    m_merge = new QPushButton(tr("&Merge with the next letter"), this);
    m_split = new QPushButton(tr("New letter from this pa&ge"), this);
    m_drop = new QPushButton(tr("&Drop this page"), this);
    edits->addWidget(m_merge);
    edits->addWidget(m_split);
    edits->addWidget(m_drop);
    edits->addStretch(1);
    layout->addLayout(edits);

    auto* actions = new QHBoxLayout;
    m_register = new QPushButton(tr("&Register the letters"), this);
    m_register->setDefault(true);
    m_stop = new QPushButton(tr("Stop reading no&w"), this);
    m_open = new QPushButton(tr("&Open the case"), this);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->hide();
    actions->addWidget(m_register);
    actions->addWidget(m_stop);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_open);
    layout->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ScanBatchView::selectionChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        const int l = selectedLetter();
        if (l >= 0 && l < m_registered.size() && !m_registered.at(l).isEmpty())
            Q_EMIT caseOpened(m_registered.at(l));
    });
    connect(m_merge, &QPushButton::clicked, this, &ScanBatchView::mergeSelected);
    connect(m_split, &QPushButton::clicked, this, &ScanBatchView::splitAtSelected);
    connect(m_drop, &QPushButton::clicked, this, &ScanBatchView::dropSelected);
    connect(m_register, &QPushButton::clicked, this, &ScanBatchView::registerAll);
    connect(m_stop, &QPushButton::clicked, this, &ScanBatchView::cancelRegistering);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int l = selectedLetter();
        if (l >= 0 && l < m_registered.size() && !m_registered.at(l).isEmpty())
            Q_EMIT caseOpened(m_registered.at(l));
    });
    connect(m_reader, &LetterReader::pageRead, this, [this](int i, int page, int pages) {
        m_progress->setValue(m_progress->value() + 1);
        showStatus(tr("Reading letter %1: page %2 of %3…").arg(m_reading.value(i) + 1).arg(page).arg(pages));
    });
    connect(m_reader, &LetterReader::letterRead, this, &ScanBatchView::letterRead);
    connect(m_reader, &LetterReader::letterFailed, this, [this](int i, const QString& message) {
        const int letter = m_reading.value(i);
        m_failed[letter] = message;
        ++m_failures;
        rebuild(letter);
    });
    connect(m_reader, &LetterReader::finished, this, [this](bool cancelled) {
        m_progress->hide();
        const int done = int(std::count_if(m_registered.cbegin(), m_registered.cend(),
                                           [](const QString& id) { return !id.isEmpty(); }));
        if (cancelled)
            showStatus(tr("Stopped. %n letter(s) registered; the others wait here.", nullptr, done));
        else if (m_failures > 0)
            showStatus(tr("%n letter(s) registered; %1 could not be: see their state.", nullptr, done).arg(m_failures),
                       true);
        else
            showStatus(tr("%n letter(s) registered. Open one to go on with it (Enter).", nullptr, done));
        rebuild(selectedLetter() < 0 ? 0 : selectedLetter());
        Q_EMIT registrationFinished(done, m_failures);
    });
    clear();
}

ScanBatchView::~ScanBatchView() = default;

void ScanBatchView::setBatch(const ScanBatch& batch, int dpi, const QHash<QString, QImage>& previews)
{
    m_batch = batch;
    m_dpi = dpi;
    m_previews = previews;
    const int n = int(batch.letters().size());
    m_registered = QStringList(n, QString());
    m_regNos = m_registered;
    m_failed = m_registered;
    m_failures = 0;
    rebuild();
    QStringList found;
    found << tr("%n letter(s)", nullptr, n);
    if (batch.separatorsFound() > 0)
        found << tr("%n separator sheet(s)", nullptr, batch.separatorsFound());
    if (!batch.blankDropped().isEmpty())
        found << tr("%n blank page(s) dropped", nullptr, int(batch.blankDropped().size()));
    showStatus(n == 0 ? tr("No page with anything on it was scanned.")
                      : tr("Found: %1. Check the splits, then register.").arg(found.join(tr(", "))));
}

void ScanBatchView::clear()
{
    m_batch = ScanBatch();
    m_previews.clear();
    m_registered.clear();
    m_regNos.clear();
    m_failed.clear();
    m_failures = 0;
    rebuild();
    showStatus(tr("Scan a stack of letters: the run is split into one letter at each separator sheet."));
}

int ScanBatchView::unregistered() const
{
    return int(std::count_if(m_registered.cbegin(), m_registered.cend(), [](const QString& id) { return id.isEmpty(); }));
}

bool ScanBatchView::isRegistering() const { return m_reader->isRunning(); }

void ScanBatchView::rebuild(int keepLetter, int keepPage)
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const auto letters = m_batch.letters();
    QTreeWidgetItem* current = nullptr;
    for (int l = 0; l < letters.size(); ++l) {
        const ScanBatch::Letter& letter = letters.at(l);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, tr("Letter %1: %n page(s), from page %2 of the run", nullptr, int(letter.pages.size()))
                             .arg(l + 1)
                             .arg(letter.firstPage));
        QString state = tr("To register");
        if (!m_registered.value(l).isEmpty())
            state = tr("Registered as %1").arg(m_regNos.value(l));
        else if (!m_failed.value(l).isEmpty())
            state = m_failed.value(l);
        item->setText(1, state);
        item->setData(0, kLetterRole, l);
        item->setData(0, kPageRole, -1);
        if (!letter.pages.isEmpty() && m_previews.contains(letter.pages.first()))
            item->setIcon(0, QPixmap::fromImage(m_previews.value(letter.pages.first())));
        for (int p = 0; p < letter.pages.size(); ++p) {
            auto* page = new QTreeWidgetItem(item);
            page->setText(0, tr("Page %1").arg(p + 1));
            page->setData(0, kLetterRole, l);
            page->setData(0, kPageRole, p);
            if (m_previews.contains(letter.pages.at(p)))
                page->setIcon(0, QPixmap::fromImage(m_previews.value(letter.pages.at(p))));
            if (l == keepLetter && p == keepPage)
                current = page;
        }
        item->setExpanded(true);
        if (l == keepLetter && keepPage < 0)
            current = item;
    }
    if (!current && m_tree->topLevelItemCount() > 0)
        current = m_tree->topLevelItem(std::min(keepLetter, m_tree->topLevelItemCount() - 1));
    if (current)
        m_tree->setCurrentItem(current);
    selectionChanged();
}

int ScanBatchView::selectedLetter() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, kLetterRole).toInt() : -1;
}

int ScanBatchView::selectedPage() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, kPageRole).toInt() : -1;
}

void ScanBatchView::select(int letter, int page)
{
    rebuild(letter, page);
}

void ScanBatchView::selectionChanged()
{
    const int l = selectedLetter();
    const int p = selectedPage();
    const auto letters = m_batch.letters();
    const bool reading = m_reader->isRunning();
    const bool any = l >= 0 && l < letters.size();
    const bool done = any && !m_registered.value(l).isEmpty();
    const bool editable = any && !reading && !done;
    const bool nextEditable = l + 1 < letters.size() && m_registered.value(l + 1).isEmpty();
    m_merge->setEnabled(editable && nextEditable);
    m_split->setEnabled(editable && p > 0);
    m_drop->setEnabled(editable && p >= 0);
    m_register->setEnabled(!reading && unregistered() > 0);
    m_stop->setVisible(reading);
    m_open->setEnabled(done);
    QImage preview;
    if (any) {
        const QStringList pages = letters.at(l).pages;
        const QString file = pages.value(std::max(p, 0));
        preview = m_previews.value(file);
    }
    if (preview.isNull())
        m_preview->clear();
    else
        m_preview->setPixmap(QPixmap::fromImage(preview.scaled(m_preview->width(), std::max(200, m_preview->height()),
                                                               Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ScanBatchView::mergeSelected()
{
    const int l = selectedLetter();
    if (!m_merge->isEnabled() || !m_batch.merge(l))
        return;
    m_registered.removeAt(l + 1);
    m_regNos.removeAt(l + 1);
    m_failed.removeAt(l + 1);
    rebuild(l);
}

void ScanBatchView::splitAtSelected()
{
    const int l = selectedLetter();
    const int p = selectedPage();
    if (!m_split->isEnabled() || !m_batch.splitBefore(l, p))
        return;
    m_registered.insert(l + 1, QString());
    m_regNos.insert(l + 1, QString());
    m_failed.insert(l + 1, QString());
    rebuild(l + 1);
}

void ScanBatchView::dropSelected()
{
    const int l = selectedLetter();
    const int p = selectedPage();
    if (!m_drop->isEnabled())
        return;
    const qsizetype before = m_batch.letters().size();
    if (!m_batch.dropPage(l, p))
        return;
    if (m_batch.letters().size() < before) { // the letter's last page: the letter went
        m_registered.removeAt(l);
        m_regNos.removeAt(l);
        m_failed.removeAt(l);
        rebuild(std::max(0, l - 1));
        return;
    }
    rebuild(l, std::min(p, int(m_batch.letters().at(l).pages.size()) - 1));
}

void ScanBatchView::registerAll()
{
    if (m_reader->isRunning())
        return;
    QList<QStringList> letters;
    m_reading.clear();
    int pages = 0;
    const auto all = m_batch.letters();
    for (int l = 0; l < all.size(); ++l) {
        if (!m_registered.value(l).isEmpty())
            continue;
        m_failed[l].clear();
        m_reading << l;
        letters << all.at(l).pages;
        pages += int(all.at(l).pages.size());
    }
    if (letters.isEmpty())
        return;
    m_failures = 0;
    m_progress->setRange(0, pages);
    m_progress->setValue(0);
    m_progress->show();
    showStatus(tr("Reading the letters…"));
    m_reader->start(letters, m_dpi);
    selectionChanged();
}

void ScanBatchView::cancelRegistering() { m_reader->cancel(); }

void ScanBatchView::letterRead(int i, const ScannedLetter::Read& read)
{
    const int letter = m_reading.value(i);
    Registration r = ScannedLetter::registration(read);
    // A letter's sender is not known when it is scanned: there is nobody to hand a follow-up
    // code to. The case officer adds the reporter from the letter, and the code with him.
    r.followUpCode = false;
    auto done = m_session.registrar().registerReport(r);
    if (!done) {
        m_failed[letter] = done.error();
        ++m_failures;
    } else {
        m_registered[letter] = done->id;
        m_regNos[letter] = done->regNo;
        if (!done->proposals.isEmpty())
            m_regNos[letter] += tr(" (may repeat %n report(s))", nullptr, int(done->proposals.size()));
    }
    rebuild(letter);
}

void ScanBatchView::showStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace qf
