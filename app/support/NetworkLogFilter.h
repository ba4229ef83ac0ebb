#pragma once

#include <QSortFilterProxyModel>

namespace gobiz {

// What the network log window shows of NetworkLog: all requests, or only those that went
// wrong, and those of one outlet (or path) by a piece of text.
class NetworkLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show {
        All,
        Problems, // no answer, 4xx and 5xx
        NoAnswer,
        ClientErrors, // 4xx
        ServerErrors, // 5xx
    };

    explicit NetworkLogFilter(QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    // Matches the outlet id or the path, case-insensitively; empty matches everything.
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_text;
};

} // namespace gobiz
