<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EvalText</name>
    <message>
        <source>tensor(...) rows must all have the same shape</source>
        <translation>tensor(...): alle Zeilen müssen dieselbe Form haben</translation>
    </message>
    <message>
        <source>tensor(...) takes numbers, or nested lists of them</source>
        <translation>tensor(...) akzeptiert Zahlen oder verschachtelte Listen davon</translation>
    </message>
    <message>
        <source>unknown dtype &apos;%1&apos;: use float32, float64, float16, bfloat16, int64, int32, int16, int8, uint8, bool, complex64 or complex128</source>
        <translation>unbekannter dtype &apos;%1&apos;: Verwenden Sie float32, float64, float16, bfloat16, int64, int32, int16, int8, uint8, bool, complex64 oder complex128</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>sizes must be whole numbers</source>
        <translation>Größen müssen ganze Zahlen sein</translation>
    </message>
    <message>
        <source>sizes cannot be negative</source>
        <translation>Größen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 expects %2, got %3 (%4)</source>
        <translation>%1 erwartet %2, erhalten: %3 (%4)</translation>
    </message>
    <message>
        <source>$%1: there are no earlier results yet</source>
        <translation>$%1: Es gibt noch keine früheren Ergebnisse</translation>
    </message>
    <message>
        <source>$%1: results are $0 to $%2</source>
        <translation>$%1: Die Ergebnisse reichen von $0 bis $%2</translation>
    </message>
    <message>
        <source>%1: no such key; the keys are %2</source>
        <translation>%1: kein solcher Schlüssel; die Schlüssel sind %2</translation>
    </message>
    <message>
        <source>%1: only a dict is indexed by a key</source>
        <translation>%1: Nur ein dict wird über einen Schlüssel indiziert</translation>
    </message>
    <message>
        <source>%1 is not a tuple, list or dict, so it cannot be indexed</source>
        <translation>%1 ist kein Tupel, keine Liste und kein dict und kann daher nicht indiziert werden</translation>
    </message>
    <message>
        <source>index %1 is out of range (%2 items)</source>
        <translation>Index %1 liegt außerhalb des Bereichs (%2 Elemente)</translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos;: use cpu or cuda:N</source>
        <translation>unbekanntes Gerät &apos;%1&apos;: Verwenden Sie cpu oder cuda:N</translation>
    </message>
    <message>
        <source>%1() takes no keyword &apos;%2&apos; (dtype, device and requires_grad are known)</source>
        <translation>%1() kennt kein Schlüsselwort &apos;%2&apos; (bekannt sind dtype, device und requires_grad)</translation>
    </message>
    <message>
        <source>%1() takes %2 to %3 arguments, %4 given</source>
        <translation>%1() erwartet %2 bis %3 Argumente, %4 übergeben</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;: use randn, rand, zeros, ones, full, arange, eye, randint, tensor or load</source>
        <translation>unbekannte Funktion &apos;%1&apos;: Verwenden Sie randn, rand, zeros, ones, full, arange, eye, randint, tensor oder load</translation>
    </message>
    <message>
        <source>load() takes a file name in quotes</source>
        <translation>load() erwartet einen Dateinamen in Anführungszeichen</translation>
    </message>
    <message>
        <source>%1(): %2</source>
        <translation>%1(): %2</translation>
    </message>
</context>
<context>
    <name>GraphPainter</name>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Update</translation>
    </message>
</context>
<context>
    <name>IsolatedInvoke</name>
    <message>
        <source>An isolated run cannot use earlier results ($N): they live in this window&apos;s process.</source>
        <translation>Ein isolierter Lauf kann frühere Ergebnisse ($N) nicht verwenden: Sie leben im Prozess dieses Fensters.</translation>
    </message>
    <message>
        <source>An isolated run needs jitscope-cli beside this program (%1).</source>
        <translation>Ein isolierter Lauf benötigt jitscope-cli neben diesem Programm (%1).</translation>
    </message>
    <message>
        <source>The call crashed its process (libtorch failed inside it); the window and its module are untouched.</source>
        <translation>Der Aufruf hat seinen Prozess zum Absturz gebracht (libtorch ist darin gescheitert); das Fenster und sein Modul sind unberührt.</translation>
    </message>
    <message>
        <source>jitscope-cli could not be started: %1</source>
        <translation>jitscope-cli konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The separate process&apos;s answer could not be read.</source>
        <translation>Die Antwort des eigenen Prozesses konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The call did not finish within %1 minutes; its process was ended.</source>
        <translation>Der Aufruf ist nicht innerhalb von %1 Minuten fertig geworden; sein Prozess wurde beendet.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>more bytes than a 64-bit count holds</source>
        <translation>mehr Bytes, als eine 64-Bit-Zahl fasst</translation>
    </message>
    <message>
        <source>%1 asks for %2 ([%3] of %4-byte elements), more than this machine&apos;s %5 of memory; nothing was allocated.</source>
        <translation>%1 verlangt %2 ([%3] Elemente zu %4 Bytes), mehr als die %5 Arbeitsspeicher dieses Rechners; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>%1: file not found.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file.</source>
        <translation>%1: ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a named pipe, a socket or a device), so it is not read.</source>
        <translation>%1: ist keine reguläre Datei (eine benannte Pipe, ein Socket oder ein Gerät) und wird daher nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>LookupText</name>
    <message>
        <source>No submodule &apos;%1&apos; in %2. Its submodules: %3.</source>
        <translation>Kein Submodul &apos;%1&apos; in %2. Vorhandene Submodule: %3.</translation>
    </message>
    <message>
        <source>No method &apos;%1&apos; in %2. Its methods: %3.</source>
        <translation>Keine Methode &apos;%1&apos; in %2. Vorhandene Methoden: %3.</translation>
    </message>
    <message>
        <source>the root module</source>
        <translation>dem Wurzelmodul</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ModelSession</name>
    <message>
        <source>%1 is a checkpoint: it holds weights, no module and no code. Open a TorchScript archive to run, draw or train a model, and load these weights into it with File → Load Weights….</source>
        <translation>%1 ist ein Checkpoint: Er enthält Gewichte, kein Modul und keinen Code. Öffnen Sie ein TorchScript-Archiv, um ein Modell auszuführen, zu zeichnen oder zu trainieren, und laden Sie diese Gewichte mit Datei → Gewichte laden… hinein.</translation>
    </message>
</context>
<context>
    <name>OperatorLibraries</name>
    <message>
        <source>%1: no such operator library file.</source>
        <translation>%1: keine solche Operator-Bibliotheksdatei.</translation>
    </message>
    <message>
        <source>%1: cannot be loaded as an operator library: %2</source>
        <translation>%1: kann nicht als Operator-Bibliothek geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>StateText</name>
    <message>
        <source>Unknown device &apos;%1&apos;: use cpu or cuda:N.</source>
        <translation>Unbekanntes Gerät &apos;%1&apos;: Verwenden Sie cpu oder cuda:N.</translation>
    </message>
    <message>
        <source>There is no %1: this machine has %2 CUDA device(s).</source>
        <translation>%1 gibt es nicht: Dieser Rechner hat %2 CUDA-Gerät(e).</translation>
    </message>
    <message>
        <source>A module moves to float32, float64, float16 or bfloat16, not %1.</source>
        <translation>Ein Modul kann nach float32, float64, float16 oder bfloat16 verschoben werden, nicht nach %1.</translation>
    </message>
    <message>
        <source>Moving the module failed: %1</source>
        <translation>Das Verschieben des Moduls ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TensorIoText</name>
    <message>
        <source>%1: NumPy dtype &apos;%2&apos; has no libtorch counterpart (libtorch has no uint16/32/64, strings or objects).</source>
        <translation>%1: Der NumPy-dtype &apos;%2&apos; hat kein Gegenstück in libtorch (libtorch kennt kein uint16/32/64, keine Zeichenketten und keine Objekte).</translation>
    </message>
    <message>
        <source>%1: holds a %2, not a tensor.</source>
        <translation>%1: enthält einen Wert vom Typ %2, keinen Tensor.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2.</source>
        <translation>%1: kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 tensors have no NumPy dtype; convert to float32 first or save as .pt.</source>
        <translation>%1-Tensoren haben keinen NumPy-dtype; wandeln Sie sie zuerst in float32 um oder speichern Sie sie als .pt.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2.</source>
        <translation>%1: kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1: its value at &apos;%2&apos; (%3) cannot be a value of an expression.</source>
        <translation>%1: sein Wert bei &apos;%2&apos; (%3) kann kein Wert eines Ausdrucks sein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Trainer</name>
    <message>
        <source>The target&apos;s shape %1 differs from the output&apos;s %2: the %3 loss compares them element by element.</source>
        <translation>Die Form %1 des Ziels weicht von der Form %2 der Ausgabe ab: Der Loss %3 vergleicht sie Element für Element.</translation>
    </message>
    <message>
        <source>Unknown loss &apos;%1&apos;: use %2.</source>
        <translation>Unbekannter Loss &apos;%1&apos;: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Unknown optimizer &apos;%1&apos;: use %2.</source>
        <translation>Unbekannter Optimierer &apos;%1&apos;: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>The learning rate must be a positive number, not %1.</source>
        <translation>Die Lernrate muss eine positive Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <source>Train for at least one step.</source>
        <translation>Trainieren Sie mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>The %1 loss needs a target.</source>
        <translation>Der Loss %1 benötigt ein Ziel.</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <source>The target must be a tensor.</source>
        <translation>Das Ziel muss ein Tensor sein.</translation>
    </message>
    <message>
        <source>Nothing to train: %1 has no parameters that are not frozen.</source>
        <translation>Nichts zu trainieren: %1 hat keine Parameter, die nicht eingefroren sind.</translation>
    </message>
    <message>
        <source>%1 returned no tensor to compute a loss from.</source>
        <translation>%1 hat keinen Tensor zurückgegeben, aus dem ein Loss berechnet werden kann.</translation>
    </message>
    <message>
        <source>Step %1: the %2 is %3, so training stopped; the weights are those from before this step. A smaller learning rate may help.</source>
        <translation>Schritt %1: %2 ist %3, daher wurde das Training angehalten; die Gewichte sind die von vor diesem Schritt. Eine kleinere Lernrate kann helfen.</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>der Gradient</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Loss</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n step(s).</source>
        <translation>
            <numerusform>Nach %n Schritt angehalten.</numerusform>
            <numerusform>Nach %n Schritten angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training %1 failed: %2</source>
        <translation>Das Training von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>jitscope::ArchiveDirectory</name>
    <message>
        <source>No file name given.</source>
        <translation>Kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>file not found. Check the path and try again.</source>
        <translation>Datei nicht gefunden. Prüfen Sie den Pfad und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>is a folder, not a TorchScript archive. Choose the .pt file written by torch.jit.save().</source>
        <translation>ist ein Ordner, kein TorchScript-Archiv. Wählen Sie die von torch.jit.save() geschriebene .pt-Datei.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), so it holds no model. It may have been cut short while saving or copying.</source>
        <translation>die Datei ist leer (0 Bytes) und enthält daher kein Modell. Sie wurde möglicherweise beim Speichern oder Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>the archive is truncated: it starts like a zip file but its directory at the end is missing. The file was probably cut short by an interrupted download or copy; fetch it again.</source>
        <translation>das Archiv ist abgeschnitten: Es beginnt wie eine Zip-Datei, aber sein Verzeichnis am Ende fehlt. Die Datei wurde wahrscheinlich durch einen unterbrochenen Download oder Kopiervorgang abgeschnitten; laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>the archive&apos;s zip64 directory is damaged.</source>
        <translation>das zip64-Verzeichnis des Archivs ist beschädigt.</translation>
    </message>
    <message>
        <source>the archive is truncated or damaged: its zip directory points past the end of the file. Fetch or save the file again.</source>
        <translation>das Archiv ist abgeschnitten oder beschädigt: Sein Zip-Verzeichnis verweist über das Dateiende hinaus. Laden Sie die Datei erneut herunter oder speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>the archive&apos;s zip directory is damaged (entry %1 of %2 cannot be read).</source>
        <translation>das Zip-Verzeichnis des Archivs ist beschädigt (Eintrag %1 von %2 kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>the archive&apos;s zip directory is damaged.</source>
        <translation>das Zip-Verzeichnis des Archivs ist beschädigt.</translation>
    </message>
    <message>
        <source>not a TorchScript archive: the zip file has no &apos;version&apos; record, so it was not written by PyTorch. Choose a file written by torch.jit.save().</source>
        <translation>kein TorchScript-Archiv: Die Zip-Datei hat keinen &apos;version&apos;-Eintrag und wurde daher nicht von PyTorch geschrieben. Wählen Sie eine von torch.jit.save() geschriebene Datei.</translation>
    </message>
    <message>
        <source>the archive&apos;s &apos;version&apos; record is damaged (%1).</source>
        <translation>der &apos;version&apos;-Eintrag des Archivs ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>written by a newer PyTorch: file format version %1, this build reads up to %2. Save it again with an older PyTorch, or build JitScope against a newer libtorch (CMAKE_PREFIX_PATH).</source>
        <translation>von einem neueren PyTorch geschrieben: Dateiformatversion %1, dieser Build liest bis %2. Speichern Sie die Datei mit einem älteren PyTorch erneut oder bauen Sie JitScope gegen eine neuere libtorch (CMAKE_PREFIX_PATH).</translation>
    </message>
    <message>
        <source>is not a regular file (a named pipe, a socket or a device), so it cannot hold an archive.</source>
        <translation>ist keine reguläre Datei (sondern eine Named Pipe, ein Socket oder ein Gerät) und kann daher kein Archiv enthalten.</translation>
    </message>
    <message>
        <source>the archive has no record &apos;%1&apos;.</source>
        <translation>das Archiv hat keinen Eintrag &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; declares %2 bytes, more than the %3 this reader accepts for it.</source>
        <translation>der Eintrag &apos;%1&apos; deklariert %2 Bytes, mehr als die %3, die dieser Leser dafür akzeptiert.</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is damaged: its data lies past the end of the file.</source>
        <translation>der Eintrag &apos;%1&apos; ist beschädigt: Seine Daten liegen hinter dem Dateiende.</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; cannot be inflated.</source>
        <translation>der Eintrag &apos;%1&apos; kann nicht entpackt werden.</translation>
    </message>
    <message>
        <source>the record &apos;%1&apos; is damaged: its compressed data does not inflate to the %2 bytes its directory declares.</source>
        <translation>der Eintrag &apos;%1&apos; ist beschädigt: Seine komprimierten Daten ergeben entpackt nicht die %2 Bytes, die sein Verzeichnis angibt.</translation>
    </message>
    <message>
        <source>the archive is damaged: %1 cannot be read (%2).</source>
        <translation>das Archiv ist beschädigt: %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>a tensor</source>
        <translation>ein Tensor</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;</source>
        <translation>Tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The file was cut short or altered after it was saved; fetch or save it again.</source>
        <translation>Die Datei wurde nach dem Speichern abgeschnitten oder verändert; laden Sie sie erneut herunter oder speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>the archive is damaged: %1 has a storage of unknown type.</source>
        <translation>das Archiv ist beschädigt: %1 hat einen Speicher unbekannten Typs.</translation>
    </message>
    <message>
        <source>the archive is damaged: %1 (shape %2) reaches past the end of its storage of %3 elements. %4</source>
        <translation>das Archiv ist beschädigt: %1 (Form %2) reicht über das Ende seines Speichers mit %3 Elementen hinaus. %4</translation>
    </message>
    <message>
        <source>the archive is damaged: the data of %1 (record &apos;%2&apos;) is missing. %3</source>
        <translation>das Archiv ist beschädigt: Die Daten von %1 (Eintrag &apos;%2&apos;) fehlen. %3</translation>
    </message>
    <message>
        <source>the archive is damaged: %1 (%2, shape %3) declares %4 bytes of data, but its record &apos;%5&apos; holds %6. %7</source>
        <translation>das Archiv ist beschädigt: %1 (%2, Form %3) deklariert %4 Bytes an Daten, aber sein Eintrag &apos;%5&apos; enthält %6. %7</translation>
    </message>
    <message>
        <source>more than 2^63</source>
        <translation>mehr als 2^63</translation>
    </message>
    <message>
        <source>not a TorchScript archive: this is a pickle written by torch.save() in the legacy format. jitscope-cli info lists its structure and tensors. To run it, load it in Python with torch.load(), then save a scripted or traced module with torch.jit.save().</source>
        <translation>kein TorchScript-Archiv: dies ist ein Pickle, das torch.save() im alten Format geschrieben hat. jitscope-cli info zeigt seine Struktur und Tensoren. Um es auszuführen, laden Sie es in Python mit torch.load() und speichern dann ein geskriptetes oder getracetes Modul mit torch.jit.save().</translation>
    </message>
    <message>
        <source>not a TorchScript archive: it was written by torch.save(), so it holds pickled tensors or a state dict but no TorchScript code. jitscope-cli info lists its structure and tensors. To run it, load it in Python with torch.load(), then save a scripted or traced module with torch.jit.save().</source>
        <translation>kein TorchScript-Archiv: es wurde von torch.save() geschrieben und enthält daher gepickelte Tensoren oder ein State-Dict, aber keinen TorchScript-Code. jitscope-cli info zeigt seine Struktur und Tensoren. Um es auszuführen, laden Sie es in Python mit torch.load() und speichern dann ein geskriptetes oder getracetes Modul mit torch.jit.save().</translation>
    </message>
    <message>
        <source>not a TorchScript archive, checkpoint or safetensors file: no zip directory found. JitScope opens the zip files torch.jit.save() and torch.save() write, legacy torch.save() pickles and .safetensors files.</source>
        <translation>kein TorchScript-Archiv, Checkpoint oder Safetensors-Datei: kein Zip-Verzeichnis gefunden. JitScope öffnet die Zip-Dateien, die torch.jit.save() und torch.save() schreiben, alte Pickles von torch.save() und .safetensors-Dateien.</translation>
    </message>
    <message>
        <source>the archive is damaged: the compressed record &apos;%1&apos; of %2 declares %3 bytes once inflated, but its storage needs %4. %5</source>
        <translation>das Archiv ist beschädigt: der komprimierte Eintrag &apos;%1&apos; von %2 gibt entpackt %3 Bytes an, sein Speicher braucht aber %4. %5</translation>
    </message>
</context>
<context>
    <name>jitscope::ArchiveGuard</name>
    <message>
        <source>libtorch did not finish reading it within %1 s</source>
        <translation>libtorch es nicht innerhalb von %1 s fertig gelesen hat</translation>
    </message>
    <message>
        <source>libtorch crashed while reading it</source>
        <translation>libtorch beim Lesen abgestürzt ist</translation>
    </message>
    <message>
        <source>the checking process ended (exit status %1)</source>
        <translation>der Prüfprozess beendet wurde (Exit-Status %1)</translation>
    </message>
    <message>
        <source>What was open stays open.</source>
        <translation>Was offen war, bleibt offen.</translation>
    </message>
    <message>
        <source>%1: refused, because %2. Nothing was opened. The file may be damaged or made to attack libtorch&apos;s reader.</source>
        <translation>%1: abgelehnt, weil %2. Nichts wurde geöffnet. Die Datei ist vielleicht beschädigt oder gemacht, um libtorchs Leser anzugreifen.</translation>
    </message>
</context>
<context>
    <name>jitscope::ArchiveView</name>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Größe auf dem Datenträger</translation>
    </message>
    <message>
        <source>File format version</source>
        <translation>Dateiformatversion</translation>
    </message>
    <message>
        <source>%1 (libtorch %2 reads up to %3)</source>
        <translation>%1 (libtorch %2 liest bis %3)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>%1 tensors, %2 elements, %3</source>
        <translation>%1 Tensoren, %2 Elemente, %3</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <source>%1 tensors, %2</source>
        <translation>%1 Tensoren, %2</translation>
    </message>
    <message>
        <source>Extra files</source>
        <translation>Zusatzdateien</translation>
    </message>
    <message>
        <source>Zip entries</source>
        <translation>Zip-Einträge</translation>
    </message>
    <message>
        <source>%1 (%2 compressed)</source>
        <translation>%1 (%2 komprimiert)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>saved on %1, opened on %2</source>
        <translation>gespeichert auf %1, geöffnet auf %2</translation>
    </message>
    <message>
        <source>saved on %1</source>
        <translation>gespeichert auf %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>Tensoren</translation>
    </message>
</context>
<context>
    <name>jitscope::AttributeTableModel</name>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
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
    <name>jitscope::AttributesPane</name>
    <message>
        <source>Filter attributes</source>
        <translation>Attribute filtern</translation>
    </message>
    <message>
        <source>Selected module only</source>
        <translation>Nur gewähltes Modul</translation>
    </message>
    <message>
        <source>Hide internal</source>
        <translation>Interne ausblenden</translation>
    </message>
    <message>
        <source>Hide the attributes every module has: training and names starting with _</source>
        <translation>Die Attribute ausblenden, die jedes Modul hat: training und Namen, die mit _ beginnen</translation>
    </message>
</context>
<context>
    <name>jitscope::BuildInfo</name>
    <message>
        <source>CPU only (this libtorch build finds no CUDA device)</source>
        <translation>Nur CPU (diese libtorch-Version findet kein CUDA-Gerät)</translation>
    </message>
    <message>
        <source>CPU and CUDA: %1 device(s)</source>
        <translation>CPU und CUDA: %1 Gerät(e)</translation>
    </message>
    <message>
        <source>CUDA is not available: this libtorch build finds no CUDA device (Debian&apos;s libtorch is CPU-only; build JitScope against a CUDA libtorch through CMAKE_PREFIX_PATH to use a GPU).</source>
        <translation>CUDA ist nicht verfügbar: Diese libtorch-Version findet kein CUDA-Gerät (Debians libtorch unterstützt nur die CPU; bauen Sie JitScope über CMAKE_PREFIX_PATH gegen eine CUDA-fähige libtorch, um eine GPU zu nutzen).</translation>
    </message>
    <message>
        <source>GPL-3.0-or-later (GNU General Public License, version 3 or later)</source>
        <translation>GPL-3.0-or-later (GNU General Public License, Version 3 oder später)</translation>
    </message>
    <message>
        <source>%1 %2 (revision %3)
libtorch %4, Qt %5, Graphviz %6
License: %7 &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
</source>
        <translation>%1 %2 (Revision %3)
libtorch %4, Qt %5, Graphviz %6
Lizenz: %7 &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;
Dies ist freie Software: Sie können sie verändern und weitergeben.
Es gibt KEINE GARANTIE, soweit gesetzlich zulässig.
</translation>
    </message>
    <message>
        <source>convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>matmul</source>
        <translation>Matmul</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>Batch-Norm</translation>
    </message>
    <message>
        <source>layer norm</source>
        <translation>Layer-Norm</translation>
    </message>
    <message>
        <source>softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <source>max pooling</source>
        <translation>Max-Pooling</translation>
    </message>
    <message>
        <source>%1 on %2: this libtorch has no %3 for it; a call that needs one fails.</source>
        <translation>%1 auf %2: diese libtorch hat dafür kein(e) %3; ein Aufruf, der sie braucht, schlägt fehl.</translation>
    </message>
</context>
<context>
    <name>jitscope::CallTimesView</name>
    <message>
        <source>ms (log scale)</source>
        <translation>ms (logarithmisch)</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>%1 (ms)</source>
        <translation>%1 (ms)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>Erster Aufruf</translation>
    </message>
    <message>
        <source>Calls 2–4 (median)</source>
        <translation>Aufrufe 2–4 (Median)</translation>
    </message>
    <message>
        <source>Steady state (median, 2nd half)</source>
        <translation>Eingeschwungen (Median, 2. Hälfte)</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Aufruf %1</translation>
    </message>
    <message>
        <source>Each ran on a fresh copy, after one untimed call of another copy.</source>
        <translation>Jedes lief auf einer frischen Kopie, nach einem ungemessenen Aufruf einer anderen Kopie.</translation>
    </message>
    <message>
        <source>After %1, the steady state takes %2 the time of the %3: %4% faster. %5</source>
        <translation>Nach %1 braucht der eingeschwungene Zustand %2 der Zeit von %3: %4 % schneller. %5</translation>
    </message>
    <message>
        <source>After %1, the steady state takes %2 the time of the %3: %4% slower. %5</source>
        <translation>Nach %1 braucht der eingeschwungene Zustand %2 der Zeit von %3: %4 % langsamer. %5</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>× steady state</source>
        <translation>× eingeschwungen</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>The first call took %1 the steady state, calls 2–4 %2: the profiling executor records shapes in its first calls, then optimizes the graph for them.</source>
        <translation>Der erste Aufruf brauchte %1 des eingeschwungenen Zustands, die Aufrufe 2–4 %2: Der profilierende Executor zeichnet in seinen ersten Aufrufen Formen auf und optimiert den Graphen dann für sie.</translation>
    </message>
</context>
<context>
    <name>jitscope::Checkpoint</name>
    <message>
        <source>(a %1-byte integer)</source>
        <translation>(eine %1-Byte-Ganzzahl)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>its values nest more than %1 levels deep.</source>
        <translation>seine Werte sind mehr als %1 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>(contains itself)</source>
        <translation>(enthält sich selbst)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>the same tensor as %1</source>
        <translation>derselbe Tensor wie %1</translation>
    </message>
    <message>
        <source>its shape %1 overflows</source>
        <translation>seine Form %1 läuft über</translation>
    </message>
    <message>
        <source>its storage declares more than 2^63 bytes</source>
        <translation>sein Speicher gibt mehr als 2^63 Bytes an</translation>
    </message>
    <message>
        <source>%1 tensors are not read</source>
        <translation>%1-Tensoren werden nicht gelesen</translation>
    </message>
    <message>
        <source>its storage has an unknown type</source>
        <translation>sein Speicher hat einen unbekannten Typ</translation>
    </message>
    <message>
        <source>it reaches past the end of its storage of %1 elements</source>
        <translation>er reicht über das Ende seines Speichers von %1 Elementen hinaus</translation>
    </message>
    <message>
        <source>the data of its storage &apos;%1&apos; are missing</source>
        <translation>die Daten seines Speichers &apos;%1&apos; fehlen</translation>
    </message>
    <message>
        <source>its storage declares %1 of data, but the file holds %2</source>
        <translation>sein Speicher gibt %1 Daten an, die Datei enthält aber %2</translation>
    </message>
    <message>
        <source>not a PyTorch checkpoint: the zip has no data.pkl.</source>
        <translation>kein PyTorch-Checkpoint: das Zip enthält keine data.pkl.</translation>
    </message>
    <message>
        <source>a TorchScript archive, not a checkpoint: open it as a model.</source>
        <translation>ein TorchScript-Archiv, kein Checkpoint: öffnen Sie es als Modell.</translation>
    </message>
    <message>
        <source>the checkpoint is damaged: data.pkl cannot be read (%1).</source>
        <translation>der Checkpoint ist beschädigt: data.pkl kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>the checkpoint is damaged: its pickle cannot be read (%1).</source>
        <translation>der Checkpoint ist beschädigt: sein Pickle kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>its dtype %1 is not read</source>
        <translation>sein Dtype %1 wird nicht gelesen</translation>
    </message>
    <message>
        <source>file not found.</source>
        <translation>Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>not a regular file.</source>
        <translation>keine reguläre Datei.</translation>
    </message>
    <message>
        <source>not a PyTorch checkpoint: neither a torch.save() file (zip or legacy pickle) nor safetensors.</source>
        <translation>kein PyTorch-Checkpoint: weder eine torch.save()-Datei (Zip oder altes Pickle) noch safetensors.</translation>
    </message>
    <message>
        <source>torch.save (zip, PyTorch 1.6 or later)</source>
        <translation>torch.save (Zip, PyTorch 1.6 oder neuer)</translation>
    </message>
    <message>
        <source>torch.save (legacy pickle, before PyTorch 1.6)</source>
        <translation>torch.save (altes Pickle, vor PyTorch 1.6)</translation>
    </message>
    <message>
        <source>safetensors</source>
        <translation>safetensors</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is damaged: %2.</source>
        <translation>Tensor &apos;%1&apos; ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: its data were cut short.</source>
        <translation>Tensor &apos;%1&apos;: seine Daten sind abgeschnitten.</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: the values of %2 tensors are not read.</source>
        <translation>Tensor &apos;%1&apos;: die Werte von %2-Tensoren werden nicht gelesen.</translation>
    </message>
    <message>
        <source>a sparse or nested tensor: not read as a tensor; shown as the parts it was saved as</source>
        <translation>ein dünn besetzter oder verschachtelter Tensor: nicht als Tensor gelesen; gezeigt als die Teile, als die er gespeichert wurde</translation>
    </message>
    <message>
        <source>its view repeats %1 of storage into %2 (strides %3); not read</source>
        <translation>seine Ansicht wiederholt %1 Speicher zu %2 (Schrittweiten %3); nicht gelesen</translation>
    </message>
    <message>
        <source>its structure holds more than %1 values, more than JitScope reads in one file.</source>
        <translation>ihre Struktur enthält mehr als %1 Werte, mehr als JitScope aus einer Datei liest.</translation>
    </message>
    <message>
        <source>the same %1 as %2</source>
        <translation>dasselbe %1 wie %2</translation>
    </message>
    <message>
        <source>the root</source>
        <translation>die Wurzel</translation>
    </message>
    <message>
        <source>it holds more than %1 tensors, more than JitScope reads in one file.</source>
        <translation>sie enthält mehr als %1 Tensoren, mehr als JitScope aus einer Datei liest.</translation>
    </message>
    <message>
        <source>its compressed record declares %1 once inflated, its storage needs %2</source>
        <translation>sein komprimierter Eintrag gibt entpackt %1 an, sein Speicher braucht %2</translation>
    </message>
</context>
<context>
    <name>jitscope::CheckpointDiffDialog</name>
    <message>
        <source>Compare With Checkpoint</source>
        <translation>Mit Checkpoint vergleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ⟷ &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ⟷ &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>nur in %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n tensor(s) are the same.</source>
        <translation>
            <numerusform>Der %n Tensor ist gleich.</numerusform>
            <numerusform>Alle %n Tensoren sind gleich.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 the same, %2 different.</source>
        <translation>%1 gleich, %2 verschieden.</translation>
    </message>
</context>
<context>
    <name>jitscope::CheckpointPage</name>
    <message>
        <source>A checkpoint holds weights and values, no code: it was read without running anything in it. Its dicts and lists are in the Modules pane, its numbers and strings under Attributes. Double-click a tensor to look inside it. To run these weights, open a TorchScript archive of the same model and choose File → Load Weights…</source>
        <translation>Ein Checkpoint enthält Gewichte und Werte, keinen Code: Er wurde gelesen, ohne etwas darin auszuführen. Seine dicts und Listen stehen im Bereich Module, seine Zahlen und Zeichenketten unter Attribute. Doppelklicken Sie auf einen Tensor, um hineinzusehen. Um diese Gewichte auszuführen, öffnen Sie ein TorchScript-Archiv desselben Modells und wählen Sie Datei → Gewichte laden…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n Tensor</numerusform>
            <numerusform>%n Tensoren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>%1 of data</source>
        <translation>%1 Daten</translation>
    </message>
    <message>
        <source>%1 on disk</source>
        <translation>%1 auf dem Datenträger</translation>
    </message>
    <message>
        <source>saved on %1</source>
        <translation>gespeichert auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n zip entries</source>
        <translation>
            <numerusform>%n Zip-Eintrag</numerusform>
            <numerusform>%n Zip-Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::Cli</name>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>missing FILE.</source>
        <translation>FILE fehlt.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--class and --method exclude each other.</source>
        <translation>--class und --method schließen einander aus.</translation>
    </message>
    <message>
        <source>Run &apos;jitscope-cli --help&apos; for usage.</source>
        <translation>Rufen Sie &apos;jitscope-cli --help&apos; auf, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>Run &apos;jitscope-cli %1 --help&apos; for usage.</source>
        <translation>Rufen Sie &apos;jitscope-cli %1 --help&apos; auf, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: use svg, png, dot or json.</source>
        <translation>unbekanntes Format &apos;%1&apos;: Verwenden Sie svg, png, dot oder json.</translation>
    </message>
    <message>
        <source>--format %1 needs -o OUT.</source>
        <translation>--format %1 benötigt -o OUT.</translation>
    </message>
    <message>
        <source>--scale needs a positive number.</source>
        <translation>--scale benötigt eine positive Zahl.</translation>
    </message>
    <message>
        <source>--expand depth:N needs a whole number N &gt;= 0, not &apos;%1&apos;.</source>
        <translation>--expand depth:N benötigt eine ganze Zahl N &gt;= 0, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>missing COMMAND: %1.</source>
        <translation>COMMAND fehlt: %1.</translation>
    </message>
    <message>
        <source>--serve reads the paths from standard input; it takes no FILE.</source>
        <translation>--serve liest die Pfade von der Standardeingabe; es nimmt keine FILE.</translation>
    </message>
    <message>
        <source>--bytecode shows every method; it takes no --class or --module.</source>
        <translation>--bytecode zeigt jede Methode; es nimmt kein --class oder --module.</translation>
    </message>
    <message>
        <source>%1 holds no bytecode: it was saved with torch.jit.save, not for the lite interpreter (jitscope-cli lite writes a .ptl that does).</source>
        <translation>%1 enthält keinen Bytecode: es wurde mit torch.jit.save gespeichert, nicht für den Lite-Interpreter (jitscope-cli lite schreibt eine .ptl, die ihn enthält).</translation>
    </message>
</context>
<context>
    <name>jitscope::CliCheckpoint</name>
    <message>
        <source>(damaged: %1)</source>
        <translation>(beschädigt: %1)</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n zip entries</source>
        <translation>
            <numerusform>%1, %n Zip-Eintrag</numerusform>
            <numerusform>%1, %n Zip-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>saved on %1</source>
        <translation>gespeichert auf %1</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>Tensoren</translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s), %1 elements, %2 of data</source>
        <translation>
            <numerusform>%n Tensor, %1 Elemente, %2 Daten</numerusform>
            <numerusform>%n Tensoren, %1 Elemente, %2 Daten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged: never read</source>
        <translation>
            <numerusform>%n beschädigt: nie gelesen</numerusform>
            <numerusform>%n beschädigt: nie gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>NaN %1  Inf %2</source>
        <translation>NaN %1  Inf %2</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <source>(state of %1)</source>
        <translation>(Zustand von %1)</translation>
    </message>
