#include "models/CaseListModel.h"

#include "models/CaseLabels.h"
#include "models/CaseListLoader.h"

namespace qf {

CaseListModel::CaseListModel(QString databasePath, DeadlinePolicy policy, QObject* parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<qf::CaseListFilter>();
    qRegisterMetaType<qf::CaseListRow>();
    qRegisterMetaType<QList<qf::CaseListRow>>();
    qRegisterMetaType<QList<qint64>>();
    m_loader = new CaseListLoader(std::move(databasePath), policy);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(this, &CaseListModel::requestKeys, m_loader, &CaseListLoader::loadKeys);
    connect(this, &CaseListModel::requestRows, m_loader, &CaseListLoader::loadRows);
    connect(m_loader, &CaseListLoader::keysLoaded, this, &CaseListModel::onKeys);
    connect(m_loader, &CaseListLoader::rowsLoaded, this, &CaseListModel::onRows);
    m_thread.setObjectName(QStringLiteral("caseListLoader"));
    m_thread.start();
}

CaseListModel::~CaseListModel()
{
    m_loader->latestToken = ~quint64(0); // whatever is queued is stale now
    m_thread.quit();
    m_thread.wait();
}

QDateTime CaseListModel::now() const
{
    return m_clockTime.isValid() ? m_clockTime : QDateTime::currentDateTime();
}

void CaseListModel::setFilter(const CaseListFilter& filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    m_loader->latestToken = ++m_token;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    emit requestKeys(m_token, m_filter, now());
}

void CaseListModel::refresh()
{
    reload();
    m_inPlaceToken = m_token;
}

void CaseListModel::onKeys(quint64 token, const QList<qint64>& rowIds, const QString& error)
{
    if (token != m_token)
        return; // an answer to an older question
    m_loading = false;
    emit loadingChanged(false);
    if (!error.isEmpty()) {
        // The list on show stays as it was.
        m_error = error;
        emit loadFailed(error);
        return;
    }
    m_error.clear();
    if (token == m_inPlaceToken) {
        emit layoutAboutToBeChanged();
        QHash<qint64, int> newRow;
        newRow.reserve(rowIds.size());
        for (int i = 0; i < rowIds.size(); ++i)
            newRow.insert(rowIds[i], i);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex& i : from) {
            const int row = newRow.value(rowIdAt(i.row()), -1);
            to << (row < 0 ? QModelIndex() : index(row, i.column()));
        }
        // Lines shown since the last refresh, and those of before not read again yet.
        for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it)
            for (const CaseListRow& r : *it)
                if (!r.id.isEmpty())
                    m_previous.insert(r.rowId, r);
        for (auto it = m_previous.begin(); it != m_previous.end();)
            it = newRow.contains(it.key()) ? std::next(it) : m_previous.erase(it);
        m_keys = rowIds;
        m_windows.clear();
        m_pending.clear();
        m_recent.clear();
        changePersistentIndexList(from, to);
        emit layoutChanged();
        emit listLoaded();
        return;
    }
    m_previous.clear();
    beginResetModel();
    m_keys = rowIds;
    m_windows.clear();
    m_pending.clear();
    m_recent.clear();
    endResetModel();
    emit listLoaded();
}

void CaseListModel::onRows(quint64 token, int window, const QList<CaseListRow>& rows, const QString& error)
{
    if (token != m_token)
        return;
    m_pending.remove(window);
    if (!error.isEmpty()) {
        m_error = error;
        emit loadFailed(error);
        return;
    }
    // Line up with the keys: a report that went away in between leaves an empty line.
    const int first = window * WindowSize;
    const int last = std::min<int>(first + WindowSize, int(m_keys.size())) - 1;
    QHash<qint64, CaseListRow> byId;
    for (const CaseListRow& r : rows)
        byId.insert(r.rowId, r);
    QList<CaseListRow> lines;
    lines.reserve(last - first + 1);
    for (int i = first; i <= last; ++i) {
        CaseListRow line = byId.value(m_keys[i]);
        line.rowId = m_keys[i];
        lines << line;
    }
    for (const CaseListRow& r : std::as_const(lines))
        m_previous.remove(r.rowId);
    m_windows.insert(window, lines);
    m_recent.removeAll(window);
    m_recent << window;
    while (m_windows.size() > MaxWindows && !m_recent.isEmpty())
        m_windows.remove(m_recent.takeFirst());
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        emit windowLoaded(first, last);
    }
}

void CaseListModel::fetchWindow(int window) const
{
    if (m_pending.contains(window) || m_windows.contains(window))
        return;
    m_pending.insert(window);
    const QList<qint64> ids = m_keys.mid(qsizetype(window) * WindowSize, WindowSize);
    emit const_cast<CaseListModel*>(this)->requestRows(m_token, window, ids, now());
}

const CaseListRow* CaseListModel::rowAt(int row) const
{
    const int window = row / WindowSize;
    auto it = m_windows.constFind(window);
    if (it == m_windows.constEnd()) {
        fetchWindow(window);
        // Until it is read again, the line as it was before refresh().
        auto old = m_previous.constFind(m_keys[row]);
        return old == m_previous.constEnd() ? nullptr : &*old;
    }
    if (m_recent.isEmpty() || m_recent.last() != window) {
        m_recent.removeAll(window);
        m_recent << window;
    }
    const int offset = row - window * WindowSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

bool CaseListModel::isRowLoaded(int row) const
{
    return m_windows.contains(row / WindowSize);
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == RowIdRole)
        return m_keys[index.row()];
    const CaseListRow* r = rowAt(index.row());
    if (role == LoadedRole)
        return r != nullptr;
    if (!r) {
        if (role == Qt::DisplayRole && index.column() == RegNo)
            return QStringLiteral("…");
        return {};
    }
    switch (role) {
    case ReportIdRole:
        return r->id;
    case LightRole:
        return int(r->light);
    case RestrictedRole:
        return r->restricted;
    case Qt::ToolTipRole:
        if (index.column() == LightColumn)
            return r->lightReason;
        if (index.column() == Subject)
            return r->subjects;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case RegNo: return r->regNo;
        case Received: return r->receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Channel: return CaseLabels::channel(r->channel);
        case Category: return r->category;
        case Subject: return r->subjects;
        case Status: return CaseLabels::status(r->status);
        case Class: return r->triageClass;
        case LightColumn: return r->light == Light::None ? QString() : CaseLabels::light(r->light);
        case Office: return r->office;
        case Handler: return r->handler;
        default: return {};
        }
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegNo: return tr("Number");
    case Received: return tr("Received");
    case Channel: return tr("Channel");
    case Category: return tr("Category");
    case Subject: return tr("Reported person");
    case Status: return tr("Status");
    case Class: return tr("Class");
    case LightColumn: return tr("Light");
    case Office: return tr("Handling office");
    case Handler: return tr("Handler");
    default: return {};
    }
}

bool CaseListModel::isSortable(int column)
{
    return column != Category && column != Subject && column != LightColumn && column >= 0 && column < ColumnCount;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    using K = CaseListFilter::SortKey;
    K key;
    switch (column) {
    case RegNo: key = K::RegNo; break;
    case Received: key = K::Received; break;
    case Channel: key = K::Channel; break;
    case Status: key = K::Status; break;
    case Class: key = K::TriageClass; break;
    case Office: key = K::Office; break;
    case Handler: key = K::Handler; break;
    default: return; // computed or joined columns are not sorted over the whole list
    }
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = key;
    m_filter.descending = descending;
    reload();
}

} // namespace qf
