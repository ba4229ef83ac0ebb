<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>RecoveryPlan</name>
    <message numerus="yes">
        <source>%n change(s) were interrupted when the wizard last stopped: the request was sent, but the answer never arrived, so GoBiz may or may not have applied it. Resuming sends each one again, which is safe; discarding leaves those outlets unknown.</source>
        <translation type="vanished">
            <numerusform>%n change was interrupted when the wizard last stopped: the request was sent, but the answer never arrived, so GoBiz may or may not have applied it. Resuming sends it again, which is safe; discarding leaves that outlet unknown.</numerusform>
            <numerusform>%n changes were interrupted when the wizard last stopped: the requests were sent, but the answers never arrived, so GoBiz may or may not have applied them. Resuming sends each one again, which is safe; discarding leaves those outlets unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/store/RecoveryPlan.cpp" line="+145"/>
        <source>%n change(s) were asked for and not yet sent.</source>
        <translation>
            <numerusform>%n change was asked for and not yet sent.</numerusform>
            <numerusform>%n changes were asked for and not yet sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) were sent, but the answer never arrived, so GoBiz may or may not have applied them.</source>
        <translation>
            <numerusform>%n change was sent, but the answer never arrived, so GoBiz may or may not have applied it.</numerusform>
            <numerusform>%n changes were sent, but the answers never arrived, so GoBiz may or may not have applied them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::TokenSession</name>
    <message numerus="yes">
        <location filename="../../app/session/TokenSession.cpp" line="+177"/>
        <source>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Paste a new token for %1.</source>
        <translation>
            <numerusform>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Paste a new token for %1.</numerusform>
            <numerusform>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Paste a new token for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::WizardController</name>
    <message numerus="yes">
        <source>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Paste a new token for %1.</source>
        <translation type="vanished">
            <numerusform>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Paste a new token for %1.</numerusform>
            <numerusform>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Paste a new token for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/session/WizardController.cpp" line="+357"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unlink(s)</source>
        <translation>
            <numerusform>%n unlink</numerusform>
            <numerusform>%n unlinks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::ExternalIdFillDialog</name>
    <message numerus="yes">
        <location filename="../../ui/ExternalIdFillDialog.cpp" line="+65"/>
        <source>&amp;Selected outlets (%n)</source>
        <translation>
            <numerusform>&amp;Selected outlets (%n)</numerusform>
            <numerusform>&amp;Selected outlets (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;All outlets (%n)</source>
        <translation>
            <numerusform>&amp;All outlets (%n)</numerusform>
            <numerusform>&amp;All outlets (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+137"/>
        <source>%n outlet(s) already have an external ID and keep it.</source>
        <translation>
            <numerusform>%n outlet already has an external ID and keeps it.</numerusform>
            <numerusform>%n outlets already have an external ID and keep it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n row(s) will be filled in.</source>
        <translation>
            <numerusform>%n row will be filled in.</numerusform>
            <numerusform>%n rows will be filled in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) have a problem and will not be applied: see the Result column.</source>
        <translation>
            <numerusform>%n row has a problem and will not be applied: see the Result column.</numerusform>
            <numerusform>%n rows have a problem and will not be applied: see the Result column.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::JournalBanners</name>
    <message numerus="yes">
        <location filename="../../ui/JournalBanners.cpp" line="+79"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An earlier run left %n change(s) unfinished: %1. Complete them, or discard them?</source>
        <translation>
            <numerusform>An earlier run left %n change unfinished: %1. Complete it, or discard it?</numerusform>
            <numerusform>An earlier run left %n changes unfinished: %1. Complete them, or discard them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were interrupted when the wizard last stopped: %1. Resume them, or discard them?</source>
        <translation type="vanished">
            <numerusform>%n change was interrupted when the wizard last stopped: %1. Resume it, or discard it?</numerusform>
            <numerusform>%n changes were interrupted when the wizard last stopped: %1. Resume them, or discard them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n interrupted change(s) discarded: nothing was sent. Those outlets show Unknown until they are changed again; the records stay in the journal.</source>
        <translation>
            <numerusform>%n interrupted change discarded: nothing was sent. That outlet shows Unknown until it is changed again; the record stays in the journal.</numerusform>
            <numerusform>%n interrupted changes discarded: nothing was sent. Those outlets show Unknown until they are changed again; the records stay in the journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::OutletTablePanel</name>
    <message numerus="yes">
        <location filename="../../ui/OutletTablePanel.cpp" line="+196"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::OutletsPage</name>
    <message numerus="yes">
        <location filename="../../ui/OutletsPage.cpp" line="+90"/>
        <source>%1 · GoBiz roles: %2 · %n outlet(s) · primary outlet: %3</source>
        <translation>
            <numerusform>%1 · GoBiz roles: %2 · %n outlet · primary outlet: %3</numerusform>
            <numerusform>%1 · GoBiz roles: %2 · %n outlets · primary outlet: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>When an outlet is linked to GoFood, GoBiz switches its order acceptance to Auto Accept: new GoFood orders are accepted without the cashier confirming them. This applies to the %n outlet(s) you are linking now and to every GoFood link in this session.</source>
        <translation>
            <numerusform>When an outlet is linked to GoFood, GoBiz switches its order acceptance to Auto Accept: new GoFood orders are accepted without the cashier confirming them. This applies to the %n outlet you are linking now and to every GoFood link in this session.</numerusform>
            <numerusform>When an outlet is linked to GoFood, GoBiz switches its order acceptance to Auto Accept: new GoFood orders are accepted without the cashier confirming them. This applies to the %n outlets you are linking now and to every GoFood link in this session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Sending %n interrupted change(s) again.</source>
        <translation>
            <numerusform>Sending %n interrupted change again.</numerusform>
            <numerusform>Sending %n interrupted changes again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n outlet(s) were not sent to %1: enter their external outlet ID first (double-click the cell, or use Fill external IDs).</source>
        <translation>
            <numerusform>%n outlet was not sent to %1: enter its external outlet ID first (double-click the cell, or use Fill external IDs).</numerusform>
            <numerusform>%n outlets were not sent to %1: enter their external outlet IDs first (double-click the cell, or use Fill external IDs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-124"/>
        <source>%n external outlet ID(s) filled in. Nothing is sent until you link.</source>
        <translation>
            <numerusform>%n external outlet ID filled in. Nothing is sent until you link.</numerusform>
            <numerusform>%n external outlet IDs filled in. Nothing is sent until you link.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::RunStatusPanel</name>
    <message numerus="yes">
        <location filename="../../ui/RunStatusPanel.cpp" line="+84"/>
        <source>Sending %n failed request(s) again.</source>
        <translation>
            <numerusform>Sending %n failed request again.</numerusform>
            <numerusform>Sending %n failed requests again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>, %n unknown (stopped after sending)</source>
        <translation>
            <numerusform>, %n unknown (stopped after sending)</numerusform>
            <numerusform>, %n unknown (stopped after sending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n not sent</source>
        <translation>
            <numerusform>, %n not sent</numerusform>
            <numerusform>, %n not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::WelcomePage</name>
    <message numerus="yes">
        <location filename="../../ui/WelcomePage.cpp" line="+126"/>
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n change</numerusform>
            <numerusform>%1: %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) were interrupted when the wizard last stopped (%1), so GoBiz may or may not have applied them. They are kept: sign in to the same account and the Outlets page offers to resume or discard them.</source>
        <translation>
            <numerusform>%n change was interrupted when the wizard last stopped (%1), so GoBiz may or may not have applied it. It is kept: sign in to the same account and the Outlets page offers to resume or discard it.</numerusform>
            <numerusform>%n changes were interrupted when the wizard last stopped (%1), so GoBiz may or may not have applied them. They are kept: sign in to the same account and the Outlets page offers to resume or discard them.</numerusform>
        </translation>
    </message>
</context>
</TS>
