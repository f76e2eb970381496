package org.abistruct.processor.read;

import java.nio.ByteOrder;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.abistruct.AbiStruct;
import org.abistruct.AbiUnion;
import org.abistruct.Anonymous;
import org.abistruct.Bits;
import org.abistruct.BigEndian;
import org.abistruct.CChar;
import org.abistruct.CLong;
import org.abistruct.CName;
import org.abistruct.Length;
import org.abistruct.LittleEndian;
import org.abistruct.Pointer;
import org.abistruct.Unsigned;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.BitWidth;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructRef;

/**
 * Reads one record component into a member: its C type from the Java type and the
 * {@code @Length}, {@code @Unsigned}, {@code @CChar}, {@code @Pointer}, {@code @CLong},
 * {@code @BigEndian}, {@code @LittleEndian} and {@code @Anonymous} annotations, its alignment and its C name. A component whose type cannot be modelled gives
 * no member; one with only a wrong annotation still gives one, so that the checks of names and
 * placement can run on it too (its report is not clean, so it is never laid out).
 */
final class ComponentReader {
    /** The member read (null on any problem), where it was declared, and whether it waits. */
    record Result(Member member, MemberSite site, boolean waiting) {}

    /** Object's methods without parameters, which no record component may be named. */
    private static final Set<String> OBJECT_METHODS = Set.of("clone", "finalize", "getClass",
            "hashCode", "notify", "notifyAll", "toString", "wait");

    private final Types types;
    private final boolean lastRound;

    ComponentReader(Types types, boolean lastRound) {
        this.types = types;
        this.lastRound = lastRound;
    }

