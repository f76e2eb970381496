package org.abistruct.processor.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.abistruct.AbiStruct;
import org.abistruct.AbiUnion;
import org.abistruct.processor.model.StructDecl;

/** Runs the reader on every annotated type of the first round and keeps what it gave. */
@SupportedAnnotationTypes({"org.abistruct.AbiStruct", "org.abistruct.AbiUnion"})
final class Capture extends AbstractProcessor {
    /** What one reading gave, in plain values that outlive the compilation. */
    record Result(StructDecl decl, String report, boolean waiting, List<Integer> componentIndexes,
            int componentCount) {}

    final Map<String, Result> results = new LinkedHashMap<>();
    private boolean done;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (done) {
            return false;
        }
        done = true;
        RecordReader reader = new RecordReader(processingEnv.getTypeUtils(), false);
        for (Element e : round.getElementsAnnotatedWithAny(Set.of(AbiStruct.class, AbiUnion.class))) {
            Reading r = reader.read((TypeElement) e);
            Declaration d = r.declaration();
            List<Integer> indexes = new ArrayList<>();
            if (d != null) {
                d.members().forEach(site -> indexes.add(site.componentIndex()));
            }
            results.put(r.name(), new Result(d == null ? null : d.decl(), r.report().toString(),
                    r.waiting(), indexes, d == null ? 0 : d.componentCount()));
        }
        return false;
    }
}
