// What the start-up figure of gobiz-bench --startup is compared with: a bare three-page QWizard,
// built with the same compiler, flags and Qt as the wizard, timed by the same probe
// (ui/StartupProbe.h) from the start of main() and from outside the process.
#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    gobiz::ui::StartupProbe::clock();
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.setWindowTitle(QStringLiteral("Bare wizard"));
    for (int i = 1; i <= 3; ++i) {
        auto *page = new QWizardPage;
        page->setTitle(QStringLiteral("Page %1").arg(i));
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QStringLiteral("A page of a bare wizard."), page));
        wizard.addPage(page);
    }
    gobiz::ui::StartupProbe::watch(&wizard);
    wizard.show();
    return app.exec();
}
