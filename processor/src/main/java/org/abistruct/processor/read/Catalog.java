package org.abistruct.processor.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.abistruct.processor.model.StructRef;

/**
 * The readings of one round, by canonical name: the annotated types of the round and every
 * struct they embed, read once each, from source or from class files alike.
 */
public final class Catalog {
    private final Elements elements;
    private final RecordReader reader;
    private final Map<String, Reading> readings = new HashMap<>();

    public Catalog(Elements elements, RecordReader reader) {
        this.elements = elements;
        this.reader = reader;
    }

    /** The reading of {@code type}. */
    public Reading read(TypeElement type) {
        String name = type.getQualifiedName().toString();
        Reading done = readings.get(name);
        if (done == null) {
            done = reader.read(type);
            readings.put(name, done);
        }
        return done;
    }

    /** The reading of the struct {@code ref} names, or null if there is no such type. */
    public Reading find(StructRef ref) {
        TypeElement type = elements.getTypeElement(ref.qualifiedName());
        return type == null ? null : read(type);
    }

    /** Whether {@code reading}, or a struct it embeds at any depth, waits for a type. */
    public boolean waitsForTypes(Reading reading) {
        return waits(reading, new HashSet<>());
    }

    private boolean waits(Reading reading, Set<String> seen) {
        if (!seen.add(reading.name())) {
            return false;
        }
        if (reading.waiting()) {
            return true;
        }
        if (reading.declaration() == null) {
            return false;
        }
        for (StructRef ref : reading.declaration().embedded()) {
            Reading embedded = find(ref);
            if (embedded != null && waits(embedded, seen)) {
                return true;
            }
        }
        return false;
    }
}
