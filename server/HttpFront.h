#pragma once

#include "server/SyncService.h"

#include <QAbstractHttpServer>

namespace qf::server {

// HTTP(S) in front of the sync service: turns each request into a SyncService call.
class HttpFront : public QAbstractHttpServer
{
public:
    explicit HttpFront(SyncService& service, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    SyncService& m_service;
};

} // namespace qf::server
