#include "NetworkSettingsDialog.h"

#include "InlineMessage.h"
#include "Layouts.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

namespace gobiz::ui {

NetworkSettingsDialog::NetworkSettingsDialog(const NetworkSettings &current, QWidget *parent)
    : QDialog(parent),
      m_modes(new QButtonGroup(this)),
      m_system(named(new QRadioButton(tr("Use the &system's proxy settings (recommended)"), this),
                     "systemButton")),
      m_none(named(new QRadioButton(tr("&No proxy: connect directly"), this), "noProxyButton")),
      m_http(named(new QRadioButton(tr("Manual &HTTP proxy"), this), "httpButton")),
      m_socks(named(new QRadioButton(tr("Manual SOC&KS5 proxy"), this), "socksButton")),
      m_host(named(new QLineEdit(this), "hostEdit")),
      m_port(named(new QSpinBox(this), "portSpin")),
      m_user(named(new QLineEdit(this), "userEdit")),
      m_password(named(new QLineEdit(this), "passwordEdit")),
      m_message(named(new InlineMessage(this), "proxyMessage")),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
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
    form->addRow(tr("Hos&t:"), m_host);
    form->addRow(tr("Po&rt:"), m_port);
    form->addRow(tr("&User (optional):"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(paragraph(tr("The password is used until the wizard closes; it is never saved."),
                           this));
    auto *manualBox = new QGroupBox(tr("Manual proxy"), this);
    manualBox->setLayout(form);

    column({paragraph(tr("By default the wizard uses the same proxy as the rest of this "
                         "computer. Field staff behind a shop or office proxy can set it here. "
                         "A local demo server is always reached directly."),
                      this),
            m_system, m_none, m_http, m_socks, manualBox, m_message, m_buttons},
           this);

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
