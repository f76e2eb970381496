package org.abistruct.processor.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.generate.memory.SegmentBackend;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.MemberSlot;
import org.abistruct.processor.plan.StructPlan;

/**
 * The view of a struct in a segment, for compiles that have {@code java.lang.foreign}: a
 * layout, a segment and an offset bound together, whose accessors take no memory and no offset,
 * and whose embedded structs are views too, so that a nested member is one chain of calls:
 * {@code IFREQ.at(segment, 0).ifrIfru().ifruAddr().getSaData(2)}. It allocates nothing but
 * itself; the layout's segment accessors do every check.
 */
final class SegmentViewWriter {
    static final String VIEW = "View";
    private static final String LAYOUT = "layout";
    private static final String SEGMENT = "segment";
    private static final String OFFSET = "offset";

    /** The view's fields have the names the segment backend's code uses. */
    private static final SegmentBackend VIEW_MEMORY = new SegmentBackend();

    private final StructPlan plan;
    private final ClassName layout;
    private final ClassName view;

    private SegmentViewWriter(StructPlan plan) {
        this.plan = plan;
        this.layout = Names.layoutType(plan.decl().ref());
        this.view = layout.nestedClass(VIEW);
    }

    /** The nested {@code View} class and the layout record's {@code at} method. */
    static void add(TypeSpec.Builder record, StructPlan plan) {
        SegmentViewWriter writer = new SegmentViewWriter(plan);
        record.addMethod(writer.at());
        record.addType(writer.type());
    }

    private MethodSpec at() {
        return MethodSpec.methodBuilder("at")
                .addJavadoc("The {@code $L} at {@code offset} in {@code segment}, as a view.\n\n"
                        + "@throws IndexOutOfBoundsException if it does not lie inside the"
                        + " segment\n", plan.decl().cType())
                .addModifiers(Modifier.PUBLIC)
                .returns(view)
                .addParameter(SegmentBackend.MEMORY_SEGMENT, SEGMENT)
                .addParameter(long.class, OFFSET)
                .addStatement("return new $T(this, $N, $T.check($N, $N, $N))", view, SEGMENT,
                        SegmentBackend.ACCESS, SEGMENT, OFFSET, LayoutComponents.SIZE)
                .build();
    }

    private TypeSpec type() {
        TypeSpec.Builder type = TypeSpec.classBuilder(VIEW)
                .addJavadoc("A {@code $L} in a segment under this layout's ABI: the accessors of"
                        + " the layout\nwithout their segment and offset.\n",
                        plan.decl().cType())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addField(layout, LAYOUT, Modifier.PRIVATE, Modifier.FINAL)
                .addField(SegmentBackend.MEMORY_SEGMENT, SEGMENT, Modifier.PRIVATE,
                        Modifier.FINAL)
                .addField(long.class, OFFSET, Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(layout, LAYOUT)
                        .addParameter(SegmentBackend.MEMORY_SEGMENT, SEGMENT)
                        .addParameter(long.class, OFFSET)
                        .addStatement("this.$N = $N", LAYOUT, LAYOUT)
                        .addStatement("this.$N = $N", SEGMENT, SEGMENT)
                        .addStatement("this.$N = $N", OFFSET, OFFSET)
                        .build());
        Set<String> names = new HashSet<>(Set.of("read", "write"));
        List<MethodSpec> accessors = new ArrayList<>();
        for (MemberSlot slot : plan.first().slots()) {
            for (Accessor kind : Accessor.of(slot)) {
                MethodSpec method = accessor(slot, kind);
                names.add(method.name());
                accessors.add(method);
            }
        }
        type.addMethods(accessors);
        for (MemberSlot slot : plan.first().slots()) {
            // A member's name that another method of the view already has gets no view of it.
            if (slot.isStruct() && !slot.member().anonymous()
                    && names.add(slot.member().javaName())) {
                type.addMethod(navigation(slot));
            }
        }
        type.addMethod(whole("read"));
        type.addMethod(whole("write"));
        return type.build();
    }

