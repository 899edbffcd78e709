#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace qf {

// Where the data key that seals identities lives. The real one is the OS keychain.
class DataKeyProvider
{
public:
    virtual ~DataKeyProvider() = default;
    // The key for a database; with create, a new key is made and stored when there is none.
    // An empty value with no error means: there is no key (and create was false).
    virtual Result<QByteArray> dataKey(const QString& databaseId, bool create) = 0;
    virtual Status storeDataKey(const QString& databaseId, const QByteArray& key) = 0;
};

} // namespace qf
