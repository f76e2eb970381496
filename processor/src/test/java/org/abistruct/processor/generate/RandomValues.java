package org.abistruct.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/**
 * Random values of test declarations, as instances of their records compiled beside the
 * generated code (each record named after its C tag), and their comparison as C sees them.
 */
public final class RandomValues {
    private final Random random;
    private final Function<StructRef, StructDecl> lookup;

    /** Values drawn from {@code random}, embedded structs resolved through {@code lookup}. */
    public RandomValues(Random random, Function<StructRef, StructDecl> lookup) {
        this.random = random;
        this.lookup = lookup;
    }

    /**
     * A random record of {@code decl}, with {@code count} elements if it ends flexible; of a
     * union, its first named member random and the others zero, as {@code write} takes it.
     */
    public Object value(Loaded loaded, StructDecl decl, int count) {
        Object[] components = new Object[decl.members().size()];
        for (int i = 0; i < components.length; i++) {
            Member member = decl.members().get(i);
            CType type = member.type();
            if (decl.union() && i != decl.firstNamed()) {
                components[i] = zero(loaded, type);
                continue;
            }
            if (member.bitfield()) {
                components[i] = bits(member);
                continue;
            }
            components[i] = type instanceof ArrayType a && a.length() == 0
                    ? value(loaded, new ArrayType(a.element(), count)) : value(loaded, type);
        }
        return loaded.record(decl.cName(), components);
    }

    /** A value that fits the bitfield, in its component's type; 0 for an unnamed one. */
    private Object bits(Member member) {
        int width = member.bits().width();
        ScalarKind kind = ((Scalar) member.type()).kind();
        long value = !member.named() ? 0 : kind.signed() ? random.nextLong() >> (64 - width)
                : random.nextLong() >>> (64 - width);
        return switch (kind.javaType()) {
            case "byte" -> (byte) value;
            case "short" -> (short) value;
            case "int" -> (int) value;
            default -> value;
        };
    }

    /** The zero value of {@code type}: 0, false, arrays and records of zeros. */
    private Object zero(Loaded loaded, CType type) {
        if (type instanceof StructRef ref) {
            StructDecl decl = lookup.apply(ref);
            Object[] components = new Object[decl.members().size()];
            for (int i = 0; i < components.length; i++) {
                components[i] = zero(loaded, decl.members().get(i).type());
            }
            return loaded.record(decl.cName(), components);
        }
        if (type instanceof ArrayType a) {
            Object array = Array.newInstance(javaClass(loaded, a.element()), a.length());
            for (int i = 0; i < a.length(); i++) {
                Array.set(array, i, zero(loaded, a.element()));
            }
            return array;
        }
        switch (((Scalar) type).kind().javaType()) {
            case "byte": return (byte) 0;
            case "short": return (short) 0;
            case "char": return (char) 0;
            case "int": return 0;
            case "long": return 0L;
            case "float": return 0f;
            case "double": return 0.0;
            default: return false;
        }
    }

    private Object value(Loaded loaded, CType type) {
        if (type instanceof StructRef ref) {
            return value(loaded, lookup.apply(ref), 0);
        }
        if (type instanceof ArrayType a) {
            Object array = Array.newInstance(javaClass(loaded, a.element()), a.length());
            for (int i = 0; i < a.length(); i++) {
                Array.set(array, i, value(loaded, a.element()));
            }
            return array;
        }
        switch (((Scalar) type).kind()) {
            case INT8: case UINT8: case CHAR: return (byte) random.nextInt();
            case INT16: case UINT16: return (short) random.nextInt();
            case CHAR16: return (char) random.nextInt();
            case INT32: case UINT32: return random.nextInt();
            case INT64: case UINT64: return random.nextLong();
            case FLOAT: return random.nextInt(1 << 20) / 16f;
            case DOUBLE: return random.nextLong() / 1024.0;
            case BOOL: return random.nextBoolean();
            case POINTER: case ULONG: return random.nextInt() & 0xffff_ffffL;
            case LONG: return (long) random.nextInt();
            default: throw new AssertionError(type);
        }
    }

    private Class<?> javaClass(Loaded loaded, CType type) {
        if (type instanceof StructRef ref) {
            return loaded.type(lookup.apply(ref).cName());
        }
        if (type instanceof ArrayType a) {
            return Array.newInstance(javaClass(loaded, a.element()), 0).getClass();
        }
        return primitive(((Scalar) type).kind().javaType());
    }

    /** Equal as C sees it: a union by its first member, arrays element by element. */
    public void assertSame(CType type, Object expected, Object actual, String where) {
        if (type instanceof Scalar) {
            assertEquals(expected, actual, where);
        } else if (type instanceof ArrayType a) {
            assertEquals(Array.getLength(expected), Array.getLength(actual), where);
            for (int i = 0; i < Array.getLength(expected); i++) {
                assertSame(a.element(), Array.get(expected, i), Array.get(actual, i),
                        where + "[" + i + "]");
            }
        } else {
            StructDecl decl = lookup.apply((StructRef) type);
            int first = decl.firstNamed();
            List<Member> members = !decl.union() ? decl.members()
                    : first < 0 ? List.of() : decl.members().subList(first, first + 1);
            for (Member m : members) {
                assertSame(m.type(), Loaded.component(expected, m.javaName()),
                        Loaded.component(actual, m.javaName()), where + "." + m.cName());
            }
        }
    }

    /** {@code public record s3(int m0, long[] m1, s1 m2) {}}. */
    public String recordSource(StructDecl decl) {
        List<String> components = new ArrayList<>();
        for (Member m : decl.members()) {
            components.add(javaType(m.type()) + " " + m.javaName());
        }
        return "public record " + decl.cName() + "(" + String.join(", ", components) + ") {}\n";
    }

    private String javaType(CType type) {
        if (type instanceof ArrayType a) {
            return javaType(a.element()) + "[]";
        }
        return type instanceof Scalar s ? s.kind().javaType()
                : lookup.apply((StructRef) type).cName();
    }

    /** Whether {@code decl} ends in a flexible array member. */
    public static boolean flexible(StructDecl decl) {
        List<Member> members = decl.members();
        return members.get(members.size() - 1).type() instanceof ArrayType a && a.length() == 0;
    }

    private static Class<?> primitive(String name) {
        switch (name) {
            case "byte": return byte.class;
            case "short": return short.class;
            case "char": return char.class;
            case "int": return int.class;
            case "long": return long.class;
            case "float": return float.class;
            case "double": return double.class;
            default: return boolean.class;
        }
    }
}