    Result read(RecordComponentElement component, int index, Report.Builder report) {
        String name = component.getSimpleName().toString();
        Position at = Position.of(component);
        Report.Builder own = Report.builder();

        TypeMirror leafType = component.asType();
        int dims = 0;
        while (leafType.getKind() == TypeKind.ARRAY) {
            dims++;
            leafType = ((javax.lang.model.type.ArrayType) leafType).getComponentType();
        }
        String typeText = component.asType().toString();
        boolean waiting = leafType.getKind() == TypeKind.ERROR;
        if (OBJECT_METHODS.contains(name)) {
            own.add(Message.OBJECT_METHOD_NAME, at, name);
        }
        if (waiting && lastRound) {
            own.add(Message.UNRESOLVED_TYPE, at, name, typeText);
        }

        AnnotationMirror unsigned = Mirrors.find(component, Unsigned.class);
        AnnotationMirror pointer = Mirrors.find(component, Pointer.class);
        AnnotationMirror cLong = Mirrors.find(component, CLong.class);
        AnnotationMirror cChar = Mirrors.find(component, CChar.class);
        TypeKind kind = leafType.getKind();
        if (cChar != null && kind != TypeKind.BYTE && !waiting) {
            own.add(Message.CCHAR_NOT_BYTE, Position.of(component, cChar), name, typeText);
        }
        if (cChar != null && unsigned != null) {
            own.add(Message.CCHAR_AND_UNSIGNED, Position.of(component, cChar), name);
        }
        boolean isLong = kind == TypeKind.LONG;
        if (pointer != null && cLong != null) {
            own.add(Message.POINTER_AND_CLONG, Position.of(component, cLong), name);
        }
        if (pointer != null && !isLong && !waiting) {
            own.add(Message.POINTER_NOT_LONG, Position.of(component, pointer), name, typeText);
        }
        if (cLong != null && !isLong && !waiting) {
            own.add(Message.CLONG_NOT_LONG, Position.of(component, cLong), name, typeText);
        }
        boolean integer = kind == TypeKind.BYTE || kind == TypeKind.SHORT
                || kind == TypeKind.INT || isLong;
        if (unsigned != null && !integer && !waiting) {
            own.add(Message.UNSIGNED_NOT_INTEGER, Position.of(component, unsigned), name, typeText);
        }
        CType leaf = null;
        if (kind.isPrimitive()) {
            leaf = new Scalar(cChar != null && kind == TypeKind.BYTE ? ScalarKind.CHAR
                    : scalarKind(kind, unsigned != null, pointer != null, cLong != null));
        } else if (!waiting) {
            leaf = structOrNull(name, leafType, typeText, at, own);
        }

        AnnotationMirror big = Mirrors.find(component, BigEndian.class);
        AnnotationMirror little = Mirrors.find(component, LittleEndian.class);
        ByteOrder order = big != null ? ByteOrder.BIG_ENDIAN
                : little != null ? ByteOrder.LITTLE_ENDIAN : null;
        if (big != null && little != null) {
            own.add(Message.BOTH_BYTE_ORDERS, Position.of(component, little), name);
        }
        AnnotationMirror orderAt = big != null ? big : little;
        if (orderAt != null && !waiting
                && !(leaf instanceof Scalar s && s.kind().fixedOrder())) {
            own.add(Message.BYTE_ORDER_NOT_INTEGER, Position.of(component, orderAt),
                    big != null ? "BigEndian" : "LittleEndian", name, typeText);
            order = null;
        }

        BitWidth bits = bits(component, name, typeText, leaf, dims, cChar != null,
                orderAt != null, own);

        AnnotationMirror anonymous = Mirrors.find(component, Anonymous.class);
        if (anonymous != null && !(dims == 0 && leaf instanceof StructRef) && !waiting) {
            own.add(Message.ANONYMOUS_NOT_STRUCT, Position.of(component, anonymous), name, typeText);
        }

        AnnotationMirror length = Mirrors.find(component, Length.class);
        AnnotationValue lengthValue = Mirrors.explicit(length, "value");
        Position lengthAt = length == null ? at : Position.of(component, length, lengthValue);
        List<Integer> lengths = Mirrors.ints(lengthValue);
        boolean lengthsOk = checkLengths(name, typeText, dims, length != null, lengths, at,
                lengthAt, own);

        int align = Alignments.read(component, "component '" + name + "'", own);

        AnnotationMirror cNameMirror = Mirrors.find(component, CName.class);
        AnnotationValue cNameValue = Mirrors.explicit(cNameMirror, "value");
        String cName = cNameValue == null ? SnakeCase.of(name) : (String) cNameValue.getValue();
        Position cNameAt = cNameValue == null ? at : Position.of(component, cNameMirror, cNameValue);

        if (kind == TypeKind.CHAR && dims > 0 && lengthsOk && !lengths.isEmpty()) {
            long bytes = 2;
            for (int dimension : lengths) {
                bytes *= dimension;
            }
            own.add(Message.JAVA_CHAR_ARRAY, at, name, bytes);
        }
        MemberSite site = new MemberSite(index, at, cNameAt, lengthAt);
        report.addAll(own.build());
        if (waiting || leaf == null || !lengthsOk || OBJECT_METHODS.contains(name)) {
            return new Result(null, site, waiting);
        }
        CType type = leaf;
        for (int d = dims - 1; d >= 0; d--) {
            type = new ArrayType(type, lengths.get(d));
        }
        boolean anonymousStruct = anonymous != null && type instanceof StructRef;
        return new Result(new Member(name, cName, type, align, anonymousStruct, order, bits),
                site, false);
    }

