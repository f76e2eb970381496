package org.abistruct.processor.diag;

import javax.tools.Diagnostic.Kind;

/**
 * The catalogue of everything the processor reports: one entry per cause, each with a stable
 * code printed in brackets, a sentence, and a hint on how to fix it where there is one.
 */
public enum Message {
    NOT_RECORD("AbiStructNotRecord",
            "@%s applies to records only, but %s is %s.",
            "Declare it as a record whose components are the C members."),
    BOTH_KINDS("AbiStructBothKinds",
            "%s is annotated both @AbiStruct and @AbiUnion.",
            "Keep the one that matches the C declaration."),
    GENERIC_RECORD("AbiStructGenericRecord",
            "%s declares type parameters, but a C struct has one fixed layout.",
            "Remove the type parameters."),
    PRIVATE_RECORD("AbiStructPrivateRecord",
            "%s is private (or inside a private type), so the classes generated beside it in its"
                    + " package cannot use it.",
            "Make it package-private or public."),
    UNKNOWN_TYPE("AbiStructUnknownType",
            "Component '%s' has type %s, which has no C layout.",
            "Use a primitive, a primitive array with @Length, or a record annotated"
                    + " @AbiStruct or @AbiUnion."),
    BOXED_TYPE("AbiStructBoxedType",
            "Component '%s' has the boxed type %s, which has no C layout.",
            "Use the primitive %s."),
    UNANNOTATED_RECORD("AbiStructUnannotatedRecord",
            "Component '%s' has type %s, a record that is not declared as a C struct or union.",
            "Annotate %s with @AbiStruct or @AbiUnion."),
    UNRESOLVED_TYPE("AbiStructUnresolvedType",
            "Component '%s' has type %s, which could not be resolved.",
            "Check the import, or the processor that should generate it."),
    MISSING_LENGTH("AbiStructMissingLength",
            "Array component '%s' has no @Length.",
            "Add @Length with one length per dimension (%d), such as @Length(%s)."),
    LENGTH_ON_NON_ARRAY("AbiStructLengthOnNonArray",
            "@Length applies to arrays only, but component '%s' has type %s.",
            "Remove @Length, or make the component an array."),
    NEGATIVE_LENGTH("AbiStructNegativeLength",
            "@Length of component '%s' has the negative length %d.",
            "Use a length of 1 or more, or 0 in the first dimension of the last member for a"
                    + " flexible array member."),
    LENGTH_DIMENSIONS("AbiStructLengthDimensions",
            "@Length of component '%s' gives %d length(s), but its type %s has %d dimension(s).",
            "Give one length per dimension, outermost first."),
    FLEXIBLE_ARRAY_NOT_LAST("AbiStructFlexibleArrayNotLast",
            "Component '%s' is a flexible array member (@Length(0)), but it is not the last"
                    + " component.",
            "Move it to the end, or give it a length."),
    FLEXIBLE_ARRAY_IN_UNION("AbiStructFlexibleArrayInUnion",
            "Component '%s' is a flexible array member (@Length(0)), which a union cannot have.",
            "Give it a length."),
    FLEXIBLE_ARRAY_INNER_DIMENSION("AbiStructFlexibleArrayInnerDimension",
            "@Length of component '%s' has length 0 in dimension %d; only the first dimension"
                    + " of a flexible array member may be 0.",
            "Give that dimension a length of 1 or more."),
    POINTER_NOT_LONG("AbiStructPointerNotLong",
            "@Pointer applies to long components only, but component '%s' has type %s.",
            "Declare the component as long (or long[] for an array of pointers)."),
    CLONG_NOT_LONG("AbiStructCLongNotLong",
            "@CLong applies to long components only, but component '%s' has type %s.",
            "Declare the component as long (or long[] for an array)."),
    POINTER_AND_CLONG("AbiStructPointerAndCLong",
            "Component '%s' is annotated both @Pointer and @CLong.",
            "Keep @Pointer for a C pointer or @CLong for a C long."),
    CCHAR_NOT_BYTE("AbiStructCCharNotByte",
            "@CChar applies to byte components only (C's char, or a char array as byte[]), but"
                    + " component '%s' has type %s.",
            "Declare the component as byte, or byte[] with @Length for a C string."),
    CCHAR_AND_UNSIGNED("AbiStructCCharAndUnsigned",
            "Component '%s' is both @CChar (C's char) and @Unsigned (unsigned char).",
            "Keep @CChar for a C char or string, or @Unsigned for unsigned char (uint8_t)."),
    JAVA_CHAR_ARRAY("AbiStructJavaCharArray",
            "Component '%s' is a char array: Java's char is 16 bits, so this is a uint16_t"
                    + " array of %s bytes, not a C char array or string.",
            "For a C string such as char name[16], declare @CChar @Length(16) byte[]; keep"
                    + " char[] for an array of 16-bit values.",
            Kind.WARNING),
    BYTE_ORDER_NOT_INTEGER("AbiStructByteOrderNotInteger",
            "@%s applies to short, int and long components (and arrays of them), as __be16 to"
                    + " __be64 are, but component '%s' has type %s.",
            "Remove it; a byte, a float, a pointer, a C long or a struct has no byte order of its"
                    + " own."),
    OBJECT_METHOD_NAME("AbiStructObjectMethodName",
            "Component '%s' has the name of a method of Object, which Java forbids for a record"
                    + " component.",
            "Rename it and keep its C name with @CName(\"%1$s\")."),
    BITS_NOT_INTEGER("AbiStructBitsNotInteger",
            "@Bits applies to byte, short, int and long components (signed or @Unsigned), the"
                    + " fixed-width integers a bitfield may have, but component '%s' is %s.",
            "Declare it as one of those; C's bitfields of char, _Bool, long, pointers, arrays,"
                    + " structs and byte-order types are not modelled."),
    BITS_WIDTH("AbiStructBitsWidth",
            "Bitfield '%s' is %d bits wide; its type %s has %d.",
            "Give a width from 0 to %4$d, or a wider type."),
    BOTH_BYTE_ORDERS("AbiStructBothByteOrders",
            "Component '%s' is both @BigEndian and @LittleEndian.",
            "Keep the one the C header declares (__be32 is @BigEndian, __le32 @LittleEndian)."),
    UNSIGNED_NOT_INTEGER("AbiStructUnsignedNotInteger",
            "@Unsigned applies to byte, short, int and long components only, but component '%s'"
                    + " has type %s.",
            "Remove @Unsigned."),
    ANONYMOUS_NOT_STRUCT("AbiStructAnonymousNotStruct",
            "@Anonymous applies to an embedded struct or union, but component '%s' has type %s.",
            "Remove @Anonymous, or make the component a record annotated @AbiStruct or"
                    + " @AbiUnion."),
    BAD_ALIGN("AbiStructBadAlign",
            "@Align(%d) on %s is not a power of two between 1 and 2^28.",
            "Use a power of two such as 8 or 16."),
    CYCLE("AbiStructCycle",
            "%s %s contains itself by value: %s.",
            "Break the cycle with a @Pointer long member."),
    EMBEDDED_FLEXIBLE_ARRAY("AbiStructEmbeddedFlexibleArray",
            "Component '%s' embeds %s %s, which ends in a flexible array member.",
            "Only the outermost struct may have a flexible array member; give the embedded"
                    + " array a length."),
    EMBEDDED_ABI_MISMATCH("AbiStructEmbeddedAbiMismatch",
            "Component '%s' embeds %s %s, which is not laid out for %s.",
            "Add %s to the abis of %s, or remove them from this declaration's abis."),
    EMBEDDED_HAS_ERRORS("AbiStructEmbeddedHasErrors",
            "Component '%s' embeds %s %s, which has errors, so this declaration is not"
                    + " generated either.",
            "Fix the errors of %s first."),
    DUPLICATE_C_NAME("AbiStructDuplicateCName",
            "C name '%s' of component '%s' is also the C name of '%s'.",
            "Give one of them a different @CName."),
    DUPLICATE_ACCESSOR("AbiStructDuplicateAccessor",
            "Component '%s' gives the accessors get%s/set%s, which '%s' gives too.",
            "Rename one of the components."),
    BAD_C_NAME("AbiStructBadCName",
            "'%s' is not a C identifier (letters, digits and '_', not starting with a digit).",
            "Choose a valid C name%s."),
    C_KEYWORD("AbiStructCKeyword",
            "'%s' is a C keyword and cannot name a C %s.",
            "Choose another C name%s."),
    EMPTY_RECORD("AbiStructEmptyRecord",
            "%s has no named member (a component that is not an unnamed bitfield), but a C %s"
                    + " needs at least one.",
            "Add the members as record components."),
    DUPLICATE_ABI("AbiStructDuplicateAbi",
            "ABI %s is listed more than once.",
            "List each ABI once."),
    EXPECT_SIZE_ABI_NOT_SELECTED("AbiStructExpectSizeAbiNotSelected",
            "@ExpectSize names %s, which %s %s does not select.",
            "Add %s to the declaration's abis, or remove it from @ExpectSize."),
    SIZE_MISMATCH("AbiStructSizeMismatch",
            "%s %s: expected %d bytes on ABI %s but the layout is %d.",
            "Check the member types against the C declaration; the layout is:%n%s"),
    TOO_LARGE("AbiStructTooLarge",
            "%s %s is too large for abistruct: %s.",
            "%s"),
    WRITE_FAILED("AbiStructWriteFailed",
            "Could not write the generated source %s: %s",
            ""),
    INTERNAL_ERROR("AbiStructInternalError",
            "The abistruct processor failed on %s. This is a bug in abistruct; please report it"
                    + " with this trace:%n%s",
            ""),
    IOCTL_BAD_NAME("AbiStructIoctlBadName",
            "@Ioctl name '%s' is not a C identifier (letters, digits and '_', not starting with a"
                    + " digit).",
            "Use the name of the C macro, such as KVM_DIRTY_TLB."),
    IOCTL_KEYWORD("AbiStructIoctlKeyword",
            "@Ioctl name '%s' is a C keyword and cannot name an ioctl macro.",
            "Use the name of the C macro, such as KVM_DIRTY_TLB."),
    IOCTL_BYTE_RANGE("AbiStructIoctlByteRange",
            "@Ioctl %s has %s = %d, outside 0..255.",
            "The type and nr of an ioctl are bytes: use a value from 0 to 0xff."),
    IOCTL_SCALAR_ON_STRUCT("AbiStructIoctlScalarOnStruct",
            "@Ioctl %s has arg = %s, but on %s its argument is that %s.",
            "Remove arg, or declare the command on a plain interface annotated @Ioctl."),
    IOCTL_ARG_WITHOUT_DIRECTION("AbiStructIoctlArgWithoutDirection",
            "@Ioctl %s has arg = %s, but dir = NONE (_IO) takes no argument.",
            "Give the direction the argument travels: READ, WRITE or READ_WRITE."),
    IOCTL_LEGACY_RANGE("AbiStructIoctlLegacyRange",
            "@Ioctl %s has a legacy number %s, which is not an unsigned 32-bit value.",
            "Give the number the kernel's headers define, from 0 to 0xffffffff."),
    IOCTL_LEGACY_TWICE("AbiStructIoctlLegacyTwice",
            "@Ioctl %s gives ABI %s more than one legacy number.",
            "List each ABI in one @Ioctl.Legacy only."),
    IOCTL_DUPLICATE_NAME("AbiStructIoctlDuplicateName",
            "@Ioctl %s is declared more than once on %s.",
            "Declare each command once."),
    IOCTL_ON_TAGLESS("AbiStructIoctlOnTagless",
            "@Ioctl %s takes %s as its argument, but it is tagless: C has no name for its type.",
            "Declare the command on a tagged struct, or drop tagless."),
    IOCTL_NONE_ON_STRUCT("AbiStructIoctlNoneOnStruct",
            "@Ioctl %s has dir = NONE (_IO), but on %s it takes that %s as its argument.",
            "Declare argument-less commands on a plain interface annotated @Ioctl, or choose"
                    + " READ, WRITE or READ_WRITE."),
    IOCTL_ARGUMENT_ON_INTERFACE("AbiStructIoctlArgumentOnInterface",
            "@Ioctl %s on interface %s has dir = %s, but no arg: a command declared on an"
                    + " interface takes a scalar argument or none.",
            "Give the argument's C type (arg = Ioctl.Arg.INT, U64, POINTER...), use dir = NONE"
                    + " (_IO), or declare the command on the @AbiStruct record of its"
                    + " argument."),
    IOCTL_TOO_LARGE("AbiStructIoctlTooLarge",
            "%s.",
            "Keep the %s at %d bytes or fewer there, for instance by passing large data through"
                    + " a pointer member."),
    IOCTL_NAME_COLLISION("AbiStructIoctlNameCollision",
            "@Ioctl %s generates the %s '%s', which %s.",
            "Rename the command or the member it collides with."),
    IOCTL_WRONG_TARGET("AbiStructIoctlWrongTarget",
            "@Ioctl applies to records annotated @AbiStruct or @AbiUnion and to plain interfaces,"
                    + " but %s is %s.",
            "Annotate the record with @AbiStruct, or declare argument-less commands on a"
                    + " top-level or nested interface without type parameters."),
    DUPLICATE_HEADER("AbiStructDuplicateHeader",
            "%s would write the C header %s, which %s writes too.",
            "Give one of them another C name, such as @AbiStruct(name = \"...\"), or rename the"
                    + " interface."),
    COMPAT_LAYOUT_DIFFERS("AbiStructCompatLayoutDiffers",
            "%s %s has a different layout for 32-bit user space than for its 64-bit kernel"
                    + " (compat = IDENTICAL):%n%s",
            "Fixes that make every compat pair identical, each checked by laying the changed"
                    + " %s out:%n%s"),
    COMPAT_ABI_SIZED("AbiStructCompatAbiSized",
            "Component '%s' is %s: %s, so %s %s cannot have one layout for 32-bit user space"
                    + " and its 64-bit kernel (compat = IDENTICAL).",
            "Carry it in a 64-bit integer, as the kernel's uapi does: %s, or set"
                    + " compat = Compat.GENERATE."),
    COMPAT_ALIGNMENT_ONLY("AbiStructCompatAlignmentOnly",
            "%s %s has the same bytes on %s but not the same alignment: %s.",
            "That matters only where it is embedded, and the embedding struct's own check"
                    + " covers it.",
            Kind.NOTE),
    COMPAT_GENERATED("AbiStructCompatGenerated",
            "%s %s differs between 32-bit user space and its 64-bit kernel (compat = GENERATE):"
                    + "%n%s",
            "Generated the compat variant: %s converts between the layouts, and the C header"
                    + " defines %s.",
            Kind.NOTE),
    IMPLICIT_PADDING("AbiStructImplicitPadding",
            "%s %s has implicit padding, which a kernel copying it to user space leaks:%n%s",
            "Declare the padding as members (such as @Unsigned int pad) and zero them, or set"
                    + " implicitPadding = ImplicitPadding.IGNORE where no copy goes to user space.",
            Kind.WARNING);

    private final String code;
    private final String text;
    private final String hint;
    private final Kind kind;

    Message(String code, String text, String hint) {
        this(code, text, hint, Kind.ERROR);
    }

    Message(String code, String text, String hint, Kind kind) {
        this.code = code;
        this.text = text;
        this.hint = hint;
        this.kind = kind;
    }

    /** The stable code, such as {@code AbiStructUnknownType}. */
    public String code() {
        return code;
    }

    /** How javac reports it by default: an error unless the entry says otherwise. */
    public Kind kind() {
        return kind;
    }

    /** The full text: {@code [code] sentence hint}, with {@code args} filled in in order. */
    public String format(Object... args) {
        return "[" + code + "] " + String.format(template(), args);
    }

    /** The sentence and hint, before formatting. */
    String template() {
        return hint.isEmpty() ? text : text + " " + hint;
    }
}