</context>
<context>
    <name>jitscope::CliDeploy</name>
    <message>
        <source>%1  %2  %3  %4
</source>
        <translation>%1  %2  %3  %4
</translation>
    </message>
    <message>
        <source>original ms</source>
        <translation>Original ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>first call</source>
        <translation>1. Aufruf</translation>
    </message>
    <message>
        <source>calls 2–4</source>
        <translation>Aufrufe 2–4</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>%1: %2
%3
</source>
        <translation>%1: %2
%3
</translation>
    </message>
    <message>
        <source>%1: %2 → %3
</source>
        <translation>%1: %2 → %3
</translation>
    </message>
    <message>
        <source>forward: %1 nodes → %2; %3 parameters → %4
</source>
        <translation>forward: %1 Knoten → %2; %3 Parameter → %4
</translation>
    </message>
    <message>
        <source>Outputs agree (max abs difference %1).
</source>
        <translation>Die Ausgaben stimmen überein (max. abs. Differenz %1).
</translation>
    </message>
    <message>
        <source>Outputs differ (max abs difference %1)%2.
</source>
        <translation>Die Ausgaben weichen ab (max. abs. Differenz %1)%2.
</translation>
    </message>
    <message numerus="yes">
        <source>No single node parts them beyond the tolerance (%n node(s) compared).
</source>
        <translation>
            <numerusform>Kein einzelner Knoten trennt sie über die Toleranz hinaus (%n Knoten verglichen).
</numerusform>
            <numerusform>Kein einzelner Knoten trennt sie über die Toleranz hinaus (%n Knoten verglichen).
</numerusform>
        </translation>
    </message>
    <message>
        <source>They part ways at %1 %2%3 (max abs %4).
</source>
        <translation>Sie gehen auseinander bei %1 %2%3 (max. abs. %4).
</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>choose one of --freeze, --inference and --mobile.</source>
        <translation>wählen Sie eine der Optionen --freeze, --inference und --mobile.</translation>
    </message>
    <message>
        <source>missing FILE.</source>
        <translation>FILE fehlt.</translation>
    </message>
    <message>
        <source>missing -o OUT.pt.</source>
        <translation>-o OUT.pt fehlt.</translation>
    </message>
    <message>
        <source>--calls needs a whole number from 1 to 10000.</source>
        <translation>--calls benötigt eine ganze Zahl von 1 bis 10000.</translation>
    </message>
    <message>
        <source>missing -o OUT.ptl.</source>
        <translation>-o OUT.ptl fehlt.</translation>
    </message>
    <message>
        <source>--bytecode-version needs a whole number.</source>
        <translation>--bytecode-version benötigt eine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: bytecode version %2%3; methods %4
</source>
        <translation>%1: Bytecode-Version %2%3; Methoden %4
</translation>
    </message>
    <message>
        <source> (backported from %1)</source>
        <translation> (zurückportiert von %1)</translation>
    </message>
    <message>
        <source>The lite interpreter&apos;s output agrees with the full module&apos;s (%1, max abs difference %2).
</source>
        <translation>Die Ausgabe des Lite-Interpreters stimmt mit der des vollständigen Moduls überein (%1, max. abs. Differenz %2).
</translation>
    </message>
    <message>
        <source>The lite interpreter&apos;s output differs from the full module&apos;s (max abs difference %1).
</source>
        <translation>Die Ausgabe des Lite-Interpreters weicht von der des vollständigen Moduls ab (max. abs. Differenz %1).
</translation>
    </message>
    <message>
        <source>ops takes one FILE.</source>
        <translation>ops erwartet genau ein FILE.</translation>
    </message>
    <message>
        <source>--target-bytecode needs a whole number.</source>
        <translation>--target-bytecode benötigt eine ganze Zahl.</translation>
    </message>
    <message>
        <source>It runs on the target.
</source>
        <translation>Es läuft auf dem Ziel.
</translation>
    </message>
    <message>
        <source>It does not run on the target:
  %1
</source>
        <translation>Es läuft nicht auf dem Ziel:
  %1
</translation>
    </message>
    <message>
        <source>lint takes one FILE.</source>
        <translation>lint erwartet genau ein FILE.</translation>
    </message>
    <message>
        <source>%1 calls of %2, from a cold start:
</source>
        <translation>%1 Aufrufe von %2, ab einem Kaltstart:
</translation>
    </message>
    <message>
        <source>  call %1  %2 ms  %3× steady
</source>
        <translation>  Aufruf %1  %2 ms  %3× stabil
</translation>
    </message>
    <message>
        <source>Steady state %1 ms. The executor ran a graph of %2 nodes (the saved one, inlined: %3).
</source>
        <translation>Eingeschwungener Zustand %1 ms. Der Executor führte einen Graphen mit %2 Knoten aus (der gespeicherte, eingebettet: %3).
</translation>
    </message>
    <message>
        <source>Where they part ways is not searched after --eval: the search loads FILE in the mode it was saved in.
</source>
        <translation>Wo sie auseinandergehen, wird nach --eval nicht gesucht: Die Suche lädt FILE in dem Modus, in dem es gespeichert wurde.
</translation>
    </message>
</context>
<context>
    <name>jitscope::CliDiff</name>
    <message>
        <source>%1  ⟷  %2
</source>
        <translation>%1  ⟷  %2
</translation>
    </message>
    <message>
        <source>Graph: %1 matched, %2 changed, %3 only left, %4 only right
</source>
        <translation>Graph: %1 übereinstimmend, %2 geändert, %3 nur links, %4 nur rechts
</translation>
    </message>
    <message>
        <source>
Code: the same.
</source>
        <translation>
Code: gleich.
</translation>
    </message>
    <message>
        <source>
Code:
</source>
        <translation>
Code:
</translation>
    </message>
    <message>
        <source>
Outputs on the same inputs:
</source>
        <translation>
Ausgaben bei gleichen Eingaben:
</translation>
    </message>
    <message>
        <source>diff needs two archives, A.pt and B.pt.</source>
        <translation>diff benötigt zwei Archive, A.pt und B.pt.</translation>
    </message>
    <message>
        <source>--inputs needs at least one value expression.</source>
        <translation>--inputs benötigt mindestens einen Werteausdruck.</translation>
    </message>
    <message>
        <source>%1: %2 the same, %3 different
</source>
        <translation>%1: %2 gleich, %3 verschieden
</translation>
    </message>
    <message>
        <source>Parameters and buffers</source>
        <translation>Parameter und Buffer</translation>
    </message>
    <message>
        <source>Tensors</source>
        <translation>Tensoren</translation>
    </message>
    <message>
        <source>--inputs runs both sides, and %1 is a checkpoint: it holds weights and no code to run.</source>
        <translation>--inputs führt beide Seiten aus, und %1 ist ein Checkpoint: Er enthält Gewichte und keinen ausführbaren Code.</translation>
    </message>
    <message>
        <source>
The models part ways at %1 %2%3, output %%4:
</source>
        <translation>
Die Modelle gehen auseinander bei %1 %2%3, Ausgabe %%4:
</translation>
    </message>
    <message>
        <source>  max abs %1  max rel %2 (atol %3, rtol %4)
</source>
        <translation>  max. abs. %1  max. rel. %2 (atol %3, rtol %4)
</translation>
    </message>
    <message>
        <source>min %1  max %2  mean %3  std %4</source>
        <translation>Min. %1  Max. %2  Mittel %3  Std. %4</translation>
    </message>
    <message>
        <source>  left:  %1
  right: %2
</source>
        <translation>  links:  %1
  rechts: %2
</translation>
    </message>
    <message>
        <source>--%1 needs a number &gt;= 0.</source>
        <translation>--%1 braucht eine Zahl &gt;= 0.</translation>
    </message>
    <message numerus="yes">
        <source>
Every matched node&apos;s outputs agree (%n node(s) compared, atol %1, rtol %2).
</source>
        <translation>
            <numerusform>
Die Ausgaben aller zugeordneten Knoten stimmen überein (%n Knoten verglichen, atol %1, rtol %2).
</numerusform>
            <numerusform>
Die Ausgaben aller zugeordneten Knoten stimmen überein (%n Knoten verglichen, atol %1, rtol %2).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::CliInvoke</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;jitscope-cli %1 --help&apos; for usage.</source>
        <translation>Rufen Sie &apos;jitscope-cli %1 --help&apos; auf, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>latency: median %1 ms, p90 %2 ms, min %3 ms over %4 calls
</source>
        <translation>Latenz: Median %1 ms, p90 %2 ms, Minimum %3 ms über %4 Aufrufe
</translation>
    </message>
    <message>
        <source>latency: %1 ms
</source>
        <translation>Latenz: %1 ms
</translation>
    </message>
    <message>
        <source>missing FILE or METHOD.</source>
        <translation>FILE oder METHOD fehlt.</translation>
    </message>
    <message>
        <source>--train and --eval exclude each other.</source>
        <translation>--train und --eval schließen einander aus.</translation>
    </message>
    <message>
        <source>--repeat needs a whole number &gt;= 1.</source>
        <translation>--repeat benötigt eine ganze Zahl &gt;= 1.</translation>
    </message>
    <message>
        <source>--max-values needs a whole number &gt;= 0.</source>
        <translation>--max-values benötigt eine ganze Zahl &gt;= 0.</translation>
    </message>
    <message>
        <source>missing SOURCE or FUNCTION.</source>
        <translation>SOURCE oder FUNCTION fehlt.</translation>
    </message>
    <message>
        <source>jitscope-cli: %1: no such file, and not TorchScript source either.
</source>
        <translation>jitscope-cli: %1: keine solche Datei und auch kein TorchScript-Quelltext.
</translation>
    </message>
    <message>
        <source>--map-location needs a device: cpu or cuda:N.</source>
        <translation>--map-location benötigt ein Gerät: cpu oder cuda:N.</translation>
    </message>
    <message>
        <source>(--verbose shows libtorch&apos;s own message)
</source>
        <translation>(--verbose zeigt die Meldung von libtorch selbst)
</translation>
    </message>
    <message>
        <source>--ops-library needs the path of a shared library.</source>
        <translation>--ops-library benötigt den Pfad einer gemeinsam genutzten Bibliothek.</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>bei %1: %2</translation>
    </message>
    <message>
        <source>(--verbose shows the TorchScript traceback)
</source>
        <translation>(--verbose zeigt den TorchScript-Traceback)
</translation>
    </message>
</context>
<context>
    <name>jitscope::CliObserve</name>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>
Total: %1 parameters, %2 MACs</source>
        <translation>
Gesamt: %1 Parameter, %2 MACs</translation>
    </message>
    <message numerus="yes">
        <source>, %1 (median of %n timed run(s) after a warm-up)</source>
        <translation>
            <numerusform>, %1 (Median von %n gemessenen Lauf nach einem Aufwärmlauf)</numerusform>
            <numerusform>, %1 (Median von %n gemessenen Läufen nach einem Aufwärmlauf)</numerusform>
        </translation>
    </message>
    <message>
        <source>
Slowest ops (self time, share of the call):
</source>
        <translation>
Langsamste Ops (eigene Zeit, Anteil am Aufruf):
</translation>
    </message>
    <message>
        <source>
Values with NaN or Inf, in the order computed:
</source>
        <translation>
Werte mit NaN oder Inf, in der Reihenfolge ihrer Berechnung:
</translation>
    </message>
    <message numerus="yes">
        <source>
%n value(s) recorded</source>
        <translation>
            <numerusform>
%n Wert aufgezeichnet</numerusform>
            <numerusform>
%n Werte aufgezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of tensors kept</source>
        <translation>, %1 an Tensoren behalten</translation>
    </message>
    <message numerus="yes">
        <source>, %n over the budget (statistics only)</source>
        <translation>
            <numerusform>, %n über dem Budget (nur Statistik)</numerusform>
            <numerusform>, %n über dem Budget (nur Statistik)</numerusform>
        </translation>
    </message>
    <message>
        <source>
Outputs:
</source>
        <translation>
Ausgaben:
</translation>
    </message>
    <message>
        <source>missing FILE.</source>
        <translation>DATEI fehlt.</translation>
    </message>
    <message>
        <source>--repeat needs a whole number &gt;= 0.</source>
        <translation>--repeat braucht eine ganze Zahl &gt;= 0.</translation>
    </message>
    <message>
        <source>--keep-budget needs a number of MiB &gt;= 0.</source>
        <translation>--keep-budget braucht eine Anzahl MiB &gt;= 0.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Time: %1.
</source>
        <translation>Zeit: %1.
</translation>
    </message>
    <message>
        <source>(in node %1; what ran before it is recorded above)</source>
        <translation>(im Knoten %1; was davor lief, steht oben)</translation>
    </message>
</context>
<context>
    <name>jitscope::CliText</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>grad</source>
        <translation>grad</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>std</source>
        <translation>std</translation>
    </message>
    <message>
        <source>nan</source>
        <translation>nan</translation>
    </message>
    <message>
        <source>inf</source>
        <translation>inf</translation>
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
        <translation>Archiv        %1
</translation>
    </message>
    <message>
        <source>Size         %1, file format version %2 (libtorch %3 reads up to %4)
</source>
        <translation>Größe         %1, Dateiformatversion %2 (libtorch %3 liest bis %4)
</translation>
    </message>
    <message>
        <source>Entries      %1 in &apos;%2/&apos;
</source>
        <translation>Einträge      %1 in &apos;%2/&apos;
</translation>
    </message>
    <message>
        <source>Extra files  %1
</source>
        <translation>Zusatzdateien %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Parameters   %1 tensors, %2 elements, %3
</source>
        <translation>Parameter     %1 Tensoren, %2 Elemente, %3
</translation>
    </message>
    <message>
        <source>Buffers      %1 tensors, %2
</source>
        <translation>Buffer        %1 Tensoren, %2
</translation>
    </message>
    <message>
        <source>
Modules (%1)
</source>
        <translation>
Module (%1)
</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>Eval</translation>
    </message>
    <message>
        <source>
Parameters (%1)
</source>
        <translation>
Parameter (%1)
</translation>
    </message>
    <message>
        <source>
Buffers (%1)
</source>
        <translation>
Buffer (%1)
</translation>
    </message>
    <message>
        <source>
Attributes (%1)
</source>
        <translation>
Attribute (%1)
</translation>
    </message>
    <message>
        <source>
Methods (%1)
</source>
        <translation>
Methoden (%1)
</translation>
    </message>
    <message>
        <source>Device       saved on %1, opened on %2
</source>
        <translation>Gerät         gespeichert auf %1, geöffnet auf %2
</translation>
    </message>
    <message>
        <source>Device       saved on %1
</source>
        <translation>Gerät         gespeichert auf %1
</translation>
    </message>
</context>
<context>
    <name>jitscope::CliTrain</name>
    <message>
        <source>train needs one FILE.</source>
        <translation>train benötigt genau ein FILE-Argument.</translation>
    </message>
    <message>
        <source>missing -o OUT.pt: where the trained module goes.</source>
        <translation>-o OUT.pt fehlt: wohin das trainierte Modul geschrieben wird.</translation>
    </message>
    <message>
        <source>--lr, --momentum and --weight-decay take numbers.</source>
        <translation>--lr, --momentum und --weight-decay erwarten Zahlen.</translation>
    </message>
    <message>
        <source>--steps, --batch-size and --seed take whole numbers.</source>
        <translation>--steps, --batch-size und --seed erwarten ganze Zahlen.</translation>
    </message>
    <message>
        <source>--train and --eval exclude each other.</source>
        <translation>--train und --eval schließen einander aus.</translation>
    </message>
    <message>
        <source>final loss %1 after %2 step(s); saved %3