    /** The width {@code @Bits} gives, or null for none or after reporting why it cannot. */
    private static BitWidth bits(RecordComponentElement component, String name, String typeText,
            CType leaf, int dims, boolean cChar, boolean ordered, Report.Builder own) {
        AnnotationMirror bits = Mirrors.find(component, Bits.class);
        if (bits == null) {
            return null;
        }
        AnnotationValue width = Mirrors.explicit(bits, "value");
        AnnotationValue named = Mirrors.explicit(bits, "named");
        if (!(dims == 0 && leaf instanceof Scalar s && BitWidth.allowedOn(s.kind()))
                || cChar || ordered) {
            if (leaf != null) {
                own.add(Message.BITS_NOT_INTEGER, Position.of(component, bits), name,
                        cChar ? "@CChar " + typeText : ordered ? "of a byte order" : typeText);
            }
            return null;
        }
        int value = width == null ? 0 : (Integer) width.getValue();
        int typeBits = 8 * s.kind().fixedSize();
        if (value < 0 || value > typeBits) {
            own.add(Message.BITS_WIDTH, Position.of(component, bits, width), name, value,
                    s.kind().cType(), typeBits);
            return null;
        }
        return new BitWidth(value, named == null || (Boolean) named.getValue());
    }

    /** The struct a non-primitive type names, or null after reporting why it has no layout. */
    private StructRef structOrNull(String name, TypeMirror type, String typeText, Position at,
            Report.Builder own) {
        if (type.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
            if (Mirrors.find(element, AbiStruct.class) != null
                    || Mirrors.find(element, AbiUnion.class) != null) {
                return StructRefs.of(element);
            }
            if (isBoxed(type)) {
                own.add(Message.BOXED_TYPE, at, name, typeText,
                        types.unboxedType(type).toString());
                return null;
            }
            if (element.getKind() == ElementKind.RECORD) {
                own.add(Message.UNANNOTATED_RECORD, at, name, typeText,
                        element.getSimpleName().toString());
                return null;
            }
        }
        own.add(Message.UNKNOWN_TYPE, at, name, typeText);
        return null;
    }

    private boolean isBoxed(TypeMirror type) {
        try {
            types.unboxedType(type);
            return true;
        } catch (IllegalArgumentException notBoxed) {
            return false;
        }
    }

    /** Reports length problems; whether the lengths can make the array type. */
    private static boolean checkLengths(String name, String typeText, int dims, boolean present,
            List<Integer> lengths, Position at, Position lengthAt, Report.Builder own) {
        if (dims == 0) {
            if (present) {
                own.add(Message.LENGTH_ON_NON_ARRAY, lengthAt, name, typeText);
            }
            return true;
        }
        if (!present) {
            String example = dims == 1 ? "4" : "{" + String.join(", ", Collections.nCopies(dims, "4")) + "}";
            own.add(Message.MISSING_LENGTH, at, name, dims, example);
            return false;
        }
        boolean ok = lengths.size() == dims;
        if (!ok) {
            own.add(Message.LENGTH_DIMENSIONS, lengthAt, name, lengths.size(), typeText, dims);
        }
        for (int length : lengths) {
            if (length < 0) {
                own.add(Message.NEGATIVE_LENGTH, lengthAt, name, length);
                ok = false;
            }
        }
        return ok;
    }

    private static ScalarKind scalarKind(TypeKind kind, boolean unsigned, boolean pointer,
            boolean cLong) {
        switch (kind) {
            case BYTE:
                return unsigned ? ScalarKind.UINT8 : ScalarKind.INT8;
            case SHORT:
                return unsigned ? ScalarKind.UINT16 : ScalarKind.INT16;
            case INT:
                return unsigned ? ScalarKind.UINT32 : ScalarKind.INT32;
            case LONG:
                if (pointer) {
                    return ScalarKind.POINTER;
                }
                if (cLong) {
                    return unsigned ? ScalarKind.ULONG : ScalarKind.LONG;
                }
                return unsigned ? ScalarKind.UINT64 : ScalarKind.INT64;
            case FLOAT:
                return ScalarKind.FLOAT;
            case DOUBLE:
                return ScalarKind.DOUBLE;
            case BOOLEAN:
                return ScalarKind.BOOL;
            case CHAR:
                return ScalarKind.CHAR16;
            default:
                throw new IllegalArgumentException("not a primitive: " + kind);
        }
    }
}
