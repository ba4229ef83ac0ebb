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
        <location filename="../../app/store/RecoveryPlan.cpp" line="+143"/>
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
    <name>RunSummary</name>
    <message numerus="yes">
        <location filename="../../app/session/RunSummary.cpp" line="+265"/>
        <source>Reminder: %Ln outlet(s) were linked to GoFood in this run, and GoBiz switched their GoFood orders to Auto Accept (accepted automatically). Tell the merchant, and make sure the partner system handles incoming orders.</source>
        <translation>
            <numerusform>Reminder: %Ln outlet was linked to GoFood in this run, and GoBiz switched its GoFood orders to Auto Accept (accepted automatically). Tell the merchant, and make sure the partner system handles incoming orders.</numerusform>
            <numerusform>Reminder: %Ln outlets were linked to GoFood in this run, and GoBiz switched their GoFood orders to Auto Accept (accepted automatically). Tell the merchant, and make sure the partner system handles incoming orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln of them are not linked now, but unlinking does not switch Auto Accept off: switch it back in GoBiz if the merchant wants to accept orders by hand.</source>
        <translation>
            <numerusform>%Ln of them is not linked now, but unlinking does not switch Auto Accept off: switch it back in GoBiz if the merchant wants to accept orders by hand.</numerusform>
            <numerusform>%Ln of them are not linked now, but unlinking does not switch Auto Accept off: switch it back in GoBiz if the merchant wants to accept orders by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::TokenSession</name>
    <message numerus="yes">
        <source>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Paste a new token for %1.</source>
        <translation type="vanished">
            <numerusform>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Paste a new token for %1.</numerusform>
            <numerusform>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Paste a new token for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/session/TokenSession.cpp" line="+225"/>
        <source>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Sign in again with the phone number of %1&apos;s account, or paste a token for %1.</source>
        <translation>
            <numerusform>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Sign in again with the phone number of %1&apos;s account, or paste a token for %1.</numerusform>
            <numerusform>This token belongs to another GoBiz account: it cannot reach %n of the outlets still waiting. Sign in again with the phone number of %1&apos;s account, or paste a token for %1.</numerusform>
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
        <location filename="../../app/session/WizardController.cpp" line="+467"/>
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
    <name>gobiz::cli::Cli</name>
    <message numerus="yes">
        <location filename="../../app/cli/CliChanges.cpp" line="+66"/>
        <source>Dry run: %n change(s) would be sent</source>
        <translation>
            <numerusform>Dry run: %n change would be sent</numerusform>
            <numerusform>Dry run: %n changes would be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) would be refused.</source>
        <translation>
            <numerusform>%n row would be refused.</numerusform>
            <numerusform>%n rows would be refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Nothing was sent: fix the %n row(s) above, or try the plan with --dry-run.</source>
        <translation>
            <numerusform>Nothing was sent: fix the %n row above, or try the plan with --dry-run.</numerusform>
            <numerusform>Nothing was sent: fix the %n rows above, or try the plan with --dry-run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>A link needs the partner&apos;s external outlet id, and %n outlet(s) have none: %1. Give it with --external-id, or use apply with a plan. Nothing was sent.</source>
        <translation>
            <numerusform>A link needs the partner&apos;s external outlet id, and %n outlet has none: %1. Give it with --external-id, or use apply with a plan. Nothing was sent.</numerusform>
            <numerusform>A link needs the partner&apos;s external outlet id, and %n outlets have none: %1. Give it with --external-id, or use apply with a plan. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sending %n change…</numerusform>
            <numerusform>Sending %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Stopping: nothing more is sent; waiting for the %n request(s) on their way (Ctrl-C again stops waiting).</source>
        <translation>
            <numerusform>Stopping: nothing more is sent; waiting for the %n request on its way (Ctrl-C again stops waiting).</numerusform>
            <numerusform>Stopping: nothing more is sent; waiting for the %n requests on their way (Ctrl-C again stops waiting).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n change(s) not sent stay planned in the journal. Run gobiz-outlets resume to complete them.</source>
        <translation>
            <numerusform>%n change not sent stays planned in the journal. Run gobiz-outlets resume to complete it.</numerusform>
            <numerusform>%n changes not sent stay planned in the journal. Run gobiz-outlets resume to complete them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n request(s) were still on their way when waiting stopped: GoBiz may or may not have applied them (unknown in the results). Run the same command again to send them.</source>
        <translation>
            <numerusform>%n request was still on its way when waiting stopped: GoBiz may or may not have applied it (unknown in the results). Run the same command again to send it.</numerusform>
            <numerusform>%n requests were still on their way when waiting stopped: GoBiz may or may not have applied them (unknown in the results). Run the same command again to send them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CliOutput.cpp" line="+197"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CliRunner.cpp" line="+349"/>
        <source>%1 on %2: %n outlet(s).</source>
        <translation>
            <numerusform>%1 on %2: %n outlet.</numerusform>
            <numerusform>%1 on %2: %n outlets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::ChangeConfirmations</name>
    <message numerus="yes">
        <location filename="../../ui/ChangeConfirmations.cpp" line="+114"/>
        <source>&amp;Send the other %n</source>
        <translation>
            <numerusform>&amp;Send the other %n</numerusform>
            <numerusform>&amp;Send the other %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n outlet(s) need an external outlet ID first</source>
        <translation>
            <numerusform>%n outlet needs an external outlet ID first</numerusform>
            <numerusform>%n outlets need an external outlet ID first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>GoBiz links an outlet only with the partner&apos;s external outlet ID, and %n of the outlets you are linking have none yet. Fill them in now, and the link goes on with them; nothing has been sent.</source>
        <translation>
            <numerusform>GoBiz links an outlet only with the partner&apos;s external outlet ID, and %n of the outlets you are linking has none yet. Fill it in now, and the link goes on with it; nothing has been sent.</numerusform>
            <numerusform>GoBiz links an outlet only with the partner&apos;s external outlet ID, and %n of the outlets you are linking have none yet. Fill them in now, and the link goes on with them; nothing has been sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/session/ChangeQuestions.cpp" line="+33"/>
        <source>The partner can no longer act for %n outlet(s) on %1 until they are linked again.</source>
        <translation>
            <numerusform>The partner can no longer act for %n outlet on %1 until it is linked again.</numerusform>
            <numerusform>The partner can no longer act for %n outlets on %1 until they are linked again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Unlink %n outlet(s) from %1?</source>
        <translation>
            <numerusform>Unlink %n outlet from %1?</numerusform>
            <numerusform>Unlink %n outlets from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ChangeConfirmations.cpp" line="+36"/>
        <source>&amp;Unlink %n outlet(s)</source>
        <translation>
            <numerusform>&amp;Unlink %n outlet</numerusform>
            <numerusform>&amp;Unlink %n outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/session/ChangeQuestions.cpp" line="+11"/>
        <source>When an outlet is linked to GoFood, GoBiz switches its order acceptance to Auto Accept: new GoFood orders are accepted without the cashier confirming them. This applies to the %n outlet(s) you are linking now and to every GoFood link in this session. Unlinking later does not switch it back: that is done in GoBiz.</source>
        <translation>
            <numerusform>When an outlet is linked to GoFood, GoBiz switches its order acceptance to Auto Accept: new GoFood orders are accepted without the cashier confirming them. This applies to the %n outlet you are linking now and to every GoFood link in this session. Unlinking later does not switch it back: that is done in GoBiz.</numerusform>
            <numerusform>When an outlet is linked to GoFood, GoBiz switches its order acceptance to Auto Accept: new GoFood orders are accepted without the cashier confirming them. This applies to the %n outlets you are linking now and to every GoFood link in this session. Unlinking later does not switch it back: that is done in GoBiz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/ChangeConfirmations.cpp" line="+58"/>
        <source>Sending %n interrupted change(s) again.</source>
        <translation>
            <numerusform>Sending %n interrupted change again.</numerusform>
            <numerusform>Sending %n interrupted changes again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Sending %n stopped change(s).</source>
        <translation>
            <numerusform>Sending %n stopped change.</numerusform>
            <numerusform>Sending %n stopped changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sending %n change(s) again.</source>
        <translation>
            <numerusform>Sending %n change again.</numerusform>
            <numerusform>Sending %n changes again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::ExternalIdFillDialog</name>
    <message numerus="yes">
        <location filename="../../ui/ExternalIdFillDialog.cpp" line="+74"/>
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
        <location line="+138"/>
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
        <location line="+3"/>
        <source>%n row(s) repeat an earlier row and are filled in once.</source>
        <translation>
            <numerusform>%n row repeats an earlier row and is filled in once.</numerusform>
            <numerusform>%n rows repeat an earlier row and are filled in once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
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
    <name>gobiz::ui::NetworkLogWindow</name>
    <message numerus="yes">
        <location filename="../../ui/NetworkLogWindow.cpp" line="+185"/>
        <source>Saved the session&apos;s %n request(s) to %1. It holds no token and no sign-in secret.</source>
        <translation>
            <numerusform>Saved the session&apos;s %n request to %1. It holds no token and no sign-in secret.</numerusform>
            <numerusform>Saved the session&apos;s %n requests to %1. It holds no token and no sign-in secret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n request(s)</source>
        <translation>
            <numerusform>%1 of %n request</numerusform>
            <numerusform>%1 of %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::OutletTablePanel</name>
    <message numerus="yes">
        <location filename="../../ui/OutletTablePanel.cpp" line="+227"/>
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
        <location filename="../../ui/OutletsPage.cpp" line="+115"/>
        <source>%1 · GoBiz roles: %2 · %n outlet(s)</source>
        <translation>
            <numerusform>%1 · GoBiz roles: %2 · %n outlet</numerusform>
            <numerusform>%1 · GoBiz roles: %2 · %n outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · GoBiz roles: %2 · %n outlet(s) · primary outlet: %3</source>
        <translation>
            <numerusform>%1 · GoBiz roles: %2 · %n outlet · primary outlet: %3</numerusform>
            <numerusform>%1 · GoBiz roles: %2 · %n outlets · primary outlet: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When an outlet is linked to GoFood, GoBiz switches its order acceptance to Auto Accept: new GoFood orders are accepted without the cashier confirming them. This applies to the %n outlet(s) you are linking now and to every GoFood link in this session.</source>
        <translation type="vanished">
            <numerusform>When an outlet is linked to GoFood, GoBiz switches its order acceptance to Auto Accept: new GoFood orders are accepted without the cashier confirming them. This applies to the %n outlet you are linking now and to every GoFood link in this session.</numerusform>
            <numerusform>When an outlet is linked to GoFood, GoBiz switches its order acceptance to Auto Accept: new GoFood orders are accepted without the cashier confirming them. This applies to the %n outlets you are linking now and to every GoFood link in this session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n interrupted change(s) again.</source>
        <translation type="vanished">
            <numerusform>Sending %n interrupted change again.</numerusform>
            <numerusform>Sending %n interrupted changes again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlet(s) were not sent to %1: enter their external outlet ID first (double-click the cell, or use Fill external IDs).</source>
        <translation type="vanished">
            <numerusform>%n outlet was not sent to %1: enter its external outlet ID first (double-click the cell, or use Fill external IDs).</numerusform>
            <numerusform>%n outlets were not sent to %1: enter their external outlet IDs first (double-click the cell, or use Fill external IDs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n external outlet ID(s) filled in. Nothing is sent until you link.</source>
        <translation>
            <numerusform>%n external outlet ID filled in. Nothing is sent until you link.</numerusform>
            <numerusform>%n external outlet IDs filled in. Nothing is sent until you link.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::RunMessages</name>
    <message numerus="yes">
        <location filename="../../ui/RunMessages.cpp" line="+143"/>
        <source>%n change(s) did not go through (failed, or stopped after sending).</source>
        <translation>
            <numerusform>%n change did not go through (failed, or stopped after sending).</numerusform>
            <numerusform>%n changes did not go through (failed, or stopped after sending).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) were not sent: the run was stopped before them.</source>
        <translation>
            <numerusform>%n change was not sent: the run was stopped before it.</numerusform>
            <numerusform>%n changes were not sent: the run was stopped before them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::RunStatusPanel</name>
    <message numerus="yes">
        <source>Sending %n failed request(s) again.</source>
        <translation type="vanished">
            <numerusform>Sending %n failed request again.</numerusform>
            <numerusform>Sending %n failed requests again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unknown (stopped after sending)</source>
        <translation type="vanished">
            <numerusform>, %n unknown (stopped after sending)</numerusform>
            <numerusform>, %n unknown (stopped after sending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not sent</source>
        <translation type="vanished">
            <numerusform>, %n not sent</numerusform>
            <numerusform>, %n not sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gobiz::ui::WelcomePage</name>
    <message numerus="yes">
        <location filename="../../ui/WelcomePage.cpp" line="+191"/>
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
