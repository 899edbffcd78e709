#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace qf {

// A scan run's pages sorted into letters: split at every separator sheet (the sheet itself
// is not part of any letter), blank pages (the backs of one-sided letters) dropped. Without
// separators the whole run is one letter. The batch screen then lets the clerk move a
// split, merge two letters or drop a page before each letter is registered.
class ScanBatch
{
    Q_DECLARE_TR_FUNCTIONS(qf::ScanBatch)

public:
    struct Letter
    {
        QStringList pages; // page files, in order
        int firstPage = 0; // 1-based number in the run of its first page
    };

    struct Options
    {
        bool dropBlank = true;
        bool splitAtSeparators = true;
    };

    // Reads each page file once.
    static ScanBatch fromPages(const QStringList& pageFiles, Options options);
    static ScanBatch fromPages(const QStringList& pageFiles) { return fromPages(pageFiles, Options{}); }

    QList<Letter> letters() const { return m_letters; }
    int separatorsFound() const { return m_separators; }
    QStringList blankDropped() const { return m_blank; }

    // The clerk's corrections.
    bool merge(int letter);                   // letter and the next become one
    bool splitBefore(int letter, int page);   // page (0-based in the letter) starts a new letter
    bool dropPage(int letter, int page);      // an empty letter goes away
    bool movePage(int letter, int page, int toLetter);

private:
    QList<Letter> m_letters;
    QStringList m_blank;
    QList<int> m_numbers; // per page file: its number in the run
    QStringList m_all;
    int m_separators = 0;
    int numberOf(const QString& file) const;
};

} // namespace qf