</source>
        <translation>finaler Loss %1 nach %2 Schritt(en); %3 gespeichert
</translation>
    </message>
</context>
<context>
    <name>jitscope::CliWeights</name>
    <message>
        <source>Weights from %1%2: %3
</source>
        <translation>Gewichte aus %1%2: %3
</translation>
    </message>
    <message>
        <source>, keys without &apos;%1&apos;</source>
        <translation>, Schlüssel ohne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>  missing         %1  %2 %3
</source>
        <translation>  fehlt           %1  %2 %3
</translation>
    </message>
    <message>
        <source>  unexpected      %1  %2 %3
</source>
        <translation>  unerwartet      %1  %2 %3
</translation>
    </message>
    <message>
        <source>  shape mismatch  %1  module %2, checkpoint %3
</source>
        <translation>  Form abweichend %1  Modul %2, Checkpoint %3
</translation>
    </message>
    <message>
        <source>The matched tensors hold the module&apos;s values already.
</source>
        <translation>Die zugeordneten Tensoren enthalten bereits die Werte des Moduls.
</translation>
    </message>
    <message>
        <source>%1 of the %2 matched tensors differ from the module&apos;s (max |Δ| %3).
</source>
        <translation>%1 der %2 zugeordneten Tensoren weichen von denen des Moduls ab (max. |Δ| %3).
</translation>
    </message>
    <message>
        <source>load-weights needs an ARCHIVE and a CHECKPOINT.</source>
        <translation>load-weights braucht ein ARCHIV und einen CHECKPOINT.</translation>
    </message>
    <message>
        <source>missing -o OUT.pt: where the archive with the new weights goes.</source>
        <translation>-o OUT.pt fehlt: wohin das Archiv mit den neuen Gewichten geschrieben wird.</translation>
    </message>
    <message>
        <source>%1 is not a checkpoint (a torch.save file or a safetensors file); load-weights takes its weights from one.</source>
        <translation>%1 ist kein Checkpoint (eine torch.save- oder safetensors-Datei); load-weights nimmt die Gewichte aus einem solchen.</translation>
    </message>
    <message>
        <source>%1 is a checkpoint, not a TorchScript archive: load-weights puts a checkpoint&apos;s weights into an archive&apos;s module.</source>
        <translation>%1 ist ein Checkpoint, kein TorchScript-Archiv: load-weights lädt die Gewichte eines Checkpoints in das Modul eines Archivs.</translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <source>the weights were not loaded: %1. Nothing was written.</source>
        <translation>die Gewichte wurden nicht geladen: %1. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>jitscope::CodePage</name>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Inlined graph</source>
        <translation>Eingebetteter Graph</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.%2&lt;/b&gt; · %3</source>
        <translation>&lt;b&gt;%1.%2&lt;/b&gt; · %3</translation>
    </message>
    <message>
        <source>inlined graph</source>
        <translation>eingebetteter Graph</translation>
    </message>
    <message>
        <source>graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · class %2 · all methods</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Klasse %2 · alle Methoden</translation>
    </message>
    <message>
        <source>This module has no methods, so it has no graph.</source>
        <translation>Dieses Modul hat keine Methoden und daher keinen Graphen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.%2&lt;/b&gt; · where &lt;i&gt;%3&lt;/i&gt; is</source>
        <translation>&lt;b&gt;%1.%2&lt;/b&gt; · wo &lt;i&gt;%3&lt;/i&gt; steht</translation>
    </message>
    <message>
        <source>Graph: method.graph, calls into submodules stay calls.
Inlined graph: method.inlined_graph, every call inlined.
Lite bytecode (a .ptl): the lite interpreter&apos;s instructions, read from bytecode.pkl.</source>
        <translation>Graph: method.graph, Aufrufe in Submodule bleiben Aufrufe.
Eingebetteter Graph: method.inlined_graph, jeder Aufruf eingebettet.
Lite-Bytecode (eine .ptl): die Instruktionen des Lite-Interpreters, aus bytecode.pkl gelesen.</translation>
    </message>
    <message>
        <source>Lite bytecode</source>
        <translation>Lite-Bytecode</translation>
    </message>
    <message>
        <source>lite interpreter bytecode</source>
        <translation>Bytecode des Lite-Interpreters</translation>
    </message>
</context>
<context>
    <name>jitscope::CommandLine</name>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Submodule path, as in named_modules() (features.0); default: the root module.</source>
        <translation>Submodulpfad wie in named_modules() (features.0); Standard: das Wurzelmodul.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Method name; default: forward.</source>
        <translation>Methodenname; Standard: forward.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>Move the module to device D (cpu, cuda, cuda:N) first. CUDA needs a libtorch built with it and a GPU; otherwise the command says why it cannot.</source>
        <translation>Das Modul zuerst auf das Gerät D (cpu, cuda, cuda:N) verschieben. CUDA erfordert eine mit CUDA gebaute libtorch und eine GPU; andernfalls meldet der Befehl, warum es nicht geht.</translation>
    </message>
    <message>
        <source>Switch the module to training mode first (module.train()).</source>
        <translation>Das Modul zuerst in den Trainingsmodus schalten (module.train()).</translation>
    </message>
    <message>
        <source>Switch the module to evaluation mode first (module.eval()).</source>
        <translation>Das Modul zuerst in den Evaluierungsmodus schalten (module.eval()).</translation>
    </message>
    <message>
        <source>ARGs are value expressions, in the method&apos;s argument order, or NAME=VALUE:
  3  -2.5  True  None  &quot;text&quot;  (a, b)  [1, 2]  {&quot;gain&quot;: 2.0}
  randn(1, 3, 224, 224)  zeros(10, dtype=float64)  full((2, 3), 7)  arange(10)  eye(3)
  randint(0, 10, (4,))  tensor([[1, 2], [3, 4]], dtype=int64)  load(&quot;x.npy&quot;)  load(&quot;t.pt&quot;)</source>
        <translation>ARGs sind Werteausdrücke in der Argumentreihenfolge der Methode oder NAME=VALUE:
  3  -2.5  True  None  &quot;text&quot;  (a, b)  [1, 2]  {&quot;gain&quot;: 2.0}
  randn(1, 3, 224, 224)  zeros(10, dtype=float64)  full((2, 3), 7)  arange(10)  eye(3)
  randint(0, 10, (4,))  tensor([[1, 2], [3, 4]], dtype=int64)  load(&quot;x.npy&quot;)  load(&quot;t.pt&quot;)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>modules, parameters, buffers, attributes, methods and archive facts</source>
        <translation>Module, Parameter, Buffer, Attribute, Methoden und Archivangaben</translation>
    </message>
    <message>
        <source>Prints the archive&apos;s facts (format version, entries, sizes, the device it was saved on), its modules, parameters, buffers, attributes and methods as aligned text, or as JSON with --json.</source>
        <translation>Gibt die Angaben zum Archiv (Formatversion, Einträge, Größen, das Gerät, auf dem es gespeichert wurde) sowie seine Module, Parameter, Buffer, Attribute und Methoden als ausgerichteten Text aus, mit --json als JSON.</translation>
    </message>
    <message>
        <source>Add min, max, mean, std and NaN/Inf counts of every tensor.</source>
        <translation>min, max, Mittel, std und die Anzahl der NaN-/Inf-Werte jedes Tensors hinzufügen.</translation>
    </message>
    <message>
        <source>TorchScript code, as Python&apos;s module.code</source>
        <translation>TorchScript-Code, wie module.code in Python</translation>
    </message>
    <message>
        <source>Print the module class&apos;s whole code (excludes --method).</source>
        <translation>Den gesamten Code der Modulklasse ausgeben (schließt --method aus).</translation>
    </message>
    <message>
        <source>IR graph, as Python&apos;s module.M.graph</source>
        <translation>IR-Graph, wie module.M.graph in Python</translation>
    </message>
    <message>
        <source>Prints exactly what print(module.M.graph) prints in Python (forward by default), or print(module.M.inlined_graph) with --inlined.</source>
        <translation>Gibt genau das aus, was print(module.M.graph) in Python ausgibt (standardmäßig für forward), oder mit --inlined das, was print(module.M.inlined_graph) ausgibt.</translation>
    </message>
    <message>
        <source>Print the inlined graph (module.M.inlined_graph).</source>
        <translation>Den eingebetteten Graphen ausgeben (module.M.inlined_graph).</translation>
    </message>
    <message>
        <source>the method&apos;s graph, laid out: JSON, DOT, SVG or PNG</source>
        <translation>der Graph der Methode, angeordnet: JSON, DOT, SVG oder PNG</translation>
    </message>
    <message>
        <source>Lays out the method&apos;s graph as the window&apos;s Graph tab does and writes it as JSON (the default, to standard output), Graphviz DOT (groups as clusters), SVG or PNG. Calls that only pass the work on (forward -&gt; _forward_impl) open by themselves, as in the window&apos;s first view.</source>
        <translation>Ordnet den Graphen der Methode so an wie der Reiter Graph im Fenster und schreibt ihn als JSON (Standard, auf die Standardausgabe), Graphviz-DOT (Gruppen als Cluster), SVG oder PNG. Aufrufe, die die Arbeit nur weiterreichen (forward -&gt; _forward_impl), klappen von selbst auf, wie in der ersten Ansicht des Fensters.</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <source>Calls to expand in place: none (the default), all, depth:N, or expand keys separated by commas, as the JSON&apos;s &quot;expandable&quot; lists them (features:forward,head:forward).</source>
        <translation>An Ort und Stelle aufzuklappende Aufrufe: none (Standard), all, depth:N oder durch Kommas getrennte Aufklapp-Schlüssel, wie sie &quot;expandable&quot; im JSON auflistet (features:forward,head:forward).</translation>
    </message>
    <message>
        <source>Calls to keep as one box although they only pass the work on: expand keys separated by commas, or all.</source>
        <translation>Aufrufe, die als ein Kasten bleiben, obwohl sie die Arbeit nur weiterreichen: durch Kommas getrennte Aufklapp-Schlüssel oder all.</translation>
    </message>
    <message>
        <source>Keep constants, attribute reads, input checks and selects as nodes of their own.</source>
        <translation>Konstanten, Attributzugriffe, Eingabeprüfungen und Auswahlen als eigene Knoten behalten.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>svg, png, dot or json; default: from OUT&apos;s extension, else json.</source>
        <translation>svg, png, dot oder json; Standard: aus der Endung von OUT, sonst json.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Write to OUT; default: standard output (dot and json only).</source>
        <translation>Nach OUT schreiben; Standard: Standardausgabe (nur dot und json).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>PNG pixels per point; default 2.</source>
        <translation>PNG-Pixel pro Punkt; Standard 2.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Convert the module&apos;s floating-point parameters and buffers to T (float32, float64, float16, bfloat16) first, as Module.to(dtype).</source>
        <translation>Die Gleitkomma-Parameter und -Buffer des Moduls zuerst nach T (float32, float64, float16, bfloat16) umwandeln, wie Module.to(dtype).</translation>
    </message>
    <message>
        <source>Run N times and print the median, 90th percentile and minimum time.</source>
        <translation>N-mal ausführen und Median, 90. Perzentil und minimale Zeit ausgeben.</translation>
    </message>
    <message>
        <source>FILE METHOD [ARG...]</source>
        <translation>FILE METHOD [ARG...]</translation>
    </message>
    <message>
        <source>run a method with value-expression arguments</source>
        <translation>eine Methode mit Werteausdrücken als Argumenten ausführen</translation>
    </message>
    <message>
        <source>Runs METHOD (forward or any @torch.jit.export method) of the root module or of --module PATH and prints the result and its latency.

</source>
        <translation>Führt METHOD (forward oder eine beliebige @torch.jit.export-Methode) des Wurzelmoduls oder von --module PATH aus und gibt das Ergebnis und seine Latenz aus.

</translation>
    </message>
    <message>
        <source>SOURCE FUNCTION [ARG...]</source>
        <translation>SOURCE FUNCTION [ARG...]</translation>
    </message>
    <message>
        <source>compile TorchScript source and run one of its functions</source>
        <translation>TorchScript-Quelltext kompilieren und eine seiner Funktionen ausführen</translation>
    </message>
    <message>
        <source>SOURCE is a file of TorchScript functions (or the source text itself); FUNCTION is called with ARGs, value expressions as for invoke.</source>
        <translation>SOURCE ist eine Datei mit TorchScript-Funktionen (oder der Quelltext selbst); FUNCTION wird mit ARGs aufgerufen, Werteausdrücken wie bei invoke.</translation>
    </message>
    <message>
        <source>A.pt B.pt</source>
        <translation>A.pt B.pt</translation>
    </message>
    <message>
        <source>structural graph, code, parameter and output diff</source>
        <translation>struktureller Diff von Graph, Code, Parametern und Ausgaben</translation>
    </message>
    <message>
        <source>B&apos;s submodule; default: the same as --module.</source>
        <translation>Submodul von B; Standard: dasselbe wie --module.</translation>
    </message>
    <message>
        <source>B&apos;s method; default: the same as --method.</source>
        <translation>Methode von B; Standard: dieselbe wie --method.</translation>
    </message>
    <message>
        <source>Keep module calls as single nodes.</source>
        <translation>Modulaufrufe als einzelne Knoten belassen.</translation>
    </message>
    <message>
        <source>ARG...</source>
        <translation>ARG...</translation>
    </message>
    <message>
        <source>Run both sides on these value expressions and compare their outputs; everything after --inputs is an input.</source>
        <translation>Beide Seiten mit diesen Werteausdrücken ausführen und ihre Ausgaben vergleichen; alles nach --inputs ist eine Eingabe.</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>A value expression for the method&apos;s next argument (load(&quot;x.npy&quot;), randn(8, 4)); repeat it for each argument.</source>
        <translation>Ein Werteausdruck für das nächste Argument der Methode (load(&quot;x.npy&quot;), randn(8, 4)); für jedes Argument wiederholen.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Cut the tensors whose first dimension is the dataset&apos;s into shuffled mini-batches of B.</source>
        <translation>Die Tensoren, deren erste Dimension die des Datensatzes ist, in gemischte Mini-Batches der Größe B aufteilen.</translation>
    </message>
    <message>
        <source>Keep the parameters under PATH fixed; repeatable.</source>
        <translation>Die Parameter unter PATH einfrieren; wiederholbar.</translation>
    </message>
    <message>
        <source>Nesterov momentum (sgd).</source>
        <translation>Nesterov-Momentum (sgd).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Take the mini-batches in order.</source>
        <translation>Die Mini-Batches der Reihe nach verwenden.</translation>
    </message>
    <message>
        <source>Random seed for shuffling and random factories.</source>
        <translation>Zufallsstartwert (Seed) für das Mischen und die Zufallsfunktionen.</translation>
    </message>
    <message>
        <source>OUT.pt</source>
        <translation>OUT.pt</translation>
    </message>
    <message>
        <source>Where to save the trained module (required).</source>
        <translation>Wohin das trainierte Modul gespeichert wird (erforderlich).</translation>
    </message>
    <message>
        <source>training steps, then the trained module saved</source>
        <translation>Trainingsschritte, danach wird das trainierte Modul gespeichert</translation>
    </message>
    <message>
        <source>Runs training steps on the module and prints each step&apos;s loss, gradient norm and time. The module is saved to OUT.pt (with the archive&apos;s extra files) only when every step was finite: a NaN or Inf loss or gradient exits 1 and writes nothing.</source>
        <translation>Führt Trainingsschritte am Modul aus und gibt für jeden Schritt Loss, Gradientennorm und Zeit aus. Das Modul wird nur dann in OUT.pt gespeichert (mit den Zusatzdateien des Archivs), wenn jeder Schritt endlich war: Ein Loss oder Gradient mit NaN oder Inf beendet den Befehl mit Status 1, und nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>load each archive&apos;s code in this process and say ok or why not</source>
        <translation>den Code jedes Archivs in diesem Prozess laden und ok oder den Grund der Ablehnung melden</translation>
    </message>
    <message>
        <source>Loads each archive&apos;s code with its tensors left empty and prints &quot;ok&quot; or the refusal. The window runs it as its crash guard (check --serve, which answers numbered paths on standard input), so that an archive that crashes libtorch ends this process and not the window.</source>
        <translation>Lädt den Code jedes Archivs, ohne seine Tensoren zu füllen, und gibt &quot;ok&quot; oder die Ablehnung aus. Das Fenster nutzt diesen Befehl als Absturzschutz (check --serve, das nummerierte Pfade auf der Standardeingabe beantwortet), damit ein Archiv, das libtorch zum Absturz bringt, diesen Prozess beendet und nicht das Fenster.</translation>
    </message>
    <message>
        <source>Answer each line &quot;N PATH&quot; of standard input with &quot;N ok&quot; or &quot;N refused: MESSAGE&quot; until the input ends.</source>
        <translation>Jede Zeile &quot;N PATH&quot; der Standardeingabe mit &quot;N ok&quot; oder &quot;N refused: MESSAGE&quot; beantworten, bis die Eingabe endet.</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <source>Load the archive&apos;s tensors onto DEVICE (cpu, cuda:N). Without it, a model saved on a GPU this machine lacks opens on the CPU.</source>
        <translation>Die Tensoren des Archivs auf DEVICE (cpu, cuda:N) laden. Ohne diese Option wird ein Modell, das auf einer GPU gespeichert wurde, die dieser Rechner nicht hat, auf der CPU geöffnet.</translation>
    </message>
    <message>
        <source>Print libtorch&apos;s whole message under a refusal.</source>
        <translation>Bei einer Ablehnung die vollständige Meldung von libtorch darunter ausgeben.</translation>
    </message>
    <message>
        <source>Load an operator library first (torchvision&apos;s _C*.so for torchvision::nms), as torch.ops.load_library does; repeatable.</source>
        <translation>Zuerst eine Operator-Bibliothek laden (die _C*.so von torchvision für torchvision::nms), wie es torch.ops.load_library tut; wiederholbar.</translation>
    </message>
    <message>
        <source>Inspects TorchScript archives (.pt files written by torch.jit.save) without Python: prints their modules, parameters, code and IR, lays out and draws their graphs, runs their methods, compares two archives and trains them. Standard output holds only the command&apos;s answer; what a model&apos;s code print()s goes to standard error, so --json output stays valid JSON.</source>
        <translation>Untersucht TorchScript-Archive (von torch.jit.save geschriebene .pt-Dateien) ohne Python: gibt ihre Module, Parameter, ihren Code und ihre IR aus, ordnet ihre Graphen an und zeichnet sie, führt ihre Methoden aus, vergleicht zwei Archive und trainiert sie. Die Standardausgabe enthält nur die Antwort des Befehls; was der Code eines Modells mit print() ausgibt, geht auf die Standardfehlerausgabe, sodass die Ausgabe von --json gültiges JSON bleibt.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the file or the request cannot be used (the message is on standard error), 2 a usage error.</source>
        <translation>Exit-Status: 0 Erfolg, 1 die Datei oder die Anfrage kann nicht verwendet werden (die Meldung steht auf der Standardfehlerausgabe), 2 ein Aufruffehler.</translation>
    </message>
    <message>
        <source>Usage: jitscope-cli COMMAND ARGUMENTS [OPTIONS]</source>
        <translation>Verwendung: jitscope-cli COMMAND ARGUMENTS [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Every command also takes:</source>
        <translation>Jeder Befehl akzeptiert außerdem:</translation>
    </message>
    <message>
        <source>Usage: jitscope-cli %1 %2 [OPTIONS]</source>
        <translation>Verwendung: jitscope-cli %1 %2 [OPTIONS]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Desktop explorer for TorchScript archives: the module tree, parameters, methods, code and IR graphs, drawn; runs methods, compares two graphs and trains.</source>
        <translation>Desktop-Explorer für TorchScript-Archive: Modulbaum, Parameter, Methoden, Code und IR-Graphen, gezeichnet; führt Methoden aus, vergleicht zwei Graphen und trainiert.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FILE...]</translation>
    </message>
    <message>
        <source>TorchScript archives to open, one window each.</source>
        <translation>TorchScript-Archive zum Öffnen, jeweils in einem eigenen Fenster.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A.pt</source>
        <translation>A.pt</translation>
    </message>
    <message>
        <source>Compare the forward methods of two archives: --diff A.pt B.pt.</source>
        <translation>Die forward-Methoden zweier Archive vergleichen: --diff A.pt B.pt.</translation>
    </message>
    <message>
        <source>Print the version, the revision, the versions of libtorch, Qt and Graphviz, and the license.</source>
        <translation>Version, Revision, die Versionen von libtorch, Qt und Graphviz sowie die Lizenz ausgeben.</translation>
    </message>
    <message>
        <source>Print the values of output tensors of at most N elements (default 1000; 0: none); larger ones show their shape and statistics.</source>
        <translation>Die Werte von Ausgabetensoren mit höchstens N Elementen ausgeben (Standard 1000; 0: keine); größere zeigen Form und Statistik.</translation>
    </message>
    <message>
        <source>Save the first output tensor to OUT: a NumPy file when OUT ends in .npy, else a tensor archive that torch.load reads (OUT.pt).</source>
        <translation>Den ersten Ausgabetensor in OUT speichern: als NumPy-Datei, wenn OUT auf .npy endet, sonst als Tensor-Archiv, das torch.load liest (OUT.pt).</translation>
    </message>
    <message>
        <source>The target the loss compares the output with (not with --loss method).</source>
        <translation>Das Ziel, mit dem der Loss die Ausgabe vergleicht (nicht bei --loss method).</translation>
    </message>
    <message>
        <source>mse (the default), l1, smooth_l1, cross_entropy, nll, bce_with_logits, or method (the method returns its loss).</source>
        <translation>mse (Standard), l1, smooth_l1, cross_entropy, nll, bce_with_logits oder method (die Methode gibt ihren Loss zurück).</translation>
    </message>
    <message>
        <source>sgd, adam (the default), adamw or rmsprop.</source>
        <translation>sgd, adam (Standard), adamw oder rmsprop.</translation>
    </message>
    <message>
        <source>Learning rate; default 0.001.</source>
        <translation>Lernrate; Standard 0.001.</translation>
    </message>
    <message>
        <source>Number of optimizer steps; default 100.</source>
        <translation>Anzahl der Optimiererschritte; Standard 100.</translation>
    </message>
    <message>
        <source>Momentum (sgd, rmsprop); default 0.</source>
        <translation>Momentum (sgd, rmsprop); Standard 0.</translation>
    </message>
    <message>
        <source>Weight decay; default 0.</source>
        <translation>Weight Decay; Standard 0.</translation>
    </message>
    <message>
        <source>FILE --input EXPR... -o OUT.pt</source>
        <translation>FILE --input EXPR... -o OUT.pt</translation>
    </message>
    <message>
        <source>Show the options and exit.</source>
        <translation>Die Optionen anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Run &apos;jitscope-cli COMMAND --help&apos; for a command&apos;s options,</source>
        <translation>Die Optionen eines Befehls zeigt &apos;jitscope-cli COMMAND --help&apos;,</translation>
    </message>
    <message>
        <source>&apos;jitscope-cli --version&apos; for the version and the license.</source>
        <translation>Version und Lizenz zeigt &apos;jitscope-cli --version&apos;.</translation>
    </message>
    <message>
        <source>Every command also takes %1 (jitscope-cli --help).</source>
        <translation>Jeder Befehl nimmt außerdem %1 (jitscope-cli --help).</translation>
    </message>
    <message>
        <source>Open a bundled example: %1.</source>
        <translation>Ein mitgeliefertes Beispiel öffnen: %1.</translation>
    </message>
    <message>
        <source>ARCHIVE CHECKPOINT -o OUT.pt</source>
        <translation>ARCHIV CHECKPOINT -o OUT.pt</translation>
    </message>
    <message>
        <source>the archive with a checkpoint&apos;s weights, saved</source>
        <translation>das Archiv mit den Gewichten eines Checkpoints, gespeichert</translation>
    </message>
    <message>
        <source>Matches the tensors of CHECKPOINT (a torch.save state dict or checkpoint, or a safetensors file, read without running anything from it) to the parameters and buffers of ARCHIVE by name, as load_state_dict does, prints the matching (matched, missing, unexpected, shape mismatch, and how much each matched tensor changes), copies the matched tensors in and saves the archive, with its code and extra files, to OUT.pt. Without --source the dict whose keys match best is taken (&quot;model&quot;, &quot;state_dict&quot;, or the whole file); without --prefix a common first key component such as &quot;module.&quot; is stripped when that makes more keys match. A shape mismatch, no match at all, or with --strict a missing or unexpected key, exits 1 and writes nothing.</source>
        <translation>Ordnet die Tensoren von CHECKPOINT (ein torch.save-State-Dict oder -Checkpoint oder eine safetensors-Datei, gelesen, ohne etwas darin auszuführen) den Parametern und Buffern von ARCHIV nach Namen zu, wie load_state_dict es tut, gibt die Zuordnung aus (zugeordnet, fehlend, unerwartet, Form abweichend und wie stark sich jeder zugeordnete Tensor ändert), kopiert die zugeordneten Tensoren hinein und speichert das Archiv mit seinem Code und seinen Zusatzdateien unter OUT.pt. Ohne --source wird das dict genommen, dessen Schlüssel am besten passen (&quot;model&quot;, &quot;state_dict&quot; oder die ganze Datei); ohne --prefix wird ein gemeinsamer erster Schlüsselteil wie &quot;module.&quot; entfernt, wenn dann mehr Schlüssel passen. Eine abweichende Form, gar keine Zuordnung oder mit --strict ein fehlender oder unerwarteter Schlüssel beendet mit Status 1 und schreibt nichts.</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Strip P from the front of the checkpoint&apos;s keys (&quot;module.&quot;); &quot;&quot; strips nothing. Default: found.</source>
        <translation>P vorn von den Schlüsseln des Checkpoints entfernen (&quot;module.&quot;); &quot;&quot; entfernt nichts. Standard: wird ermittelt.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>The dict in the checkpoint that holds the weights, by its path (&quot;model&quot;, &quot;checkpoint.state_dict&quot;); &quot;&quot; is the whole file. Default: found.</source>
        <translation>Das dict im Checkpoint, das die Gewichte enthält, über seinen Pfad (&quot;model&quot;, &quot;checkpoint.state_dict&quot;); &quot;&quot; ist die ganze Datei. Standard: wird ermittelt.</translation>
    </message>
    <message>
        <source>Refuse unless every parameter and buffer is matched and no key is left over.</source>
        <translation>Ablehnen, außer jeder Parameter und Buffer ist zugeordnet und kein Schlüssel bleibt übrig.</translation>
    </message>
    <message>
        <source>Where to save the archive with the new weights (required).</source>
        <translation>Wohin das Archiv mit den neuen Gewichten gespeichert wird (erforderlich).</translation>
    </message>
    <message>
        <source>Time every node over N runs after a warm-up, and print medians (default 3; 0: record values only).</source>
        <translation>Jeden Knoten über N Läufe nach einem Aufwärmlauf messen und Mediane ausgeben (Standard 3; 0: nur Werte aufzeichnen).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Write every tensor the call computed to DIR as a NumPy file named by its value (up to --keep-budget).</source>
        <translation>Jeden Tensor, den der Aufruf berechnet hat, als NumPy-Datei nach ORDNER schreiben, benannt nach seinem Wert (bis --keep-budget).</translation>
    </message>
    <message>
        <source>MIB</source>
        <translation>MIB</translation>
    </message>
    <message>
        <source>With --keep-tensors: keep tensors up to MIB mebibytes (default 1024); past it, statistics only.</source>
        <translation>Mit --keep-tensors: Tensoren bis MIB Mebibyte behalten (Standard 1024); darüber nur Statistik.</translation>
    </message>
    <message>
        <source>FILE [METHOD] [ARG...]</source>
        <translation>DATEI [METHODE] [ARG...]</translation>
    </message>
    <message>
        <source>run a method observed: every value&apos;s shape and statistics, time per node, a module summary</source>
        <translation>eine Methode beobachtet ausführen: Form und Statistik jedes Werts, Zeit je Knoten, eine Modulübersicht</translation>
    </message>
    <message>
        <source>Runs METHOD (default forward) of the root module or of --module PATH once with every value its graph computes recorded (type, shape, dtype, device, min, max, mean, std, NaN and Inf counts; in every call it makes, in the branches taken and each loop iteration), then times every node. Prints the module summary (output shapes, parameters, multiply-accumulates of convolutions, linear layers and matrix products, time) and the slowest ops. The outputs are exactly those of invoke. A call that fails prints what it recorded up to the node that failed, and exits 1.

