#pragma once

#include <QUrl>
#include <QWizardPage>

class QLabel;

namespace gobiz {
class WizardController;
}

namespace gobiz::ui {

// Page 2: where the access token comes from and which phone number receives the one-time code.
class SignInHelpPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SignInHelpPage(const WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;

    static QUrl linkingGuideUrl();

private:
    QWidget *linkRow(const QString &description, const QUrl &url);

    const WizardController *m_controller;
    QLabel *m_where;
    QLabel *m_status;
};

} // namespace gobiz::ui
