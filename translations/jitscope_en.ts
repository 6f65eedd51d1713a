<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Trainer</name>
    <message numerus="yes">
        <source>Stopped after %n step(s).</source>
        <translation>
            <numerusform>Stopped after %n step.</numerusform>
            <numerusform>Stopped after %n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::Checkpoint</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::CheckpointDiffDialog</name>
    <message numerus="yes">
        <source>All %n tensor(s) are the same.</source>
        <translation>
            <numerusform>The %n tensor is the same.</numerusform>
            <numerusform>All %n tensors are the same.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::CheckpointPage</name>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n tensor</numerusform>
            <numerusform>%n tensors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zip entries</source>
        <translation>
            <numerusform>%n zip entry</numerusform>
            <numerusform>%n zip entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::CliCheckpoint</name>
    <message numerus="yes">
        <source>%1, %n zip entries</source>
        <translation>
            <numerusform>%1, %n zip entry</numerusform>
            <numerusform>%1, %n zip entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s), %1 elements, %2 of data</source>
        <translation>
            <numerusform>%n tensor, %1 elements, %2 of data</numerusform>
            <numerusform>%n tensors, %1 elements, %2 of data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged: never read</source>
        <translation>
            <numerusform>%n damaged: never read</numerusform>
            <numerusform>%n damaged: never read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::CliDeploy</name>
    <message numerus="yes">
        <source>No single node parts them beyond the tolerance (%n node(s) compared).
</source>
        <translation>
            <numerusform>No single node parts them beyond the tolerance (%n node compared).
</numerusform>
            <numerusform>No single node parts them beyond the tolerance (%n nodes compared).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::CliDiff</name>
    <message numerus="yes">
        <source>
Every matched node&apos;s outputs agree (%n node(s) compared, atol %1, rtol %2).
</source>
        <translation>
            <numerusform>
Every matched node&apos;s outputs agree (%n node compared, atol %1, rtol %2).
</numerusform>
            <numerusform>
Every matched node&apos;s outputs agree (%n nodes compared, atol %1, rtol %2).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::CliObserve</name>
    <message numerus="yes">
        <source>, %1 (median of %n timed run(s) after a warm-up)</source>
        <translation>
            <numerusform>, %1 (median of %n timed run after a warm-up)</numerusform>
            <numerusform>, %1 (median of %n timed runs after a warm-up)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
%n value(s) recorded</source>
        <translation>
            <numerusform>
%n value recorded</numerusform>
            <numerusform>
%n values recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n over the budget (statistics only)</source>
        <translation>
            <numerusform>, %n over the budget (statistics only)</numerusform>
            <numerusform>, %n over the budget (statistics only)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::ComparisonView</name>
    <message numerus="yes">
        <source>Every matched node&apos;s outputs agree (%n node(s) compared).</source>
        <translation>
            <numerusform>Every matched node&apos;s outputs agree (%n node compared).</numerusform>
            <numerusform>Every matched node&apos;s outputs agree (%n nodes compared).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::Deploy</name>
    <message numerus="yes">
        <source>%n root operator(s):
</source>
        <translation>
            <numerusform>%n root operator:
</numerusform>
            <numerusform>%n root operators:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operator(s) the model calls are not in the target&apos;s build: %1.</source>
        <translation>
            <numerusform>%n operator the model calls is not in the target&apos;s build: %1.</numerusform>
            <numerusform>%n operators the model calls are not in the target&apos;s build: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s)
</source>
        <translation>
            <numerusform>%1: %n finding
