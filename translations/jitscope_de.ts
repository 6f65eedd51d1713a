<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>jitscope::ArchiveDirectory</name>
    <message>
        <source>No file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found. Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a TorchScript archive. Choose the .pt file written by torch.jit.save().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), so it holds no model. It may have been cut short while saving or copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TorchScript archive: this is a pickle written by torch.save() in the legacy format. Load it in Python with torch.load(), then save a scripted or traced module with torch.jit.save().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is truncated: it starts like a zip file but its directory at the end is missing. The file was probably cut short by an interrupted download or copy; fetch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TorchScript archive: no zip directory found. TorchScript archives are zip files written by torch.jit.save().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive&apos;s zip64 directory is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is truncated or damaged: its zip directory points past the end of the file. Fetch or save the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive&apos;s zip directory is damaged (entry %1 of %2 cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive&apos;s zip directory is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TorchScript archive: the zip file has no &apos;version&apos; record, so it was not written by PyTorch. Choose a file written by torch.jit.save().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive&apos;s &apos;version&apos; record is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer PyTorch: file format version %1, this build reads up to %2. Save it again with an older PyTorch, or build JitScope against a newer libtorch (CMAKE_PREFIX_PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TorchScript archive: it was written by torch.save(), so it holds pickled tensors or a state dict but no TorchScript code. Load it in Python with torch.load(), then save a scripted or traced module with torch.jit.save().</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jitscope::ArchiveView</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (libtorch %2 reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>%1 tensors, %2 elements, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tensors, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 compressed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jitscope::AttributeTableModel</name>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>jitscope::BuildInfo</name>
    <message>
        <source>CPU only (this libtorch build finds no CUDA device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU and CUDA: %1 device(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jitscope::Cli</name>
    <message>
        <source>missing COMMAND: info, code or ir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add min/max/mean/std and NaN/Inf counts of every tensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submodule path, as in named_modules() (default: the root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method name (default: forward).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the module class&apos;s whole code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the inlined graph (module.M.inlined_graph).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript archive (.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--class and --method exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;jitscope-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;jitscope-cli %1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: jitscope-cli COMMAND FILE [OPTIONS]

Inspect TorchScript archives (.pt files written by torch.jit.save).

Commands:
  info FILE [--json] [--stats]       modules, parameters, buffers, attributes, methods, archive facts
  code FILE [--module PATH] [--method M | --class]
                                     TorchScript code, as Python&apos;s module.code / module.M.code
  ir FILE [--module PATH] [--method M] [--inlined]
                                     IR graph, as Python&apos;s module.M.graph / inlined_graph

Run &apos;jitscope-cli COMMAND --help&apos; for a command&apos;s options.
Exit status: 0 success, 1 the file or request cannot be used, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jitscope::CliText</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Archive      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size         %1, file format version %2 (libtorch %3 reads up to %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries      %1 in &apos;%2/&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra files  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters   %1 tensors, %2 elements, %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffers      %1 tensors, %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Modules (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Parameters (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Buffers (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Attributes (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Methods (%1)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jitscope::Examples</name>
    <message>
        <source>MyCell, scripted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.jit.script keeps MyDecisionGate&apos;s if/else: both branches are in the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyCell, traced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.jit.trace recorded only the branch that ran: MyDecisionGate became a plain neg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyModule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward plus the exported methods predict and add_scalar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvNet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested Sequential, BatchNorm buffers, attributes of many types, extra files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the example to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No example named &apos;%1&apos;. Examples: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jitscope::MainWindow</name>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JitScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a TorchScript archive (.pt) to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Inlined graph</source>
        <translation>Graph mit eingebetteten Aufrufen</translation>
    </message>
    <message>
        <source>Graph: method.graph, calls into submodules stay calls.
Inlined graph: method.inlined_graph, every call inlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IR Graph</source>
        <translation>IR-Graph</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Filter methods</source>
        <translation>Methoden filtern</translation>
    </message>
    <message>
        <source>Selected module only</source>
        <translation>Nur gewähltes Modul</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Filter by name, shape, dtype…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected module&apos;s subtree</source>
        <translation>Teilbaum des gewählten Moduls</translation>
    </message>
    <message>
        <source>Compute Statistics</source>
        <translation>Statistik berechnen</translation>
    </message>
    <message>
        <source>Min, max, mean, std and NaN/Inf counts of every tensor listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters and Buffers</source>
        <translation>Parameter und Puffer</translation>
    </message>
    <message>
        <source>Filter attributes</source>
        <translation>Attribute filtern</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About JitScope</source>
        <translation>&amp;Über JitScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>Keine zuletzt geöffneten Archive</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>Open TorchScript Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript archives (*.pt *.pth *.ptl *.torchscript *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format v%1 · %2 modules · %3 methods · %4 parameters (%5) · %6 on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — JitScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Archive</source>
        <translation>Archiv kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · class %2 · all methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.%2&lt;/b&gt; · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has no methods, so it has no graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inlined graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About JitScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;JitScope %1&lt;/h3&gt;&lt;p&gt;A desktop explorer for TorchScript archives.&lt;/p&gt;&lt;p&gt;libtorch %2 · Qt %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jitscope::MethodTableModel</name>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rückgabe</translation>
    </message>
</context>
<context>
    <name>jitscope::ModelEngine</name>
    <message>
        <source>Reading the archive directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the module with libtorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describing modules, tensors and methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive loaded, but describing it failed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submodule &apos;%1&apos; in %2. Its submodules: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No method &apos;%1&apos; in %2. Its methods: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 named &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Statistics of &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TorchScript archive: no zip directory found. TorchScript archives are zip files written by torch.jit.save().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is damaged (%1). Fetch or save the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive uses code this libtorch (%1) does not know; it was probably written by a newer PyTorch or needs a custom operator library.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libtorch could not load the archive:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jitscope::ModuleTreeModel</name>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
</context>
<context>
    <name>jitscope::StartPage</name>
    <message>
        <source>JitScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look inside TorchScript archives: modules, parameters, attributes, methods, code and IR graphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Archive…</source>
        <translation>Archiv öffnen…</translation>
    </message>
    <message>
        <source>or drop a .pt file written by torch.jit.save() anywhere on this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled example &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Recent Archives</source>
        <translation>Zuletzt geöffnete Archive</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archives opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jitscope::TensorTableModel</name>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 of module &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop explorer for TorchScript archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundled example: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TorchScript archive to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
