#include "app/scan/ScanBatch.h"

#include "app/scan/PageTools.h"
#include "app/scan/SeparatorSheet.h"

namespace qf {

ScanBatch ScanBatch::fromPages(const QStringList& pageFiles, Options options)
{
    ScanBatch batch;
    batch.m_all = pageFiles;
    Letter current;
    for (int i = 0; i < pageFiles.size(); ++i) {
        const QImage page(pageFiles[i]);
        if (options.splitAtSeparators && SeparatorSheet::detect(page)) {
            ++batch.m_separators;
            if (!current.pages.isEmpty())
                batch.m_letters.append(current);
            current = Letter{};
            continue;
        }
        if (options.dropBlank && PageTools::isBlank(page)) {
            batch.m_blank.append(pageFiles[i]);
            continue;
        }
        if (current.pages.isEmpty())
            current.firstPage = i + 1;
        current.pages.append(pageFiles[i]);
    }
    if (!current.pages.isEmpty())
        batch.m_letters.append(current);
    return batch;
}

int ScanBatch::numberOf(const QString& file) const { return int(m_all.indexOf(file)) + 1; }

bool ScanBatch::merge(int letter)
{
    if (letter < 0 || letter + 1 >= m_letters.size())
        return false;
    m_letters[letter].pages += m_letters[letter + 1].pages;
    m_letters.removeAt(letter + 1);
    return true;
}

bool ScanBatch::splitBefore(int letter, int page)
{
    if (letter < 0 || letter >= m_letters.size() || page <= 0 || page >= m_letters[letter].pages.size())
        return false;
    Letter rest;
    rest.pages = m_letters[letter].pages.mid(page);
    rest.firstPage = numberOf(rest.pages.first());
    m_letters[letter].pages = m_letters[letter].pages.mid(0, page);
    m_letters.insert(letter + 1, rest);
    return true;
}

bool ScanBatch::dropPage(int letter, int page)
{
    if (letter < 0 || letter >= m_letters.size() || page < 0 || page >= m_letters[letter].pages.size())
        return false;
    m_letters[letter].pages.removeAt(page);
    if (m_letters[letter].pages.isEmpty())
        m_letters.removeAt(letter);
    else
        m_letters[letter].firstPage = numberOf(m_letters[letter].pages.first());
    return true;
}

bool ScanBatch::movePage(int letter, int page, int toLetter)
{
    if (letter < 0 || letter >= m_letters.size() || toLetter < 0 || toLetter >= m_letters.size() || letter == toLetter
        || page < 0 || page >= m_letters[letter].pages.size())
        return false;
    const QString file = m_letters[letter].pages.takeAt(page);
    auto& dest = m_letters[toLetter].pages;
    // Into its place by number in the run.
    int at = 0;
    while (at < dest.size() && numberOf(dest[at]) < numberOf(file))
        ++at;
    dest.insert(at, file);
    m_letters[toLetter].firstPage = numberOf(dest.first());
    if (m_letters[letter].pages.isEmpty())
        m_letters.removeAt(letter);
    else
        m_letters[letter].firstPage = numberOf(m_letters[letter].pages.first());
    return true;
}

} // namespace qf
