#pragma once

#include <QNetworkAccessManager>
#include <QPointer>

namespace gobiz {

class ApiReply;
class NetworkLog;

// The session's one QNetworkAccessManager, which writes every request it makes into a
// NetworkLog: GoBiz's API and the sign-in flows alike, each scrubbed (SecretScrub) before it is
// kept, with honest timings (send/wait/receive, -1 where unknown).
//
// The answer's body is read as it arrives, before the caller reads it: createRequest() connects
// first, so its readyRead slot runs first and peeks at what is new. That relies on callers
// reading everything at each readyRead, as ApiReply and SignInFlow do.
class RecordingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit RecordingNetworkAccessManager(NetworkLog *log, QObject *parent = nullptr);

    // Off: requests pass through unrecorded (a program without a network log window: the
    // command line would scrub and keep every one of 10,000 requests for nobody).
    void setRecording(bool recording) { m_recording = recording; }
    bool isRecording() const { return m_recording; }

    // What GoBizClient made of one of its calls (from GoBizClient::replyFinished): the error
    // kind and the sentence the person was shown, on the matching log row.
    void noteApiAnswer(const ApiReply &reply);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
        QIODevice *outgoingData) override;

private:
    QPointer<NetworkLog> m_log;
    quint64 m_nextId = 1;
    bool m_recording = true;
};

} // namespace gobiz