</source>
        <translation>Führt METHODE (Standard forward) des Wurzelmoduls oder von --module PFAD einmal aus und zeichnet dabei jeden Wert auf, den sein Graph berechnet (Typ, Form, dtype, Gerät, Min., Max., Mittel, Std., Anzahl NaN und Inf; in jedem Aufruf, den er macht, in den genommenen Zweigen und jeder Schleifeniteration), und misst dann jeden Knoten. Gibt die Modulübersicht (Ausgabeformen, Parameter, Multiply-Accumulates von Faltungen, linearen Schichten und Matrixprodukten, Zeit) und die langsamsten Ops aus. Die Ausgaben sind genau die von invoke. Ein Aufruf, der scheitert, gibt aus, was er bis zum gescheiterten Knoten aufgezeichnet hat, und endet mit 1.

</translation>
    </message>
    <message>
        <source>Compares a method of two archives (or, with --right-method or --right-module and A = B, two methods of one): the structural graph diff with module calls expanded, the code diff, the parameter diff, and with --inputs the outputs of both sides on the same value expressions (random factories give both sides the same numbers) and where the two part ways: both sides are run observed and the first pair of matched nodes, in program order, whose outputs differ beyond --atol and --rtol is reported. Exit status 0 whether or not they differ, 1 when a side cannot be used.

Either side may be a checkpoint (torch.save or safetensors): two checkpoints are compared tensor by tensor, an archive and a checkpoint by the archive&apos;s parameters and buffers matched to the checkpoint&apos;s tensors as load-weights matches them.</source>
        <translation>Vergleicht eine Methode zweier Archive (oder, mit --right-method oder --right-module und A = B, zwei Methoden eines Archivs): den strukturellen Graph-Diff mit aufgeklappten Modulaufrufen, den Code-Diff, den Parameter-Diff und mit --inputs die Ausgaben beider Seiten für dieselben Wertausdrücke (Zufallsfabriken geben beiden Seiten dieselben Zahlen) und wo die beiden auseinandergehen: beide Seiten laufen beobachtet, und das erste Paar zugeordneter Knoten in Programmreihenfolge, dessen Ausgaben sich über --atol und --rtol hinaus unterscheiden, wird gemeldet. Rückgabewert 0, ob sie sich unterscheiden oder nicht, 1, wenn eine Seite nicht verwendbar ist.

Jede Seite darf ein Checkpoint sein (torch.save oder safetensors): zwei Checkpoints werden Tensor für Tensor verglichen, ein Archiv und ein Checkpoint über die Parameter und Puffer des Archivs, den Tensoren des Checkpoints zugeordnet wie bei load-weights.</translation>
    </message>
    <message>
        <source>With --inputs: absolute tolerance of the divergence search (default 1e-5).</source>
        <translation>Mit --inputs: absolute Toleranz der Suche nach der Abweichung (Standard 1e-5).</translation>
    </message>
    <message>
        <source>With --inputs: relative tolerance of the divergence search (default 1e-4).</source>
        <translation>Mit --inputs: relative Toleranz der Suche nach der Abweichung (Standard 1e-4).</translation>
    </message>
    <message>
        <source>Load archives without the crash guard: by default an archive whose code was not checked before is first loaded in a helper process, so that a file that crashes libtorch is refused. For trusted batch runs.</source>
        <translation>Archive ohne den Absturzschutz laden: sonst wird ein Archiv, dessen Code noch nicht geprüft wurde, zuerst in einem Hilfsprozess geladen, damit eine Datei, die libtorch abstürzen lässt, abgelehnt wird. Für vertrauenswürdige Stapelläufe.</translation>
    </message>
    <message>
        <source>Time N calls (default %1).</source>
        <translation>N Aufrufe messen (Standard %1).</translation>
    </message>
    <message>
        <source>FILE (--freeze | --inference | --mobile) -o OUT.pt [ARG...]</source>
        <translation>FILE (--freeze | --inference | --mobile) -o OUT.pt [ARG...]</translation>
    </message>
    <message>
        <source>freeze or optimize the module for inference or mobile, verified</source>
        <translation>das Modul einfrieren oder für Inferenz oder Mobilgeräte optimieren, geprüft</translation>
    </message>
    <message>
        <source>Applies torch.jit.freeze, torch.jit.optimize_for_inference or optimize_for_mobile to a copy of the module, writes the result to OUT.pt and prints what changed in forward (nodes, parameters, the operations that folded, fused or vanished). With ARGs (value expressions for forward, as for invoke) both modules are run on them from a cold start: the outputs are compared, and the first call, calls 2 to 4 and the steady state are timed, each as a ratio to the original. When the outputs differ, the first node where the two part ways is named (as diff --inputs does) and the exit status is 1; OUT.pt is kept for a look.</source>
        <translation>Wendet torch.jit.freeze, torch.jit.optimize_for_inference oder optimize_for_mobile auf eine Kopie des Moduls an, schreibt das Ergebnis nach OUT.pt und gibt aus, was sich in forward geändert hat (Knoten, Parameter, die Operationen, die weggefaltet oder fusioniert wurden oder verschwunden sind). Mit ARGs (Werteausdrücke für forward, wie bei invoke) werden beide Module ab einem Kaltstart damit ausgeführt: Die Ausgaben werden verglichen, und der erste Aufruf, die Aufrufe 2 bis 4 und der eingeschwungene Zustand werden gemessen, jeweils als Faktor zum Original. Weichen die Ausgaben ab, wird der erste Knoten genannt, an dem die beiden auseinandergehen (wie bei diff --inputs), und der Exit-Status ist 1; OUT.pt bleibt zur Ansicht erhalten.</translation>
    </message>
    <message>
        <source>torch.jit.freeze: attributes become constants.</source>
        <translation>torch.jit.freeze: Attribute werden zu Konstanten.</translation>
    </message>
    <message>
        <source>torch.jit.optimize_for_inference: frozen, then fused for this CPU.</source>
        <translation>torch.jit.optimize_for_inference: eingefroren, dann für diese CPU fusioniert.</translation>
    </message>
    <message>
        <source>optimize_for_mobile: frozen, prepacked for XNNPACK, dropout removed.</source>
        <translation>optimize_for_mobile: eingefroren, für XNNPACK vorgepackt, Dropout entfernt.</translation>
    </message>
    <message>
        <source>An attribute or method to keep besides forward (freeze&apos;s preserved_attrs, the other methods to optimize); repeatable.</source>
        <translation>Ein Attribut oder eine Methode, die neben forward erhalten bleiben soll (preserved_attrs von freeze, die weiteren zu optimierenden Methoden); wiederholbar.</translation>
    </message>
    <message>
        <source>--freeze: skip the folds that change numerics (optimize_numerics=False).</source>
        <translation>--freeze: das Falten (Folding) auslassen, das die Numerik verändert (optimize_numerics=False).</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>--mobile: a pass not to run (conv_bn_fusion, insert_fold_prepack_ops, remove_dropout, fuse_add_relu, hoist_conv_packed_params, conv_1d_to_2d); repeatable.</source>
        <translation>--mobile: ein Durchlauf, der nicht ausgeführt werden soll (conv_bn_fusion, insert_fold_prepack_ops, remove_dropout, fuse_add_relu, hoist_conv_packed_params, conv_1d_to_2d); wiederholbar.</translation>
    </message>
    <message>
        <source>Where to write the transformed module (required).</source>
        <translation>Wohin das transformierte Modul geschrieben wird (erforderlich).</translation>
    </message>
    <message>
        <source>FILE -o OUT.ptl [ARG...]</source>
        <translation>FILE -o OUT.ptl [ARG...]</translation>
    </message>
    <message>
        <source>save for the lite interpreter, load it back and verify its outputs</source>
        <translation>für den Lite-Interpreter speichern, zurückladen und seine Ausgaben prüfen</translation>
    </message>
    <message>
        <source>Saves the module for PyTorch&apos;s lite interpreter (_save_for_lite_interpreter), backported to an older bytecode version with --bytecode-version, then loads OUT.ptl with libtorch&apos;s lite interpreter. With ARGs (value expressions for the method) it runs both the lite module and the full one on them and says whether the outputs agree; exit status 1 when they do not.</source>
        <translation>Speichert das Modul für den Lite-Interpreter von PyTorch (_save_for_lite_interpreter), mit --bytecode-version auf eine ältere Bytecode-Version zurückportiert, und lädt OUT.ptl dann mit dem Lite-Interpreter von libtorch. Mit ARGs (Werteausdrücke für die Methode) führt es sowohl das Lite-Modul als auch das vollständige damit aus und meldet, ob die Ausgaben übereinstimmen; Exit-Status 1, wenn nicht.</translation>
    </message>
    <message>
        <source>Write bytecode version N (default: the newest this libtorch writes; older ones through _backport_for_mobile).</source>
        <translation>Bytecode-Version N schreiben (Standard: die neueste, die diese libtorch schreibt; ältere über _backport_for_mobile).</translation>
    </message>
    <message>
        <source>The method the ARGs are for; default: forward.</source>
        <translation>Die Methode, für die die ARGs bestimmt sind; Standard: forward.</translation>
    </message>
    <message>
        <source>OUT.ptl</source>
        <translation>OUT.ptl</translation>
    </message>
    <message>
        <source>Where to write the lite interpreter file (required).</source>
        <translation>Wohin die Lite-Interpreter-Datei geschrieben wird (erforderlich).</translation>
    </message>
    <message>
        <source>FILE [--yaml]</source>
        <translation>FILE [--yaml]</translation>
    </message>
    <message>
        <source>will it run there? versions, root operators, types, a selective-build list</source>
        <translation>läuft es dort? Versionen, Wurzeloperatoren, Typen, eine Selective-Build-Liste</translation>
    </message>
    <message>
        <source>Prints what a runtime needs to load and run the archive: its file format version and why, the bytecode version it holds (a .ptl) or would be written with, the root operators with their overloads as torch.jit.export_opnames lists them and how many bytecode instructions call each, the types its bytecode holds, and the oldest runtime that loads it. --yaml prints only the operator list in the form PyTorch&apos;s selective build reads (SELECTED_OP_LIST). With --target-bytecode or --target-ops it checks the archive against that target and exits 1 when it would not run there.</source>
        <translation>Gibt aus, was eine Laufzeitumgebung braucht, um das Archiv zu laden und auszuführen: seine Dateiformatversion und deren Grund, die Bytecode-Version, die es enthält (eine .ptl) oder mit der es geschrieben würde, die Wurzeloperatoren mit ihren Overloads, wie torch.jit.export_opnames sie auflistet, und wie viele Bytecode-Instruktionen jeden von ihnen aufrufen, die Typen, die sein Bytecode enthält, und die älteste Laufzeitumgebung, die es lädt. --yaml gibt nur die Operatorliste in der Form aus, die der Selective Build von PyTorch liest (SELECTED_OP_LIST). Mit --target-bytecode oder --target-ops prüft es das Archiv gegen dieses Ziel und endet mit Status 1, wenn es dort nicht laufen würde.</translation>
    </message>
    <message>
        <source>Print the selective-build operator list only.</source>
        <translation>Nur die Operatorliste für den Selective Build ausgeben.</translation>
    </message>
    <message>
        <source>The newest bytecode version the target&apos;s lite interpreter reads.</source>
        <translation>Die neueste Bytecode-Version, die der Lite-Interpreter des Ziels liest.</translation>
    </message>
    <message>
        <source>The operators the target&apos;s build has: a YAML list or map as PyTorch&apos;s selective build takes, or one name per line.</source>
        <translation>Die Operatoren, die der Build des Ziels enthält: eine YAML-Liste oder -Map, wie sie der Selective Build von PyTorch annimmt, oder ein Name pro Zeile.</translation>
    </message>
    <message>
        <source>FILE [--twin SCRIPTED.pt]</source>
        <translation>FILE [--twin SCRIPTED.pt]</translation>
    </message>
    <message>
        <source>what would go wrong in deployment, each at its node</source>
        <translation>was beim Deployment schiefginge, jeweils an seinem Knoten</translation>
    </message>
    <message>
        <source>Lists what would go wrong where the model is shipped for inference, each with the module, method and node it points to: Dropout or BatchNorm in training mode (the module&apos;s flag, or a trace&apos;s constant), parameters that still require grad, devices baked in as constants, size lists a trace made constant, MKLDNN operations (from optimize_for_inference), and with --twin (a scripted twin of a traced FILE) the branches and loops the trace dropped. Exit status 0 whatever it finds.</source>
        <translation>Listet auf, was schiefginge, wo das Modell für die Inferenz ausgeliefert wird, jeweils mit dem Modul, der Methode und dem Knoten, auf die es verweist: Dropout oder BatchNorm im Trainingsmodus (das Flag des Moduls oder eine Konstante eines Traces), Parameter, die noch Gradienten verlangen, als Konstanten fest eingebaute Geräte, Größenlisten, die ein Trace konstant gemacht hat, MKLDNN-Operationen (von optimize_for_inference) und mit --twin (ein geskripteter Zwilling eines getraceten FILE) die Zweige und Schleifen, die der Trace verloren hat. Exit-Status 0, was auch immer gefunden wird.</translation>
    </message>
    <message>
        <source>SCRIPTED.pt</source>
        <translation>SCRIPTED.pt</translation>
    </message>
    <message>
        <source>The same model scripted, to find the control flow a trace dropped.</source>
        <translation>Dasselbe Modell geskriptet, um den Kontrollfluss zu finden, den ein Trace verloren hat.</translation>
    </message>
    <message>
        <source>calls 1..N timed from a cold start, and the graph the executor ran</source>
        <translation>Aufrufe 1..N ab einem Kaltstart gemessen, und der Graph, den der Executor ausführte</translation>
    </message>
    <message>
        <source>Loads a fresh copy of the module (nothing of it has run) and calls METHOD (default forward) N times on the ARGs, timing each: the profiling executor records shapes in the first calls and optimizes after them, so the first calls are slower. Prints each call&apos;s time as a ratio to the steady state, and with --graph the optimized graph the executor ran for the last call.</source>
        <translation>Lädt eine frische Kopie des Moduls (nichts davon ist gelaufen) und ruft METHOD (Standard forward) N-mal mit den ARGs auf, wobei jeder Aufruf gemessen wird: Der Profiling-Executor zeichnet in den ersten Aufrufen Formen auf und optimiert danach, daher sind die ersten Aufrufe langsamer. Gibt die Zeit jedes Aufrufs als Faktor zum eingeschwungenen Zustand aus und mit --graph den optimierten Graphen, den der Executor für den letzten Aufruf ausgeführt hat.</translation>
    </message>
    <message>
        <source>Submodule path; default: the root module.</source>
        <translation>Submodulpfad; Standard: das Wurzelmodul.</translation>
    </message>
    <message>
        <source>Also print the executed graph.</source>
        <translation>Auch den ausgeführten Graphen ausgeben.</translation>
    </message>
    <message>
        <source>Prints exactly what print(module.code) prints in Python (forward&apos;s code), print(module.M.code) with --method M, or the class&apos;s whole code with --class. --bytecode prints a .ptl&apos;s lite interpreter bytecode instead.</source>
        <translation>Gibt genau das aus, was print(module.code) in Python ausgibt (den Code von forward), mit --method M das, was print(module.M.code) ausgibt, oder mit --class den gesamten Code der Klasse. --bytecode gibt stattdessen den Bytecode des Lite-Interpreters einer .ptl aus.</translation>
    </message>
    <message>
        <source>Print the lite interpreter&apos;s bytecode of a .ptl (its bytecode.pkl, read without libtorch): per method its instructions with the operator, constant or type each names, its operators, constants, types and registers.</source>
        <translation>Den Bytecode des Lite-Interpreters einer .ptl ausgeben (ihre bytecode.pkl, ohne libtorch gelesen): je Methode ihre Instruktionen mit dem Operator, der Konstante oder dem Typ, den jede nennt, ihre Operatoren, Konstanten, Typen und Register.</translation>
    </message>