</numerusform>
            <numerusform>%1: %n findings
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::DeployActions</name>
    <message numerus="yes">
        <source>Timing %n call(s) from cold…</source>
        <translation>
            <numerusform>Timing %n call from cold…</numerusform>
            <numerusform>Timing %n calls from cold…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::GraphInspector</name>
    <message numerus="yes">
        <source>&lt;li&gt;%n call(s)&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;%n call&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;%n calls&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Value %%1 : %2 — producer and %n consumer(s) highlighted</source>
        <translation>
            <numerusform>Value %%1 : %2 — producer and %n consumer highlighted</numerusform>
            <numerusform>Value %%1 : %2 — producer and %n consumers highlighted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n call(s)%1)</source>
        <translation>
            <numerusform> (%n call%1)</numerusform>
            <numerusform> (%n calls%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::GraphPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Observed&lt;/b&gt; %1(%2): %n value(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Observed&lt;/b&gt; %1(%2): %n value</numerusform>
            <numerusform>&lt;b&gt;Observed&lt;/b&gt; %1(%2): %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;span style=&apos;color:#c01818&apos;&gt;%n with NaN or Inf (red edges)&lt;/span&gt;</source>
        <translation>
            <numerusform>, &lt;span style=&apos;color:#c01818&apos;&gt;%n with NaN or Inf (red edges)&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&apos;color:#c01818&apos;&gt;%n with NaN or Inf (red edges)&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n tensor(s) over the budget: statistics only</source>
        <translation>
            <numerusform>, %n tensor over the budget: statistics only</numerusform>
            <numerusform>, %n tensors over the budget: statistics only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln node</numerusform>
            <numerusform>%Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edge(s)</source>
        <translation>
            <numerusform>%Ln edge</numerusform>
            <numerusform>%Ln edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>built in %1 ms, laid out in %2 ms (%Ln dot run(s))</source>
        <translation>
            <numerusform>built in %1 ms, laid out in %2 ms (%Ln dot run)</numerusform>
            <numerusform>built in %1 ms, laid out in %2 ms (%Ln dot runs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::InvokePanel</name>
    <message numerus="yes">
        <source>$%1 observed: %n value(s)</source>
        <translation>
            <numerusform>$%1 observed: %n value</numerusform>
            <numerusform>$%1 observed: %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tensor(s) over the budget show statistics only</source>
        <translation>
            <numerusform>; %n tensor over the budget shows statistics only</numerusform>
            <numerusform>; %n tensors over the budget show statistics only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::LiteBytecode</name>
    <message numerus="yes">
        <source># bytecode version %1, %n method(s)
</source>
        <translation>
            <numerusform># bytecode version %1, %n method
</numerusform>
            <numerusform># bytecode version %1, %n methods
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::LoadWeightsDialog</name>
    <message numerus="yes">
        <source>%n matched tensor(s) will change.</source>
        <translation>
            <numerusform>%n matched tensor will change.</numerusform>
            <numerusform>%n matched tensors will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n tensor(s) from %1</source>
        <translation>
            <numerusform>Loaded %n tensor from %1</numerusform>
            <numerusform>Loaded %n tensors from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::ModelComparer</name>
    <message numerus="yes">
        <source>%n output(s) were over the memory budget and not compared.</source>
        <translation>
            <numerusform>%n output was over the memory budget and not compared.</numerusform>
            <numerusform>%n outputs were over the memory budget and not compared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::ScratchPad</name>
    <message numerus="yes">
        <source>Compiled %n function(s).</source>
        <translation>
            <numerusform>Compiled %n function.</numerusform>
            <numerusform>Compiled %n functions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::TrainingPanel</name>
    <message numerus="yes">
        <source>Done: %n step(s), final loss %1.</source>
        <translation>
            <numerusform>Done: %n step, final loss %1.</numerusform>
            <numerusform>Done: %n steps, final loss %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n parameter(s) frozen.</source>
        <translation>
            <numerusform> %n parameter frozen.</numerusform>
            <numerusform> %n parameters frozen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::WeightMatch</name>
    <message numerus="yes">
        <source>%n tensor(s) differ in shape from the module&apos;s (load_state_dict refuses them even when not strict)</source>
        <translation>
            <numerusform>%n tensor differs in shape from the module&apos;s (load_state_dict refuses it even when not strict)</numerusform>
            <numerusform>%n tensors differ in shape from the module&apos;s (load_state_dict refuses them even when not strict)</numerusform>
        </translation>
    </message>
</context>
</TS>
