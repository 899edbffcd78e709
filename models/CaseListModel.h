#pragma once

#include "models/CaseListFilter.h"
#include "models/DeadlineClock.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QThread>

namespace qf {

class CaseListLoader;

// The case list over any number of reports. The ordered ids of everything the filter
// matches are loaded first (in the background, on a reader connection); the lines
// themselves are read in windows of WindowSize when the view asks for them, so scrolling
// anywhere in a million rows touches only the rows on screen. The list on show stays
// until a new one has been loaded; answers to an older request are dropped by token.
// Lights are computed for the loaded windows only.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RegNo, Received, Channel, Category, Subject, Status, Class, LightColumn, Office, Handler, ColumnCount };
    enum Role { RowIdRole = Qt::UserRole + 1, ReportIdRole, LightRole, LoadedRole, RestrictedRole };

    static constexpr int WindowSize = 200;
    static constexpr int MaxWindows = 60; // cached at most (12,000 lines)

    CaseListModel(QString databasePath, DeadlinePolicy policy, QObject* parent = nullptr);
    ~CaseListModel() override;

    void setFilter(const CaseListFilter& filter);
    const CaseListFilter& filter() const { return m_filter; }
    // The time the lights are computed for; null = now at each load.
    void setClockTime(const QDateTime& at) { m_clockTime = at; }

    bool isLoading() const { return m_loading; }
    const QString& errorText() const { return m_error; }
    qint64 rowIdAt(int row) const { return row >= 0 && row < m_keys.size() ? m_keys[row] : 0; }
    int rowOf(qint64 rowId) const { return int(m_keys.indexOf(rowId)); }
    bool isRowLoaded(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);

public slots:
    void reload();
    // The same filter again after the store changed: rows change in place, the selection and
    // the current row stay on the same reports (a report that no longer matches goes away,
    // a new one appears where the order puts it); lines on show keep their old text until
    // their new one has been read, so nothing blinks.
    void refresh();

signals:
    void loadingChanged(bool loading);
    // A new list is on show (rowCount() is the number of matches), or loading failed.
    void listLoaded();
    void loadFailed(const QString& message);
    void windowLoaded(int firstRow, int lastRow);

    // To the loader's thread.
    void requestKeys(quint64 token, const qf::CaseListFilter& filter, const QDateTime& now);
    void requestRows(quint64 token, int window, const QList<qint64>& rowIds, const QDateTime& now);

private:
    void onKeys(quint64 token, const QList<qint64>& rowIds, const QString& error);
    void onRows(quint64 token, int window, const QList<qf::CaseListRow>& rows, const QString& error);
    const CaseListRow* rowAt(int row) const;
    void fetchWindow(int window) const;
    QDateTime now() const;

    CaseListFilter m_filter;
    QDateTime m_clockTime;
    QThread m_thread;
    CaseListLoader* m_loader = nullptr;
    quint64 m_token = 0;
    quint64 m_inPlaceToken = 0; // the key request that refresh() made
    QHash<qint64, CaseListRow> m_previous; // lines shown before refresh(), until read again
    bool m_loading = false;
    QString m_error;
    QList<qint64> m_keys;
    mutable QHash<int, QList<CaseListRow>> m_windows;
    mutable QSet<int> m_pending;
    mutable QList<int> m_recent; // windows, most recently used last
};

} // namespace qf
