package org.abistruct.processor.generate.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;
import org.abistruct.processor.generate.DocText;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.AbiPlan;
import org.abistruct.processor.plan.MemberSlot;
import org.abistruct.processor.plan.StructPlan;

/**
 * Writes a struct's layout record: one component per number that differs between ABIs, one
 * constant per selected ABI holding its numbers, {@code of(Abi)}, and the accessors and codec
 * written once over the components. A struct is this one type.
 */
final class LayoutRecordWriter {
    private static final ClassName MEMBER_OFFSETS =
            ClassName.get("org.abistruct.runtime", "MemberOffsets");
    private static final String MEMBERS = "MEMBERS";
    private static final String LAYOUTS = "LAYOUTS";
    /** The method making the constant of an ABI whose numbers an earlier ABI's has. */
    private static final String LIKE = "like";
    /** The runtime class of {@code of(Abi)} and of what a constant takes from its ABI. */
    static final ClassName LAYOUTS_RUNTIME =
            ClassName.get("org.abistruct.runtime", "Layouts");
    private static final String COMPAT_REPORT = "COMPAT_REPORT";

    private final StructPlan plan;
    private final StructDecl decl;
    private final ClassName name;
    private final String tag;

    private LayoutRecordWriter(StructPlan plan) {
        this.plan = plan;
        this.decl = plan.decl();
        this.name = Names.layoutType(decl.ref());
        this.tag = decl.cType();
    }

    /**
     * The layout record of {@code plan}, with accessors over each of {@code backends}; with
     * {@code foreign}, its {@code java.lang.foreign} layouts and allocation too.
     */
    static TypeSpec.Builder write(StructPlan plan, List<MemoryBackend> backends,
                                  boolean foreign) {
        return new LayoutRecordWriter(plan).build(CompatReportText.of(plan), backends, foreign);
    }

    private TypeSpec.Builder build(String compatReport, List<MemoryBackend> backends,
                                   boolean foreign) {
        SharedValues shared = new SharedValues();
        Map<StructLayout, String> texts = new IdentityHashMap<>();
        plan.layouts().forEach(l -> texts.put(l, LayoutComponents.textKey(l)));
        List<LayoutComponent> components = LayoutComponents.of(plan, texts, shared, foreign);
        TypeSpec.Builder type = TypeSpec.recordBuilder(name)
                .addJavadoc(javadoc(components, texts))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(AbiLayout.class)
                .recordConstructor(constructor(components));
        Map<AbiPlan, List<CodeBlock>> values = new IdentityHashMap<>();
        for (AbiPlan abi : plan.abis()) {
            List<CodeBlock> own = new ArrayList<>();
            components.forEach(c -> own.add(c.value().apply(abi)));
            values.put(abi, own);
        }
        Map<Abi, List<AbiPlan>> groups = new EnumMap<>(Abi.class);
        boolean alike = false;
        for (List<AbiPlan> group : byValues(components, values).values()) {
            alike |= group.size() > 1;
            group.forEach(abi -> groups.put(abi.abi(), group));
        }
        if (alike) {
            type.addMethod(like(components));
        }
        for (AbiPlan abi : plan.abis()) {
            if (groups.get(abi.abi()).get(0) == abi) {
                values.get(abi).forEach(shared::use);
            }
        }
        List<FieldSpec> abiConstants = new ArrayList<>();
        for (AbiPlan abi : plan.abis()) {
            abiConstants.add(abiConstant(abi, values.get(abi), groups.get(abi.abi()), shared));
        }
        type.addMethods(shared.methods());
        type.addField(lines()).addFields(shared.fields()).addFields(abiConstants)
                .addField(layouts())
                .addField(memberNames())
                .addField(FieldSpec.builder(String.class, COMPAT_REPORT, Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL).initializer(TextLiteral.of(compatReport))
                        .build())
                .addMethod(of())
                .addMethod(property("cName", ClassName.get(String.class))
                        .addStatement("return $S", decl.cName()).build())
                .addMethod(property("compatReport", ClassName.get(String.class))
                        .addStatement("return $N", COMPAT_REPORT).build())
                .addMethod(offsets())
                .addMethod(property("toString", ClassName.get(String.class))
                        .addStatement("return $S + $N", tag + " on ", LayoutComponents.ABI)
                        .build());
        for (MemoryBackend memory : backends) {
            MemberAccessWriter accessors = new MemberAccessWriter(memory);
            for (MemberSlot slot : plan.first().slots()) {
                type.addMethods(accessors.accessors(slot));
            }
            type.addMethods(new RecordCodecWriter(plan, memory, accessors).methods());
        }
        if (ValueChecks.needed(plan.first().layout())) {
            type.addMethod(ValueChecks.validate(plan.first().layout()));
        }
        if (foreign) {
            type.addMethods(ForeignMethods.methods(decl, plan.ioctls()));
            SegmentViewWriter.add(type, plan);
        }
        return type;
    }

