#pragma once

#include "session/ChangeGate.h"

#include <QString>
#include <QStringList>

namespace gobiz {

// The words of the ChangeGate's questions, for every front end that asks them: the wizard's
// message boxes and gobiz-outlets' terminal prompt say the same sentences (one translation).
// Pure: the person's answer goes back to the gate (ChangeGate / WizardController), not here.
namespace ChangeQuestions {

struct Text
{
    QString title; // a short question ("Unlink 3 outlets from GoFood?")
    QString text; // what it means, in full sentences
};

QString productName(Product product); // "GoFood", "Payment" (translated)
Text unlink(const ChangeGate::Verdict &verdict);
Text rolesMayNotLink(const QStringList &roles);
// goFoodLinks: how many GoFood links the question covers.
Text autoAccept(int goFoodLinks);

} // namespace ChangeQuestions

} // namespace gobiz
