#pragma once

#include "session/NetworkSettings.h"

#include <QDialog>

class QButtonGroup;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QDialogButtonBox;

namespace gobiz::ui {

class InlineMessage;

// The proxy: system settings (default), none, or a manual HTTP / SOCKS5 proxy. Opened with
// open(); settingsAccepted() carries what the person chose. The password is kept for this
// session only.
class NetworkSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NetworkSettingsDialog(const NetworkSettings &current, QWidget *parent = nullptr);

    NetworkSettings settings() const;

    void accept() override;

signals:
    void settingsAccepted(const gobiz::NetworkSettings &settings);

private:
    void updateEnabled();

    QButtonGroup *m_modes;
    QRadioButton *m_system;
    QRadioButton *m_none;
    QRadioButton *m_http;
    QRadioButton *m_socks;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace gobiz::ui