    private CodeBlock javadoc(List<LayoutComponent> components, Map<StructLayout, String> texts) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("The layouts of {@code $L} ({@link $T}), as {@link $T} says; each one's\n"
                        + "{@link #describe()} shows it in pahole style.\n<ul>\n",
                        tag, Names.record(decl.ref()), ClassName.get(AbiLayout.class));
        for (List<StructLayout> group : byText(texts).values()) {
            Map<String, List<String>> byOrder = new LinkedHashMap<>();
            for (StructLayout layout : group) {
                byOrder.computeIfAbsent(byteOrder(layout), k -> new ArrayList<>())
                        .add(layout.abi().name());
            }
            List<String> abis = new ArrayList<>();
            byOrder.forEach((order, names) -> abis.add(String.join(", ", names)
                    + " (" + order + ")"));
            doc.add("$L\n", DocText.wrapped("<li>" + String.join("; ", abis) + ": "
                    + group.get(0).size() + " bytes, aligned to " + group.get(0).alignment()
                    + "</li>"));
        }
        doc.add("</ul>\n");
        List<String> parts = new ArrayList<>();
        for (LayoutComponent component : components) {
            if (!component.javadoc().equals(LayoutComponents.SHARED)) {
                parts.add("{@code " + component.name() + "}, " + component.javadoc()
                        .replace("\n    ", " "));
            }
        }
        if (!parts.isEmpty()) {
            doc.add("\n$L\n", DocText.wrapped("<p>Its components also hold " + String.join("; ", parts) + "."));
        }
        return doc.build();
    }

    /** The selected ABIs grouped by their pahole text, in ABI order. */
    private Map<String, List<StructLayout>> byText(Map<StructLayout, String> texts) {
        Map<String, List<StructLayout>> groups = new LinkedHashMap<>();
        for (StructLayout layout : plan.layouts()) {
            groups.computeIfAbsent(texts.get(layout), k -> new ArrayList<>()).add(layout);
        }
        return groups;
    }

    private static MethodSpec constructor(List<LayoutComponent> components) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (LayoutComponent component : components) {
            constructor.addParameter(component.type(), component.name());
        }
        return constructor.build();
    }

    /**
     * The selected ABIs grouped by {@code values}, their constants' values, those that follow
     * from the ABI alone left out: the ABIs of a group differ only in those.
     */
    private Map<String, List<AbiPlan>> byValues(List<LayoutComponent> components,
                                                Map<AbiPlan, List<CodeBlock>> values) {
        Map<String, List<AbiPlan>> groups = new LinkedHashMap<>();
        for (AbiPlan abi : plan.abis()) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < components.size(); i++) {
                key.append(components.get(i).fromAbi() != null ? "*" : values.get(abi).get(i))
                        .append('\n');
            }
            groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(abi);
        }
        return groups;
    }

    /**
     * {@code private KvmDirtyTlbLayout like(Abi abi)}: this layout's numbers under {@code abi},
     * with what follows from the ABI (its byte order, embedded layouts) taken from it.
     */
    private MethodSpec like(List<LayoutComponent> components) {
        List<CodeBlock> spelled = new ArrayList<>();
        for (LayoutComponent component : components) {
            spelled.add(component.fromAbi() != null ? component.fromAbi().get()
                    : CodeBlock.of("$N", component.name()));
        }
        return MethodSpec.methodBuilder(LIKE)
                .addJavadoc("This layout's numbers under {@code abi}.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(name)
                .addParameter(Abi.class, LayoutComponents.ABI)
                .addStatement("return new $T($L)", name, CodeBlock.join(spelled, ",$W"))
                .build();
    }

    /**
     * {@code public static final KvmDirtyTlbLayout X86_64 = new KvmDirtyTlbLayout(...)} of
     * {@code values}, or {@code = X86_64.like(Abi.PPC64)} where the first ABI of {@code group}
     * has the same numbers.
     */
    private FieldSpec abiConstant(AbiPlan abi, List<CodeBlock> values, List<AbiPlan> group,
                                  SharedValues shared) {
        FieldSpec.Builder constant = FieldSpec.builder(name, abi.abi().name(),
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        if (group.get(0) != abi) {
            return constant.initializer("$N.$N($T.$L)", group.get(0).abi().name(), LIKE,
                    Abi.class, abi.abi().name()).build();
        }
        return constant.initializer("new $T($L)", name,
                CodeBlock.join(values.stream().map(shared::spelled).toList(), ",$W")).build();
    }

    /** The member lines of the pahole texts, the same on every ABI. */
    private FieldSpec lines() {
        List<CodeBlock> lines = new ArrayList<>();
        for (String line : PaholeText.lines(plan.first().layout())) {
            lines.add(CodeBlock.of("$S", line));
        }
        return FieldSpec.builder(String[].class, LayoutComponents.LINES, Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", CodeBlock.join(lines, ",$W"))
                .build();
    }

    /** The C names of the named members, as {@code offsets()} lists them. */
    private FieldSpec memberNames() {
        List<CodeBlock> names = new ArrayList<>();
        for (MemberSlot slot : namedSlots()) {
            names.add(CodeBlock.of("$S", slot.member().cName()));
        }
        return FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), MEMBERS,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, CodeBlock.join(names, ",$W"))
                .build();
    }

    private MethodSpec offsets() {
        List<CodeBlock> offsets = new ArrayList<>();
        offsets.add(CodeBlock.of("$N", MEMBERS));
        for (MemberSlot slot : namedSlots()) {
            offsets.add(CodeBlock.of("$N", Names.offsetComponent(slot.member())));
        }
        return property("offsets", Signatures.OFFSETS_TYPE)
                .addStatement("return $T.of($L)", MEMBER_OFFSETS, CodeBlock.join(offsets, ",$W"))
                .build();
    }

    private List<MemberSlot> namedSlots() {
        List<MemberSlot> named = new ArrayList<>();
        for (MemberSlot slot : plan.first().slots()) {
            if (!slot.member().anonymous()) {
                named.add(slot);
            }
        }
        return named;
    }

    /** The ABI constants in ABI order, which {@code of} searches. */
    private FieldSpec layouts() {
        List<CodeBlock> constants = new ArrayList<>();
        for (AbiPlan abi : plan.abis()) {
            constants.add(CodeBlock.of("$N", abi.abi().name()));
        }
        return FieldSpec.builder(ArrayTypeName.of(name), LAYOUTS, Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", CodeBlock.join(constants, ",$W"))
                .build();
    }

    /**
     * {@code static Layout of(Abi abi)}: a search of the constants. A switch on the enum would
     * cost each record a synthetic class.
     */
    private MethodSpec of() {
        return MethodSpec.methodBuilder("of")
                .addJavadoc("The layout under {@code abi}, one of the constants.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(Abi.class, "abi")
                .addStatement("return $T.of($N, abi, $S)", LAYOUTS_RUNTIME, LAYOUTS, tag)
                .build();
    }

    /** {@code @Override public T name()}. */
    private static MethodSpec.Builder property(String name, TypeName type) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(type);
    }

    private static String byteOrder(StructLayout layout) {
        return layout.abi().byteOrder() == ByteOrder.BIG_ENDIAN ? "big-endian" : "little-endian";
    }
}
