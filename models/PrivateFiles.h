#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QString>

namespace qf {

// Files and folders that hold reports and identities are for the account that runs
// Qingfeng only: folders 0700, files 0600, whatever the umask (a umask of 022 or 000 would
// otherwise make them 0755 / 0644 or world-writable). On systems without POSIX permissions
// (Windows) the profile folder's ACL already keeps them private and these do nothing.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(qf::PrivateFiles)

public:
    // Creates the folder and any missing parent; each folder created gets 0700. An existing
    // folder is left as it is unless `restrictExisting` (the program's own folders).
    static Status makeFolder(const QString& path, bool restrictExisting = false);
    // Makes sure the file exists with 0600 before a library that creates it with its own
    // mode (SQLite, QPrinter) opens it: an empty file is created, an existing one restricted.
    static Status prepareFile(const QString& path);
    // Restricts an existing file to its owner (0600); false when it could not (not the owner).
    static bool restrict(const QString& path);
    // A database and the files SQLite keeps beside it (-wal, -shm, -journal), when present.
    static void restrictDatabase(const QString& path);
};

} // namespace qf