</context>
<context>
    <name>jitscope::ComparisonView</name>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Run Both</source>
        <translation>Beide ausführen</translation>
    </message>
    <message>
        <source>Compare — JitScope</source>
        <translation>Vergleich — JitScope</translation>
    </message>
    <message>
        <source>&lt;i&gt;Comparing…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wird verglichen…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Previous difference (Shift+F3)</source>
        <translation>Vorheriger Unterschied (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next difference (F3)</source>
        <translation>Nächster Unterschied (F3)</translation>
    </message>
    <message>
        <source>Inputs for both sides, e.g. randn(1, 3, 224, 224) — random values agree</source>
        <translation>Eingaben für beide Seiten, z. B. randn(1, 3, 224, 224) — Zufallswerte stimmen überein</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Max abs diff</source>
        <translation>Max. abs. Diff.</translation>
    </message>
    <message>
        <source>Max rel diff</source>
        <translation>Max. rel. Diff.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Graphs</source>
        <translation>Graphen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>&lt;i&gt;Comparing %1 with %2…&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1 wird mit %2 verglichen…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 ⟷ %2 — JitScope</source>
        <translation>%1 ⟷ %2 — JitScope</translation>
    </message>
    <message>
        <source>Type the inputs first: the arguments of the compared method.</source>
        <translation>Geben Sie zuerst die Eingaben ein: die Argumente der verglichenen Methode.</translation>
    </message>
    <message>
        <source>Running both sides…</source>
        <translation>Beide Seiten werden ausgeführt…</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>übereinstimmend</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>only left</source>
        <translation>nur links</translation>
    </message>
    <message>
        <source>only right</source>
        <translation>nur rechts</translation>
    </message>
    <message>
        <source>· code the same</source>
        <translation>· Code gleich</translation>
    </message>
    <message>
        <source>· code differs</source>
        <translation>· Code unterschiedlich</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left&lt;/b&gt; · %1</source>
        <translation>&lt;b&gt;Links&lt;/b&gt; · %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Right&lt;/b&gt; · %1</source>
        <translation>&lt;b&gt;Rechts&lt;/b&gt; · %1</translation>
    </message>
    <message>
        <source>No differences: the graphs match node for node.</source>
        <translation>Keine Unterschiede: Die Graphen stimmen Knoten für Knoten überein.</translation>
    </message>
    <message>
        <source>Both sides computed the same outputs.</source>
        <translation>Beide Seiten haben dieselben Ausgaben berechnet.</translation>
    </message>
    <message>
        <source>The outputs differ: largest absolute difference %1.</source>
        <translation>Die Ausgaben unterscheiden sich: größte absolute Differenz %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The models part ways at %1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt;%3 (output %%4)%5 — selected in both graphs.</source>
        <translation>&lt;b&gt;Die Modelle gehen auseinander bei %1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt;%3 (Ausgabe %%4)%5 — in beiden Graphen ausgewählt.</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>: max |Δ| %1</source>
        <translation>: max. |Δ| %1</translation>
    </message>
    <message numerus="yes">
        <source>Every matched node&apos;s outputs agree (%n node(s) compared).</source>
        <translation>
            <numerusform>Die Ausgaben aller zugeordneten Knoten stimmen überein (%n Knoten verglichen).</numerusform>
            <numerusform>Die Ausgaben aller zugeordneten Knoten stimmen überein (%n Knoten verglichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>≠ the outputs part ways at %1%2 (output %%3)</source>
        <translation>≠ die Ausgaben trennen sich bei %1%2 (Ausgabe %%3)</translation>
    </message>
    <message>
        <source>No other differences: the graphs match node for node.</source>
        <translation>Keine weiteren Unterschiede: die Graphen stimmen Knoten für Knoten überein.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Not timed: give inputs when transforming to time both modules.</source>
        <translation>Nicht gemessen: Geben Sie beim Transformieren Eingaben an, um beide Module zu messen.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Their outputs agree (largest difference %1).</source>
        <translation>Ihre Ausgaben stimmen überein (größte Differenz %1).</translation>
    </message>
    <message>
        <source>Their outputs differ by up to %1: the Outputs tab shows where they part ways.</source>
        <translation>Ihre Ausgaben unterscheiden sich um bis zu %1: Der Reiter Ausgaben zeigt, wo sie auseinandergehen.</translation>
    </message>
</context>
<context>
    <name>jitscope::Deploy</name>
    <message>
        <source>Cannot read the operator list %1: %2</source>
        <translation>Die Operatorliste %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is over 64 MiB: not an operator list.</source>
        <translation>%1 ist größer als 64 MiB: keine Operatorliste.</translation>
    </message>
    <message>
        <source>%1 names no operator: expected lines such as &quot;- aten::add.Tensor&quot;.</source>
        <translation>%1 nennt keinen Operator: erwartet wurden Zeilen wie &quot;- aten::add.Tensor&quot;.</translation>
    </message>
    <message>
        <source>The target reads bytecode up to version %1, the model has %2: export it with `jitscope-cli lite --bytecode-version %1`.</source>
        <translation>Das Ziel liest Bytecode bis Version %1, das Modell hat %2: Exportieren Sie es mit `jitscope-cli lite --bytecode-version %1`.</translation>
    </message>
    <message>
        <source>The target reads bytecode up to version %1, the model has %2, and this libtorch backports no further than version %3.</source>
        <translation>Das Ziel liest Bytecode bis Version %1, das Modell hat %2, und diese libtorch portiert nicht weiter zurück als bis Version %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n operator(s) the model calls are not in the target&apos;s build: %1.</source>
        <translation>
            <numerusform>%n Operator, den das Modell aufruft, ist nicht im Build des Ziels: %1.</numerusform>
            <numerusform>%n Operatoren, die das Modell aufruft, sind nicht im Build des Ziels: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The module cannot be copied: %1</source>
        <translation>Das Modul kann nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>%1 failed:
%2</source>
        <translation>%1 ist fehlgeschlagen:
%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the file could not be put in place.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei konnte nicht an ihren Platz gebracht werden.</translation>
    </message>
    <message>
        <source>%1 (%2) is in training mode: it zeroes activations at random in every call.</source>
        <translation>%1 (%2) ist im Trainingsmodus: Es setzt bei jedem Aufruf zufällig Aktivierungen auf null.</translation>
    </message>
    <message>
        <source>%1 (%2) is in training mode: it normalizes with each batch&apos;s statistics and updates its running ones in every call.</source>
        <translation>%1 (%2) ist im Trainingsmodus: Es normalisiert mit der Statistik des jeweiligen Batches und aktualisiert bei jedem Aufruf seine laufende Statistik.</translation>
    </message>
    <message>
        <source> Switch the model to eval mode before shipping it.</source>
        <translation> Schalten Sie das Modell in den Eval-Modus, bevor Sie es ausliefern.</translation>
    </message>
    <message>
        <source>%1 runs in training mode whatever the module&apos;s mode: the trace recorded it as a constant. Trace the model again after model.eval().</source>
        <translation>%1 läuft im Trainingsmodus, gleich in welchem Modus das Modul ist: Der Trace hat den Modus als Konstante aufgezeichnet. Tracen Sie das Modell nach model.eval() erneut.</translation>
    </message>
    <message>
        <source>%1 puts its result on %2, a constant: the model stays tied to that device wherever it is moved.</source>
        <translation>%1 legt sein Ergebnis auf %2 ab, eine Konstante: Das Modell bleibt an dieses Gerät gebunden, wohin es auch verschoben wird.</translation>
    </message>
    <message>
        <source>%1 to the constant sizes [%2]: if a trace computed them from an input&apos;s size(), another batch or image size fails here.</source>
        <translation>%1 auf die konstanten Größen [%2]: Hat ein Trace sie aus size() einer Eingabe berechnet, scheitert hier jede andere Batch- oder Bildgröße.</translation>
    </message>
    <message>
        <source>%1 is an MKLDNN (oneDNN) operation, as optimize_for_inference adds for CPUs: it runs only on a CPU libtorch built with oneDNN, not on mobile or a GPU.</source>
        <translation>%1 ist eine MKLDNN-Operation (oneDNN), wie optimize_for_inference sie für CPUs einfügt: Sie läuft nur auf einer CPU-libtorch, die mit oneDNN gebaut wurde, nicht auf Mobilgeräten oder einer GPU.</translation>
    </message>
    <message>
        <source>The scripted twin loops here; the trace unrolled the loop for the inputs it saw.</source>
        <translation>Der geskriptete Zwilling hat hier eine Schleife; der Trace hat die Schleife für die Eingaben, die er sah, ausgerollt.</translation>
    </message>
    <message>
        <source>The scripted twin branches here; the trace recorded only the branch its example input took.</source>
        <translation>Der geskriptete Zwilling verzweigt hier; der Trace hat nur den Zweig aufgezeichnet, den seine Beispieleingabe nahm.</translation>
    </message>
    <message>
        <source>%1 of %2 parameters still require grad: calls made without torch::NoGradGuard (or InferenceMode) record autograd history. Freezing makes them constants.</source>
        <translation>%1 von %2 Parametern verlangen noch Gradienten (requires_grad): Aufrufe ohne torch::NoGradGuard (oder InferenceMode) zeichnen einen Autograd-Verlauf auf. Einfrieren macht sie zu Konstanten.</translation>
    </message>
    <message>
        <source>Bytecode version %1 cannot be written: this libtorch writes version %2 and backports to versions %3 to %2.</source>
        <translation>Bytecode-Version %1 kann nicht geschrieben werden: Diese libtorch schreibt Version %2 und portiert auf die Versionen %3 bis %2 zurück.</translation>
    </message>
    <message>
        <source>Backporting to bytecode version %1 failed: the model uses what that version cannot express.</source>
        <translation>Das Zurückportieren auf Bytecode-Version %1 ist fehlgeschlagen: Das Modell nutzt etwas, das diese Version nicht ausdrücken kann.</translation>
    </message>
    <message>
        <source>The lite interpreter loaded %1 but running %2 failed:
%3</source>
        <translation>Der Lite-Interpreter hat %1 geladen, aber das Ausführen von %2 ist fehlgeschlagen:
%3</translation>
    </message>
    <message>
        <source>Where should the lite interpreter file go? Give an output file (.ptl).</source>
        <translation>Wohin soll die Lite-Interpreter-Datei? Geben Sie eine Ausgabedatei an (.ptl).</translation>
    </message>
    <message>
        <source>The lite interpreter cannot load the file it was given, %1:
%2</source>
        <translation>Der Lite-Interpreter kann die ihm übergebene Datei %1 nicht laden:
%2</translation>
    </message>
    <message>
        <source>Loaded back with the lite interpreter; give inputs to compare its outputs with the full module&apos;s.</source>
        <translation>Mit dem Lite-Interpreter zurückgeladen; geben Sie Eingaben an, um seine Ausgaben mit denen des vollständigen Moduls zu vergleichen.</translation>
    </message>
    <message>
        <source>aten::div no longer divides integers by truncation</source>
        <translation>aten::div teilt ganze Zahlen nicht mehr mit Abschneiden der Nachkommastellen</translation>
    </message>
    <message>
        <source>aten::full no longer infers a floating-point dtype from an integer or bool value</source>
        <translation>aten::full leitet aus einem Ganzzahl- oder bool-Wert keinen Gleitkomma-dtype mehr ab</translation>
    </message>
    <message>
        <source>the version is kept in .data/version (torch.package)</source>
        <translation>die Version steht in .data/version (torch.package)</translation>
    </message>
    <message>
        <source>the operator upgrader design</source>
        <translation>das Konzept der Operator-Upgrader</translation>
    </message>
    <message>
        <source>aten::linspace requires steps</source>
        <translation>aten::linspace verlangt steps</translation>
    </message>
    <message>
        <source>aten::logspace requires steps</source>
        <translation>aten::logspace verlangt steps</translation>
    </message>
    <message>
        <source>aten::gelu takes approximate</source>
        <translation>aten::gelu nimmt approximate</translation>
    </message>
    <message>
        <source>The module cannot be compiled for the lite interpreter, so its operators cannot be listed:
%1</source>
        <translation>Das Modul kann nicht für den Lite-Interpreter kompiliert werden, daher lassen sich seine Operatoren nicht auflisten:
%1</translation>
    </message>
    <message>
        <source>torch.jit.load needs a runtime that reads file format version %1%2; the lite interpreter needs bytecode version %3 (this libtorch can backport it to version %4).</source>
        <translation>torch.jit.load braucht eine Laufzeitumgebung, die Dateiformatversion %1%2 liest; der Lite-Interpreter braucht Bytecode-Version %3 (diese libtorch kann bis Version %4 zurückportieren).</translation>
    </message>
    <message>
        <source>There is no mobile optimization pass &quot;%1&quot;; the passes are %2.</source>
        <translation>Es gibt keinen Mobil-Optimierungsdurchlauf &quot;%1&quot;; die Durchläufe sind %2.</translation>
    </message>
    <message>
        <source>
Switch it to eval mode first: eval on the Model State bar in the window, --eval here.</source>
        <translation>
Schalten Sie es zuerst in den Eval-Modus: eval in der Leiste Modellzustand im Fenster, --eval hier.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The %1 module was not kept: libtorch saves it but cannot load it again (%2)%3. It was compared here, in memory.</source>
        <translation>Das Modul aus %1 wurde nicht behalten: libtorch speichert es, kann es aber nicht wieder laden (%2)%3. Verglichen wurde es hier, im Speicher.</translation>
    </message>
    <message>
        <source>; its MKLDNN constants do not survive torch.jit.save, in Python alike. Ship the frozen module and optimize it where it runs</source>
        <translation>; seine MKLDNN-Konstanten überstehen torch.jit.save nicht, in Python ebenso wenig. Liefern Sie das eingefrorene Modul aus und optimieren Sie es dort, wo es läuft</translation>
    </message>
    <message>
        <source>Where should the transformed module go? Give an output file.</source>
        <translation>Wohin soll das transformierte Modul? Geben Sie eine Ausgabedatei an.</translation>
    </message>
    <message>
        <source>The number of calls must be between 1 and 10000.</source>
        <translation>Die Anzahl der Aufrufe muss zwischen 1 und 10000 liegen.</translation>
    </message>
    <message>
        <source>The executor kept no optimized graph for this call.</source>
        <translation>Der Executor hat für diesen Aufruf keinen optimierten Graphen behalten.</translation>
    </message>
    <message>
        <source>%1
File format version %2%3
</source>
        <translation>%1
Dateiformatversion %2%3
</translation>
    </message>
    <message>
        <source>Bytecode version %1 (a lite interpreter file)
</source>
        <translation>Bytecode-Version %1 (eine Lite-Interpreter-Datei)
</translation>
    </message>
    <message>
        <source>No bytecode; saved for the lite interpreter it would have version %1
</source>
        <translation>Kein Bytecode; für den Lite-Interpreter gespeichert, hätte es Version %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n root operator(s):
</source>
        <translation>
            <numerusform>%n Wurzeloperator:
</numerusform>
            <numerusform>%n Wurzeloperatoren:
</numerusform>
        </translation>
    </message>
    <message>
        <source>Types: %1
</source>
        <translation>Typen: %1
</translation>
    </message>
    <message>
        <source>root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <source> in the twin</source>
        <translation> im Zwilling</translation>
    </message>
    <message>
        <source>%1: nothing found.
</source>
        <translation>%1: nichts gefunden.
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s)
</source>
        <translation>
            <numerusform>%1: %n Befund
</numerusform>
            <numerusform>%1: %n Befunde
</numerusform>
        </translation>
    </message>
    <message>
        <source>The module has no forward to compare: %1</source>
        <translation>Das Modul hat kein forward zum Vergleichen: %1</translation>
    </message>
    <message>
        <source>Warm the method up first: no executed graph is kept.</source>
        <translation>Wärmen Sie die Methode zuerst auf: Es ist kein ausgeführter Graph vorhanden.</translation>
    </message>
    <message>
        <source>%1 (saved, calls expanded)</source>
        <translation>%1 (gespeichert, Aufrufe aufgeklappt)</translation>
    </message>
    <message>
        <source>%1 (executed for these inputs)</source>
        <translation>%1 (für diese Eingaben ausgeführt)</translation>
    </message>
</context>
<context>
    <name>jitscope::DeployActions</name>
    <message>
        <source>&amp;Freeze…</source>
        <translation>&amp;Einfrieren…</translation>
    </message>
    <message>
        <source>torch.jit.freeze into a new file, opened beside the original in a comparison window</source>
        <translation>torch.jit.freeze in eine neue Datei, im Vergleichsfenster neben dem Original geöffnet</translation>
    </message>
    <message>
        <source>Optimize for &amp;Inference…</source>
        <translation>Für &amp;Inferenz optimieren…</translation>
    </message>
    <message>
        <source>torch.jit.optimize_for_inference: frozen, then fused for this CPU</source>
        <translation>torch.jit.optimize_for_inference: eingefroren, dann für diese CPU fusioniert</translation>
    </message>
    <message>
        <source>Optimize for &amp;Mobile…</source>
        <translation>Für &amp;Mobilgeräte optimieren…</translation>
    </message>
    <message>
        <source>optimize_for_mobile: frozen, prepacked for XNNPACK, dropout removed</source>
        <translation>optimize_for_mobile: eingefroren, für XNNPACK vorgepackt, Dropout entfernt</translation>
    </message>
    <message>
        <source>Save for the &amp;Lite Interpreter…</source>
        <translation>Für den &amp;Lite-Interpreter speichern…</translation>
    </message>
    <message>
        <source>A .ptl, at the newest bytecode version or an older one, loaded back to check it</source>
        <translation>Eine .ptl in der neuesten oder einer älteren Bytecode-Version, zur Prüfung wieder geladen</translation>
    </message>
    <message>
        <source>Will It &amp;Run There?</source>
        <translation>Läuft es &amp;dort?</translation>
    </message>
    <message>
        <source>Versions, root operators, types and the oldest runtime that loads this archive</source>
        <translation>Versionen, Wurzeloperatoren, Typen und die älteste Laufzeit, die dieses Archiv lädt</translation>
    </message>
    <message>
        <source>Lint for &amp;Deployment</source>
        <translation>&amp;Prüfen für die Bereitstellung</translation>
    </message>
    <message>
        <source>Training mode, grad, baked-in devices and sizes, MKLDNN operations</source>
        <translation>Trainingsmodus, Gradienten, eingebrannte Geräte und Größen, MKLDNN-Operationen</translation>
    </message>
    <message>
        <source>Transforming (%1)…</source>
        <translation>Transformiere (%1)…</translation>
    </message>
    <message>
        <source>Not Kept</source>
        <translation>Nicht behalten</translation>
    </message>
    <message>
        <source>%1: %2 nodes → %3 in forward; written to %4</source>
        <translation>%1: %2 Knoten → %3 in forward; geschrieben nach %4</translation>
    </message>
    <message>
        <source>Cannot Transform</source>
        <translation>Transformation nicht möglich</translation>
    </message>
    <message>
        <source>Save for the Lite Interpreter</source>
        <translation>Für den Lite-Interpreter speichern</translation>
    </message>
    <message>
        <source>Lite interpreter files (*.ptl)</source>
        <translation>Lite-Interpreter-Dateien (*.ptl)</translation>
    </message>
    <message>
        <source>Bytecode Version</source>
        <translation>Bytecode-Version</translation>
    </message>
    <message>
        <source>The newest bytecode version the target&apos;s runtime reads:</source>
        <translation>Die neueste Bytecode-Version, die die Laufzeit des Ziels liest:</translation>
    </message>
    <message>
        <source>%1: bytecode version %2, loaded back by the lite interpreter (%3)</source>
        <translation>%1: Bytecode-Version %2, vom Lite-Interpreter wieder geladen (%3)</translation>
    </message>
    <message>
        <source>Cannot Save for the Lite Interpreter</source>
        <translation>Speichern für den Lite-Interpreter nicht möglich</translation>
    </message>
    <message>
        <source>Will It Run There?</source>
        <translation>Läuft es dort?</translation>
    </message>
    <message>
        <source>Save Selective-Build List…</source>
        <translation>Liste für selektiven Build speichern…</translation>
    </message>
    <message>
        <source>Save Selective-Build List</source>
        <translation>Liste für selektiven Build speichern</translation>
    </message>
    <message>
        <source>YAML (*.yaml)</source>
        <translation>YAML (*.yaml)</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Cannot List the Operators</source>
        <translation>Operatoren können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Lint for Deployment</source>
        <translation>Prüfen für die Bereitstellung</translation>
    </message>
    <message>
        <source>Cannot Lint</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>Nothing found: nothing here would go wrong where the model is shipped.</source>
        <translation>Nichts gefunden: Hier würde nichts schiefgehen, wo das Modell ausgeliefert wird.</translation>
    </message>
    <message>
        <source>&amp;Warm-Up Times…</source>
        <translation>&amp;Aufwärmzeiten…</translation>
    </message>
    <message>
        <source>Calls 1..N of the selected method from cold, and the graph the executor ran</source>
        <translation>Aufrufe 1..N der gewählten Methode von kalt an, und der Graph, den der Executor ausführte</translation>
    </message>
    <message>
        <source>Transforming (%1), then timing both modules…</source>
        <translation>Transformiere (%1), dann werden beide Module gemessen…</translation>
    </message>
    <message>
        <source>Check against a target</source>
        <translation>Gegen ein Ziel prüfen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>The newest bytecode version the target&apos;s lite interpreter reads</source>
        <translation>Die neueste Bytecode-Version, die der Lite-Interpreter des Ziels liest</translation>
    </message>
    <message>
        <source>operator list of the target&apos;s build (YAML or one per line)</source>
        <translation>Operatorliste des Ziel-Builds (YAML oder einer pro Zeile)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Bytecode version:</source>
        <translation>Bytecode-Version:</translation>
    </message>
    <message>
        <source>Operator List of the Target</source>
        <translation>Operatorliste des Ziels</translation>
    </message>
    <message>
        <source>YAML or text (*.yaml *.yml *.txt);;All files (*)</source>
        <translation>YAML oder Text (*.yaml *.yml *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the target&apos;s bytecode version, its operator list, or both.</source>
        <translation>Geben Sie die Bytecode-Version des Ziels, seine Operatorliste oder beides an.</translation>
    </message>
    <message>
        <source>It runs there: the target reads this bytecode and has every operator the model calls.</source>
        <translation>Es läuft dort: Das Ziel liest diesen Bytecode und hat jeden Operator, den das Modell aufruft.</translation>
    </message>
    <message>
        <source>Double-click a finding to show its module, method and node.</source>
        <translation>Doppelklicken Sie auf einen Befund, um sein Modul, seine Methode und seinen Knoten zu zeigen.</translation>
    </message>
    <message>
        <source>Warm-Up Times</source>
        <translation>Aufwärmzeiten</translation>
    </message>
    <message>
        <source>the method&apos;s arguments, e.g. randn(1, 3, 32, 32)</source>
        <translation>die Argumente der Methode, z. B. randn(1, 3, 32, 32)</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> Aufrufe</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Messen:</translation>
    </message>
    <message numerus="yes">
        <source>Timing %n call(s) from cold…</source>
        <translation>
            <numerusform>Messe %n Aufruf von kalt an…</numerusform>
            <numerusform>Messe %n Aufrufe von kalt an…</numerusform>
        </translation>
    </message>
    <message>
        <source>Warm-Up Times: %1</source>
        <translation>Aufwärmzeiten: %1</translation>
    </message>
    <message>
        <source>For these inputs the executor ran a graph of %1 nodes; the saved one has %2 with every call expanded.</source>
        <translation>Für diese Eingaben führte der Executor einen Graphen mit %1 Knoten aus; der gespeicherte hat %2, mit allen Aufrufen aufgeklappt.</translation>
    </message>
    <message>
        <source>Compare Executed Graph with Saved</source>
        <translation>Ausgeführten Graphen mit gespeichertem vergleichen</translation>
    </message>
    <message>
        <source>Cannot Time the Calls</source>
        <translation>Aufrufe können nicht gemessen werden</translation>
    </message>
    <message>
        <source>Cannot Draw the Executed Graph</source>
        <translation>Ausgeführter Graph kann nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>jitscope::Document</name>
    <message>
        <source>the module changed (mode, device, dtype or weights)</source>
        <translation>das Modul hat sich geändert (Modus, Gerät, dtype oder Gewichte)</translation>
    </message>
    <message>
        <source>the weights changed</source>
        <translation>die Gewichte haben sich geändert</translation>
    </message>
</context>
<context>
    <name>jitscope::DocumentPages</name>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>IR Graph</source>
        <translation>IR-Graph</translation>
    </message>
    <message>
        <source>Observed Run</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Module summary and time per op of the call observed in the Run dock (Observe)</source>
        <translation>Modulübersicht und Zeit je Op des im Bereich Ausführen beobachteten Aufrufs (Beobachten)</translation>
    </message>
    <message>
        <source>Scratch Pad</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Compile TorchScript typed here and run its functions</source>
        <translation>Hier eingegebenes TorchScript kompilieren und seine Funktionen ausführen</translation>
    </message>
</context>
<context>
    <name>jitscope::Examples</name>
    <message>
        <source>MyCell, scripted</source>
        <translation>MyCell, geskriptet</translation>
    </message>
    <message>
        <source>torch.jit.script keeps MyDecisionGate&apos;s if/else: both branches are in the code.</source>
        <translation>torch.jit.script behält das if/else von MyDecisionGate bei: Beide Zweige stehen im Code.</translation>
    </message>
    <message>
        <source>MyCell, traced</source>
        <translation>MyCell, getracet</translation>
    </message>
    <message>
        <source>torch.jit.trace recorded only the branch that ran: MyDecisionGate became a plain neg.</source>
        <translation>torch.jit.trace hat nur den ausgeführten Zweig aufgezeichnet: MyDecisionGate wurde zu einem einfachen neg.</translation>
    </message>
    <message>
        <source>MyModule</source>
        <translation>MyModule</translation>
    </message>
    <message>
        <source>forward plus the exported methods predict and add_scalar.</source>
        <translation>forward sowie die exportierten Methoden predict und add_scalar.</translation>
    </message>
    <message>
        <source>ConvNet</source>
        <translation>ConvNet</translation>
    </message>
    <message>
        <source>Nested Sequential, BatchNorm buffers, attributes of many types, extra files.</source>
        <translation>Verschachteltes Sequential, BatchNorm-Buffer, Attribute vieler Typen, Zusatzdateien.</translation>
    </message>
    <message>
        <source>Cannot write the example to %1: %2</source>
        <translation>Das Beispiel kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No example named &apos;%1&apos;. Examples: %2.</source>
        <translation>Kein Beispiel namens &apos;%1&apos;. Beispiele: %2.</translation>
    </message>
</context>
<context>
    <name>jitscope::FileActions</name>
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
        <translation>B&amp;eispiel öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Write the trained module over the open archive (asks first)</source>
        <translation>Das trainierte Modul über das geöffnete Archiv schreiben (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Loaded Weights</source>
        <translation>Geladene Gewichte &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Forget the training: read the archive again</source>
        <translation>Das Training verwerfen: das Archiv erneut einlesen</translation>
    </message>
    <message>
        <source>Compare With &amp;Archive…</source>
        <translation>Mit &amp;Archiv vergleichen…</translation>
    </message>
    <message>
        <source>The selected method against the same method of another archive (traced vs scripted)</source>
        <translation>Die gewählte Methode mit derselben Methode eines anderen Archivs vergleichen (getracet vs. geskriptet)</translation>
    </message>
    <message>
        <source>Compare With &amp;Method…</source>
        <translation>Mit &amp;Methode vergleichen…</translation>
    </message>
    <message>
        <source>The selected method against another method of this archive</source>
        <translation>Die gewählte Methode mit einer anderen Methode dieses Archivs vergleichen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
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
        <translation>TorchScript-Archiv öffnen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot Open Archive</source>
        <translation>Archiv kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Open Example</source>
        <translation>Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (Beispiel)</translation>
    </message>
    <message>
        <source>Save Trained Module</source>
        <translation>Trainiertes Modul speichern</translation>
    </message>
    <message>
        <source>TorchScript archives (*.pt)</source>
        <translation>TorchScript-Archive (*.pt)</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Replace the Archive?</source>
        <translation>Archiv ersetzen?</translation>
    </message>
    <message>
        <source>Write the module over %1? The archive as it was is replaced.</source>
        <translation>Das Modul über %1 schreiben? Das bisherige Archiv wird ersetzt.</translation>
    </message>
    <message>
        <source>Save Module As</source>
        <translation>Modul speichern unter</translation>
    </message>
    <message>
        <source>Cannot Revert</source>
        <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
        <source>Compare With Archive</source>
        <translation>Mit Archiv vergleichen</translation>
    </message>
    <message>
        <source>Compare With Method</source>
        <translation>Mit Methode vergleichen</translation>
    </message>
    <message>
        <source>Compare %1 with:</source>
        <translation>%1 vergleichen mit:</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-Kopie</translation>
    </message>
    <message>
        <source>TorchScript archives (*.pt *.pth *.ptl *.jit)</source>
        <translation>TorchScript-Archive (*.pt *.pth *.ptl *.jit)</translation>
    </message>
    <message>
        <source>Operator &amp;Libraries…</source>
        <translation>Operator-&amp;Bibliotheken…</translation>
    </message>
    <message>
        <source>Libraries of operators from outside libtorch, such as torchvision::nms</source>
        <translation>Bibliotheken mit Operatoren außerhalb von libtorch, etwa torchvision::nms</translation>
    </message>
    <message>
        <source>Load %1&apos;s Operators and Open Again</source>
        <translation>Operatoren von %1 laden und erneut öffnen</translation>
    </message>
    <message>
        <source>Cannot Load Operator Library</source>
        <translation>Operator-Bibliothek kann nicht geladen werden</translation>
    </message>
    <message>
        <source>Loaded the operator library %1</source>
        <translation>Operator-Bibliothek %1 geladen</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>TorchScript archives and checkpoints (*.pt *.pth *.ptl *.jit *.dat *.torchscript *.zip *.bin *.ckpt *.safetensors);;All files (*)</source>
        <translation>TorchScript-Archive und Checkpoints (*.pt *.pth *.ptl *.jit *.dat *.torchscript *.zip *.bin *.ckpt *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checkpoints (*.pt *.pth *.bin *.ckpt *.tar *.safetensors);;All files (*)</source>
        <translation>Checkpoints (*.pt *.pth *.bin *.ckpt *.tar *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load &amp;Weights…</source>
        <translation>&amp;Gewichte laden…</translation>
    </message>
    <message>
        <source>Put a checkpoint&apos;s weights (torch.save state dict or safetensors) into the open module, as load_state_dict does</source>
        <translation>Die Gewichte eines Checkpoints (torch.save-State-Dict oder safetensors) in das geöffnete Modul laden, wie load_state_dict es tut</translation>
    </message>
    <message>
        <source>Load Weights From</source>
        <translation>Gewichte laden aus</translation>
    </message>
    <message>
        <source>Changed Weights Not Saved</source>
        <translation>Geänderte Gewichte nicht gespeichert</translation>
    </message>
    <message>
        <source>The module in %1 has weights that are not saved (trained, or loaded from a checkpoint). Save them before going on?</source>
        <translation>Das Modul in %1 hat Gewichte, die nicht gespeichert sind (trainiert oder aus einem Checkpoint geladen). Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Compare With C&amp;heckpoint…</source>
        <translation>Mit C&amp;heckpoint vergleichen…</translation>
    </message>
    <message>
        <source>Compare With Checkpoint</source>
        <translation>Mit Checkpoint vergleichen</translation>
    </message>
    <message>
        <source>The module&apos;s parameters and buffers, or the open checkpoint&apos;s tensors, against a checkpoint&apos;s, by name</source>
        <translation>Die Parameter und Buffer des Moduls oder die Tensoren des geöffneten Checkpoints mit denen eines Checkpoints vergleichen, nach Namen</translation>
    </message>
</context>
<context>
    <name>jitscope::FilterPopup</name>
    <message>
        <source>Type to filter, e.g. &quot;roi post&quot;</source>
        <translation>Zum Filtern tippen, z. B. „roi post“</translation>
    </message>
    <message>
        <source>No entry holds every word typed.</source>
        <translation>Kein Eintrag enthält alle getippten Wörter.</translation>
    </message>
</context>
<context>
    <name>jitscope::GraphBuilder</name>
    <message>
        <source>Building the graph of &apos;%1&apos; failed: %2</source>
        <translation>Das Erstellen des Graphen von &apos;%1&apos; ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>jitscope::GraphDiff</name>
    <message>
        <source>op: %1 → %2</source>
        <translation>Op: %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>inputs: %1 → %2</source>
        <translation>Eingänge: %1 → %2</translation>
    </message>
    <message>
        <source>input %1: %2 → %3</source>
        <translation>Eingang %1: %2 → %3</translation>
    </message>
    <message>
        <source>input %1 type: %2 → %3</source>
        <translation>Typ von Eingang %1: %2 → %3</translation>
    </message>
    <message>
        <source>outputs: %1 → %2</source>
        <translation>Ausgänge: %1 → %2</translation>
    </message>
    <message>
        <source>output %1 type: %2 → %3</source>
        <translation>Typ von Ausgang %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>jitscope::GraphInspector</name>
    <message>
        <source>Close the inspector and clear the selection (Esc in the graph)</source>
        <translation>Den Inspektor schließen und die Auswahl aufheben (Esc im Graphen)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Category:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kategorie:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Module:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Modul:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quelle:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Calls:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;&lt;i&gt;A call: double-click to expand it in place.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ruft auf:&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;&lt;i&gt;Ein Aufruf: doppelklicken, um ihn an Ort und Stelle aufzuklappen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Call:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;The call&apos;s one node: double-click to collapse the call.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aufruf:&lt;/b&gt; %1&lt;br&gt;&lt;i&gt;Der einzige Knoten des Aufrufs: doppelklicken, um den Aufruf zuzuklappen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (folded)</source>
        <translation> (gefaltet)</translation>
    </message>
    <message>
        <source>&lt;p&gt;none&lt;/p&gt;</source>
        <translation>&lt;p&gt;keine&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Inputs&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Eingänge&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ausgänge&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Attributes&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Attribute&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message numerus="yes">
        <source>&lt;li&gt;%n call(s)&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;%n Aufruf&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;%n Aufrufe&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;li&gt;time %1 ms, own %2 ms (median of %3 runs)&lt;/li&gt;</source>
        <translation>&lt;li&gt;Zeit %1 ms, eigene %2 ms (Median von %3 Läufen)&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 multiply-accumulates&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 Multiply-Accumulates&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li style=&apos;color:#c01818&apos;&gt;The call failed here: %1&lt;/li&gt;</source>
        <translation>&lt;li style=&apos;color:#c01818&apos;&gt;Der Aufruf ist hier gescheitert: %1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Inputs seen&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gesehene Eingaben&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Outputs seen&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gesehene Ausgaben&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;In the observed run&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Im beobachteten Lauf&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not run in the observed call.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Im beobachteten Aufruf nicht ausgeführt.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;margin:0&apos;&gt;Control edge&lt;/h3&gt;&lt;p&gt;From %1 to %2: orders a block&apos;s steps and carries no value.&lt;/p&gt;</source>
        <translation>&lt;h3 style=&apos;margin:0&apos;&gt;Steuerkante&lt;/h3&gt;&lt;p&gt;Von %1 nach %2: ordnet die Schritte eines Blocks und trägt keinen Wert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Produced by:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erzeugt von:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Consumed by&lt;/b&gt; (%1)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verwendet von&lt;/b&gt; (%1)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;In the observed run&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Im beobachteten Lauf&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Shown in the tensor viewer.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Im Tensor-Betrachter gezeigt.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not kept (over the budget): statistics only.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Nicht behalten (über dem Budget): nur Statistik.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Not computed in the observed call (a branch not taken).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Im beobachteten Aufruf nicht berechnet (ein nicht genommener Zweig).&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Value %%1 : %2 — producer and %n consumer(s) highlighted</source>
        <translation>
            <numerusform>Wert %%1 : %2 — Erzeuger und %n Verbraucher hervorgehoben</numerusform>
            <numerusform>Wert %%1 : %2 — Erzeuger und %n Verbraucher hervorgehoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n call(s)%1)</source>
        <translation>
            <numerusform> (%n Aufruf%1)</numerusform>
            <numerusform> (%n Aufrufe%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>; shapes vary, the last shown</source>
        <translation>; Formen wechseln, die letzte gezeigt</translation>
    </message>
    <message>
        <source>&lt;br&gt;min %1, max %2, mean %3, std %4</source>
        <translation>&lt;br&gt;Min. %1, Max. %2, Mittel %3, Std. %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#c01818&apos;&gt;%1 NaN, %2 Inf&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#c01818&apos;&gt;%1 NaN, %2 Inf&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;An if, folded: double-click to open it with its branches side by side.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Ein gefaltetes if: doppelklicken, um es mit seinen Zweigen nebeneinander zu öffnen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>jitscope::GraphLayouter</name>
    <message>
        <source>Graphviz could not lay out the graph. Is its dot plugin installed (libgvc6, then `dot -c` as root)?</source>
        <translation>Graphviz konnte den Graphen nicht anordnen. Ist sein dot-Plugin installiert (libgvc6, dann `dot -c` als root)?</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph.</source>
        <translation>Graphviz konnte den Graphen nicht anordnen.</translation>
    </message>
</context>
<context>
    <name>jitscope::GraphLegend</name>
    <message>
        <source>Conv / linear / matmul</source>
        <translation>Faltung / linear / Matmul</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <source>Activation / dropout</source>
        <translation>Aktivierung / Dropout</translation>
    </message>
    <message>
        <source>Pooling / resampling</source>
        <translation>Pooling / Resampling</translation>
    </message>
    <message>
        <source>Shape / view / index</source>
        <translation>Form / View / Index</translation>
    </message>
    <message>
        <source>Element-wise / reduction</source>
        <translation>Elementweise / Reduktion</translation>
    </message>
    <message>
        <source>Control flow</source>
        <translation>Kontrollfluss</translation>
    </message>
    <message>
        <source>Module / function call</source>
        <translation>Modul- / Funktionsaufruf</translation>
    </message>
    <message>
        <source>Constant / attribute</source>
        <translation>Konstante / Attribut</translation>
    </message>
    <message>
        <source>Input / output</source>
        <translation>Eingabe / Ausgabe</translation>
    </message>
    <message>
        <source>Other op</source>
        <translation>Sonstige Operation</translation>
    </message>
</context>
<context>
    <name>jitscope::GraphNodeText</name>
    <message>
        <source>… %1 more</source>
        <translation>… %1 weitere</translation>
    </message>
</context>
<context>
    <name>jitscope::GraphPage</name>
    <message>
        <source>The method whose graph is shown</source>
        <translation>Die Methode, deren Graph angezeigt wird</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Expand every module and function call: the fully inlined graph</source>
        <translation>Jeden Modul- und Funktionsaufruf aufklappen: der vollständig eingebettete Graph</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Show every call as one box</source>
        <translation>Jeden Aufruf als einen Kasten zeigen</translation>
    </message>
    <message>
        <source>depth </source>
        <translation>Tiefe </translation>
    </message>
    <message>
        <source>Expand to Depth</source>
        <translation>Bis Tiefe aufklappen</translation>
    </message>
    <message>
        <source>Expand calls nested fewer levels deep than this</source>
        <translation>Aufrufe aufklappen, die weniger tief verschachtelt sind</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the graph as SVG or PNG</source>
        <translation>Den Graphen als SVG oder PNG speichern</translation>
    </message>
    <message>
        <source>Find op, value or module</source>
        <translation>Op, Wert oder Modul suchen</translation>
    </message>
    <message>
        <source>Find op, value or module (Enter: next, Shift+Enter: previous)</source>
        <translation>Op, Wert oder Modul suchen (Eingabe: nächster, Umschalt+Eingabe: vorheriger)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Wird angeordnet…</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No graph is shown.</source>
        <translation>Es wird kein Graph angezeigt.</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Show the whole graph in the window</source>
        <translation>Den ganzen Graphen im Fenster zeigen</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Back to the top of the graph at a readable zoom</source>
        <translation>Zurück zum Anfang des Graphen, in lesbarer Größe</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Show the overview of the whole graph in the corner</source>
        <translation>Die Übersicht des ganzen Graphen in der Ecke zeigen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show what the colours of the ops mean</source>
        <translation>Zeigen, was die Farben der Operationen bedeuten</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Falten</translation>
    </message>
    <message>
        <source>Show constants, constant lists and attribute reads as attributes of the nodes that use them, an input check (if …: raise) or a selection (a if c else b) as one node, and of an if on a constant only the branch it takes</source>
        <translation>Konstanten, konstante Listen und Attributzugriffe als Attribute der Knoten zeigen, die sie verwenden, eine Eingabeprüfung (if …: raise) oder eine Auswahl (a if c else b) als einen Knoten, und von einem if auf eine Konstante nur den Zweig, den es nimmt</translation>
    </message>
    <message>
        <source>Time heat map</source>
        <translation>Zeit-Heatmap</translation>
    </message>
    <message>
        <source>Colour every node by the time it took in the observed run: yellow for little, red for the slowest</source>
        <translation>Jeden Knoten nach seiner Zeit im beobachteten Lauf färben: gelb für wenig, rot für die langsamsten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take the observed run off the graph</source>
        <translation>Den beobachteten Lauf vom Graphen nehmen</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#6a4a00&apos;&gt;The observed run is no longer drawn: %1. Observe the call again in the Run dock.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#6a4a00&apos;&gt;Der beobachtete Lauf wird nicht mehr gezeigt: %1. Beobachten Sie den Aufruf erneut im Bereich Ausführen.&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Observed&lt;/b&gt; %1(%2): %n value(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Beobachtet&lt;/b&gt; %1(%2): %n Wert</numerusform>
            <numerusform>&lt;b&gt;Beobachtet&lt;/b&gt; %1(%2): %n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 ms a call</source>
        <translation>, %1 ms je Aufruf</translation>
    </message>
    <message>
        <source>, %1 MACs</source>
        <translation>, %1 MACs</translation>
    </message>
    <message numerus="yes">
        <source>, &lt;span style=&apos;color:#c01818&apos;&gt;%n with NaN or Inf (red edges)&lt;/span&gt;</source>
        <translation>
            <numerusform>, &lt;span style=&apos;color:#c01818&apos;&gt;%n mit NaN oder Inf (rote Kanten)&lt;/span&gt;</numerusform>
            <numerusform>, &lt;span style=&apos;color:#c01818&apos;&gt;%n mit NaN oder Inf (rote Kanten)&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>, &lt;span style=&apos;color:#c01818&apos;&gt;failed in the node outlined red&lt;/span&gt;</source>
        <translation>, &lt;span style=&apos;color:#c01818&apos;&gt;gescheitert im rot umrandeten Knoten&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>, %n tensor(s) over the budget: statistics only</source>
        <translation>
            <numerusform>, %n Tensor über dem Budget: nur Statistik</numerusform>
            <numerusform>, %n Tensoren über dem Budget: nur Statistik</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms %2 %3 ms</source>
        <translation>%1 ms %2 %3 ms</translation>
    </message>
    <message>
        <source>A node&apos;s time against the slowest node&apos;s (%1 ms); nodes under %2% of it are not tinted</source>
        <translation>Die Zeit eines Knotens gegenüber der des langsamsten (%1 ms); Knoten unter %2% davon werden nicht eingefärbt</translation>
    </message>
    <message>
        <source>Click a node or an edge to inspect it; double-click a call to expand it.</source>
        <translation>Einen Knoten oder eine Kante anklicken, um sie zu untersuchen; einen Aufruf doppelklicken, um ihn aufzuklappen.</translation>
    </message>
    <message>
        <source>Node %1 is not drawn here: it is folded, or inside a call not expanded.</source>
        <translation>Knoten %1 ist hier nicht gezeichnet: Er ist gefaltet oder liegt in einem nicht aufgeklappten Aufruf.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln Knoten</numerusform>
            <numerusform>%Ln Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edge(s)</source>
        <translation>
            <numerusform>%Ln Kante</numerusform>
            <numerusform>%Ln Kanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>built in %1 ms, laid out in %2 ms (%Ln dot run(s))</source>
        <translation>
            <numerusform>erstellt in %1 ms, angeordnet in %2 ms (%Ln dot-Lauf)</numerusform>
            <numerusform>erstellt in %1 ms, angeordnet in %2 ms (%Ln dot-Läufe)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jitscope::GraphPainter</name>
    <message>
        <source>TorchScript graph drawn by JitScope</source>
        <translation>TorchScript-Graph, gezeichnet von JitScope</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The image would be too large (%1 × %2 pixels).</source>
        <translation>Das Bild wäre zu groß (%1 × %2 Pixel).</translation>
    </message>
</context>
<context>
    <name>jitscope::GraphScene</name>
    <message>
        <source>Double-click the title to collapse</source>
        <translation>Doppelklick auf den Titel klappt die Gruppe zu</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>%1 · %2
called in %3
Double-click to expand</source>
        <translation>%1 · %2
aufgerufen in %3
Doppelklick klappt auf</translation>
    </message>
</context>
<context>
    <name>jitscope::GraphView</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: Klicken oder Ziehen verschiebt die Ansicht</translation>
    </message>
</context>
<context>
    <name>jitscope::InvokePanel</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Call the method with these arguments (Ctrl+Enter)</source>
        <translation>Die Methode mit diesen Argumenten aufrufen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Earlier calls; later arguments name their results $0, $1, …</source>
        <translation>Frühere Aufrufe; spätere Argumente verweisen auf ihre Ergebnisse mit $0, $1, …</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a method to run it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Methode, um sie auszuführen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Argument &apos;%1&apos; has no value.</source>
        <translation>Argument &apos;%1&apos; hat keinen Wert.</translation>
    </message>
    <message>
        <source>Argument &apos;%1&apos;: %2</source>
        <translation>Argument &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>$%1 in %2 ms</source>
        <translation>$%1 in %2 ms</translation>
    </message>
    <message>
        <source>Any method of any module: forward and @torch.jit.export ones</source>
        <translation>Jede Methode jedes Moduls: forward und die mit @torch.jit.export exportierten</translation>
    </message>
    <message>
        <source>History — double-click a call to run it again</source>
        <translation>Verlauf — Doppelklick auf einen Aufruf führt ihn erneut aus</translation>
    </message>
    <message>
        <source>&lt;i&gt;Compile, then pick a function to run it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Kompilieren Sie und wählen Sie dann eine Funktion, um sie auszuführen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 — double-click to open it in the tensor viewer</source>
        <translation>%1 — Doppelklick öffnet es im Tensor-Betrachter</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isoliert</translation>
    </message>
    <message>
        <source>Run in a separate process on the archive as saved (in this module&apos;s mode, device and dtype): a crash inside libtorch ends that process, not the window. The outputs are shown but not kept as $N.</source>
        <translation>In einem eigenen Prozess auf dem gespeicherten Archiv ausführen (im Modus, auf dem Gerät und mit dem dtype dieses Moduls): Ein Absturz in libtorch beendet jenen Prozess, nicht das Fenster. Die Ausgaben werden gezeigt, aber nicht als $N behalten.</translation>
    </message>
    <message>
        <source>Running in a separate process…</source>
        <translation>Läuft in einem eigenen Prozess…</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isoliert</translation>
    </message>
    <message>
        <source>Observe</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Call it once recording every value&apos;s shape and statistics, then time every node: shapes on the graph&apos;s edges, a time heat map and a module summary (Ctrl+Shift+Enter)</source>
        <translation>Einmal aufrufen und dabei Form und Statistik jedes Werts aufzeichnen, dann jeden Knoten messen: Formen an den Kanten des Graphen, eine Zeit-Heatmap und eine Modulübersicht (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>the call&apos;s inputs were edited</source>
        <translation>die Eingaben des Aufrufs wurden bearbeitet</translation>
    </message>
    <message>
        <source>Running observed: recording every value, then timing every node…</source>
        <translation>Läuft beobachtet: jeder Wert wird aufgezeichnet, dann jeder Knoten gemessen …</translation>
    </message>
    <message numerus="yes">
        <source>; %n tensor(s) over the budget show statistics only</source>
        <translation>
            <numerusform>; %n Tensor über dem Budget zeigt nur Statistik</numerusform>
            <numerusform>; %n Tensoren über dem Budget zeigen nur Statistik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>$%1 observed: %n value(s)</source>
        <translation>
            <numerusform>$%1 beobachtet: %n Wert</numerusform>
            <numerusform>$%1 beobachtet: %n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>Observing runs in this process: switch Isolated off to observe</source>
        <translation>Beobachten läuft in diesem Prozess: schalten Sie Isoliert aus, um zu beobachten</translation>
    </message>
    <message>
        <source>Float inputs are made %1, the module&apos;s type, unless they say dtype=.</source>
        <translation>Gleitkomma-Eingaben werden als %1 erzeugt, im Typ des Moduls, außer sie geben dtype= an.</translation>
    </message>
    <message>
        <source>A tensor, e.g. randn(2, 3) or load(&quot;x.npy&quot;)</source>
        <translation>Ein Tensor, z. B. randn(2, 3) oder load(&quot;x.npy&quot;)</translation>
    </message>
    <message>
        <source>A value of type %1</source>
        <translation>Ein Wert vom Typ %1</translation>
    </message>
    <message>
        <source>a value of this type</source>
        <translation>ein Wert dieses Typs</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>A value of type %1, e.g. %2</source>
        <translation>Ein Wert vom Typ %1, z. B. %2</translation>
    </message>
    <message>
        <source>A tensor; filled in with a shape that %1, the first layer reading it, takes</source>
        <translation>Ein Tensor; vorausgefüllt mit einer Form, die %1 als erste Schicht, die ihn liest, annimmt</translation>
    </message>
    <message>
        <source>the module</source>
        <translation>das Modul</translation>
    </message>
    <message>
        <source>$%1 in %2 ms, call %3 of this method: TorchScript optimizes a method over its first two calls, so its speed shows from the third</source>
        <translation>$%1 in %2 ms, Aufruf %3 dieser Methode: TorchScript optimiert eine Methode über ihre ersten zwei Aufrufe, ihre Geschwindigkeit zeigt sich ab dem dritten</translation>
    </message>
    <message>
        <source>In a separate process, %1 ms: a first call there, slower than the method&apos;s speed (TorchScript profiles it as it runs)</source>
        <translation>In einem eigenen Prozess, %1 ms: dort ein erster Aufruf, langsamer als die Methode sonst (TorchScript profiliert ihn während er läuft)</translation>
    </message>
</context>
<context>
    <name>jitscope::Invoker</name>
    <message>
        <source>Nothing is compiled yet: compile TorchScript source first.</source>
        <translation>Noch nichts kompiliert: Kompilieren Sie zuerst TorchScript-Quelltext.</translation>
    </message>
    <message>
        <source>No function &apos;%1&apos; in the compiled source. Its functions: %2.</source>
        <translation>Keine Funktion &apos;%1&apos; im kompilierten Quelltext. Vorhandene Funktionen: %2.</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>Es ist kein Archiv geöffnet.</translation>
    </message>
    <message>
        <source>%1 has no argument &apos;%2&apos;. Its schema: %3</source>
        <translation>%1 hat kein Argument &apos;%2&apos;. Sein Schema: %3</translation>
    </message>
    <message>
        <source>%1 takes %2 argument(s), %3 given. Its schema: %4</source>
        <translation>%1 erwartet %2 Argument(e), %3 übergeben. Sein Schema: %4</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos;: %2</source>
        <translation>Argument &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1: argument &apos;%2&apos; (%3) has no value and no default.</source>
        <translation>%1: Argument &apos;%2&apos; (%3) hat weder einen Wert noch einen Standardwert.</translation>
    </message>
    <message>
        <source>argument &apos;%1&apos;</source>
        <translation>Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 failed:
%2</source>
        <translation>%1 fehlgeschlagen:
%2</translation>
    </message>
    <message>
        <source>%1 returned no tensor to save.</source>
        <translation>%1 hat keinen Tensor zum Speichern zurückgegeben.</translation>
    </message>
    <message>
        <source>The source does not compile:
%1</source>
        <translation>Der Quelltext lässt sich nicht kompilieren:
%1</translation>
    </message>
</context>
<context>
    <name>jitscope::LiteBytecode</name>
    <message>
        <source>bytecode.pkl is not the lite interpreter&apos;s bytecode.</source>
        <translation>bytecode.pkl ist nicht der Bytecode des Lite-Interpreters.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message numerus="yes">
        <source># bytecode version %1, %n method(s)
</source>
        <translation>
            <numerusform># Bytecode-Version %1, %n Methode
</numerusform>
            <numerusform># Bytecode-Version %1, %n Methoden
</numerusform>
        </translation>
    </message>
    <message>
        <source>bytecode.pkl names its values more often than any bytecode does: refused before reading it takes more than 64 MiB.</source>
        <translation>bytecode.pkl nennt seine Werte öfter als jeder Bytecode: abgelehnt, bevor das Lesen mehr als 64 MiB braucht.</translation>
    </message>
</context>
<context>
    <name>jitscope::LoadWeightsDialog</name>
    <message>
        <source>Load Weights</source>
        <translation>Gewichte laden</translation>
    </message>
    <message>
        <source>Weights from &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Gewichte aus &lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The dict in the checkpoint that holds the weights</source>
        <translation>Das dict im Checkpoint, das die Gewichte enthält</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Stripped from the front of the checkpoint&apos;s keys, such as &quot;module.&quot; (DataParallel) or &quot;model.&quot;; type your own</source>
        <translation>Wird vorn von den Schlüsseln des Checkpoints entfernt, etwa &quot;module.&quot; (DataParallel) oder &quot;model.&quot;; eigenen eingeben</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Strict: every parameter and buffer matched, no key left over</source>
        <translation>Strikt: jeder Parameter und Buffer zugeordnet, kein Schlüssel übrig</translation>
    </message>
    <message>
        <source>Weights from:</source>
        <translation>Gewichte aus:</translation>
    </message>
    <message>
        <source>Strip prefix:</source>
        <translation>Präfix entfernen:</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Wird zugeordnet…</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unexpected</source>
        <translation>unerwartet</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation>Die ganze Datei</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>die ganze Datei</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>The matched tensors hold the module&apos;s values already.</source>
        <translation>Die zugeordneten Tensoren enthalten bereits die Werte des Moduls.</translation>
    </message>
    <message numerus="yes">
        <source>%n matched tensor(s) will change.</source>
        <translation>
            <numerusform>%n zugeordneter Tensor wird sich ändern.</numerusform>
            <numerusform>%n zugeordnete Tensoren werden sich ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load: %1.</source>
        <translation>Laden nicht möglich: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n tensor(s) from %1</source>
        <translation>
            <numerusform>%n Tensor aus %1 geladen</numerusform>
            <numerusform>%n Tensoren aus %1 geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>jitscope::LoadedArchive</name>
    <message>
        <source>the archive is damaged (%1). Fetch or save the file again.</source>
        <translation>das Archiv ist beschädigt (%1). Laden Sie die Datei erneut herunter oder speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>Reading the archive directory</source>
        <translation>Archivverzeichnis wird gelesen</translation>
    </message>
    <message>
        <source>Loading the module with libtorch</source>
        <translation>Modul wird mit libtorch geladen</translation>
    </message>
    <message>
        <source>Describing modules, tensors and methods</source>
        <translation>Module, Tensoren und Methoden werden erfasst</translation>
    </message>
    <message>
        <source>the archive loaded, but describing it failed:
%1</source>
        <translation>das Archiv wurde geladen, aber seine Erfassung ist fehlgeschlagen:
%1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>Es ist kein Archiv geöffnet.</translation>
    </message>
    <message>
        <source>Describing the module failed: %1</source>
        <translation>Das Erfassen des Moduls ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is the archive that is open: saving over it needs your confirmation.</source>
        <translation>%1 ist das geöffnete Archiv: Es zu überschreiben erfordert Ihre Bestätigung.</translation>
    </message>
    <message>
        <source>Saving the module failed: %1</source>
        <translation>Das Speichern des Moduls ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2.</source>
        <translation>%1: kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2. Nothing was changed.</source>
        <translation>%1: kann nicht geschrieben werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the archive uses code this libtorch (%1) does not know; it was probably written by a newer PyTorch or needs a custom operator library: %2</source>
        <translation>das Archiv verwendet Code, den diese libtorch (%1) nicht kennt; es wurde wahrscheinlich von einem neueren PyTorch geschrieben oder benötigt eine eigene Operator-Bibliothek: %2</translation>
    </message>
    <message>
        <source>the archive&apos;s code is damaged: %1, line %2: %3.</source>
        <translation>der Code des Archivs ist beschädigt: %1, Zeile %2: %3.</translation>
    </message>
    <message>
        <source>libtorch could not load the archive: %1</source>
        <translation>libtorch konnte das Archiv nicht laden: %1</translation>
    </message>
    <message>
        <source>unknown map location &apos;%1&apos;: use cpu or cuda:N.</source>
        <translation>unbekannter Ladeort &apos;%1&apos;: Verwenden Sie cpu oder cuda:N.</translation>
    </message>
    <message>
        <source>cannot load onto %1: %2</source>
        <translation>kann nicht auf %1 geladen werden: %2</translation>
    </message>
    <message>
        <source>this libtorch has no such device.</source>
        <translation>diese libtorch kennt kein solches Gerät.</translation>
    </message>
    <message>
        <source>Load the library that defines it: jitscope-cli --ops-library PATH, or File &gt; Operator Libraries in the window.</source>
        <translation>Laden Sie die Bibliothek, die ihn definiert: jitscope-cli --ops-library PATH oder im Fenster Datei &gt; Operator-Bibliotheken.</translation>
    </message>
    <message>
        <source>%1&apos;s operator library is installed here: %2 (jitscope-cli --ops-library, or File &gt; Operator Libraries in the window).</source>
        <translation>Die Operator-Bibliothek von %1 ist hier installiert: %2 (jitscope-cli --ops-library oder im Fenster Datei &gt; Operator-Bibliotheken).</translation>
    </message>
    <message>
        <source>the archive uses %1, which comes from %2&apos;s operator library, not from libtorch. %3</source>
        <translation>das Archiv verwendet %1 aus der Operator-Bibliothek von %2, nicht aus libtorch. %3</translation>
    </message>
    <message>
        <source>not a TorchScript archive, checkpoint or safetensors file: no zip directory found. JitScope opens the zip files torch.jit.save() and torch.save() write, legacy torch.save() pickles and .safetensors files.</source>
        <translation>kein TorchScript-Archiv, Checkpoint oder Safetensors-Datei: kein Zip-Verzeichnis gefunden. JitScope öffnet die Zip-Dateien, die torch.jit.save() und torch.save() schreiben, alte Pickles von torch.save() und .safetensors-Dateien.</translation>
    </message>
    <message>
        <source>Checking the archive&apos;s code in a separate process</source>
        <translation>Der Code des Archivs wird in einem eigenen Prozess geprüft</translation>
    </message>
</context>
<context>
    <name>jitscope::MainWindow</name>
    <message>
        <source>JitScope</source>
        <translation>JitScope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message>
        <source>Format v%1 · %2 modules · %3 methods · %4 parameters (%5) · %6 on disk</source>
        <translation>Format v%1 · %2 Module · %3 Methoden · %4 Parameter (%5) · %6 auf dem Datenträger</translation>
    </message>
    <message>
        <source>About JitScope</source>
        <translation>Über JitScope</translation>
    </message>
    <message>
        <source>%1[*] — JitScope</source>
        <translation>%1[*] — JitScope</translation>
    </message>
    <message>
        <source>Cannot Change the Module</source>
        <translation>Das Modul kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Train mode. Traced submodules keep the train/eval behaviour they were traced in; only scripted code follows the switch.</source>
        <translation>Trainingsmodus. Getracete Submodule behalten das Train-/Eval-Verhalten, in dem sie getracet wurden; nur geskripteter Code folgt dem Umschalter.</translation>
    </message>
    <message>
        <source>The module is now in %1 mode, %2 on %3</source>
        <translation>Das Modul ist jetzt im %1-Modus, %2 auf %3</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>Eval</translation>
    </message>
    <message>
        <source>&amp;Graph Only</source>
        <translation>Nur &amp;Graph</translation>
    </message>
    <message>
        <source>Hide the docks so the graph, code and IR get the whole window; again to bring them back</source>
        <translation>Die Docks ausblenden, damit Graph, Code und IR das ganze Fenster bekommen; erneut, um sie zurückzuholen</translation>
    </message>
    <message>
        <source>Docks hidden: press F11 to bring them back</source>
        <translation>Docks ausgeblendet: F11 holt sie zurück</translation>
    </message>
    <message>
        <source>saved on %1, opened on %2</source>
        <translation>gespeichert auf %1, geöffnet auf %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;JitScope %1&lt;/h3&gt;&lt;p&gt;A desktop explorer for TorchScript archives.&lt;/p&gt;&lt;p&gt;Revision %2&lt;br&gt;libtorch %3 · Qt %4 · Graphviz %5&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;License: %7. This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law. See &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JitScope %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Explorer für TorchScript-Archive.&lt;/p&gt;&lt;p&gt;Revision %2&lt;br&gt;libtorch %3 · Qt %4 · Graphviz %5&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;Lizenz: %7. Dies ist freie Software: Sie können sie verändern und weitergeben. Es gibt KEINE GARANTIE, soweit gesetzlich zulässig. Siehe &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;gnu.org/licenses/gpl-3.0.html&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 tensors (%3) · %4 on disk</source>
        <translation>%1 · %2 Tensoren (%3) · %4 auf dem Datenträger</translation>
    </message>
    <message>
        <source>Show or hide the %1 dock</source>
        <translation>Das Dock „%1“ zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Open a TorchScript archive, a checkpoint or a .safetensors file to begin.</source>
        <translation>Öffnen Sie ein TorchScript-Archiv, einen Checkpoint oder eine .safetensors-Datei, um zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
</context>
<context>
    <name>jitscope::MethodTableModel</name>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
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
    <name>jitscope::MethodsPane</name>
    <message>
        <source>Filter methods</source>
        <translation>Methoden filtern</translation>
    </message>
    <message>
        <source>Selected module only</source>
        <translation>Nur gewähltes Modul</translation>
    </message>
</context>
<context>
    <name>jitscope::ModelComparer</name>
    <message>
        <source>left</source>
        <translation>linke</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechte</translation>
    </message>
    <message>
        <source>%1 items against %2</source>
        <translation>%1 Elemente gegenüber %2</translation>
    </message>
    <message>
        <source>shapes differ</source>
        <translation>Formen unterschiedlich</translation>
    </message>
    <message>
        <source>one is complex</source>
        <translation>eines ist komplex</translation>
    </message>
    <message>
        <source>dtypes differ</source>
        <translation>dtypes unterschiedlich</translation>
    </message>
    <message>
        <source>values differ</source>
        <translation>Werte unterschiedlich</translation>
    </message>
    <message>
        <source>types differ</source>
        <translation>Typen unterschiedlich</translation>
    </message>
    <message>
        <source>The %1 side cannot be opened: %2</source>
        <translation>Die %1 Seite kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Running the %1 side (%2) failed: %3</source>
        <translation>Die %1 Seite (%2) konnte nicht ausgeführt werden: %3</translation>
    </message>
    <message>
        <source>Comparing the outputs failed: %1</source>
        <translation>Das Vergleichen der Ausgaben ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (%2 side): %3</source>
        <translation>%1 (%2 Seite): %3</translation>
    </message>
    <message>
        <source>Comparing the parameters failed: %1</source>
        <translation>Das Vergleichen der Parameter ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) were over the memory budget and not compared.</source>
        <translation>
            <numerusform>%n Ausgabe war über dem Speicherbudget und wurde nicht verglichen.</numerusform>
            <numerusform>%n Ausgaben waren über dem Speicherbudget und wurden nicht verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the graphs to compare failed: %1</source>
        <translation>Die zu vergleichenden Graphen konnten nicht gebaut werden: %1</translation>
    </message>
</context>
<context>
    <name>jitscope::ModelSession</name>
    <message>
        <source>This archive holds no lite interpreter bytecode.</source>
        <translation>Dieses Archiv enthält keinen Bytecode des Lite-Interpreters.</translation>
    </message>
    <message>
        <source>The bytecode holds no code of this module&apos;s own: the lite interpreter inlines submodules&apos; methods into the root module&apos;s.</source>
        <translation>Der Bytecode enthält keinen eigenen Code dieses Moduls: Der Lite-Interpreter bettet die Methoden der Submodule in die des Wurzelmoduls ein.</translation>
    </message>
    <message>
        <source># lite interpreter bytecode, version %1
</source>
        <translation># Bytecode des Lite-Interpreters, Version %1
</translation>
    </message>
    <message>
        <source>Warm a method up first: the executed graph is that of the last warm-up.</source>
        <translation>Wärmen Sie zuerst eine Methode auf: Der ausgeführte Graph ist der des letzten Aufwärmens.</translation>
    </message>
</context>
<context>
    <name>jitscope::ModelStateBar</name>
    <message>
        <source>Model State</source>
        <translation>Modellzustand</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>Eval</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>train() or eval() on every submodule: dropout and batch norm behave accordingly in scripted code.
Traced submodules keep the train/eval behaviour they were traced in: tracing recorded one path, so switching the mode does not change what they compute.</source>
        <translation>train() oder eval() auf jedem Submodul: Dropout und Batch-Norm verhalten sich in geskriptetem Code entsprechend.
Getracete Submodule behalten das Train-/Eval-Verhalten, in dem sie getracet wurden: Das Tracing hat einen einzigen Pfad aufgezeichnet, daher ändert ein Umschalten des Modus nicht, was sie berechnen.</translation>
    </message>
    <message>
        <source>The device the module&apos;s parameters and buffers live on; inputs follow it.</source>
        <translation>Das Gerät, auf dem die Parameter und Buffer des Moduls liegen; Eingaben folgen ihm.</translation>
    </message>
    <message>
        <source>The floating-point type of the module&apos;s parameters and buffers.</source>
        <translation>Der Gleitkommatyp der Parameter und Buffer des Moduls.</translation>
    </message>
    <message>
        <source> Mode </source>
        <translation> Modus </translation>
    </message>
    <message>
        <source> Device </source>
        <translation> Gerät </translation>
    </message>
    <message>
        <source>To GPU</source>
        <translation>Auf GPU</translation>
    </message>
    <message>
        <source>Move the module to cuda:0</source>
        <translation>Das Modul nach cuda:0 verschieben</translation>
    </message>
    <message>
        <source> Dtype </source>
        <translation> Dtype </translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
</context>
<context>
    <name>jitscope::ModuleTreeModel</name>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>Eval</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>in the archive: %1</source>
        <translation>im Archiv: %1</translation>
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
    <name>jitscope::NpyArray</name>
    <message>
        <source>not a .npy file (no \x93NUMPY magic).</source>
        <translation>keine .npy-Datei (keine \x93NUMPY-Signatur).</translation>
    </message>
    <message>
        <source>the .npy header is cut short.</source>
        <translation>der .npy-Header ist abgeschnitten.</translation>
    </message>
    <message>
        <source>.npy format version %1 is not supported (1 to 3 are).</source>
        <translation>.npy-Formatversion %1 wird nicht unterstützt (unterstützt werden 1 bis 3).</translation>
    </message>
    <message>
        <source>the .npy header is damaged: %1</source>
        <translation>der .npy-Header ist beschädigt: %1</translation>
    </message>
    <message>
        <source>the .npy shape is damaged: (%1)</source>
        <translation>die .npy-Form ist beschädigt: (%1)</translation>
    </message>
    <message>
        <source>unsupported .npy dtype &apos;%1&apos;.</source>
        <translation>nicht unterstützter .npy-dtype &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the .npy data is cut short: %1 bytes for %2 elements of %3 bytes.</source>
        <translation>die .npy-Daten sind abgeschnitten: %1 Bytes für %2 Elemente zu je %3 Bytes.</translation>
    </message>
    <message>
        <source>the .npy shape (%1) declares more bytes than a 64-bit count holds.</source>
        <translation>die .npy-Form (%1) gibt mehr Bytes an, als eine 64-Bit-Zahl fasst.</translation>
    </message>
</context>
<context>
    <name>jitscope::ObservedModuleModel</name>
    <message>
        <source>the called module</source>
        <translation>das aufgerufene Modul</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>%1 (%2 calls)</source>
        <translation>%1 (%2 Aufrufe)</translation>
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
        <source>Output shape</source>
        <translation>Ausgabeform</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>jitscope::ObservedOpModel</name>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Own (ms)</source>
        <translation>Eigene (ms)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
</context>
<context>
    <name>jitscope::ObservedRunView</name>
    <message>
        <source>Filter modules</source>
        <translation>Module filtern</translation>
    </message>
    <message>
        <source>Selected module&apos;s subtree</source>
        <translation>Teilbaum des ausgewählten Moduls</translation>
    </message>
    <message>
        <source>Filter ops, e.g. conv</source>
        <translation>Ops filtern, z. B. conv</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Ops</source>
        <translation>Ops</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Keep tensors up to </source>
        <translation>Tensoren behalten bis </translation>
    </message>
    <message>
        <source>How much of its tensors an observed run keeps for the tensor viewer; past it, statistics only. Applies to the next run.</source>
        <translation>Wie viel seiner Tensoren ein beobachteter Lauf für den Tensor-Betrachter behält; darüber nur Statistik. Gilt ab dem nächsten Lauf.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Observe a call in the Run dock to see every module&apos;s output shape, parameters, multiply-accumulates and time, and every op&apos;s time.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Beobachten Sie einen Aufruf im Bereich Ausführen, um Ausgabeform, Parameter, Multiply-Accumulates und Zeit jedes Moduls und die Zeit jeder Op zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The observed run was dropped: %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Der beobachtete Lauf wurde verworfen: %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 parameters, %3 MACs</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Parameter, %3 MACs</translation>
    </message>
    <message>
        <source>, %1 ms a call (median of %2 after a warm-up)</source>
        <translation>, %1 ms je Aufruf (Median von %2 nach einem Aufwärmlauf)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#c01818&apos;&gt;The call failed: what ran before is shown.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#c01818&apos;&gt;Der Aufruf ist gescheitert: gezeigt wird, was davor lief.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>jitscope::Observer</name>
    <message>
        <source>Only a module&apos;s methods can be observed; call compiled functions with Invoke.</source>
        <translation>Nur Methoden eines Moduls lassen sich beobachten; kompilierte Funktionen rufen Sie mit Ausführen auf.</translation>
    </message>
    <message>
        <source>%1 has no TorchScript graph to observe.</source>
        <translation>%1 hat keinen TorchScript-Graphen, der sich beobachten ließe.</translation>
    </message>
    <message>
        <source>%1 could not be prepared for observing: %2</source>
        <translation>%1 konnte nicht zum Beobachten vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 failed:
%2</source>
        <translation>%1 ist gescheitert:
%2</translation>
    </message>
    <message>
        <source>not timed: in training mode each run would update the module&apos;s buffers (BatchNorm statistics) again; switch to eval to time it</source>
        <translation>nicht gemessen: im Trainingsmodus würde jeder Lauf die Puffer des Moduls (BatchNorm-Statistik) erneut ändern; schalten Sie auf Eval, um zu messen</translation>
    </message>
    <message>
        <source>not timed: %1 failed when run again: %2</source>
        <translation>nicht gemessen: %1 ist beim erneuten Lauf gescheitert: %2</translation>
    </message>
</context>
<context>
    <name>jitscope::OperatorLibraryDialog</name>
    <message>
        <source>Operator Libraries</source>
        <translation>Operator-Bibliotheken</translation>
    </message>
    <message>
        <source>Shared libraries that define TorchScript operators and classes libtorch lacks (torchvision&apos;s _C library for torchvision::nms), as torch.ops.load_library loads them. They are loaded at every start. Loading a library runs its code: add only libraries you trust.</source>
        <translation>Gemeinsam genutzte Bibliotheken, die TorchScript-Operatoren und -Klassen definieren, die libtorch fehlen (torchvisions _C-Bibliothek für torchvision::nms), geladen wie mit torch.ops.load_library. Sie werden bei jedem Start geladen. Das Laden einer Bibliothek führt ihren Code aus: Fügen Sie nur Bibliotheken hinzu, denen Sie vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add Operator Library</source>
        <translation>Operator-Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Shared libraries (*.so *.so.*);;All files (*)</source>
        <translation>Gemeinsam genutzte Bibliotheken (*.so *.so.*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <source>Removed; a loaded library stays loaded until JitScope restarts.</source>
        <translation>Entfernt; eine geladene Bibliothek bleibt bis zum Neustart von JitScope geladen.</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Not loaded: it failed at start, or the file is gone</source>
        <translation>Nicht geladen: Das Laden beim Start schlug fehl, oder die Datei fehlt</translation>
    </message>
</context>
<context>
    <name>jitscope::ParameterDiffModel</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>values differ</source>
        <translation>Werte unterschiedlich</translation>
    </message>
    <message>
        <source>shape differs</source>
        <translation>Form unterschiedlich</translation>
    </message>
    <message>
        <source>dtype differs</source>
        <translation>dtype unterschiedlich</translation>
    </message>
    <message>
        <source>only left</source>
        <translation>nur links</translation>
    </message>
    <message>
        <source>only right</source>
        <translation>nur rechts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Max |Δ|</source>
        <translation>Max. |Δ|</translation>
    </message>
</context>
<context>
    <name>jitscope::PickleReader</name>
    <message>
        <source>the pickle is truncated: an item needs %1 more bytes than the file holds.</source>
        <translation>die Pickle-Daten sind abgeschnitten: Ein Element benötigt %1 Bytes mehr, als die Datei enthält.</translation>
    </message>
    <message>
        <source>the pickle is truncated: a line of text has no end.</source>
        <translation>die Pickle-Daten sind abgeschnitten: Eine Textzeile hat kein Ende.</translation>
    </message>
    <message>
        <source>the pickle holds more than %1 values.</source>
        <translation>die Pickle-Daten enthalten mehr als %1 Werte.</translation>
    </message>
    <message>
        <source>the pickle is damaged: it takes a value from an empty stack.</source>
        <translation>die Pickle-Daten sind beschädigt: Sie entnehmen einen Wert von einem leeren Stapel.</translation>
    </message>
    <message>
        <source>the pickle is damaged: it uses a value from an empty stack.</source>
        <translation>die Pickle-Daten sind beschädigt: Sie verwenden einen Wert von einem leeren Stapel.</translation>
    </message>
    <message>
        <source>the pickle is damaged: a mark is missing.</source>
        <translation>die Pickle-Daten sind beschädigt: Eine Markierung fehlt.</translation>
    </message>
    <message>
        <source>the pickle nests values more than %1 levels deep.</source>
        <translation>die Pickle-Daten verschachteln Werte tiefer als %1 Ebenen.</translation>
    </message>
    <message>
        <source>the pickle is damaged: it refers to memo entry %1, which it never stored.</source>
        <translation>die Pickle-Daten sind beschädigt: Sie verweisen auf den Memo-Eintrag %1, der nie gespeichert wurde.</translation>
    </message>
    <message>
        <source>the pickle is damaged: &apos;%1&apos; is not a number.</source>
        <translation>die Pickle-Daten sind beschädigt: &apos;%1&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>the pickle is truncated: it ends before its STOP mark.</source>
        <translation>die Pickle-Daten sind abgeschnitten: Sie enden vor ihrer STOP-Markierung.</translation>
    </message>
    <message>
        <source>the pickle is damaged: unknown opcode 0x%1 at byte %2.</source>
        <translation>die Pickle-Daten sind beschädigt: unbekannter Opcode 0x%1 bei Byte %2.</translation>
    </message>
    <message>
        <source>the pickle uses a protocol newer than 5.</source>
        <translation>die Pickle-Daten verwenden ein Protokoll neuer als 5.</translation>
    </message>
    <message>
        <source>the pickle is damaged: an integer has a negative length.</source>
        <translation>die Pickle-Daten sind beschädigt: Eine Ganzzahl hat eine negative Länge.</translation>
    </message>
    <message>
        <source>the pickle is damaged: a string has a negative length.</source>
        <translation>die Pickle-Daten sind beschädigt: Eine Zeichenkette hat eine negative Länge.</translation>
    </message>
    <message>
        <source>the pickle is damaged: it appends to something that is not a list.</source>
        <translation>die Pickle-Daten sind beschädigt: Sie hängen an etwas an, das keine Liste ist.</translation>
    </message>
    <message>
        <source>the pickle is damaged: it adds items to something that is not a set.</source>
        <translation>die Pickle-Daten sind beschädigt: Sie fügen Elemente zu etwas hinzu, das keine Menge ist.</translation>
    </message>
    <message>
        <source>the pickle is damaged: a class is named by something other than text.</source>
        <translation>die Pickle-Daten sind beschädigt: Eine Klasse wird durch etwas anderes als Text benannt.</translation>
    </message>
    <message>
        <source>the pickle is damaged: an object has no class.</source>
        <translation>die Pickle-Daten sind beschädigt: Ein Objekt hat keine Klasse.</translation>
    </message>
    <message>
        <source>the pickle uses Python&apos;s extension registry (copyreg), which a data file never needs.</source>
        <translation>die Pickle-Daten verwenden Pythons Erweiterungsregister (copyreg), das eine Datendatei nie benötigt.</translation>
    </message>
    <message>
        <source>the pickle uses out-of-band buffers, which a file cannot carry.</source>
        <translation>die Pickle-Daten verwenden Out-of-Band-Buffer, die eine Datei nicht transportieren kann.</translation>
    </message>
    <message>
        <source>the pickle is damaged: a dictionary has a key without a value.</source>
        <translation>die Pickle-Daten sind beschädigt: Ein Dictionary hat einen Schlüssel ohne Wert.</translation>
    </message>
    <message>
        <source>the pickle is damaged: it sets items of something that is not a dictionary.</source>
        <translation>die Pickle-Daten sind beschädigt: Sie setzen Elemente von etwas, das kein Dictionary ist.</translation>
    </message>
    <message>
        <source>the pickle is damaged: a storage declares %1 elements.</source>
        <translation>die Pickle-Daten sind beschädigt: Ein Speicher deklariert %1 Elemente.</translation>
    </message>
    <message>
        <source>the pickle is damaged: a tensor&apos;s storage, offset, size or stride is malformed.</source>
        <translation>die Pickle-Daten sind beschädigt: Speicher, Offset, Größe oder Stride eines Tensors ist fehlerhaft.</translation>
    </message>
    <message>
        <source>quantized</source>
        <translation>quantisiert</translation>
    </message>
    <message>
        <source>the pickle is damaged: a dictionary entry is not a pair.</source>
        <translation>die Pickle-Daten sind beschädigt: Ein Dictionary-Eintrag ist kein Paar.</translation>
    </message>
</context>
<context>
    <name>jitscope::RunErrorView</name>
    <message>
        <source>Traceback</source>
        <translation>Traceback</translation>
    </message>
    <message>
        <source>Show the TorchScript interpreter&apos;s whole message</source>
        <translation>Die vollständige Meldung des TorchScript-Interpreters anzeigen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>at %1:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;</source>
        <translation>bei %1:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>jitscope::ScratchPad</name>
    <message>
        <source>Compile</source>
        <translation>Kompilieren</translation>
    </message>
    <message>
        <source>TorchScript functions, e.g.

def add_i(x: Tensor, i: int) -&gt; Tensor:
    return x + i</source>
        <translation>TorchScript-Funktionen, z. B.

def add_i(x: Tensor, i: int) -&gt; Tensor:
    return x + i</translation>
    </message>
    <message>
        <source>Compile the functions with torch::jit::compile (Ctrl+B)</source>
        <translation>Die Funktionen mit torch::jit::compile kompilieren (Strg+B)</translation>
    </message>
    <message>
        <source>The compiled function to run</source>
        <translation>Die auszuführende kompilierte Funktion</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Compiling…</source>
        <translation>Wird kompiliert…</translation>
    </message>
    <message>
        <source>Compiled; the source defines no function.</source>
        <translation>Kompiliert; der Quelltext definiert keine Funktion.</translation>
    </message>
    <message numerus="yes">
        <source>Compiled %n function(s).</source>
        <translation>
            <numerusform>%n Funktion kompiliert.</numerusform>
            <numerusform>%n Funktionen kompiliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Line %1, column %2: %3&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Zeile %1, Spalte %2: %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>TorchScript functions: Compile (Ctrl+B), pick one, fill in its arguments, Run.</source>
        <translation>TorchScript-Funktionen: Kompilieren (Strg+B), eine wählen, Argumente eingeben, Ausführen.</translation>
    </message>
</context>
<context>
    <name>jitscope::StartPage</name>
    <message>
        <source>JitScope</source>
        <translation>JitScope</translation>
    </message>
    <message>
        <source>Open Archive…</source>
        <translation>Archiv öffnen…</translation>
    </message>
    <message>
        <source>Open the bundled example &apos;%1&apos;</source>
        <translation>Das mitgelieferte Beispiel &apos;%1&apos; öffnen</translation>
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
        <translation> (fehlt)</translation>
    </message>
    <message>
        <source>No archives opened yet.</source>
        <translation>Noch keine Archive geöffnet.</translation>
    </message>
    <message>
        <source>Look inside TorchScript archives: modules, parameters, attributes, methods, code and IR graphs. Checkpoints and .safetensors files open too.</source>
        <translation>Blicken Sie in TorchScript-Archive: Module, Parameter, Attribute, Methoden, Code und IR-Graphen. Checkpoints und .safetensors-Dateien öffnen sich auch.</translation>
    </message>
    <message>
        <source>or drop an archive (torch.jit.save), a checkpoint (torch.save) or a .safetensors file anywhere on this window</source>
        <translation>oder ziehen Sie ein Archiv (torch.jit.save), einen Checkpoint (torch.save) oder eine .safetensors-Datei irgendwo auf dieses Fenster</translation>
    </message>
</context>
<context>
    <name>jitscope::TensorReader</name>
    <message>
        <source>%1 is a %2, not a tensor.</source>
        <translation>%1 ist ein Wert vom Typ %2, kein Tensor.</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>Es ist kein Archiv geöffnet.</translation>
    </message>
    <message>
        <source>No %1 named &apos;%2&apos;.</source>
        <translation>Kein %1 namens &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <source>Statistics of &apos;%1&apos; failed: %2</source>
        <translation>Die Statistik von &apos;%1&apos; ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is an undefined tensor (None in Python): there is nothing to show.</source>
        <translation>%1 ist ein undefinierter Tensor (None in Python): Es gibt nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 holds no tensor at &apos;%2&apos;.</source>
        <translation>%1 enthält keinen Tensor bei &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The observed run kept no tensor for &apos;%1&apos;: observe the call again (the module or its inputs changed, or the tensor was over the budget).</source>
        <translation>Der beobachtete Lauf hat keinen Tensor für &apos;%1&apos; behalten: beobachten Sie den Aufruf erneut (das Modul oder seine Eingaben haben sich geändert, oder der Tensor lag über dem Budget).</translation>
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
        <translation>Buffer</translation>
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
        <translation>%1 des Moduls &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
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
        <translation>Dtype</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Grad</source>
        <translation>Grad</translation>
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
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>NaN</source>
        <translation>NaN</translation>
    </message>
    <message>
        <source>Inf</source>
        <translation>Inf</translation>
    </message>
    <message>
        <source>tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>Tensor in %1</source>
        <translation>Tensor in %1</translation>
    </message>
    <message>
        <source>the file&apos;s top level</source>
        <translation>der obersten Ebene der Datei</translation>
    </message>
</context>
<context>
    <name>jitscope::TensorViewer</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the whole tensor as .npy (NumPy) or .pt (torch.save)</source>
        <translation>Den ganzen Tensor als .npy (NumPy) oder .pt (torch.save) speichern</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>&lt;i&gt;Double-click a parameter, a buffer or a tensor result to look inside it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Doppelklicken Sie auf einen Parameter, einen Buffer oder ein Tensor-Ergebnis, um hineinzusehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · loading…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · wird geladen…</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>Buffer</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 %4 on %5%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 %4 auf %5%6</translation>
    </message>
    <message>
        <source> · requires grad</source>
        <translation> · erfordert Gradienten</translation>
    </message>
    <message>
        <source>%1 elements · min %2 · max %3 · mean %4 · std %5</source>
        <translation>%1 Elemente · Min. %2 · Max. %3 · Mittelwert %4 · Std.-Abw. %5</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 NaN · %2 Inf&lt;/b&gt;&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1 NaN · %2 Inf&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source> · no NaN or Inf</source>
        <translation> · kein NaN oder Inf</translation>
    </message>
    <message>
        <source>Showing %1 × %2</source>
        <translation>Angezeigt: %1 × %2</translation>
    </message>
    <message>
        <source> of %1 × %2 (the first rows and columns)</source>
        <translation> von %1 × %2 (die ersten Zeilen und Spalten)</translation>
    </message>
    <message>
        <source>Slice: </source>
        <translation>Ausschnitt: </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dim %1: </source>
        <translation>Dim. %1: </translation>
    </message>
    <message>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>Index into dimension %1 (size %2); the table shows the last two dimensions.</source>
        <translation>Index in Dimension %1 (Größe %2); die Tabelle zeigt die letzten beiden Dimensionen.</translation>
    </message>
    <message>
        <source>%1 finite values of the slice in %2 bins</source>
        <translation>%1 endliche Werte des Ausschnitts in %2 Klassen</translation>
    </message>
    <message>
        <source>; %1 NaN and %2 Inf left out</source>
        <translation>; %1 NaN und %2 Inf ausgelassen</translation>
    </message>
    <message>
        <source>Export Tensor</source>
        <translation>Tensor exportieren</translation>
    </message>
    <message>
        <source>NumPy array (*.npy);;torch.save tensor (*.pt)</source>
        <translation>NumPy-Array (*.npy);;torch.save-Tensor (*.pt)</translation>
    </message>
    <message>
        <source>tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>observed in %1</source>
        <translation>beobachtet in %1</translation>
    </message>
</context>
<context>
    <name>jitscope::TensorsPane</name>
    <message>
        <source>Filter by name, shape, dtype…</source>
        <translation>Nach Name, Form, dtype filtern…</translation>
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
        <translation>Minimum, Maximum, Mittelwert, Standardabweichung und Anzahl der NaN/Inf-Werte jedes aufgeführten Tensors</translation>
    </message>
</context>
<context>
    <name>jitscope::TextPrinter</name>
    <message>
        <source>Printing &apos;%1&apos; failed: %2</source>
        <translation>Die Ausgabe von &apos;%1&apos; ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>jitscope::TrainingPanel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>the method returns the loss</source>
        <translation>die Methode gibt den Loss zurück</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Rows per step along the first dimension, shuffled each epoch; all: the whole data</source>
        <translation>Zeilen pro Schritt entlang der ersten Dimension, in jeder Epoche neu gemischt; alle: die gesamten Daten</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>Train on the session&apos;s thread; the window stays usable</source>
        <translation>Im Thread der Sitzung trainieren; das Fenster bleibt bedienbar</translation>
    </message>
    <message>
        <source>Stop after the current step</source>
        <translation>Nach dem aktuellen Schritt anhalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Train %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 trainieren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>the whole model</source>
        <translation>Das ganze Modell</translation>
    </message>
    <message>
        <source>&lt;i&gt;Open an archive to train it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Öffnen Sie ein Archiv, um es zu trainieren.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Pick the method to train.</source>
        <translation>Wählen Sie die zu trainierende Methode.</translation>
    </message>
    <message>
        <source>The %1 loss needs a target.</source>
        <translation>Der Loss %1 benötigt ein Ziel.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Wird nach dem aktuellen Schritt angehalten…</translation>
    </message>
    <message>
        <source>%1 steps/s · %2 s left</source>
        <translation>%1 Schritte/s · noch %2 s</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s), final loss %1.</source>
        <translation>
            <numerusform>Fertig: %n Schritt, finaler Loss %1.</numerusform>
            <numerusform>Fertig: %n Schritte, finaler Loss %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n parameter(s) frozen.</source>
        <translation>
            <numerusform> %n Parameter eingefroren.</numerusform>
            <numerusform> %n Parameter eingefroren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Plots</source>
        <translation>Diagramme zeigen</translation>
    </message>
    <message>
        <source>Loss, gradient norm and per-parameter norms, on a page of their own</source>
        <translation>Loss, Gradientennorm und Normen je Parameter, auf einer eigenen Seite</translation>
    </message>
    <message>
        <source>It trained in eval mode: dropout was off and batch norm used its running statistics. Mode → train trains as model.train() does.</source>
        <translation>Es wurde im Eval-Modus trainiert: Dropout war aus und Batch-Norm nutzte ihre laufenden Statistiken. Modus → Train trainiert wie model.train().</translation>
    </message>
    <message>
        <source>e.g. randn(32, 4)</source>
        <translation>z. B. randn(32, 4)</translation>
    </message>
    <message>
        <source>The method&apos;s arguments, e.g. load(&quot;x.npy&quot;) or randn(32, 4)</source>
        <translation>Die Argumente der Methode, z. B. load(&quot;x.npy&quot;) oder randn(32, 4)</translation>
    </message>
    <message>
        <source>e.g. load(&quot;y.npy&quot;)</source>
        <translation>z. B. load(&quot;y.npy&quot;)</translation>
    </message>
    <message>
        <source>The target, e.g. load(&quot;y.npy&quot;); empty when the method returns its loss</source>
        <translation>Das Ziel, z. B. load(&quot;y.npy&quot;); leer, wenn die Methode ihren Loss zurückgibt</translation>
    </message>
    <message>
        <source>e.g. features, fc.bias</source>
        <translation>z. B. features, fc.bias</translation>
    </message>
    <message>
        <source>Parameters or module paths, comma-separated. Frozen parameters keep their values; a module path freezes its whole subtree</source>
        <translation>Parameter oder Modulpfade, durch Kommas getrennt. Eingefrorene Parameter behalten ihre Werte; ein Modulpfad friert seinen ganzen Teilbaum ein</translation>
    </message>
</context>
<context>
    <name>jitscope::TrainingPlots</name>
    <message>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Start training in the Training dock: loss and gradient norms appear here.</source>
        <translation>Starten Sie das Training im Dock „Training“: Loss und Gradientennormen erscheinen hier.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>loss, smoothed</source>
        <translation>Loss, geglättet</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <source>Each trained parameter&apos;s gradient norm at the latest step, largest first: the layers that move. Zero means no gradient reaches it.</source>
        <translation>Die Gradientennorm jedes trainierten Parameters im letzten Schritt, die größte zuerst: die Schichten, die sich bewegen. Null heißt, dass kein Gradient ihn erreicht.</translation>
    </message>
</context>
<context>
    <name>jitscope::TransformDialog</name>
    <message>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>Optimize for Inference</source>
        <translation>Für Inferenz optimieren</translation>
    </message>
    <message>
        <source>Optimize for Mobile</source>
        <translation>Für Mobilgeräte optimieren</translation>
    </message>
    <message>
        <source>torch.jit.freeze: parameters and attributes become constants, calls are inlined, batch norm is folded into the convolution before it and dropout goes. Only forward and what you keep below survive.</source>
        <translation>torch.jit.freeze: Parameter und Attribute werden zu Konstanten, Aufrufe werden eingebettet, Batch-Norm wird in die Faltung davor gefaltet und Dropout entfällt. Nur forward und was Sie unten behalten, bleiben erhalten.</translation>
    </message>
    <message>
        <source>torch.jit.optimize_for_inference: frozen, then fused and converted for this CPU (oneDNN). The result runs only on a libtorch like this one.</source>
        <translation>torch.jit.optimize_for_inference: eingefroren, dann für diese CPU fusioniert und umgewandelt (oneDNN). Das Ergebnis läuft nur auf einer libtorch wie dieser.</translation>
    </message>
    <message>
        <source>optimize_for_mobile: frozen, convolutions and linear layers prepacked for XNNPACK, add and relu fused, dropout removed, as the passes below say.</source>
        <translation>optimize_for_mobile: eingefroren, Faltungen und lineare Schichten für XNNPACK vorgepackt, add und relu fusioniert, Dropout entfernt, wie es die Durchläufe unten angeben.</translation>
    </message>
    <message>
        <source>%1 (method)</source>
        <translation>%1 (Methode)</translation>
    </message>
    <message>
        <source>%1: %2 (attribute)</source>
        <translation>%1: %2 (Attribut)</translation>
    </message>
    <message>
        <source>forward only: the root has no other methods</source>
        <translation>nur forward: Die Wurzel hat keine anderen Methoden</translation>
    </message>
    <message>
        <source>Keep besides forward:</source>
        <translation>Neben forward behalten:</translation>
    </message>
    <message>
        <source>Fold what changes numerics slightly (optimize_numerics)</source>
        <translation>Auch falten, was die Numerik leicht ändert (optimize_numerics)</translation>
    </message>
    <message>
        <source>Passes:</source>
        <translation>Durchläufe:</translation>
    </message>
    <message>
        <source>forward&apos;s arguments, e.g. randn(1, 3, 32, 32); empty: not run</source>
        <translation>die Argumente von forward, z. B. randn(1, 3, 32, 32); leer: nicht ausgeführt</translation>
    </message>
    <message>
        <source>Both modules run on these inputs: their outputs are compared, and calls 1..N of each are timed on a fresh copy</source>
        <translation>Beide Module laufen mit diesen Eingaben: Ihre Ausgaben werden verglichen, und die Aufrufe 1..N werden je auf einer frischen Kopie gemessen</translation>
    </message>
    <message>
        <source>Compare on inputs:</source>
        <translation>Vergleichen mit Eingaben:</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> Aufrufe</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Messen:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>Schreiben nach:</translation>
    </message>
    <message>
        <source>Write the Transformed Module</source>
        <translation>Transformiertes Modul schreiben</translation>
    </message>
    <message>
        <source>TorchScript archives (*.pt)</source>
        <translation>TorchScript-Archive (*.pt)</translation>
    </message>
</context>
<context>
    <name>jitscope::ValueExpr</name>
    <message>
        <source>end of the expression</source>
        <translation>das Ende des Ausdrucks</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>column %1: expected %2, found %3</source>
        <translation>Spalte %1: erwartet wurde %2, gefunden wurde %3</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>a closing %1</source>
        <translation>ein schließendes %1</translation>
    </message>
    <message>
        <source>a result number after &apos;$&apos;</source>
        <translation>eine Ergebnisnummer nach &apos;$&apos;</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a keyword argument (positional ones come first)</source>
        <translation>ein Schlüsselwortargument (positionelle Argumente kommen zuerst)</translation>
    </message>
    <message>
        <source>an index or a quoted key</source>
        <translation>ein Index oder ein Schlüssel in Anführungszeichen</translation>
    </message>
    <message>
        <source>column %1: brackets nest more than %2 deep; write the value flatter or load it from a file</source>
        <translation>Spalte %1: Klammern sind tiefer als %2 Ebenen verschachtelt; schreiben Sie den Wert flacher oder laden Sie ihn aus einer Datei</translation>
    </message>
</context>
<context>
    <name>jitscope::WeightLoader</name>
    <message>
        <source>The weights of %1 were not loaded: %2.</source>
        <translation>Die Gewichte aus %1 wurden nicht geladen: %2.</translation>
    </message>
    <message>
        <source>The module has no parameter or buffer &apos;%1&apos; any more.</source>
        <translation>Das Modul hat keinen Parameter oder Buffer &apos;%1&apos; mehr.</translation>
    </message>
</context>
<context>
    <name>jitscope::WeightMatch</name>
    <message numerus="yes">
        <source>%n tensor(s) differ in shape from the module&apos;s (load_state_dict refuses them even when not strict)</source>
        <translation>
            <numerusform>%n Tensor weicht in der Form von dem des Moduls ab (load_state_dict lehnt das auch ohne strict ab)</numerusform>
            <numerusform>%n Tensoren weichen in der Form von denen des Moduls ab (load_state_dict lehnt das auch ohne strict ab)</numerusform>
        </translation>
    </message>
    <message>
        <source>no tensor of %1 has the name of a parameter or buffer of the module</source>
        <translation>kein Tensor in %1 trägt den Namen eines Parameters oder Buffers des Moduls</translation>
    </message>
    <message>
        <source>strict loading needs every parameter and buffer matched and no key left over (%1 missing, %2 unexpected)</source>
        <translation>striktes Laden verlangt, dass jeder Parameter und Buffer zugeordnet ist und kein Schlüssel übrig bleibt (%1 fehlend, %2 unerwartet)</translation>
    </message>
    <message>
        <source>%1 matched, %2 missing, %3 unexpected, %4 shape mismatches</source>
        <translation>%1 zugeordnet, %2 fehlend, %3 unerwartet, %4 mit abweichender Form</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>die ganze Datei</translation>
    </message>
    <message>
        <source>%1 has no dict &apos;%2&apos; holding tensors; it has: %3.</source>
        <translation>%1 hat kein dict &apos;%2&apos; mit Tensoren; vorhanden sind: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s &apos;%1&apos; cannot be read: %2</source>
        <translation>&apos;%1&apos; im Checkpoint kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>jitscope::WindowDocks</name>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>The parameters and buffers of the selected module&apos;s subtree</source>
        <translation>Die Parameter und Buffer im Teilbaum des gewählten Moduls</translation>
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
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Call the selected method with arguments you type</source>
        <translation>Die gewählte Methode mit eingegebenen Argumenten aufrufen</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Loss, gradient norm and per-parameter norms of the last run</source>
        <translation>Loss, Gradientennorm und Normen je Parameter des letzten Laufs</translation>
    </message>
</context>
<context>
    <name>jitscope::safetensors::HeaderError</name>
    <message>
        <source>its header is not UTF-8 text</source>
        <translation>sein Header ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>its header goes on after its JSON object, at byte %1</source>
        <translation>sein Header geht nach seinem JSON-Objekt weiter, bei Byte %1</translation>
    </message>
    <message>
        <source>its header is not valid JSON: %1 expected at byte %2</source>
        <translation>sein Header ist kein gültiges JSON: %1 erwartet bei Byte %2</translation>
    </message>
    <message>
        <source>tensor %1: a number in its %2 exceeds 2^63</source>
        <translation>Tensor %1: eine Zahl in seinem %2 übersteigt 2^63</translation>
    </message>
    <message>
        <source>tensor %1: its %2 must hold whole numbers of zero or more</source>
        <translation>Tensor %1: sein %2 muss ganze Zahlen ab null enthalten</translation>
    </message>
    <message>
        <source>tensor %1: its %2 is not a list</source>
        <translation>Tensor %1: sein %2 ist keine Liste</translation>
    </message>
    <message>
        <source>tensor %1: its %2 holds more than %3 numbers</source>
        <translation>Tensor %1: sein %2 enthält mehr als %3 Zahlen</translation>
    </message>
    <message>
        <source>tensor %1 is not a JSON object</source>
        <translation>Tensor %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>tensor %1 has a field the format does not know: %2</source>
        <translation>Tensor %1 hat ein Feld, das das Format nicht kennt: %2</translation>
    </message>
    <message>
        <source>tensor %1 names its %2 twice</source>
        <translation>Tensor %1 nennt sein %2 zweimal</translation>
    </message>
    <message>
        <source>tensor %1 lacks its %2</source>
        <translation>Tensor %1 fehlt sein %2</translation>
    </message>
    <message>
        <source>tensor %1: the format has no dtype %2</source>
        <translation>Tensor %1: das Format hat keinen dtype %2</translation>
    </message>
    <message>
        <source>tensor %1: its data_offsets must be two numbers, [begin, end]</source>
        <translation>Tensor %1: seine data_offsets müssen zwei Zahlen sein, [Anfang, Ende]</translation>
    </message>
    <message>
        <source>tensor %1: its shape %2 has more than 2^63 elements</source>
        <translation>Tensor %1: seine Form %2 hat mehr als 2^63 Elemente</translation>
    </message>
    <message>
        <source>tensor %1: its shape %2 needs more than 2^63 bytes</source>
        <translation>Tensor %1: seine Form %2 braucht mehr als 2^63 Bytes</translation>
    </message>
    <message>
        <source>tensor %1: its data_offsets [%2, %3] end before they begin</source>
        <translation>Tensor %1: seine data_offsets [%2, %3] enden, bevor sie beginnen</translation>
    </message>
    <message>
        <source>tensor %1: its data_offsets [%2, %3] hold %4 bytes, its shape %5 of %6 needs %7</source>
        <translation>Tensor %1: seine data_offsets [%2, %3] fassen %4 Bytes, seine Form %5 aus %6 braucht %7</translation>
    </message>
    <message>
        <source>its __metadata__ is not a map of strings</source>
        <translation>sein __metadata__ ist keine Zuordnung von Zeichenketten</translation>
    </message>
    <message>
        <source>its __metadata__ %1 is not a string</source>
        <translation>sein __metadata__-Eintrag %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>its __metadata__ holds more than %1 entries, more than JitScope reads</source>
        <translation>sein __metadata__ enthält mehr als %1 Einträge, mehr als JitScope liest</translation>
    </message>
    <message>
        <source>it has two __metadata__ entries</source>
        <translation>sie hat zwei __metadata__-Einträge</translation>
    </message>
    <message>
        <source>it holds more than %1 tensors, more than JitScope reads in one file</source>
        <translation>sie enthält mehr als %1 Tensoren, mehr als JitScope aus einer Datei liest</translation>
    </message>
    <message>
        <source>it names tensor %1 twice</source>
        <translation>sie nennt Tensor %1 zweimal</translation>
    </message>
    <message>
        <source>tensor %1: its data_offsets [%2, %3] reach past the %4 bytes of data</source>
        <translation>Tensor %1: seine data_offsets [%2, %3] reichen über die %4 Bytes Daten hinaus</translation>
    </message>
    <message>
        <source>tensor %1: its bytes [%2, %3] overlap those of tensor %4 [%5, %6]</source>
        <translation>Tensor %1: seine Bytes [%2, %3] überlappen die von Tensor %4 [%5, %6]</translation>
    </message>
    <message>
        <source>the data have a gap of %1 bytes that no tensor describes, before tensor %2</source>
        <translation>die Daten haben eine Lücke von %1 Bytes, die kein Tensor beschreibt, vor Tensor %2</translation>
    </message>
    <message>
        <source>the last %1 bytes of data belong to no tensor</source>
        <translation>die letzten %1 Bytes der Daten gehören zu keinem Tensor</translation>
    </message>
    <message>
        <source>the safetensors file breaks its format: %1.</source>
        <translation>die safetensors-Datei verletzt ihr Format: %1.</translation>
    </message>
    <message>
        <source>it is shorter than its 8-byte header length</source>
        <translation>sie ist kürzer als ihre 8 Byte lange Header-Länge</translation>
    </message>
    <message>
        <source>its header length %1 exceeds the format&apos;s limit of 100 MB</source>
        <translation>ihre Header-Länge %1 übersteigt die Grenze des Formats von 100 MB</translation>
    </message>
    <message>
        <source>its header length %1 reaches past the end of the file (%2 bytes)</source>
        <translation>ihre Header-Länge %1 reicht über das Ende der Datei hinaus (%2 Bytes)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--diff needs two archives: jitscope --diff A.pt B.pt</source>
        <translation>--diff benötigt zwei Archive: jitscope --diff A.pt B.pt</translation>
    </message>
</context>
</TS>
