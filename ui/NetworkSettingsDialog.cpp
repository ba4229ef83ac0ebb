#include "NetworkSettingsDialog.h"

#include "InlineMessage.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gobiz::ui {

NetworkSettingsDialog::NetworkSettingsDialog(const NetworkSettings &current, QWidget *parent)
    : QDialog(parent),
      m_modes(new QButtonGroup(this)),
      m_system(new QRadioButton(tr("Use the &system's proxy settings (recommended)"), this)),
      m_none(new QRadioButton(tr("&No proxy: connect directly"), this)),
      m_http(new QRadioButton(tr("Manual &HTTP proxy"), this)),
      m_socks(new QRadioButton(tr("Manual SOC&KS5 proxy"), this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_message(new InlineMessage(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_system->setObjectName(QStringLiteral("systemButton"));
    m_none->setObjectName(QStringLiteral("noProxyButton"));
    m_http->setObjectName(QStringLiteral("httpButton"));
    m_socks->setObjectName(QStringLiteral("socksButton"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_message->setObjectName(QStringLiteral("proxyMessage"));
    setWindowTitle(tr("Network settings"));
    // Each button's id is the mode it chooses.
    m_modes->addButton(m_system, int(NetworkSettings::Mode::System));
    m_modes->addButton(m_none, int(NetworkSettings::Mode::NoProxy));
    m_modes->addButton(m_http, int(NetworkSettings::Mode::Http));
    m_modes->addButton(m_socks, int(NetworkSettings::Mode::Socks5));

    m_port->setRange(1, 65535);
    m_port->setValue(3128);
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    auto *hostLabel = new QLabel(tr("Hos&t:"), this);
    hostLabel->setBuddy(m_host);
    auto *portLabel = new QLabel(tr("Po&rt:"), this);
    portLabel->setBuddy(m_port);
    auto *userLabel = new QLabel(tr("&User (optional):"), this);
    userLabel->setBuddy(m_user);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(hostLabel, m_host);
    form->addRow(portLabel, m_port);
    form->addRow(userLabel, m_user);
    form->addRow(passwordLabel, m_password);
    auto *passwordNote = new QLabel(tr("The password is used until the wizard closes; it is "
                                       "never saved."),
                                    this);
    passwordNote->setWordWrap(true);
    form->addRow(passwordNote);

    auto *manualBox = new QGroupBox(tr("Manual proxy"), this);
    manualBox->setLayout(form);

    auto *intro = new QLabel(tr("By default the wizard uses the same proxy as the rest of this "
                                "computer. Field staff behind a shop or office proxy can set it "
                                "here. A local demo server is always reached directly."),
                             this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_system);
    layout->addWidget(m_none);
    layout->addWidget(m_http);
    layout->addWidget(m_socks);
    layout->addWidget(manualBox);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    m_modes->button(int(current.mode))->setChecked(true);
    m_host->setText(current.host);
    if (current.port > 0)
        m_port->setValue(current.port);
    m_user->setText(current.user);
    m_password->setText(current.password);

    connect(m_modes, &QButtonGroup::buttonToggled, this, &NetworkSettingsDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NetworkSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NetworkSettingsDialog::reject);
    updateEnabled();
}

void NetworkSettingsDialog::updateEnabled()
{
    const bool manual = m_http->isChecked() || m_socks->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_user, m_password})
        w->setEnabled(manual);
    m_message->clear();
}

NetworkSettings NetworkSettingsDialog::settings() const
{
    NetworkSettings s;
    s.mode = NetworkSettings::Mode(m_modes->checkedId());
    s.host = m_host->text().trimmed();
    s.port = quint16(m_port->value());
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    return s;
}

void NetworkSettingsDialog::accept()
{
    const NetworkSettings chosen = settings();
    const QString problem = chosen.validate();
    if (!problem.isEmpty()) {
        m_message->showMessage(InlineMessage::Type::Error, problem);
        adjustSize(); // room for the message: its wrapped lines are not in the layout's minimum
        return;
    }
    emit settingsAccepted(chosen);
    QDialog::accept();
}

} // namespace gobiz::ui