    /** {@code int getNumDirty()}: the layout's accessor on this view's segment and offset. */
    private MethodSpec accessor(MemberSlot slot, Accessor kind) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(kind.methodName(slot.member()))
                .addJavadoc(Signatures.javadoc(slot, kind))
                .addModifiers(Modifier.PUBLIC);
        List<CodeBlock> arguments = new ArrayList<>(List.of(CodeBlock.of("$N", SEGMENT),
                CodeBlock.of("$N", OFFSET)));
        if (kind == Accessor.GET_ELEMENT || kind == Accessor.SET_ELEMENT) {
            for (int d = 0; d < slot.dims().size(); d++) {
                method.addParameter(int.class, Names.index(d));
                arguments.add(CodeBlock.of("$N", Names.index(d)));
            }
        }
        TypeName type = Signatures.valueType(slot, kind);
        CodeBlock call = CodeBlock.of("$N.$N", LAYOUT, method.build().name());
        if (kind.reads()) {
            return method.returns(type)
                    .addStatement("return $L($L)", call, CodeBlock.join(arguments, ", "))
                    .build();
        }
        String value = kind == Accessor.SET_ARRAY ? Signatures.VALUES : Signatures.VALUE;
        arguments.add(CodeBlock.of("$N", value));
        return method.addParameter(type, value)
                .addStatement("$L($L)", call, CodeBlock.join(arguments, ", "))
                .build();
    }

    /** {@code Entry.View entry()}, or {@code entry(i)} for an array of them. */
    private MethodSpec navigation(MemberSlot slot) {
        StructRef nested = (StructRef) slot.leaf();
        ClassName nestedView = Names.layoutType(nested).nestedClass(VIEW);
        MethodSpec.Builder method = MethodSpec.methodBuilder(slot.member().javaName())
                .addJavadoc("The view of {@code $L}$L.\n", slot.member().cName(),
                        slot.isArray() ? ", element {@code [i]...}" : "")
                .addModifiers(Modifier.PUBLIC)
                .returns(nestedView);
        CodeBlock at = CodeBlock.of("$N + $N.$N", OFFSET, LAYOUT,
                Names.offsetComponent(slot.member()));
        if (slot.isArray()) {
            for (int d = 0; d < slot.dims().size(); d++) {
                method.addParameter(int.class, Names.index(d));
            }
            CodeBlock record = CodeBlock.of("$N.", LAYOUT);
            at = ArrayCode.elementIndex(slot, at, record);
            method.addCode(ArrayCode.indexChecks(slot, VIEW_MEMORY, record));
        }
        return method.addStatement("return new $T($N.$N, $N, $L)", nestedView, LAYOUT,
                        Names.layoutComponent(slot.member()), SEGMENT, at)
                .build();
    }

    private MethodSpec whole(String name) {
        boolean read = name.equals("read");
        boolean flexible = plan.first().layout().hasFlexibleArray();
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addJavadoc(read ? "Reads the whole $L into a new record.\n"
                        : "Writes the whole $L, zeroing its padding.\n", plan.decl().keyword())
                .addModifiers(Modifier.PUBLIC);
        TypeName record = Names.record(plan.decl().ref());
        if (!read) {
            return method.addParameter(record, Signatures.RECORD)
                    .addStatement("$N.write($N, $N, $N)", LAYOUT, SEGMENT, OFFSET,
                            Signatures.RECORD)
                    .build();
        }
        if (flexible) {
            method.addParameter(int.class, Signatures.COUNT);
        }
        return method.returns(record).addStatement("return $N.read($N, $N$L)", LAYOUT, SEGMENT,
                OFFSET, flexible ? CodeBlock.of(", $N", Signatures.COUNT) : CodeBlock.of(""))
                .build();
    }
}
