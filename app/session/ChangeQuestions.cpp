#include "ChangeQuestions.h"

#include "session/TokenAdvice.h"

#include <QCoreApplication>

namespace gobiz::ChangeQuestions {

// The sentences were first written for the wizard's message boxes: their translations live in
// those contexts (the literal context in every call lets lupdate find them), and both front
// ends use them from here.
#define GOBIZ_CQ_TR(...) QCoreApplication::translate("gobiz::ui::ChangeConfirmations", __VA_ARGS__)

QString productName(Product product)
{
    return product == Product::GoFood
        ? QCoreApplication::translate("gobiz::ui::OutletTablePanel", "GoFood")
        : QCoreApplication::translate("gobiz::ui::OutletTablePanel", "Payment");
}

Text unlink(const ChangeGate::Verdict &verdict)
{
    const int unlinks = verdict.unlinks;
    const QString product = verdict.goFoodUnlinks == unlinks ? productName(Product::GoFood)
        : verdict.goFoodUnlinks == 0                         ? productName(Product::Payment)
                                                             : GOBIZ_CQ_TR("GoFood and Payment");
    QString text = GOBIZ_CQ_TR("The partner can no longer act for %n outlet(s) on %1 until they are linked "
                      "again.",
                      nullptr, unlinks)
                       .arg(product);
    if (verdict.goFoodUnlinks > 0)
        text += u' '
            + GOBIZ_CQ_TR("Unlinking does not switch Auto Accept off: GoBiz goes on accepting their GoFood "
                 "orders automatically. If the cashier should confirm orders again, switch order "
                 "acceptance back to manual in GoBiz.");
    return {GOBIZ_CQ_TR("Unlink %n outlet(s) from %1?", nullptr, unlinks).arg(product), text};
}

Text rolesMayNotLink(const QStringList &roles)
{
    return {GOBIZ_CQ_TR("These roles may not link outlets"), TokenAdvice::rolesWarning(roles)};
}

Text autoAccept(int goFoodLinks)
{
    return {GOBIZ_CQ_TR("GoFood orders will be accepted automatically"),
            GOBIZ_CQ_TR("When an outlet is linked to GoFood, GoBiz switches its order acceptance to Auto "
               "Accept: new GoFood orders are accepted without the cashier confirming them. This "
               "applies to the %n outlet(s) you are linking now and to every GoFood link in this "
               "session. Unlinking later does not switch it back: that is done in GoBiz.",
               nullptr, goFoodLinks)};
}

#undef GOBIZ_CQ_TR

} // namespace gobiz::ChangeQuestions
