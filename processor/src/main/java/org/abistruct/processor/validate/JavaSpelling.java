package org.abistruct.processor.validate;

import java.util.ArrayList;
import java.util.List;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.StructRef;

/**
 * How a record component that a suggested fix adds is written in Java, such as
 * {@code @Unsigned int pad} or {@code @Unsigned @Length(3) byte[] pad}.
 */
final class JavaSpelling {
    private JavaSpelling() {}

    /** The component declaring {@code member}, with the annotations its type needs. */
    static String of(Member member) {
        StringBuilder out = new StringBuilder();
        if (member.align() > 0) {
            out.append("@Align(").append(member.align()).append(") ");
        }
        if (member.anonymous()) {
            out.append("@Anonymous ");
        }
        List<Integer> dims = new ArrayList<>();
        CType leaf = member.type();
        while (leaf instanceof ArrayType a) {
            dims.add(a.length());
            leaf = a.element();
        }
        String type;
        if (leaf instanceof Scalar s) {
            switch (s.kind()) {
                case UINT8: case UINT16: case UINT32: case UINT64:
                    out.append("@Unsigned ");
                    break;
                case POINTER:
                    out.append("@Pointer ");
                    break;
                case LONG:
                    out.append("@CLong ");
                    break;
                case ULONG:
                    out.append("@Unsigned @CLong ");
                    break;
                default:
                    break;
            }
            type = s.kind().javaType();
        } else {
            List<String> names = ((StructRef) leaf).simpleNames();
            type = String.join(".", names);
        }
        if (!dims.isEmpty()) {
            out.append("@Length(").append(dims.size() == 1 ? dims.get(0).toString()
                    : dims.toString().replace('[', '{').replace(']', '}')).append(") ");
        }
        out.append(type).append("[]".repeat(dims.size())).append(' ').append(member.javaName());
        return out.toString();
    }
}
