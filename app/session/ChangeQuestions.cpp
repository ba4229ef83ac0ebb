#include "ChangeQuestions.h"

#include "session/TokenAdvice.h"

#include <QCoreApplication>

namespace gobiz::ChangeQuestions {

namespace {
// The sentences were first written for the wizard's message boxes: their translations live in
// those contexts, and both front ends use them from here.
struct Confirmations
{
    Q_DECLARE_TR_FUNCTIONS(gobiz::ui::ChangeConfirmations)
};
struct Products
{
    Q_DECLARE_TR_FUNCTIONS(gobiz::ui::OutletTablePanel)
};
} // namespace

QString productName(Product product)
{
    return product == Product::GoFood ? Products::tr("GoFood") : Products::tr("Payment");
}

Text unlink(const ChangeGate::Verdict &verdict)
{
    const int unlinks = verdict.unlinks;
    const QString product = verdict.goFoodUnlinks == unlinks ? productName(Product::GoFood)
        : verdict.goFoodUnlinks == 0                         ? productName(Product::Payment)
                                                             : Confirmations::tr("GoFood and Payment");
    QString text = Confirmations::tr("The partner can no longer act for %n outlet(s) on %1 until "
                                     "they are linked again.",
                                     nullptr, unlinks)
                       .arg(product);
    if (verdict.goFoodUnlinks > 0)
        text += u' '
            + Confirmations::tr("Unlinking does not switch Auto Accept off: GoBiz goes on "
                                "accepting their GoFood orders automatically. If the cashier "
                                "should confirm orders again, switch order acceptance back to "
                                "manual in GoBiz.");
    return {Confirmations::tr("Unlink %n outlet(s) from %1?", nullptr, unlinks).arg(product), text};
}

Text rolesMayNotLink(const QStringList &roles)
{
    return {Confirmations::tr("These roles may not link outlets"), TokenAdvice::rolesWarning(roles)};
}

Text autoAccept(int goFoodLinks)
{
    return {Confirmations::tr("GoFood orders will be accepted automatically"),
            Confirmations::tr("When an outlet is linked to GoFood, GoBiz switches its order "
                              "acceptance to Auto Accept: new GoFood orders are accepted without "
                              "the cashier confirming them. This applies to the %n outlet(s) you "
                              "are linking now and to every GoFood link in this session. "
                              "Unlinking later does not switch it back: that is done in GoBiz.",
                              nullptr, goFoodLinks)};
}

} // namespace gobiz::ChangeQuestions
