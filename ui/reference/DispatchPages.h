#pragma once

#include "ui/reference/TablePage.h"

namespace qf {

class DispatchTables;

// 管辖库: which office handles which units, regions and ranks.
class JurisdictionPage : public TablePage
{
    Q_OBJECT

public:
    JurisdictionPage(DispatchTables& tables, bool editable, QWidget* parent = nullptr);

protected:
    Status fill() override;
    QString edit(const QString& id) override;
    Status removeId(const QString& id) override;

private:
    DispatchTables& m_tables;
};

// 回避库: officers who may not handle a unit or a person.
class RecusalPage : public TablePage
{
    Q_OBJECT

public:
    RecusalPage(DispatchTables& tables, bool editable, QWidget* parent = nullptr);

protected:
    Status fill() override;
    QString edit(const QString& id) override;
    Status removeId(const QString& id) override;

private:
    DispatchTables& m_tables;
};

// 能力库: officers' offices, areas (category codes) and load.
class CapabilityPage : public TablePage
{
    Q_OBJECT

public:
    CapabilityPage(DispatchTables& tables, bool editable, QWidget* parent = nullptr);

protected:
    Status fill() override;
    QString edit(const QString& id) override;
    Status removeId(const QString& id) override;

private:
    DispatchTables& m_tables;
};

} // namespace qf
