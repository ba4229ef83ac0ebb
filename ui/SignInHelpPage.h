#pragma once

#include <QUrl>
#include <QWizardPage>

class QLabel;

namespace gobiz::ui {

// Page 2: where the access token comes from and which phone number receives the one-time code.
class SignInHelpPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SignInHelpPage(QWidget *parent = nullptr);

    static QUrl linkingGuideUrl();

private:
    QWidget *linkRow(const QString &description, const QUrl &url);

    QLabel *m_status;
};

} // namespace gobiz::ui
