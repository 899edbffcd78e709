#include "models/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace qf {

Status PrivateFiles::makeFolder(const QString& path, bool restrictExisting)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir()) {
#ifdef Q_OS_UNIX
        if (restrictExisting)
            ::chmod(QFile::encodeName(absolute).constData(), 0700);
#endif
        return {};
    }
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute)
        if (Status s = makeFolder(parent); !s)
            return s;
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(absolute);
    if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST)
        return Error { tr("Cannot create the folder %1: %2").arg(absolute, QString::fromLocal8Bit(std::strerror(errno))),
                       ErrorCode::Io };
    ::chmod(name.constData(), 0700); // a umask such as 0277 takes more than it should
#else
    if (!QDir().mkdir(absolute) && !QFileInfo(absolute).isDir())
        return Error { tr("Cannot create the folder %1.").arg(absolute), ErrorCode::Io };
#endif
    return {};
}

Status PrivateFiles::prepareFile(const QString& path)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error { tr("Cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))), ErrorCode::Io };
    ::fchmod(fd, 0600);
    ::close(fd);
#else
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error { tr("Cannot create %1: %2").arg(path, f.errorString()), ErrorCode::Io };
#endif
    return {};
}

bool PrivateFiles::restrict(const QString& path)
{
#ifdef Q_OS_UNIX
    return ::chmod(QFile::encodeName(path).constData(), 0600) == 0;
#else
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

void PrivateFiles::restrictDatabase(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" }) {
        const QString file = path + QLatin1String(suffix);
        if (QFileInfo::exists(file))
            restrict(file);
    }
}

} // namespace qf
