#pragma once

#include "ApiError.h"
#include "ApiTypes.h"
#include "Product.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace gobiz {

// One call to the GoBiz API. Emits finished() exactly once (also after abort()); the caller
// owns it from then on and should deleteLater() it.
class ApiReply : public QObject
{
    Q_OBJECT
public:
    enum class Endpoint { TokenInfo, Link, Unlink };

    Endpoint endpoint() const { return m_endpoint; }
    QString outletId() const { return m_outletId; }
    std::optional<Product> product() const { return m_product; }
    QString requestId() const { return m_requestId; } // empty for a call never sent
    bool isFinished() const { return m_finished; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    const ApiError &error() const { return m_error; }
    const TokenInfo &tokenInfo() const { return m_tokenInfo; }
    const LinkConfirmation &linkConfirmation() const { return m_confirmation; }

    // Aborts the request; finished() follows with Kind::Cancelled unless it already finished.
    void abort();

signals:
    void finished();

private:
    friend class GoBizClient;
    ApiReply(Endpoint endpoint, const QString &requestId, QObject *parent);
    void attach(QNetworkReply *reply, qint64 maxBodyBytes);
    void finishWith(const ApiError &error); // for calls refused before sending (notSent)
    void onNetworkFinished();
    void parseSuccessBody();
    void complete();

    Endpoint m_endpoint;
    QString m_outletId;
    std::optional<Product> m_product;
    QString m_requestId;
    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBodyBytes = 0;
    QByteArray m_body;
    bool m_bodyTooLarge = false;
    QString m_redirectRefused;
    QString m_tlsDetail;
    bool m_cancelled = false;
    bool m_finished = false;
    QElapsedTimer m_timer;
    qint64 m_elapsedMs = 0;
    ApiError m_error;
    TokenInfo m_tokenInfo;
    LinkConfirmation m_confirmation;
};

} // namespace gobiz
